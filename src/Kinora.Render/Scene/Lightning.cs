using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Render.Scene;

/// <summary>
/// Lightning flashes at the strike times the thunder is scheduled from (<see cref="LightningStrikes"/>), so the
/// flash is seen exactly the distance's travel time before the clap is heard. A flash is a few return strokes
/// ~70 ms apart, each a sharp rise and an exponential decay of ~50 ms (Rakov and Uman 2003, "Lightning: Physics and
/// Effects", ch. 1: a flash has 3–5 strokes, 40–60 ms apart); nearer strikes light the scene more.
/// </summary>
public sealed class Lightning
{
    private static readonly (double Delay, double Strength)[] Strokes = [(0, 1), (0.07, 0.55), (0.16, 0.8), (0.23, 0.3)];
    /// <summary>Decay time of one stroke's light, s.</summary>
    private const double StrokeDecay = 0.05;

    private readonly IReadOnlyList<LightningStrike> _strikes;
    private readonly float _scale;

    public Lightning(World world, double seconds)
    {
        _strikes = LightningStrikes.InPlan(world.Plan) ? LightningStrikes.Of(world.Plan.Seed, seconds) : [];
        _scale = NightSky.IsIndoor(world) ? 0.4f : 1f;   // indoors it only comes through the windows
    }

    public IReadOnlyList<LightningStrike> Strikes => _strikes;

    /// <summary>Index of the latest strike at or before <paramref name="seconds"/> (0 when none has struck yet).</summary>
    public int StrikeIndexAt(double seconds)
    {
        var index = 0;
        for (var i = 0; i < _strikes.Count; i++) if (_strikes[i].FlashSeconds <= seconds) index = i;
        return index;
    }

    /// <summary>Flash brightness at a moment, 0 (none) to ~1.5 (a near strike's first stroke); added to the sky's
    /// light by the shaders.</summary>
    public float FlashAt(double seconds)
    {
        var sum = 0.0;
        for (var i = 0; i < _strikes.Count; i++)   // indexed: an interface enumerator would allocate per frame
        {
            var s = _strikes[i];
            var since = seconds - s.FlashSeconds;
            if (since < 0 || since > 0.6) continue;
            var near = Math.Clamp(1.6 - s.DistanceMetres / 2000, 0.4, 1.5);
            foreach (var (delay, strength) in Strokes)
                if (since >= delay) sum += near * strength * Math.Exp(-(since - delay) / StrokeDecay);
        }
        return (float)Math.Min(sum, 2.0) * _scale;
    }
}
