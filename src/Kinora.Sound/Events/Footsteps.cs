using Kinora.Compose;
using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Impacts;

namespace Kinora.Sound.Events;

/// <summary>Who is stepping: a shod person, a padded paw or a hoof.</summary>
public enum Foot { Shoe, Paw, Hoof }

/// <summary>
/// One footstep, after Cook, "Modeling Bill's Gait: Analysis and Parametric Synthesis of Walking Sounds" (AES
/// 22nd conf., 2002) and Farnell, "Designing Sound" ch. 49: a walking step is a heel strike followed 40–90 ms later
/// by the ball of the foot (a roll), a running step one harder, shorter strike. The surface colours both: hard
/// floors click and knock, wood adds a short low ring, carpet only thuds, and granular ground (grass, gravel,
/// sand, snow) answers with a crunch of many tiny grains spread over the roll. A hoof is a hard, hollow double
/// knock whatever the ground; a paw is a small, soft tap.
/// </summary>
public static class Footsteps
{
    /// <summary>Steps closer together than this (s) are running: a walk is ~0.5–0.6 s a step, a run ~0.3 s.</summary>
    public const double RunBelowSeconds = 0.4;
    /// <summary>Level of a walking shoe step on a hard floor at 1 m, linear peak-ish (a ball drop of 1 N·s is 0.25).</summary>
    public const double StepLevel = 0.12;
    public const double MaxSeconds = 0.5;

    public static int LengthFor(int sampleRate) => (int)(MaxSeconds * sampleRate);

    /// <summary>Adds one step from sample 0 of <paramref name="output"/>; returns the samples used.</summary>
    public static int Render(Surface surface, Foot foot, bool running, double weight, long seed, string stream, int sampleRate, Span<float> output)
    {
        var rng = new SeededRandom(seed, stream);
        var n = Math.Min(output.Length, LengthFor(sampleRate));
        var buffer = output[..n];
        var level = StepLevel * weight * (running ? 1.6 : 1.0) * (foot == Foot.Paw ? 0.4 : 1.0) * rng.Range(0.8, 1.2);
        if (foot == Foot.Hoof)
        {
            Strike(buffer, 0, level * 1.4, Surface.Hard, hollow: true, ref rng, sampleRate);
            Strike(buffer, Grains.At(rng.Range(0.06, 0.1), sampleRate), level, Surface.Hard, hollow: true, ref rng, sampleRate);
            if (surface is Surface.Grass or Surface.Gravel or Surface.Sand or Surface.Snow) Crunch(buffer, level * 0.6, surface, 0.08, ref rng, sampleRate);
            return n;
        }
        if (running)
        {
            Strike(buffer, 0, level, surface, hollow: false, ref rng, sampleRate);
            Crunch(buffer, level, surface, 0.06, ref rng, sampleRate);
        }
        else
        {
            // Heel, then the ball of the foot a little softer as the weight rolls forward.
            var roll = Grains.At(rng.Range(0.04, 0.09), sampleRate);
            Strike(buffer, 0, level, surface, hollow: false, ref rng, sampleRate);
            Strike(buffer, roll, level * 0.55, surface, hollow: false, ref rng, sampleRate);
            Crunch(buffer, level, surface, 0.12, ref rng, sampleRate);
        }
        return n;
    }

    /// <summary>The strike itself: a thud for every surface, plus a click and ring where the surface is hard.</summary>
    private static void Strike(Span<float> buffer, int at, double level, Surface surface, bool hollow, ref SeededRandom rng, int sampleRate)
    {
        var (thud, thudHz, click, clickHz, ring) = surface switch
        {
            Surface.Wood => (0.9, 350.0, 0.35, 4000.0, (AcousticClass?)AcousticClass.Wood),
            Surface.Hard => (0.6, 450.0, 0.6, 6000.0, AcousticClass.Stone),
            Surface.Tile => (0.5, 500.0, 0.8, 8000.0, AcousticClass.Ceramic),
            Surface.Metal => (0.5, 500.0, 0.6, 7000.0, AcousticClass.Metal),
            Surface.Carpet => (0.7, 220.0, 0.0, 1000.0, (AcousticClass?)null),
            Surface.Water => (0.4, 600.0, 0.0, 1000.0, null),
            _ => (0.6, 250.0, 0.05, 2000.0, null), // granular ground: a soft thud, the crunch does the rest
        };
        if (hollow) { thud = 0.7; thudHz = 700; click = 0.9; clickHz = 5000; ring = AcousticClass.Wood; }
        Grains.NoiseBurst(buffer, at, level * thud, 0.018, thudHz, 40, Grains.Fork(ref rng), "thud", sampleRate);
        if (click > 0) Grains.NoiseBurst(buffer, at, level * click, 0.0025, clickHz, 800, Grains.Fork(ref rng), "click", sampleRate, 0.0002);
        if (ring is { } acoustic)
        {
            // The floor (or hoof) rings briefly: two of its material's modes, heavily damped.
            var profile = ModalBank.For(acoustic);
            for (var k = 0; k < Math.Min(2, profile.Ratios.Length); k++)
            {
                var f = profile.BaseFrequencyHz * profile.Ratios[k] * (hollow ? 1.2 : 0.5) * rng.Range(0.95, 1.05);
                var mode = new Mode(f, 60 + Math.PI * f * profile.LossFactor, level * 0.3 * profile.Amplitudes[k]);
                if (at < buffer.Length) mode.AddTo(buffer[at..], sampleRate);
            }
        }
        if (surface == Surface.Water)
            for (var b = 0; b < 4; b++)
                Grains.Ping(buffer, at + Grains.At(rng.Range(0.005, 0.08), sampleRate), level * 0.25, rng.Range(600, 1800), 0.012, 4, sampleRate);
    }

    /// <summary>
    /// Granular ground: dozens of tiny band-passed clicks spread over <paramref name="seconds"/>, denser at the start
    /// (the weight arrives) — grass rustles high, gravel crunches mid, sand hisses soft and low, snow squeaks.
    /// </summary>
    private static void Crunch(Span<float> buffer, double level, Surface surface, double seconds, ref SeededRandom rng, int sampleRate)
    {
        var (count, low, high, grainLevel) = surface switch
        {
            Surface.Grass => (40, 2500.0, 9000.0, 0.35),
            Surface.Gravel => (30, 1200.0, 5000.0, 0.55),
            Surface.Sand => (50, 600.0, 3000.0, 0.25),
            Surface.Snow => (35, 1500.0, 4500.0, 0.45),
            _ => (0, 0.0, 0.0, 0.0),
        };
        for (var g = 0; g < count; g++)
        {
            var u = rng.NextDouble();
            var at = Grains.At(seconds * u * u, sampleRate); // u² crowds the grains at the start
            Grains.NoiseBurst(buffer, at, level * grainLevel * rng.Range(0.3, 1), rng.Range(0.001, 0.004),
                rng.Range(low * 1.5, high), low, Grains.Fork(ref rng), "grain", sampleRate, 0.0002);
        }
    }
}
