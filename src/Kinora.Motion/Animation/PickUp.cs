using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Picking a thing up, once: the right hand goes down to the thing's top (bending the knees and the back just as
/// much as the arm needs: a cup on a table takes a small bow, a ball on the grass a deep one), closes on it at
/// <see cref="Grasp"/> seconds into the action, then comes up to the chest, carrying it, and stays there. The hand's
/// path is a blend of three points (where it hangs, the thing, in front of the chest), each leg of it eased, and the
/// arm follows it by IK (<see cref="Arm"/>), so the grip is on the thing at the grasp whatever its height.
/// <see cref="Behaviours.Holding"/> attaches the thing to the hand from the grasp on.
/// </summary>
public static class PickUp
{
    /// <summary>Seconds from the action's start to the hand closing on the thing.</summary>
    public const double Grasp = 1.1;
    /// <summary>Seconds from the action's start to the thing being up at the chest: what a throw that follows waits for.</summary>
    public const double Done = 2.3;
    private const float DownFrom = 0.1f, DownTo = 1.0f, UpFrom = 1.25f, UpTo = 2.1f;

    /// <summary>Poses the body; returns its sink (m).</summary>
    /// <param name="since">Seconds since the action started.</param>
    /// <param name="target">The thing's top, model space of the unsunk body.</param>
    public static float Pose(Skeleton s, Arm arm, double since, Vector3 target, float w, Span<Quaternion> r)
    {
        var u = (float)since;
        var down = Curves.Ramp(u, DownFrom, DownTo);
        var up = Curves.Ramp(u, UpFrom, UpTo);
        var height = s.PivotOf(s.Neck).Y - s.GroundY; // ~0.84 of stature: the unit this pose is scaled by
        var chest = s.PivotOf(s.Spine) + s.Forward * 0.3f * height / 1.45f + Vector3.UnitY * 0.28f * height / 1.45f;
        chest += Vector3.Dot(arm.Grip - chest, s.Left) * s.Left * 0.6f; // in front of the right side of the chest
        var hang = arm.Grip + s.Forward * 0.05f;
        var hand = Vector3.Lerp(Vector3.Lerp(hang, target, down), chest, up) ;

        // How far the shoulder must come down for the arm to reach: knees take part of it, the back the rest.
        var reach = 0.92f * (arm.UpperLength + arm.ForeLength);
        var ahead = Vector3.Dot(hand - arm.Shoulder, s.Forward);
        var needed = arm.Shoulder.Y - hand.Y - MathF.Sqrt(MathF.Max(0, reach * reach - ahead * ahead));
        var legLength = GaitCycle.LegLength(s);
        var knees = Math.Clamp(0.4f * needed, 0, 0.25f * legLength) * w;
        var pivot = s.PivotOf(s.Spine);
        var torso = MathF.Max(0.1f, arm.Shoulder.Y - pivot.Y);
        var bend = MathF.Acos(Math.Clamp(1 - MathF.Max(0, needed - knees) / torso, -1, 1));
        bend = MathF.Min(bend, 1.35f) * w;

        var sink = GaitCycle.StandingSink(s) + knees;
        GaitCycle.Stand(s, sink, r);
        Skeleton.Add(r, s.Spine, s.Pitch(-bend));
        Skeleton.Add(r, s.Neck, s.Pitch(0.4f * bend));
        arm.Reach(hand + Vector3.UnitY * sink, -bend, pivot, r);
        // The free arm comes forward a little with the bend, as for balance.
        Skeleton.Add(r, s.UpperArmL, s.Pitch(0.5f * bend));
        Skeleton.Add(r, s.ForearmL, s.Pitch(0.3f * bend + 0.4f * up * w));
        return sink;
    }
}
