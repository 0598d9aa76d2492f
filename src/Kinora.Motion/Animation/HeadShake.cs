using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>Shaking the head (no: side to side twice a second) or nodding (yes: up and down).</summary>
public static class HeadShake
{
    public static void Pose(Skeleton s, Act act, double t, float w, Span<Quaternion> r)
    {
        var beat = Curves.Sin(t, 2);
        var q = act.Variant == Act.Variants.Yes ? s.Pitch(-0.2f * (0.5f + 0.5f * beat) * w) : s.Yaw(0.4f * beat * w);
        Skeleton.Add(r, s.Neck >= 0 ? s.Neck : s.Head, q);
    }
}
