using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Stretching, slowly (a 6 s cycle): arms raised overhead then the trunk bending to each side; the fold variant bends
/// forward from the hips, hands towards the toes; the back variant arches back with the arms up.
/// </summary>
public static class Stretch
{
    public const double Period = 6;

    public static float Pose(Skeleton s, Act act, double t, float w, Span<Quaternion> r)
    {
        var c = Curves.Loop(t, Period);
        var hold = Curves.Hold(c, 0.05f, 0.3f, 0.8f, 0.97f);
        var sink = GaitCycle.StandingSink(s);
        switch (act.Variant)
        {
            case Act.Variants.Fold:
                GaitCycle.Stand(s, sink, r);
                Skeleton.Add(r, s.Spine, s.Pitch(-1.3f * hold * w));
                Skeleton.Add(r, s.Neck, s.Pitch(-0.2f * hold * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch(0.25f * hold * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(0.25f * hold * w));
                return sink;
            case Act.Variants.Back:
                Skeleton.Add(r, s.Spine, s.Pitch(0.45f * hold * w));
                Skeleton.Add(r, s.Neck, s.Pitch(0.3f * hold * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch(2.8f * hold * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(2.8f * hold * w));
                return sink;
            default:
                var side = Curves.Sin(c, 1) * Curves.Ramp(c, 0.3f, 0.4f) * (1 - Curves.Ramp(c, 0.7f, 0.8f));
                Skeleton.Add(r, s.Spine, s.Roll(0.3f * side * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch(2.9f * hold * w) * s.Roll(0.15f * hold * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(2.9f * hold * w) * s.Roll(-0.15f * hold * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch(0.15f * hold * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch(0.15f * hold * w));
                return sink;
        }
    }
}
