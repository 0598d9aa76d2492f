using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Spatial;

namespace Kinora.Sound.Ambience;

/// <summary>A lightning strike: when it flashes (video seconds) and how far away it is (m).</summary>
public readonly record struct Strike(double FlashSeconds, double DistanceMetres)
{
    /// <summary>When its thunder arrives: the flash plus the sound's travel time (343 m/s), ~3 s per km.</summary>
    public double ThunderSeconds => FlashSeconds + DistanceMetres / SoundTravel.SpeedOfSound;
}

/// <summary>
/// Thunder, heard after its lightning by the distance's travel time. A near strike (under ~1 km) opens with a
/// sharp crack; every strike rolls on as a low rumble made of many overlapping bursts (the channel's segments at
/// different distances), 2–6 s long. Air absorbs highs with distance, so far thunder is a dull, low roll
/// (the low-pass falls from 2 kHz at 300 m to ~200 Hz at 5 km). Few (1975), "Thunder", Sci. Am. 233(1).
/// </summary>
public static class Thunder
{
    /// <summary>Strikes in a clip: the schedule the renderer flashes from (<see cref="LightningStrikes"/>), so each
    /// clap follows its flash by the travel time.</summary>
    public static IReadOnlyList<Strike> Strikes(long seed, double seconds) =>
        [.. LightningStrikes.Of(seed, seconds).Select(s => new Strike(s.FlashSeconds, s.DistanceMetres))];

    public static void Add(Span<float> stereo, Strike strike, long seed, int sampleRate, double level)
    {
        var rng = new SeededRandom(seed, $"sound.thunder.{strike.FlashSeconds:0.000}");
        var start = (int)(strike.ThunderSeconds * sampleRate);
        var frames = stereo.Length / 2;
        if (start >= frames) return;
        var distanceKm = strike.DistanceMetres / 1000;
        var cutoff = Math.Clamp(600 / Math.Max(distanceKm, 0.3), 200, 2000);
        var loudness = level / Math.Max(0.5, Math.Sqrt(distanceKm));
        var length = (int)(rng.Range(2, 6) * sampleRate);
        var mono = new float[length];
        if (distanceKm < 1)
            Grains.NoiseBurst(mono, 0, loudness * 0.8, 0.05, 6000, 200, (long)rng.NextULong(), "crack", sampleRate, 0.001);
        var bursts = 10 + (int)(rng.NextDouble() * 10);
        for (var b = 0; b < bursts; b++)
        {
            var at = (int)(length * 0.7 * Math.Pow(rng.NextDouble(), 1.5));
            Grains.NoiseBurst(mono, at, loudness * rng.Range(0.3, 1), rng.Range(0.15, 0.6), cutoff, 25, (long)rng.NextULong(), "roll", sampleRate, rng.Range(0.02, 0.2));
        }
        // The end of the buffer must be silent already; fade the last 0.3 s to make sure.
        var fade = (int)(0.3 * sampleRate);
        for (var i = 0; i < fade && i < length; i++) mono[length - 1 - i] *= (float)i / fade;
        Layers.AddPanned(mono, stereo, start, rng.Range(-0.6, 0.6));
    }
}
