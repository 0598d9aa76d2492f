using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Squatting, every 2.5 s: the hips sink until the thighs are near level, the trunk leaning forward and the arms
/// out front for balance, then stand.
/// </summary>
public static class Squat
{
    public const double Period = 2.5;

    public static float Pose(Skeleton s, double t, float w, Span<Quaternion> r)
    {
        var depth = Curves.Hold(Curves.Loop(t, Period), 0.05f, 0.45f, 0.55f, 0.95f);
        var sink = GaitCycle.StandingSink(s) + 0.42f * depth * GaitCycle.LegLength(s) * w;
        GaitCycle.Stand(s, sink, r);
        Skeleton.Add(r, s.Spine, s.Pitch(-0.45f * depth * w));
        Skeleton.Add(r, s.Neck, s.Pitch(0.3f * depth * w));
        Skeleton.Add(r, s.UpperArmL, s.Pitch(1.45f * depth * w));
        Skeleton.Add(r, s.UpperArmR, s.Pitch(1.45f * depth * w));
        return sink;
    }
}
