using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Jumping on the spot, every 1.6 s: crouch with the arms swung back, drive up with the arms swinging overhead,
/// a ballistic flight (height from the flight time, h = g·T²/8) with the feet tucked a little, then a landing
/// that the knees absorb before standing tall again.
/// </summary>
public static class Jump
{
    public const double Period = 1.6;
    /// <summary>Share of the cycle airborne (0.4–0.75): 0.56 s, a 0.38 m jump.</summary>
    public const float TakeOff = 0.4f, Landing = 0.75f;

    /// <summary>Poses the body; returns its sink and sets <paramref name="lift"/>, the height of the flight (m).</summary>
    public static float Pose(Skeleton s, double t, float w, Span<Quaternion> r, out float lift)
    {
        var c = Curves.Loop(t, Period);
        var l = GaitCycle.LegLength(s);
        var crouch = Curves.Ramp(c, 0.05f, 0.3f) * (1 - Curves.Ramp(c, 0.3f, TakeOff));
        var absorb = Curves.Ramp(c, Landing, 0.8f) * (1 - Curves.Ramp(c, 0.82f, 1f));
        var sink = GaitCycle.StandingSink(s) + (0.28f * crouch + 0.2f * absorb) * l * w;
        var flying = c is > TakeOff and < Landing;
        var f = (c - TakeOff) / (Landing - TakeOff);
        var seconds = (Landing - TakeOff) * (float)Period;
        lift = flying ? 4 * (9.81f * seconds * seconds / 8) * f * (1 - f) * w : 0;
        var tuck = flying ? 0.12f * l * MathF.Sin(MathF.PI * f) * w : 0;
        foreach (var leg in s.Legs) leg.Reach(new Vector2(leg.Tip.X, leg.Tip.Y + sink + tuck), flying ? -0.3f * w : 0, r);
        var arms = (-0.7f * crouch + 2.6f * Curves.Ramp(c, 0.3f, 0.45f) * (1 - Curves.Ramp(c, 0.7f, 0.95f))) * w;
        Skeleton.Add(r, s.UpperArmL, s.Pitch(arms) * s.Roll(0.15f * w));
        Skeleton.Add(r, s.UpperArmR, s.Pitch(arms) * s.Roll(-0.15f * w));
        Skeleton.Add(r, s.Spine, s.Pitch(-0.35f * (crouch + absorb) * w));
        return sink;
    }
}
