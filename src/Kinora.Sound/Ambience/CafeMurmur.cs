using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// A café: the murmur of several conversations too far to follow — each talker is breath noise through two formant
/// resonators that jump to a new vowel every syllable (4–6 a second), in phrases with pauses, so it has speech's
/// rhythm and spectrum but no words — plus the clink of cups and spoons now and then (ceramic pings).
/// </summary>
public sealed class CafeMurmur : ILayer
{
    public const int Talkers = 7;

    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        stereo.Clear();
        var frames = stereo.Length / 2;
        var mono = new float[frames];
        for (var talker = 0; talker < Talkers; talker++)
        {
            mono.AsSpan().Clear();
            Talk(mono, seed, talker, sampleRate);
            var pan = -0.8 + 1.6 * talker / (Talkers - 1);
            Layers.AddPanned(mono, stereo, 0, pan);
        }
        var rng = new SeededRandom(seed, "sound.cafe.clinks");
        var seconds = (double)frames / sampleRate;
        var grain = new float[(int)(0.4 * sampleRate)];
        var rms = Levels.Rms(stereo);
        for (var t = rng.Range(0.3, 2); t < seconds; t += rng.Range(1, 4))
        {
            grain.AsSpan().Clear();
            var f = rng.Range(2500, 4500);
            Grains.Ping(grain, 0, rms * 1.5, f, 0.06, 0, sampleRate);
            Grains.Ping(grain, 0, rms * 0.8, f * 2.32, 0.03, 0, sampleRate);
            Layers.AddPanned(grain, stereo, (int)(t * sampleRate), rng.Range(-0.9, 0.9));
        }
    }

    private static void Talk(Span<float> mono, long seed, int talker, int rate)
    {
        var rng = new SeededRandom(seed, $"sound.cafe.talker.{talker}");
        var noise = new WhiteNoise((long)rng.NextULong(), "breath");
        Resonator f1 = default, f2 = default;
        var lp = Biquad.LowPass(rate, 3500);
        var pitch = rng.Range(0.85, 1.2);
        double t = 0, syllableEnd = 0, phraseEnd = rng.Range(0.5, 3), a = 0, b = 0, target = 0, env = 0;
        var speaking = rng.NextDouble() < 0.6;
        var smooth = 1 - Math.Exp(-1 / (0.015 * rate));
        for (var i = 0; i < mono.Length; i++, t += 1.0 / rate)
        {
            if (t >= phraseEnd)
            {
                speaking = !speaking;
                phraseEnd = t + (speaking ? rng.Range(1, 4) : rng.Range(0.3, 1.5));
            }
            if (t >= syllableEnd)
            {
                syllableEnd = t + rng.Range(0.15, 0.25);
                a = rng.Range(300, 800) * pitch; b = rng.Range(900, 2300) * pitch;
                target = speaking ? rng.Range(0.4, 1) : 0;
            }
            // Each syllable rises and falls: a raised-cosine over its length.
            var syllable = Math.Sin(Math.PI * Math.Clamp(1 - (syllableEnd - t) / 0.2, 0, 1));
            env += (target * syllable - env) * smooth;
            var x = noise.Next();
            var voiced = f1.Process(x, a, 90, rate) + 0.5f * f2.Process(x, b, 140, rate);
            mono[i] = lp.Process((float)(voiced * env));
        }
    }
}
