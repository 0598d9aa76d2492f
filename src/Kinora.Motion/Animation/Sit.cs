using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Sitting on what the body was placed on (a bench, a chair, a bed): the hips come down to the seat, the thighs
/// lie along it and the shins hang to the floor <paramref name="seatHeight"/> below, the hands rest on the thighs,
/// the back leans a little.
/// </summary>
public static class Sit
{
    /// <summary>Metres the feet stand above the floor for sitting to make sense (a seat, not a kerb).</summary>
    public const float MinSeat = 0.25f;

    /// <param name="arms">False when the hands are busy with another act (eating or typing seated): they are left to it.</param>
    public static float Pose(Skeleton s, float seatHeight, double t, float w, Span<Quaternion> r, bool arms = true)
    {
        var sink = Legs(s, seatHeight, w, r);
        var breath = 0.01f * Curves.Sin(t, 0.25);
        Skeleton.Add(r, s.Spine, s.Pitch((0.06f + breath) * w));
        Skeleton.Add(r, s.Neck, s.Pitch(-0.08f * w));
        if (!arms) return sink;
        Skeleton.Add(r, s.UpperArmL, s.Pitch(0.35f * w));
        Skeleton.Add(r, s.UpperArmR, s.Pitch(0.35f * w));
        Skeleton.Add(r, s.ForearmL, s.Pitch(0.9f * w));
        Skeleton.Add(r, s.ForearmR, s.Pitch(0.9f * w));
        return sink;
    }

    /// <summary>Only the seated legs (hips on the seat, feet on the floor ahead); returns the body's sink.</summary>
    public static float Legs(Skeleton s, float seatHeight, float w, Span<Quaternion> r)
    {
        var standing = GaitCycle.StandingSink(s);
        var sink = standing;
        foreach (var leg in s.Legs)
        {
            // Seated, the hip rests just above the seat: the body sinks by the hip's height over the feet.
            var seated = leg.Hip.Y - (leg.Tip.Y - leg.TipHeight) - 0.03f;
            sink = MathF.Max(sink, standing + (seated - standing) * w);
        }
        foreach (var leg in s.Legs)
        {
            // Feet on the floor a thigh's length ahead of the hips; the floor is the seat's height below where they stood.
            var floor = leg.Tip.Y + sink - seatHeight * w;
            leg.Reach(new Vector2(leg.Tip.X + 0.95f * leg.Upper * w, floor), 0, r);
        }
        return sink;
    }
}
