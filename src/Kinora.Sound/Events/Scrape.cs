using Kinora.Compose;
using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Impacts;

namespace Kinora.Sound.Events;

/// <summary>
/// The sound of a continuous contact, rolling or sliding, after van den Doel, Kry &amp; Pai, "FoleyAutomatic"
/// (SIGGRAPH 2001) §4: the contact drags across the surface's micro-roughness, which acts as a noise excitation
/// whose bandwidth rises with speed; the noise drives the two bodies' resonant modes. Rolling is a low, rumbling
/// excitation with a once-per-revolution bump; sliding is brighter, with the slip–stick flutter of friction.
/// Loudness grows with speed (in proportion, up to <see cref="LoudestAtSpeed"/>).
/// </summary>
public static class Scrape
{
    public const double LoudestAtSpeed = 4;
    /// <summary>Level at 1 m/s, linear RMS-ish, against 0.25 for a 1 N·s impact.</summary>
    public const double LevelAtOneMetrePerSecond = 0.03;
    public const double FadeSeconds = 0.015;

    /// <summary>Speed (m/s) at one moment of the contact.</summary>
    public readonly record struct Sample(double Time, double Speed);

    /// <summary>
    /// Renders a contact lasting from the first sample's time to the last's into <paramref name="output"/>
    /// (sample 0 = the first sample's time), speed interpolated linearly between samples.
    /// </summary>
    public static void Render(ReadOnlySpan<Sample> path, bool rolling, AcousticClass a, double radiusA, AcousticClass b,
        long seed, string stream, int sampleRate, Span<float> output)
    {
        if (path.IsEmpty) return;
        var t0 = path[0].Time;
        var n = Math.Min(output.Length, (int)Math.Ceiling((path[^1].Time - t0) * sampleRate));
        if (n <= 0) return;
        var rng = new SeededRandom(seed, stream);
        var noise = new WhiteNoise(Grains.Fork(ref rng), "excitation");
        var flutterNoise = new WhiteNoise(Grains.Fork(ref rng), "flutter");
        var flutterLp = Biquad.LowPass(sampleRate, 30);
        var tone = rolling ? Biquad.LowPass(sampleRate, 500) : Biquad.BandPass(sampleRate, 1500, 0.8);
        var body = ModalResonators(ModalBank.For(a), radiusA, sampleRate);
        var surface = ModalResonators(ModalBank.For(b), 0.3, sampleRate);
        var fade = FadeSeconds * sampleRate;
        var segment = 0;
        double phase = 0;
        for (var i = 0; i < n; i++)
        {
            var t = t0 + (double)i / sampleRate;
            while (segment + 1 < path.Length - 1 && path[segment + 1].Time <= t) segment++;
            var p = path[segment];
            var q = path[Math.Min(segment + 1, path.Length - 1)];
            var u = q.Time > p.Time ? Math.Clamp((t - p.Time) / (q.Time - p.Time), 0, 1) : 0;
            var speed = Math.Min(LoudestAtSpeed, p.Speed + (q.Speed - p.Speed) * u);
            var x = tone.Process(noise.Next());
            double amplitude;
            if (rolling)
            {
                // One bump per revolution: ω = v / r.
                phase += speed / Math.Max(radiusA, 0.01) / sampleRate;
                amplitude = 1 + 0.35 * Math.Sin(phase);
            }
            else
            {
                amplitude = 1 + 3 * Math.Abs(flutterLp.Process(flutterNoise.Next()));
            }
            var excitation = x * amplitude;
            var ringing = 0f;
            for (var k = 0; k < body.Length; k++) ringing += body[k].Process((float)excitation);
            for (var k = 0; k < surface.Length; k++) ringing += surface[k].Process((float)excitation) * 0.5f;
            var envelope = Math.Min(1, Math.Min(i / fade, (n - 1 - i) / fade));
            output[i] += (float)((excitation * 0.6 + ringing * 2) * speed * LevelAtOneMetrePerSecond * envelope * 4);
        }
    }

    /// <summary>The first three modes of a body as narrow band-passes (Q 30): the noise makes them sing.</summary>
    private static Biquad[] ModalResonators(AcousticProfile profile, double radius, int sampleRate)
    {
        var scale = new ImpactBody(profile, radius).FrequencyScale;
        var count = Math.Min(3, profile.Ratios.Length);
        var filters = new Biquad[count];
        for (var k = 0; k < count; k++)
            filters[k] = Biquad.BandPass(sampleRate, profile.BaseFrequencyHz * profile.Ratios[k] * scale, 30);
        return filters;
    }
}
