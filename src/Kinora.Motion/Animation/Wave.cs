using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Waving hello: the right upper arm raised out to the side a little above the shoulder, the forearm up and
/// rocking side to side about the elbow twice a second; cheering raises both arms and shakes them.
/// </summary>
public static class Wave
{
    public static void Pose(Skeleton s, Act act, double t, float w, Span<Quaternion> r)
    {
        var rock = 0.4f * Curves.Sin(t, 2.2);
        Skeleton.Add(r, s.UpperArmR, s.Roll(-1.75f * w) * s.Pitch(0.25f * w));
        Skeleton.Add(r, s.ForearmR, s.Roll(-(1.3f + rock) * w));
        Skeleton.Add(r, s.Neck, s.Roll(0.05f * w) * s.Yaw(-0.05f * w));
        if (act.Variant != Act.Variants.BothHands) return;
        Skeleton.Add(r, s.UpperArmL, s.Roll(1.75f * w) * s.Pitch(0.25f * w));
        Skeleton.Add(r, s.ForearmL, s.Roll((1.3f - rock) * w));
    }
}
