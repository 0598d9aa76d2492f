using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Playing an instrument, by family: strings (left hand out along the neck, right forearm strumming three times a
/// second), wind (both hands up at the mouth, fingers working), keys (both hands forward, moving along the
/// keyboard), drums (forearms beating alternately). The head sways gently with the music.
/// </summary>
public static class Instrument
{
    /// <summary>Poses the player; keys and drums are played seated when there is a seat under the player (see
    /// Behaviours.Holding), standing otherwise, and for them the sink of the legs is returned.</summary>
    public static float Pose(Skeleton s, Act act, double t, float seat, float w, Span<Quaternion> r)
    {
        var sink = 0f;
        if (act.OwnsLegs)
        {
            if (seat >= Sit.MinSeat) sink = Sit.Legs(s, seat, w, r);
            else GaitCycle.Stand(s, sink = GaitCycle.StandingSink(s), r);
        }
        Skeleton.Add(r, s.Neck, s.Roll(0.05f * Curves.Sin(t, 0.5) * w) * s.Pitch(-0.1f * w));
        switch (act.Variant)
        {
            case Act.Variants.Strings:
                Skeleton.Add(r, s.UpperArmL, s.Pitch(0.7f * w) * s.Roll(0.35f * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch((0.9f + 0.05f * Curves.Sin(t, 0.7)) * w) * s.Yaw(0.3f * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(0.3f * w) * s.Yaw(0.2f * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch((1.3f + 0.28f * Curves.Sin(t, 3)) * w) * s.Yaw(0.35f * w));
                break;
            case Act.Variants.Wind:
                Skeleton.Add(r, s.UpperArmL, s.Pitch(0.55f * w) * s.Yaw(-0.35f * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(0.55f * w) * s.Yaw(0.35f * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch((2.1f + 0.04f * Curves.Sin(t, 2.1)) * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch((2.1f + 0.04f * Curves.Sin(t, 2.4, 0.3)) * w));
                break;
            case Act.Variants.Keys:
            {
                var along = 0.12f * Curves.Sin(t, 0.35);
                Skeleton.Add(r, s.Spine, s.Pitch(-0.1f * w) * s.Yaw(along * 0.5f * w));
                Skeleton.Add(r, s.UpperArmL, s.Pitch((0.45f + 0.06f * Curves.Sin(t, 2)) * w) * s.Yaw((along - 0.1f) * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch((0.45f + 0.06f * Curves.Sin(t, 2, 0.5)) * w) * s.Yaw((along + 0.1f) * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch(1.1f * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch(1.1f * w));
                break;
            }
            default: // drums
                Skeleton.Add(r, s.UpperArmL, s.Pitch(0.35f * w) * s.Roll(0.2f * w));
                Skeleton.Add(r, s.UpperArmR, s.Pitch(0.35f * w) * s.Roll(-0.2f * w));
                Skeleton.Add(r, s.ForearmL, s.Pitch((1.2f + 0.4f * MathF.Max(0, Curves.Sin(t, 3))) * w));
                Skeleton.Add(r, s.ForearmR, s.Pitch((1.2f + 0.4f * MathF.Max(0, Curves.Sin(t, 3, 0.5))) * w));
                break;
        }
        return sink;
    }
}
