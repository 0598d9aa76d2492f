using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Impacts;

/// <summary>
/// Renders one contact into a mono buffer: both bodies' modal banks (van den Doel &amp; Pai 1998), a noise thud
/// for dull materials, and a short click for the instant of contact. Sample 0 of the output is the contact
/// instant; nothing is rendered before it, so onsets land exactly where the event says.
/// </summary>
public static class ImpactSynth
{
    /// <summary>Longest tail rendered, seconds (a struck metal bar is well below −60 dB by then).</summary>
    public const double MaxSeconds = 3.0;
    /// <summary>Impulse at which a hit has <see cref="ReferenceAmplitude"/>, N·s (a 0.5 kg ball at ~1 m/s).</summary>
    public const double ReferenceImpulse = 1.0;
    public const double ReferenceAmplitude = 0.25;
    /// <summary>
    /// Loudness follows impulse^0.8 rather than linearly: radiated pressure is proportional to the impulse, but
    /// harder hits also shorten contact and move energy into high modes that the ear weights more evenly, and the
    /// compression keeps a domino tap and a falling crate within one mix. Ten times the impulse is +16 dB.
    /// </summary>
    public const double ImpulseExponent = 0.8;
    /// <summary>Per-event random spread of mode frequencies (±3 %) and amplitudes (±15 %), so repeats differ.</summary>
    public const double FrequencyJitter = 0.03, AmplitudeJitter = 0.15;
    /// <summary>Contact click: noise with this decay time constant, seconds, lasting five of them.</summary>
    public const double ClickDecaySeconds = 0.001;
    /// <summary>Contact duration shortens with speed (Hertz contact: τ ∝ v^−1/5), so the cutoff rises as v^0.2.</summary>
    public const double ContactSpeedExponent = 0.2;
    /// <summary>Highest mode kept, Hz.</summary>
    public const double MaxModeHz = 20000;

    /// <summary>Linear peak-ish amplitude of a hit of this impulse, before distance and pan.</summary>
    public static double AmplitudeFor(double impulse) =>
        ReferenceAmplitude * Math.Pow(Math.Max(impulse, 0) / ReferenceImpulse, ImpulseExponent);

    /// <summary>How many samples a contact between these bodies needs before it is 60 dB down.</summary>
    public static int LengthFor(in ImpactBody a, in ImpactBody b, int sampleRate)
    {
        var seconds = Math.Max(TailSeconds(a), TailSeconds(b));
        return (int)Math.Ceiling(Math.Min(seconds, MaxSeconds) * sampleRate);
    }

    private static double TailSeconds(in ImpactBody body)
    {
        var p = body.Profile;
        var longest = 5 * ClickDecaySeconds;
        if (p.ThudLevel > 0) longest = Math.Max(longest, Mode.Ln1000 * p.ThudDecaySeconds);
        // The lowest mode rings longest (decay grows with frequency).
        if (p.Ratios.Length > 0)
        {
            var f = p.BaseFrequencyHz * body.FrequencyScale * p.Ratios[0];
            longest = Math.Max(longest, Mode.Ln1000 / DecayRate(body, f));
        }
        return longest;
    }

    private static double DecayRate(in ImpactBody body, double frequencyHz) =>
        Math.PI * frequencyHz * body.Profile.LossFactor + ModalBank.AirDampingPerSecond + body.ExtraDampingPerSecond;

    /// <summary>
    /// Adds the sound of a contact into <paramref name="output"/> (which should be cleared by the caller and
    /// at least <see cref="LengthFor"/> long, or is simply cut short). Returns the number of samples written.
    /// </summary>
    public static int Render(in ImpactBody a, in ImpactBody b, double impulse, double relativeSpeed,
        long seed, string stream, int sampleRate, Span<float> output)
    {
        var length = Math.Min(output.Length, LengthFor(a, b, sampleRate));
        var buffer = output[..length];
        var rng = new SeededRandom(seed, stream);
        var amplitude = AmplitudeFor(impulse);
        // The softer surface decides how long the contact lasts, hence how high the excitation reaches.
        var speedFactor = Math.Pow(Math.Clamp(relativeSpeed, 0.1, 30), ContactSpeedExponent);
        var contactCutoff = Math.Min(a.Profile.ContactCutoffHz, b.Profile.ContactCutoffHz) * speedFactor;

        // Each body takes half of the blow; a massive floor and a small ball both ring.
        AddBody(a, amplitude * 0.5, contactCutoff, ref rng, sampleRate, buffer);
        AddBody(b, amplitude * 0.5, contactCutoff, ref rng, sampleRate, buffer);
        var clickLevel = amplitude * 0.5 * (a.Profile.TransientLevel * a.Profile.Gain + b.Profile.TransientLevel * b.Profile.Gain);
        AddClick(clickLevel, contactCutoff, (long)rng.NextULong(), sampleRate, buffer);
        return length;
    }

    private static void AddBody(in ImpactBody body, double amplitude, double contactCutoff, ref SeededRandom rng,
        int sampleRate, Span<float> output)
    {
        var p = body.Profile;
        var scale = body.FrequencyScale;
        var level = amplitude * p.Gain;
        for (var k = 0; k < p.Ratios.Length; k++)
        {
            var f = p.BaseFrequencyHz * p.Ratios[k] * scale * (1 + rng.Range(-FrequencyJitter, FrequencyJitter));
            var jitter = 1 + rng.Range(-AmplitudeJitter, AmplitudeJitter);
            if (f >= MaxModeHz || f >= sampleRate * 0.45) continue;
            // Contact force of duration ~1/fc has a spectrum flat below fc and falling 12 dB/octave above.
            var rolloff = 1 / (1 + (f / contactCutoff) * (f / contactCutoff));
            new Mode(f, DecayRate(body, f), level * p.Amplitudes[k] * jitter * rolloff).AddTo(output, sampleRate);
        }
        if (p.ThudLevel > 0)
        {
            var cutoff = Math.Min(p.ThudCutoffHz * Math.Sqrt(scale), contactCutoff);
            AddThud(level * p.ThudLevel, cutoff, p.ThudDecaySeconds, ref rng, sampleRate, output);
        }
    }

    /// <summary>A low-passed, exponentially decaying noise burst: the dull "thud" of earth, cloth or a ball's body.</summary>
    private static void AddThud(double level, double cutoffHz, double decaySeconds, ref SeededRandom rng,
        int sampleRate, Span<float> output)
    {
        var n = Math.Min(output.Length, (int)Math.Ceiling(Mode.Ln1000 * decaySeconds * sampleRate));
        var noise = new WhiteNoise((long)rng.NextULong(), "thud");
        var lp1 = Biquad.LowPass(sampleRate, cutoffHz);
        var lp2 = Biquad.LowPass(sampleRate, cutoffHz);
        // Low-passing white noise to fc keeps only fc / (fs/2) of its power; restore it so the level means the same
        // for any cutoff. Uniform noise has RMS 1/√3, hence the √3 to make the burst's RMS about `level`.
        var gain = level * Math.Sqrt(3 * (sampleRate / 2.0) / cutoffHz);
        var decay = Math.Exp(-1.0 / (decaySeconds * sampleRate));
        // 0.5 ms linear attack: no step at the onset (the click supplies the edge).
        var attack = sampleRate / 2000.0;
        var env = 1.0;
        for (var i = 0; i < n; i++)
        {
            var x = lp2.Process(lp1.Process(noise.Next()));
            var ramp = i < attack ? i / attack : 1.0;
            output[i] += (float)(x * gain * env * ramp);
            env *= decay;
        }
    }

    /// <summary>The few-millisecond broadband click of two surfaces meeting, low-passed at the contact cutoff.</summary>
    private static void AddClick(double level, double contactCutoff, long seed, int sampleRate, Span<float> output)
    {
        var n = Math.Min(output.Length, (int)Math.Ceiling(5 * ClickDecaySeconds * sampleRate));
        var noise = new WhiteNoise(seed, "click");
        var lp = Biquad.LowPass(sampleRate, contactCutoff);
        var decay = Math.Exp(-1.0 / (ClickDecaySeconds * sampleRate));
        var env = level;
        for (var i = 0; i < n; i++)
        {
            output[i] += (float)(lp.Process(noise.Next()) * env);
            env *= decay;
        }
    }
}
