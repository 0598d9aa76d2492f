using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Sitting astride a mount. The hips rest on the saddle (as <see cref="Sit"/> puts them on a seat) and the thighs
/// open round the mount's body; then by style: on a horse (or any animal) the feet stand in stirrups at the belly,
/// knees bent and forward, hands low in front holding the reins; on a bicycle the feet go round the pedals, the
/// crank turning with the distance covered (<see cref="TurnsPerMetre"/>: the wheel's circumference times the gear), the
/// back leaning to the handlebars; on a motorcycle the feet rest on pegs and the hands reach the bars.
/// </summary>
public static class Ride
{
    public enum Style { Stirrups, Pedals, Pegs }

    /// <summary>m: a 700C road or 28-inch town wheel's rolling radius.</summary>
    public const float WheelRadius = 0.34f;
    /// <summary>Wheel turns per crank turn (a middle gear: 44 teeth to 20).</summary>
    public const float Gear = 2.2f;
    /// <summary>Crank turns per metre ridden: at 5 m/s about 64 rpm.</summary>
    public const float TurnsPerMetre = 1 / (2 * MathF.PI * WheelRadius * Gear);

    public static Style StyleOf(string? mountKind) => mountKind switch
    {
        "bicycle" => Style.Pedals,
        "motorcycle" => Style.Pegs,
        _ => Style.Stirrups,
    };

    /// <summary>Where leg <paramref name="leg"/>'s ankle goes, sagittal, relative to the hip, in leg lengths.</summary>
    public static Vector2 Foot(Style style, int leg, float crankTurns) => style switch
    {
        // The crank's centre below and a little ahead of the saddle; the two pedals half a turn apart, turning
        // forward (over the top towards the front, down, back).
        Style.Pedals => new Vector2(0.2f, -0.74f) + 0.2f * Dir(MathF.PI / 2 - 2 * MathF.PI * (crankTurns + 0.5f * leg)),
        Style.Pegs => new Vector2(0.12f, -0.5f),
        _ => new Vector2(0.16f, -0.62f),
    };

    private static Vector2 Dir(float a) => new(MathF.Cos(a), MathF.Sin(a));

    /// <summary>Poses the rider; returns the body's sink (m).</summary>
    public static float Pose(Skeleton s, Style style, float crankTurns, double t, float w, Span<Quaternion> r)
    {
        var standing = GaitCycle.StandingSink(s);
        var sink = standing;
        foreach (var leg in s.Legs)
        {
            var seated = leg.Hip.Y - (leg.Tip.Y - leg.TipHeight) - 0.03f;
            sink = MathF.Max(sink, standing + (seated - standing) * w);
        }
        var length = GaitCycle.LegLength(s);
        for (var i = 0; i < s.Legs.Length && i < 2; i++)
        {
            var leg = s.Legs[i];
            var hip = leg.Hip + new Vector2(0, -sink);
            var rest = leg.Tip; // standing: where the ankle was
            var want = hip + Foot(style, i, crankTurns) * length;
            leg.Reach(Vector2.Lerp(rest, want, w) + new Vector2(0, sink), 0, r);
            // Open the thighs round the mount's body (the left leg out to the left, the right to the right).
            var spread = (style == Style.Pedals ? 0.06f : 0.28f) * w;
            Skeleton.Add(r, leg.Thigh, s.Roll(i == 0 ? spread : -spread));
            Skeleton.Add(r, leg.Shin, s.Roll(i == 0 ? -0.6f * spread : 0.6f * spread));
        }
        var sway = 0.02f * Curves.Sin(t, style == Style.Stirrups ? 1.4 : 0.8);
        var (lean, upper, fore) = style switch
        {
            Style.Pedals => (-0.35f, 1.05f, 0.25f),
            Style.Pegs => (-0.25f, 1.0f, 0.35f),
            _ => (-0.05f, 0.4f, 1.0f),
        };
        Skeleton.Add(r, s.Spine, s.Pitch((lean + sway) * w));
        Skeleton.Add(r, s.Neck, s.Pitch(-0.8f * lean * w));
        Skeleton.Add(r, s.UpperArmL, s.Pitch(upper * w) * s.Roll(0.08f * w));
        Skeleton.Add(r, s.UpperArmR, s.Pitch(upper * w) * s.Roll(-0.08f * w));
        Skeleton.Add(r, s.ForearmL, s.Pitch(fore * w));
        Skeleton.Add(r, s.ForearmR, s.Pitch(fore * w));
        return sink;
    }
}
