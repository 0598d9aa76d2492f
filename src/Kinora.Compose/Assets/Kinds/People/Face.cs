using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// The face on the skull, head-local (<see cref="HeadFrame"/>), proportions after the figure-drawing canon: eyes at
/// half the head's height and one eye-width apart, brow, nose base and chin splitting the face in thirds, the mouth a
/// third of the way from nose to chin, ears between brow and nose base. Features sit on the skin's actual surface
/// (<see cref="FrontX"/>), so they neither float nor sink whatever the face's shape.
/// What a face detector keys on is contrast at the eyes, brows and mouth, so those are drawn with their own dark and
/// light paints (a lash line and pupil near black, whites near white, brows from the hair) rather than left to
/// shading, which a dark skin would swallow. The cheekbones, brow ridge and jaw are lumps that catch the light.
/// </summary>
public static class Face
{
    /// <summary>The skull's skin: cranium, brow ridge, cheekbones and the upper lip's maxilla (the jaw is <see cref="Mouth"/>'s).</summary>
    public static readonly Lump[] Skull =
    [
        new(Vector3.Zero, new(0.097f, 0.115f, 0.077f)),
        // The face's front from forehead to upper lip, flatter across than the cranium: eye to eye, a face turns
        // back by about 18°, not the cranium's 30°, and that is what leaves room for the eyes' inner corners.
        new(new(0.05f, 0.004f, 0), new(0.045f, 0.075f, 0.07f)),
        new(new(0.076f, 0.028f, 0), new(0.022f, 0.014f, 0.058f)),
        new(new(0.06f, -0.02f, 0.042f), new(0.024f, 0.02f, 0.026f)),
        new(new(0.06f, -0.02f, -0.042f), new(0.024f, 0.02f, 0.026f)),
        new(new(0.06f, -0.048f, 0), new(0.041f, 0.021f, 0.038f)),
    ];

    /// <summary>Eye line height and the eyes' half spacing (head-local metres).</summary>
    public const float EyeY = 0.008f, EyeZ = 0.031f;

    /// <summary>
    /// The skull for a face shape: a child's cheeks are rounder and fuller (<see cref="FaceShape.Cheeks"/>); an
    /// adult's is <see cref="Skull"/> as it stands. (A bigger braincase for a child was tried: it buried the outer
    /// corners of a child's bigger eyes and lost the face detector two children of twelve.)
    /// </summary>
    public static Lump[] SkullOf(FaceShape shape)
    {
        var lumps = (Lump[])Skull.Clone();
        for (var i = 3; i <= 4; i++)
        {
            // Fuller cheeks: wider and lower, not further forward (forward, they stand out as balls).
            var k = shape.Cheeks - 1;
            lumps[i] = new(Skull[i].Centre + new Vector3(-0.01f * k, -0.02f * k, 0), Skull[i].Radii * new Vector3(1, shape.Cheeks, shape.Cheeks));
        }
        return lumps;
    }

    /// <summary>The front of the skull's skin at height y and side z.</summary>
    public static float FrontX(Lump[] skull, float y, float z)
    {
        var x = float.NegativeInfinity;
        foreach (var lump in skull) x = MathF.Max(x, lump.FrontX(y, z));
        return x;
    }

    /// <summary>The front of an adult skull's skin at height y and side z.</summary>
    public static float FrontX(float y, float z) => FrontX(Skull, y, z);

    public static void Build(ModelBuilder m, HeadFrame f, PersonLook look, MeshBuilder skin, Material skinPaint)
    {
        var shape = look.Face;
        var skull = SkullOf(shape);
        foreach (var lump in skull) skin.Sphere(f.At(lump.Centre, lump.Radii));
        var dark = m.Paint(Paints.Eye);
        var brow = m.Paint(PersonPaints.Brow(look, skinPaint));
        foreach (var s in new[] { 1f, -1f })
        {
            Eye(m, f, look, skull, skin, dark, s);
            Brow(f, shape, skull, brow, s);
            // Ears: upright ovals on the head's sides, tilted back at the top, between brow and nose base.
            skin.Sphere(f.At(new(-0.004f, -0.008f, s * 0.079f), new(0.019f, 0.031f, 0.008f), Matrix4x4.CreateRotationZ(0.2f)));
            skin.Sphere(f.At(new(-0.006f, -0.01f, s * 0.084f), new(0.012f, 0.02f, 0.005f), Matrix4x4.CreateRotationZ(0.2f))); // the rim's curl
        }
        Nose(f, shape, skull, skin, dark);
    }

    /// <summary>
    /// An almond of eye white, turned back at its outer corner with the face's curve; on it a forward-facing iris
    /// and pupil (flat discs, so they look straight out of the face, at the camera the person faces); an upper lid
    /// that covers the white's top third and the iris's top, with a dark lash line along its edge, and a thin lower lid.
    /// </summary>
    private static void Eye(ModelBuilder m, HeadFrame f, PersonLook look, Lump[] skull, MeshBuilder skin, MeshBuilder dark, float s)
    {
        var size = look.Face.EyeSize;
        var white = new Vector3(0.0065f, 0.0068f, 0.0135f) * size;
        var z = s * EyeZ;
        var front = FrontX(skull, EyeY, z) + 0.0022f;
        var centre = new Vector3(front - white.X, EyeY, z);
        var turn = Matrix4x4.CreateRotationY(-s * 0.33f); // the outer corner set back ~4 mm, as the face curves
        m.Paint(Paints.White).Sphere(f.At(centre, white, turn), 20, 12);
        var iris = 0.0052f * size;
        var eyeFront = new Vector3(front, EyeY, z);
        // The iris stands ~2 mm proud of the white's front like a cornea (the turned white comes forward on its
        // inner side, and a flush disc would sink into it there).
        m.Paint(Paints.Srgb(look.Iris.R, look.Iris.G, look.Iris.B, 0.2f, 0, "iris")).Sphere(f.At(eyeFront + new Vector3(0.0004f, -0.0004f, 0), new(0.0016f, iris, iris)), 16, 10);
        dark.Sphere(f.At(eyeFront + new Vector3(0.0012f, -0.0004f, 0), new(0.0012f, 0.46f * iris, 0.46f * iris)), 12, 8);
        // Upper lid: its lower edge just above the eye's middle; the lash line darkens that edge for every skin.
        skin.Sphere(f.At(centre + new Vector3(0.0024f, 0.0068f * size, 0), white * new Vector3(1.05f, 0.78f, 1.05f), turn), 20, 10);
        dark.Sphere(f.At(centre + new Vector3(0.0023f, 0.0036f * size, 0), new Vector3(0.0062f, 0.0011f, 0.0143f) * size, turn), 20, 8);
        skin.Sphere(f.At(centre + new Vector3(0.0015f, -0.0071f * size, 0), new Vector3(0.0063f, 0.0022f, 0.014f) * size, turn), 20, 8);
    }

    /// <summary>A brow: seven overlapping strokes along an arch on the brow ridge, one band heavy at the inner end and tapering out.</summary>
    private static void Brow(HeadFrame f, FaceShape shape, Lump[] skull, MeshBuilder brow, float s)
    {
        const int strokes = 7;
        for (var i = 0; i < strokes; i++)
        {
            var t = i / (strokes - 1f);
            var zz = 0.015f + 0.034f * t;
            var y = 0.026f + 0.006f * MathF.Sin(MathF.PI * (0.25f + 0.6f * t)) + shape.BrowSlant * (zz - 0.03f);
            var x = FrontX(skull, y, s * zz) - 0.0012f;
            var radii = new Vector3(0.0026f, 0.003f * shape.BrowWeight * (1 - 0.4f * t), 0.0062f);
            brow.Sphere(f.At(new(x, y, s * zz), radii, Matrix4x4.CreateRotationY(-s * 0.35f * t)), 12, 6);
        }
    }

    /// <summary>
    /// A nose of human proportion: a narrow bridge from between the eyes down to a tip about 2 cm proud of the
    /// upper lip, two wings (alae) beside the tip, and dark nostrils under it.
    /// </summary>
    private static void Nose(HeadFrame f, FaceShape shape, Lump[] skull, MeshBuilder skin, MeshBuilder dark)
    {
        var tipY = -0.036f * shape.NoseLength;
        var tipX = FrontX(skull, tipY, 0) + 0.019f * shape.NoseLength;
        var tip = new Vector3(tipX - 0.0085f, tipY, 0);
        var root = new Vector3(FrontX(skull, 0.014f, 0) - 0.0035f, 0.014f, 0);
        skin.Capsule(f.P(root), f.P(new(tipX - 0.0062f, tipY + 0.007f, 0)), 0.0052f * f.Scale, 0.0062f * f.Scale, 12);
        skin.Sphere(f.At(tip, new(0.0085f, 0.0085f, 0.0095f * shape.NoseWidth)), 16, 10);
        foreach (var s in new[] { 1f, -1f })
        {
            skin.Sphere(f.At(tip + new Vector3(-0.009f, -0.002f, s * 0.0125f * shape.NoseWidth), new(0.0085f, 0.0068f, 0.0072f * shape.NoseWidth)), 14, 8);
            dark.Sphere(f.At(tip + new Vector3(-0.004f, -0.0068f, s * 0.0058f * shape.NoseWidth), new(0.0048f, 0.0016f, 0.0032f)), 10, 6);
        }
    }
}
