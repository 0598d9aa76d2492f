using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Sources;

/// <summary>
/// One animal call as a source–filter sound, the model of human speech applied to other larynges (W. T. Fitch,
/// "Vocal tract length and formant frequency dispersion correlate with body size in rhesus macaques", JASA 1997):
/// a glottal pulse train at a gliding pitch f0(t), with breath noise, through three formant resonators whose
/// frequencies glide too (a meow opens from [i] to [a] and closes to [u]). Pitch, formants, tremolo and shape
/// per species are set by ear against recordings' typical values (dog bark f0 ≈ 300–600 Hz, cat meow ≈ 400–800 Hz,
/// cow moo ≈ 100–150 Hz, sheep bleat ≈ 200–350 Hz with a ~8 Hz tremolo, horse whinny ≈ 400–1000 Hz falling).
/// </summary>
public sealed record Vocalization(
    double Seconds,
    double[] PitchHz,          // f0 contour, evenly spaced keyframes over the call
    double[][] FormantsHz,     // per keyframe, three formant frequencies
    double Breath,             // share of noise in the source, 0–1
    double TremoloHz, double TremoloDepth,
    double AttackSeconds, double ReleaseSeconds,
    double Level)
{
    public static Vocalization Bark(ref SeededRandom rng) => new(rng.Range(0.12, 0.2),
        [rng.Range(450, 600), 520, 380], [[500, 1400, 2800], [900, 1700, 3000], [700, 1500, 2700]],
        0.45, 0, 0, 0.005, 0.04, 0.5);

    public static Vocalization Meow(ref SeededRandom rng) => new(rng.Range(0.5, 0.8),
        [rng.Range(450, 550), 700, 650, 450], [[300, 2300, 3200], [800, 1700, 3000], [900, 1400, 2900], [450, 900, 2600]],
        0.15, 5, 0.05, 0.04, 0.12, 0.35);

    public static Vocalization Moo(ref SeededRandom rng) => new(rng.Range(1.2, 1.8),
        [rng.Range(105, 125), 135, 130, 100], [[250, 600, 2200], [450, 900, 2300], [650, 1000, 2400], [400, 700, 2200]],
        0.1, 0, 0, 0.15, 0.3, 0.6);

    public static Vocalization Bleat(ref SeededRandom rng) => new(rng.Range(0.6, 0.9),
        [rng.Range(260, 320), 300, 280], [[700, 1300, 2600], [800, 1400, 2700], [650, 1200, 2500]],
        0.2, 8, 0.5, 0.03, 0.15, 0.4);

    public static Vocalization Neigh(ref SeededRandom rng) => new(rng.Range(1.0, 1.4),
        [rng.Range(900, 1050), 950, 800, 600, 420], [[900, 1800, 3200], [1000, 1900, 3300], [800, 1600, 3000], [700, 1400, 2800], [500, 1100, 2500]],
        0.3, 11, 0.45, 0.02, 0.25, 0.55);

    /// <summary>Renders the call into a mono buffer from sample 0; returns the samples written.</summary>
    public int Render(long seed, string stream, int sampleRate, Span<float> output)
    {
        var n = Math.Min(output.Length, (int)(Seconds * sampleRate));
        var noise = new WhiteNoise(seed, stream);
        Resonator f1 = default, f2 = default, f3 = default;
        double phase = 0;
        for (var i = 0; i < n; i++)
        {
            var t = (double)i / sampleRate;
            var u = (double)i / n;
            var f0 = Contour(PitchHz, u) * (1 + TremoloDepth * 0.1 * Math.Sin(2 * Math.PI * TremoloHz * t));
            phase += f0 / sampleRate;
            phase -= Math.Floor(phase);
            // A glottal pulse: a smooth, narrow peak once a period (rich in harmonics, no aliasing steps).
            var pulse = Math.Exp(-30 * (1 - Math.Cos(2 * Math.PI * phase))) - 0.1;
            var source = (1 - Breath) * pulse + Breath * noise.Next() * 0.5;
            var formants = FormantAt(u);
            var voiced = f1.Process((float)source, formants.F1, 80, sampleRate)
                         + 0.6f * f2.Process((float)source, formants.F2, 120, sampleRate)
                         + 0.3f * f3.Process((float)source, formants.F3, 200, sampleRate);
            var envelope = Math.Min(1, Math.Min(t / AttackSeconds, (Seconds - t) / ReleaseSeconds));
            var tremolo = 1 - TremoloDepth * 0.5 * (1 + Math.Sin(2 * Math.PI * TremoloHz * t));
            output[i] += (float)(voiced * 4 * Math.Max(0, envelope) * tremolo * Level);
        }
        return n;
    }

    private (double F1, double F2, double F3) FormantAt(double u)
    {
        var x = u * (FormantsHz.Length - 1);
        var i = Math.Min((int)x, FormantsHz.Length - 2);
        var f = x - i;
        double Lerp(int k) => FormantsHz[i][k] + (FormantsHz[i + 1][k] - FormantsHz[i][k]) * f;
        return (Lerp(0), Lerp(1), Lerp(2));
    }

    private static double Contour(double[] keys, double u)
    {
        var x = u * (keys.Length - 1);
        var i = Math.Min((int)x, keys.Length - 2);
        return keys[i] + (keys[i + 1] - keys[i]) * (x - i);
    }
}
