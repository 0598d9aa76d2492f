using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Animation;

/// <summary>
/// A rig seen by the motion generators: joint indices looked up once by <see cref="JointNames"/> (−1 where the
/// model has none, and every write skips −1), the model's own axes (its front, its left and right, up), and the
/// model-space height of the ground under it at rest. Rotations are built about those axes, so one generator
/// animates a person facing +Z and a dog facing +X alike.
/// </summary>
public sealed class Skeleton
{
    public Rig Rig { get; }
    public int Count => Rig.Joints.Count;

    /// <summary>Unit vectors in model space: where the model faces, its own left and right, and up (+Y).</summary>
    public Vector3 Forward { get; }
    public Vector3 Left { get; }
    public Vector3 Right { get; }

    /// <summary>Model-space y of the ground the model stands on in its rest pose (its lowest vertex).</summary>
    public float GroundY { get; }

    public readonly int Pelvis, Spine, Neck, Head, Jaw, UpperArmL, ForearmL, UpperArmR, ForearmR;
    public readonly int Body, Tail, WingL, WingR;

    /// <summary>People's legs (left, right), then four-legged animals' (FL, FR, BL, BR); missing legs are left out.</summary>
    public Leg[] Legs { get; }

    public Skeleton(Rig rig, Vector3 front, float groundY)
    {
        Rig = rig;
        front.Y = 0;
        Forward = front.LengthSquared() > 1e-8f ? Vector3.Normalize(front) : Vector3.UnitX;
        Left = Vector3.Cross(Vector3.UnitY, Forward);
        Right = -Left;
        GroundY = groundY;
        Pelvis = rig.IndexOf(JointNames.Pelvis); Spine = rig.IndexOf(JointNames.Spine); Neck = rig.IndexOf(JointNames.Neck);
        Head = rig.IndexOf(JointNames.Head); Jaw = rig.IndexOf(JointNames.Jaw);
        UpperArmL = rig.IndexOf(JointNames.UpperArmL); ForearmL = rig.IndexOf(JointNames.ForearmL);
        UpperArmR = rig.IndexOf(JointNames.UpperArmR); ForearmR = rig.IndexOf(JointNames.ForearmR);
        Body = rig.IndexOf(JointNames.Body); Tail = rig.IndexOf(JointNames.Tail);
        WingL = rig.IndexOf(JointNames.WingL); WingR = rig.IndexOf(JointNames.WingR);
        var legs = new List<Leg>();
        void TryLeg(string thigh, string shin, string? foot, bool kneeForward)
        {
            var t = rig.IndexOf(thigh); var s = rig.IndexOf(shin); var f = foot is null ? -1 : rig.IndexOf(foot);
            if (t >= 0 && s >= 0) legs.Add(new Leg(this, t, s, f, kneeForward));
        }
        TryLeg(JointNames.ThighL, JointNames.ShinL, JointNames.FootL, true);
        TryLeg(JointNames.ThighR, JointNames.ShinR, JointNames.FootR, true);
        // An animal's fore "knee" (the carpus) folds the hoof back like a human knee; the hind hock points back.
        TryLeg(JointNames.ThighFL, JointNames.ShinFL, null, true);
        TryLeg(JointNames.ThighFR, JointNames.ShinFR, null, true);
        TryLeg(JointNames.ThighBL, JointNames.ShinBL, null, false);
        TryLeg(JointNames.ThighBR, JointNames.ShinBR, null, false);
        Legs = [.. legs];
    }

    /// <summary>The skeleton of an entity whose model has a rig (null when it has none).</summary>
    public static Skeleton? Of(Entity entity, Vector3 front)
    {
        if (entity.Model.Rig is not { Joints.Count: > 0 } rig) return null;
        var ground = float.MaxValue;
        foreach (var part in entity.Model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
                ground = MathF.Min(ground, Vector3.Transform(p, part.Local).Y);
        if (ground == float.MaxValue) ground = 0;
        return new Skeleton(rig, front, ground);
    }

    public bool IsQuadruped => Legs.Length == 4;
    public bool HasWings => WingL >= 0 || WingR >= 0;

    public Vector3 PivotOf(int joint) => Rig.Joints[joint].Pivot;

    /// <summary>About the model's right: + swings a hanging limb forward (and tips an upright one back).</summary>
    public Quaternion Pitch(float radians) => Quaternion.CreateFromAxisAngle(Right, radians);

    /// <summary>About the model's front: + swings a hanging limb out to the model's left (a left arm rises sideways).</summary>
    public Quaternion Roll(float radians) => Quaternion.CreateFromAxisAngle(Forward, radians);

    /// <summary>About up: + turns towards the model's left.</summary>
    public Quaternion Yaw(float radians) => Quaternion.CreateFromAxisAngle(Vector3.UnitY, radians);

    /// <summary>Adds a rotation on top of what a joint already has (missing joints are skipped).</summary>
    public static void Add(Span<Quaternion> rotations, int joint, Quaternion q)
    {
        if (joint >= 0 && joint < rotations.Length) rotations[joint] = Quaternion.Normalize(q * rotations[joint]);
    }

    /// <summary>Forward and up coordinates of a model-space point (the plane legs swing in).</summary>
    public Vector2 Sagittal(Vector3 p) => new(Vector3.Dot(p, Forward), p.Y);
}
