using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Sagittal points of a four-legged body whose trunk is pitched about the body joint (sitting up, a play bow). The
/// legs hang from the body joint, and their IK (<see cref="Leg.Reach"/>) works in the body's rest frame: a target
/// wanted where the pitched body stands is first turned back into that frame.
/// </summary>
public static class TrunkTilt
{
    /// <summary>A rest sagittal point where the body's pitch <paramref name="q"/> about its pivot takes it.</summary>
    public static Vector2 Turned(Skeleton s, Vector2 rest, Quaternion q)
    {
        var pivot = s.PivotOf(s.Body);
        var p = s.Forward * rest.X + Vector3.UnitY * rest.Y;
        return s.Sagittal(Vector3.Transform(p - pivot, q) + pivot);
    }

    /// <summary>A sagittal point wanted in the pitched body's frame, in its rest frame (where its legs turn).</summary>
    public static Vector2 Rest(Skeleton s, Vector2 posed, Quaternion q)
    {
        var pivot = s.PivotOf(s.Body);
        var p = s.Forward * posed.X + Vector3.UnitY * posed.Y;
        return s.Sagittal(Vector3.Transform(p - pivot, Quaternion.Inverse(q)) + pivot);
    }
}
