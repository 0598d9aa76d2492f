using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// The mouth and jaw. The lower jaw and chin (skin lumps) and the lower lip follow the jaw joint; the upper lip
/// stays with the skull. Between the lips a thin dark line marks the closed mouth (what makes a mouth read at a
/// distance on any skin). Behind them, inside the closed face, sits a dark mouth with a strip of upper teeth under
/// the upper lip, which show only when the jaw turns down (the Motion stage opens it with the voice's visemes).
/// </summary>
public static class Mouth
{
    /// <summary>The lips' centre, head-local: a third of the way from the nose's base to the chin.</summary>
    public static readonly Vector3 LipCentre = new(0.097f, -0.064f, 0);

    /// <summary>Half the gap between the lips at rest (head-local metres).</summary>
    private const float Parting = 0.0007f;

    /// <summary>The jaw's skin: the lower face, and the chin's point.</summary>
    public static Lump[] Jaw(FaceShape shape) =>
    [
        new(new(0.035f, -0.062f, 0), new(0.065f, 0.056f, 0.062f * shape.Jaw)),
        new(new(0.077f, -0.1f, 0), new(0.018f, 0.015f, 0.03f * shape.Jaw)),
    ];

    public static void Build(ModelBuilder m, HeadFrame f, PersonLook look, MeshBuilder skin, int jawJoint)
    {
        var skull = m.CurrentBone;
        var shape = look.Face;
        var width = shape.MouthWidth;
        var upper = new Vector3(0.0095f, 0.0062f * shape.LipFullness, 0.024f * width);
        var lower = new Vector3(0.0095f, 0.0082f * shape.LipFullness, 0.024f * width);
        var lips = m.Paint(PersonPaints.Lips(look));
        var inside = m.Paint(Paints.Srgb(45, 14, 16, 0.7f, 0, "mouth"));
        // The dark of the mouth: just behind the lips' middle, in front of the head's own surface, hidden by the
        // chin and lips while shut.
        inside.Sphere(f.At(new(0.0855f, LipCentre.Y - 0.002f, 0), new(0.011f, 0.013f, 0.019f * width)));
        m.Paint(Paints.Srgb(235, 230, 215, 0.35f, 0, "teeth")).Sphere(f.At(new(0.0905f, LipCentre.Y - 0.0015f, 0), new(0.006f, 0.0035f, 0.016f * width)));
        // The lips part by 1.4 mm at rest and a dark line fills the parting: the mouth's line, which a flat seam
        // between two touching lips would not show (the lips' own curve hides a line only as tall as it is proud).
        lips.Append(HalfEllipsoid(top: true), f.At(LipCentre + new Vector3(0, Parting, 0), upper));
        m.Paint(Paints.Eye).Sphere(f.At(LipCentre + new Vector3(0.0002f, 0, 0), new(0.0093f, 0.0012f, 0.0225f * width)), 24, 6);
        m.Bone(jawJoint);
        foreach (var lump in Jaw(shape)) skin.Sphere(f.At(lump.Centre, lump.Radii));
        lips.Append(HalfEllipsoid(top: false), f.At(LipCentre - new Vector3(0, Parting, 0), lower));
        m.Bone(skull);
    }

    /// <summary>The upper or lower half of a unit sphere, closed by a flat disc at its equator.</summary>
    private static MeshBuilder HalfEllipsoid(bool top)
    {
        var half = new MeshBuilder();
        // A lathe about y: the quarter circle from the pole down to the equator, then in to the axis (the disc).
        var profile = new List<Vector2>();
        const int steps = 7;
        for (var i = 0; i <= steps; i++)
        {
            var a = MathF.PI / 2 * i / steps;
            profile.Add(new Vector2(MathF.Sin(a), MathF.Cos(a)));
        }
        profile.Add(new Vector2(0, 0));
        if (top) profile.Reverse(); // a lathe climbs: bottom (the disc) to top (the pole)
        else for (var i = 0; i < profile.Count; i++) profile[i] = profile[i] with { Y = -profile[i].Y };
        half.Lathe(profile, Matrix4x4.Identity, 24);
        return half;
    }
}
