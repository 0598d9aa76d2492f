using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Arms held out: pointing (the right arm straight ahead at shoulder height, the head turned along it), offering or
/// shaking a hand (forearm forward at waist height), catching (both arms up and forward, hands open) or hugging
/// (both arms forward and round).
/// </summary>
public static class Point
{
    public static void Pose(Skeleton s, Act act, double t, float w, Span<Quaternion> r)
    {
        var sway = 0.04f * Curves.Sin(t, 0.3);
        switch (act.Variant)
        {
            case Act.Variants.Offer:
                Skeleton.Add(r, s.UpperArmR, s.Pitch((0.55f + sway) * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch((0.9f + 0.15f * Curves.Sin(t, 1.5)) * w));
                break;
            case Act.Variants.Catch:
            case Act.Variants.Hug:
                var hug = act.Variant == Act.Variants.Hug;
                var up = hug ? 1.3f : 1.6f;
                Skeleton.Add(r, s.UpperArmL, s.Pitch((up + sway) * w) * s.Yaw((hug ? -0.45f : -0.15f) * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch((up - sway) * w) * s.Yaw((hug ? 0.45f : 0.15f) * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch((hug ? 0.9f : 0.35f) * w) * s.Yaw((hug ? -0.6f : 0) * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch((hug ? 0.9f : 0.35f) * w) * s.Yaw((hug ? 0.6f : 0) * w));
                break;
            default:
                Skeleton.Add(r, s.UpperArmR, s.Pitch((1.5f + sway) * w) * s.Yaw(-0.2f * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch(0.05f * w));
                Skeleton.Add(r, s.Neck, s.Yaw(-0.2f * w));
                break;
        }
    }
}
