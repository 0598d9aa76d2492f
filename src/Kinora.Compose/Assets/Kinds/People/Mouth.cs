using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// The mouth and jaw. The lower jaw and chin (skin lumps) and the lower lip follow the jaw joint; the upper lip
/// stays with the skull. Between the lips a thin dark line marks the closed mouth (what makes a mouth read at a
/// distance on any skin). Behind them, inside the closed face, sits a dark mouth with a strip of upper teeth under
/// the upper lip, which show only when the jaw turns down (the Motion stage opens it with the voice's visemes).
/// The lips' corners have joints of their own, so the Motion stage also rounds (o, u, w), widens (e, i), presses
/// (m, b, p) and tucks the lower lip under the teeth (f, v); see <c>Kinora.Motion.Animation.Talk</c>.
/// </summary>
public static class Mouth
{
    /// <summary>The lips' centre, head-local: a third of the way from the nose's base to the chin.</summary>
    public static readonly Vector3 LipCentre = new(0.097f, -0.064f, 0);

    /// <summary>Half the gap between the lips at rest (head-local metres).</summary>
    private const float Parting = 0.0007f;

    /// <summary>The jaw's skin: the lower face, and the chin's point (a small chin is also set back and up).</summary>
    public static Lump[] Jaw(FaceShape shape) =>
    [
        new(new(0.035f, -0.062f, 0), new(0.065f, 0.056f, 0.062f * shape.Jaw)),
        new(new(0.077f - 0.02f * (1 - shape.Chin), -0.1f + 0.012f * (1 - shape.Chin), 0), new Vector3(0.018f, 0.015f, 0.03f * shape.Jaw) * shape.Chin),
    ];

    /// <summary>The jaw's hinge, head-local: just in front of the ear, on the midline. The lips' corner joints turn
    /// about it too, so a corner's yaw moves it sideways by ~9 cm × the angle and a pitch lifts it the same way.</summary>
    public static readonly Vector3 Hinge = new(0.005f, -0.015f, 0);

    public static void Build(ModelBuilder m, HeadFrame f, PersonLook look, MeshBuilder skin, int jawJoint)
    {
        var skull = m.CurrentBone;
        var shape = look.Face;
        var width = shape.MouthWidth;
        var upper = new Vector3(0.0095f, 0.0062f * shape.LipFullness, 0.024f * width);
        var lower = new Vector3(0.0095f, 0.0082f * shape.LipFullness, 0.024f * width);
        var lips = m.Paint(PersonPaints.Lips(look));
        var inside = m.Paint(Paints.Srgb(45, 14, 16, 0.7f, 0, "mouth"));
        // The lips' own joints (mouth shapes beside the jaw, see Talk): each corner on the skull and on the jaw, and
        // the lower lip's middle on the jaw. A corner's vertices blend onto its corner joints, the middle stays
        // with the skull or the jaw, so pulling the corners in rounds the mouth and pushing them out widens it.
        var hinge = f.P(Hinge);
        var cornerR = m.Joint(JointNames.LipCornerR, skull, hinge);
        var cornerL = m.Joint(JointNames.LipCornerL, skull, hinge);
        var lowCornerR = m.Joint(JointNames.LowerLipCornerR, jawJoint, hinge);
        var lowCornerL = m.Joint(JointNames.LowerLipCornerL, jawJoint, hinge);
        var lowerLip = m.Joint(JointNames.LowerLip, jawJoint, hinge);
        m.Bone(skull);
        // The dark of the mouth: just behind the lips' middle, in front of the head's own surface, hidden by the
        // chin and lips while shut.
        inside.Sphere(f.At(new(0.0855f, LipCentre.Y - 0.002f, 0), new(0.011f, 0.013f, 0.019f * width)));
        m.Paint(Paints.Srgb(235, 230, 215, 0.35f, 0, "teeth")).Sphere(f.At(new(0.0905f, LipCentre.Y - 0.0015f, 0), new(0.006f, 0.0035f, 0.016f * width)));
        // The lips part by 1.4 mm at rest and a dark line fills the parting: the mouth's line, which a flat seam
        // between two touching lips would not show (the lips' own curve hides a line only as tall as it is proud).
        Skinned(lips, HalfEllipsoid(top: true), f.At(LipCentre + new Vector3(0, Parting, 0), upper), (skull, -1), (cornerR, -1), (cornerL, -1));
        Skinned(m.Paint(Paints.Eye), new MeshBuilder().Sphere(Matrix4x4.Identity, 24, 6), f.At(LipCentre + new Vector3(0.0002f, 0, 0), new(0.0093f, 0.0012f, 0.0225f * width)), (skull, -1), (cornerR, -1), (cornerL, -1));
        m.Bone(jawJoint);
        foreach (var lump in Jaw(shape)) skin.Sphere(f.At(lump.Centre, lump.Radii));
        // The lower lip's corners hang half on the skull's corner joints, half on the jaw's: they drop half as far
        // as its middle when the jaw opens, as a real mouth's do, so an open mouth is an oval, not a box.
        Skinned(lips, HalfEllipsoid(top: false), f.At(LipCentre - new Vector3(0, Parting, 0), lower), (lowerLip, -1), (lowCornerR, cornerR), (lowCornerL, cornerL));
        m.Bone(skull);
    }

    /// <summary>
    /// Appends a unit-space part under <paramref name="place"/>, each vertex weighted by how far it lies to a side
    /// (its unit z, +Z the person's right): the middle follows <paramref name="middle"/>, the outer third blends onto
    /// that side's corner joint (or, where a second corner joint is given, half onto each).
    /// </summary>
    private static void Skinned(MeshBuilder paint, MeshBuilder unit, Matrix4x4 place, (int A, int B) middle, (int A, int B) right, (int A, int B) left)
    {
        var mesh = unit.Build("lip");
        var positions = mesh.Positions.ToArray();
        var joints = new Vector4[positions.Length];
        var weights = new Vector4[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var z = positions[i].Z;
            var c = CornerWeight(MathF.Abs(z));
            var side = z >= 0 ? right : left;
            if (side.B < 0) { joints[i] = new(middle.A, side.A, 0, 0); weights[i] = new(1 - c, c, 0, 0); }
            else { joints[i] = new(middle.A, side.A, side.B, 0); weights[i] = new(1 - c, c / 2, c / 2, 0); }
        }
        paint.Triangles(positions, mesh.Normals.ToArray(), mesh.Uvs.ToArray(), mesh.Indices.ToArray(), joints, weights, place);
    }

    /// <summary>0 over the lips' middle third, rising smoothly to 1 at the corners (|z| of the unit part).</summary>
    public static float CornerWeight(float z)
    {
        var t = Math.Clamp((z - 0.3f) / 0.65f, 0, 1);
        return t * t * (3 - 2 * t);
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
