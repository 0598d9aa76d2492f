using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// The legs of any gait: where each foot is in its cycle (planted and sliding back under the body at the body's
/// speed, or swinging forward in an arc), how far the body sinks so the planted feet reach the ground (the bob of a
/// walk comes from this, not from a hand-tuned curve), and IK that puts every tip there.
/// Phase is in strides (distance ÷ stride), so it only advances when the body moves.
/// </summary>
public static class GaitCycle
{
    /// <summary>Mean rest hip-to-tip length of the legs (m), the unit gaits are scaled by.</summary>
    public static float LegLength(Skeleton s)
    {
        if (s.Legs.Length == 0) return 0;
        var sum = 0f;
        foreach (var leg in s.Legs) sum += leg.Length;
        return sum / s.Legs.Length;
    }

    /// <summary>Metres the body covers in one full cycle of this gait.</summary>
    public static float Stride(Skeleton s, Gait g) => g.StrideLegs * LegLength(s);

    /// <summary>Where a leg's tip is at its own cycle phase <paramref name="u"/> (0–1, 0 = touch-down): metres ahead
    /// of its rest spot, lift above the ground, foot pitch (+ toes up), and whether it is planted.</summary>
    public static (float Forward, float Lift, float FootPitch, bool Planted) LegAt(Gait g, float stride, float legLength, float u)
    {
        var reach = g.Stance * stride / 2; // a planted foot goes from +reach to −reach while the body moves on
        if (u < g.Stance) return (reach - u * stride, 0, 0, true);
        var s = (u - g.Stance) / (1 - g.Stance);
        var ease = s * s * (3 - 2 * s); // the foot leaves and lands with zero speed: no skid at the plant
        var arc = MathF.Sin(MathF.PI * s);
        return (-reach + 2 * reach * ease, g.LiftLegs * legLength * arc, 0.6f * (s - 0.45f) * arc, false);
    }

    /// <summary>
    /// How far the body sinks (m) at stride phase <paramref name="phase"/>: enough that every planted foot reaches
    /// the ground, plus a run's knee spring; in flight (no foot down) it rises on an arc between take-off and landing.
    /// </summary>
    public static float Sink(Skeleton s, Gait g, double phase, float weight = 1)
    {
        var legLength = LegLength(s);
        var stride = Stride(s, g) * weight;
        var sink = 0f;
        var planted = false;
        var sinceTakeOff = 1f;
        var toLanding = 1f;
        var atContact = 0f;
        for (var i = 0; i < s.Legs.Length; i++)
        {
            var u = Frac(phase - g.Offsets[i % g.Offsets.Length]);
            var (forward, _, _, down) = LegAt(g, stride, legLength, u);
            var leg = s.Legs[i];
            atContact = MathF.Max(atContact, leg.SinkToReach(g.Stance * stride / 2));
            if (down)
            {
                planted = true;
                var spring = g.Bounce * weight * legLength * MathF.Sin(MathF.PI * u / g.Stance);
                sink = MathF.Max(sink, leg.SinkToReach(forward) + spring);
            }
            else
            {
                sinceTakeOff = MathF.Min(sinceTakeOff, u - g.Stance);
                toLanding = MathF.Min(toLanding, 1 - u);
            }
        }
        if (planted) return sink;
        var f = sinceTakeOff / MathF.Max(1e-6f, sinceTakeOff + toLanding);
        return atContact * (1 - 0.6f * 4 * f * (1 - f));
    }

    /// <summary>Bends every leg for the phase, given the body's <paramref name="sink"/>; adds to the rotations.</summary>
    public static void PoseLegs(Skeleton s, Gait g, double phase, float sink, Span<Quaternion> rotations, float weight = 1)
    {
        var legLength = LegLength(s);
        var stride = Stride(s, g) * weight;
        for (var i = 0; i < s.Legs.Length; i++)
        {
            var leg = s.Legs[i];
            var (forward, lift, pitch, _) = LegAt(g, stride, legLength, Frac(phase - g.Offsets[i % g.Offsets.Length]));
            leg.Reach(new Vector2(leg.Tip.X + forward, leg.Tip.Y + sink + lift * weight), pitch * weight, rotations);
        }
    }

    /// <summary>How far the body sinks to stand with every foot under its rest spot and the knees just off locked.</summary>
    public static float StandingSink(Skeleton s)
    {
        var sink = 0f;
        foreach (var leg in s.Legs) sink = MathF.Max(sink, leg.SinkToReach(0));
        return sink;
    }

    /// <summary>Stands every leg on the ground with the body sunk by <paramref name="sink"/> (crouch, landing).</summary>
    public static void Stand(Skeleton s, float sink, Span<Quaternion> rotations)
    {
        foreach (var leg in s.Legs) leg.Reach(new Vector2(leg.Tip.X, leg.Tip.Y + sink), 0, rotations);
    }

    /// <summary>The leg's normalised fore-aft position at a phase: +1 fully forward, −1 fully back.</summary>
    public static float Swing(Gait g, double phase, int leg)
    {
        var u = Frac(phase - g.Offsets[leg % g.Offsets.Length]);
        var (forward, _, _, _) = LegAt(g, 1, 1, u);
        return forward / (g.Stance / 2);
    }

    /// <summary>If leg <paramref name="leg"/> touched down after phase <paramref name="from"/> and by <paramref name="to"/>,
    /// the fraction of the way between them it did.</summary>
    public static bool TouchedDown(Gait g, int leg, double from, double to, out double fraction)
    {
        fraction = 0;
        if (to <= from) return false;
        var o = g.Offsets[leg % g.Offsets.Length];
        var next = Math.Floor(from - o) + 1; // the first touch-down after `from` (one exactly at `from` was the last frame's)
        if (next > to - o) return false;
        fraction = (next - (from - o)) / (to - from);
        return fraction is >= 0 and <= 1;
    }

    public static float Frac(double x) => (float)(x - Math.Floor(x));
}
