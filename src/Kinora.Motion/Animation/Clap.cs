using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Clapping: both upper arms forward and in, forearms raised so the hands meet in front of the chest, the arms
/// swinging the hands apart and together about 2.5 times a second.
/// </summary>
public static class Clap
{
    public static void Pose(Skeleton s, double t, float w, Span<Quaternion> r)
    {
        var apart = 0.5f + 0.5f * Curves.Sin(t, 2.5); // 0: palms together
        var inward = (0.25f + 0.3f * (1 - apart)) * w;
        Skeleton.Add(r, s.UpperArmL, s.Pitch(0.6f * w) * s.Yaw(-inward));
        Skeleton.Add(r, s.UpperArmR, s.Pitch(0.6f * w) * s.Yaw(inward));
        Skeleton.Add(r, s.ForearmL, s.Pitch(1.2f * w) * s.Yaw(-0.5f * (1 - apart) * w));
        Skeleton.Add(r, s.ForearmR, s.Pitch(1.2f * w) * s.Yaw(0.5f * (1 - apart) * w));
    }
}
