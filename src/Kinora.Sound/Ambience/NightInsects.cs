using Kinora.Plan;

namespace Kinora.Sound.Ambience;

/// <summary>
/// A summer night: field crickets, each chirping 3–4 pulses of a ~4.5 kHz tone (the wing's file-and-scraper
/// resonance) several times a second at its own steady rate and pitch, from its own place — so the chorus beats
/// against itself and never lines up into a loop. Alexander, "Acoustical communication in arthropods", 1967.
/// </summary>
public sealed class NightInsects : ILayer
{
    public const int Crickets = 5;

    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        stereo.Clear();
        var frames = stereo.Length / 2;
        var mono = new float[frames];
        for (var c = 0; c < Crickets; c++)
        {
            var rng = new SeededRandom(seed, $"sound.insects.{c}");
            mono.AsSpan().Clear();
            var carrier = rng.Range(4000, 5200);
            var period = rng.Range(0.35, 0.7);
            var pulses = 3 + (int)(rng.NextDouble() * 2);
            var level = rng.Range(0.3, 1);
            var pan = rng.Range(-0.9, 0.9); // drawn before the chirps, whose count depends on the clip's length
            for (var chirp = rng.Range(0, period); chirp * sampleRate < frames; chirp += period * rng.Range(0.97, 1.03))
            for (var p = 0; p < pulses; p++)
            {
                var start = (int)((chirp + p * 0.03) * sampleRate);
                var length = (int)(0.018 * sampleRate);
                for (var i = 0; i < length && start + i < frames; i++)
                {
                    var u = (double)i / length;
                    mono[start + i] += (float)(Math.Sin(2 * Math.PI * carrier * i / sampleRate) * Math.Sin(Math.PI * u) * level);
                }
            }
            Layers.AddPanned(mono, stereo, 0, pan, 1 / Math.Sqrt(Crickets));
        }
    }
}
