using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Spatial;

namespace Kinora.Sound.Sources;

/// <summary>
/// Every vehicle that moves is heard: its <see cref="Engine"/> at the revs its speed needs, tyres (or rails, or a
/// bow wave) growing with speed, all rendered in the vehicle's own time and then placed as a moving source, so a
/// passing car rises and falls in pitch (Doppler) and pans across. A parked vehicle is silent.
/// </summary>
public static class VehicleSounds
{
    /// <summary>A vehicle that never exceeds this speed (m/s) is parked.</summary>
    public const double MovingAbove = 0.5;
    /// <summary>Distance between rail joints, metres (the classic 25 m rail).</summary>
    public const double RailLength = 25;

    public static void Render(World world, Track track, EffectsBus bus)
    {
        foreach (var entity in world.Entities)
        {
            if (Engine.For(entity.Kind) is not { } engine || Paths.Of(track, entity.Id) is not { } path) continue;
            var speeds = Paths.Speeds(path, track.Fps);
            if (speeds.Max() <= MovingAbove) continue;
            var source = new float[bus.Frames];
            Synthesize(engine, speeds, track.Fps, world.Plan.Seed, $"sound.vehicle.{entity.Id}", bus.SampleRate, source);
            MovingSource.Render(source, path, bus);
        }
    }

    /// <summary>The vehicle as heard from on board, into <paramref name="output"/> (sample 0 = clip time 0).</summary>
    public static void Synthesize(Engine engine, ReadOnlySpan<double> speedPerFrame, int fps, long seed, string stream, int rate, Span<float> output)
    {
        var rng = new SeededRandom(seed, stream);
        var noise = new WhiteNoise((long)rng.NextULong(), "engine");
        var road = new PinkNoise((long)rng.NextULong(), "road");
        Resonator r1 = default, r2 = default, r3 = default;
        var roadBand = Biquad.BandPass(rate, 800, 0.7);
        var jetLow = Biquad.LowPass(rate, 1800);
        var washBand = Biquad.BandPass(rate, 1200, 0.5);
        var smoothRpm = engine.IdleRpm;
        var rpmSmoothing = 1 - Math.Exp(-1 / (0.15 * rate));
        double phase = 0, whinePhase = 0, travelled = 0;
        var nextJoint = rng.Range(0, RailLength);
        for (var i = 0; i < output.Length; i++)
        {
            var f = (double)i / rate * fps;
            var k = Math.Min((int)f, speedPerFrame.Length - 1);
            var speed = k + 1 < speedPerFrame.Length ? speedPerFrame[k] + (speedPerFrame[k + 1] - speedPerFrame[k]) * (f - k) : speedPerFrame[k];
            var x = 0.0;
            if (engine.Jet)
            {
                // Roar plus the turbine whine (a few kHz), both steady: a plane in the shot is at cruise.
                whinePhase += 2 * Math.PI * 3600 / rate;
                x = jetLow.Process(noise.Next()) * 1.5 + 0.05 * Math.Sin(whinePhase);
            }
            else
            {
                smoothRpm += (engine.RpmAt(speed) - smoothRpm) * rpmSmoothing;
                phase += engine.FiringHz(smoothRpm) / rate;
                phase -= Math.Floor(phase);
                // A firing pulse with some cycle-to-cycle roughness, ringing the exhaust and body resonances.
                var pulse = Math.Exp(-12 * (1 - Math.Cos(2 * Math.PI * phase))) * (1 + engine.Roughness * noise.Next());
                var excitation = (float)(pulse - 0.1);
                x = r1.Process(excitation, engine.ResonancesHz[0], 60, rate) * 2
                    + r2.Process(excitation, engine.ResonancesHz[1], 120, rate)
                    + r3.Process(excitation, engine.ResonancesHz[2], 300, rate) * 0.5;
                x *= 0.6 + 0.4 * Math.Min(1, smoothRpm / (engine.IdleRpm * 3)); // load: louder as it works
            }
            var roadLevel = engine.Tyres * Math.Min(1, speed * speed / 400);
            if (roadLevel > 0) x += roadBand.Process(road.Next()) * roadLevel * 3;
            if (engine.Wash) x += washBand.Process(road.Next()) * Math.Min(1, speed / 8) * 2;
            if (engine.RailJoints)
            {
                travelled += speed / rate;
                if (travelled >= nextJoint)
                {
                    // Each joint is struck twice, by the two axles of a bogie 2.5 m apart.
                    nextJoint += RailLength;
                    Clack(output, i, speed, rate);
                }
            }
            output[i] += (float)(x * engine.Level);
        }
    }

    private static void Clack(Span<float> output, int at, double speed, int rate)
    {
        var level = Math.Min(0.4, 0.05 + speed / 60);
        Impacts.Mode clack = new(420, 60, level);
        clack.AddTo(output[at..], rate);
        var second = at + (int)(2.5 / Math.Max(speed, 1) * rate);
        if (second < output.Length) new Impacts.Mode(390, 60, level * 0.8).AddTo(output[second..], rate);
    }
}
