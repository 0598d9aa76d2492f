using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// A wood fire: the low, flickering roar of the flames (brown noise, its level wandering) and crackles — short
/// bright pops in clusters as pockets of sap burst, a few louder snaps (Farnell, "Designing Sound" ch. 34).
/// </summary>
public sealed class FireCrackle : ILayer
{
    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var frames = stereo.Length / 2;
        var roar = new BrownNoise(seed, "sound.fire.roar");
        var flicker = new WhiteNoise(seed, "sound.fire.flicker");
        var lp = Biquad.LowPass(sampleRate, 500);
        var flickerLp = Biquad.LowPass(sampleRate, 4);
        for (var f = 0; f < frames; f++)
        {
            var x = lp.Process(roar.Next()) * (1 + 6 * MathF.Abs(flickerLp.Process(flicker.Next())));
            stereo[2 * f] = x; stereo[2 * f + 1] = x;
        }
        var rng = new SeededRandom(seed, "sound.fire.crackle");
        var grain = new float[(int)(0.05 * sampleRate)];
        var rms = Levels.Rms(stereo);
        var seconds = (double)frames / sampleRate;
        for (var t = 0.0; t < seconds; t += -Math.Log(1 - rng.NextDouble()) / 12)
        {
            var cluster = 1 + (int)(rng.NextDouble() * 4);
            for (var k = 0; k < cluster; k++)
            {
                grain.AsSpan().Clear();
                var loud = rng.NextDouble() < 0.1 ? 4 : 1;
                Grains.NoiseBurst(grain, 0, rms * rng.Range(1, 4) * loud, rng.Range(0.001, 0.006), 12000, rng.Range(800, 3000), (long)rng.NextULong(), "pop", sampleRate, 0.0004);
                Layers.AddPanned(grain, stereo, (int)((t + k * rng.Range(0.005, 0.04)) * sampleRate), rng.Range(-0.3, 0.3));
            }
        }
    }
}
