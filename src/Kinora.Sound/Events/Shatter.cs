using Kinora.Compose;
using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Impacts;

namespace Kinora.Sound.Events;

/// <summary>
/// Something brittle breaking (glass, ceramic, stone): the body's own impact, a bright broadband crack, then a
/// shower of fragments — each a tiny body of the same material with its own high modes (van den Doel &amp; Pai's
/// 1/size law puts a 1 cm shard 10× above the 10 cm object) — landing with exponentially spread times over about
/// half a second, the first ones densest (Farnell, "Designing Sound" ch. 35, glass breaking).
/// </summary>
public static class Shatter
{
    public const double MaxSeconds = 1.5;
    public const int Fragments = 40;

    public static int LengthFor(int sampleRate) => (int)(MaxSeconds * sampleRate);

    public static int Render(AcousticClass material, double radius, double impulse, long seed, string stream, int sampleRate, Span<float> output)
    {
        var n = Math.Min(output.Length, LengthFor(sampleRate));
        var buffer = output[..n];
        var rng = new SeededRandom(seed, stream);
        var level = Math.Max(ImpactSynth.AmplitudeFor(impulse), 0.08);
        var profile = ModalBank.For(material);
        // The blow itself on the object.
        var body = new ImpactBody(profile, radius);
        var ground = new ImpactBody(ModalBank.For(AcousticClass.Stone), 0.3, 30);
        ImpactSynth.Render(body, ground, impulse, 3, Grains.Fork(ref rng), "blow", sampleRate, buffer);
        // The crack: bright noise, very short.
        Grains.NoiseBurst(buffer, 0, level * 1.2, 0.03, 16000, 1500, Grains.Fork(ref rng), "crack", sampleRate, 0.0002);
        // Fragments: small copies of the body ringing briefly (they are tiny and tumbling).
        for (var k = 0; k < Fragments; k++)
        {
            var at = Grains.At(-0.15 * Math.Log(1 - 0.97 * rng.NextDouble()), sampleRate); // mean 0.15 s
            var size = rng.Range(0.005, 0.03);
            var scale = ModalBank.ReferenceRadius / size;
            var fragmentLevel = level * rng.Range(0.1, 0.45) * Math.Exp(-at / (0.4 * sampleRate));
            for (var m = 0; m < Math.Min(3, profile.Ratios.Length); m++)
            {
                var f = profile.BaseFrequencyHz * profile.Ratios[m] * Math.Min(scale, 12) * rng.Range(0.9, 1.1);
                if (f > 18000) f = rng.Range(6000, 16000);
                Grains.Ping(buffer, at, fragmentLevel * profile.Amplitudes[m], f, rng.Range(0.01, 0.05), 0, sampleRate);
            }
            Grains.NoiseBurst(buffer, at, fragmentLevel * 0.4, 0.002, 14000, 3000, Grains.Fork(ref rng), "tick", sampleRate, 0.0001);
        }
        return n;
    }
}
