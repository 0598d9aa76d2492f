using System.Numerics;
using Kinora.Compose;
using Kinora.Sound.Loudness;

namespace Kinora.Sound.Tests;

public class SoundStageTests
{
    [Fact]
    public void Output_is_48k_stereo_and_exactly_as_long_as_the_video()
    {
        var (world, track) = TestScenes.BouncingBall(seconds: 3);
        var clip = SoundStage.Render(world, track);
        Assert.Equal((48000, 2), (clip.SampleRate, clip.Channels));
        Assert.Equal(72 * 2000 * 2, clip.Samples.Length);
        Assert.Equal(3.0, clip.Seconds, 9);
    }

    [Fact]
    public void Each_impact_starts_on_its_event_frame_and_never_early()
    {
        double[] times = [0.5, 1.25, 1.85, 2.3, 2.71];
        var (world, track) = TestScenes.BouncingBall(3, 42, times);
        var mono = Signal.Mono(SoundStage.Render(world, track));
        foreach (var t in times)
        {
            var onset = Signal.OnsetAfter(mono, t - 0.2, t + 0.1);
            Assert.InRange(onset, t - 0.002, t + 1.0 / TestScenes.Fps);
        }
    }

    [Fact]
    public void Onset_is_sample_exact_in_the_effects()
    {
        // A single hit in silence-free context: the first non-bed sample is round(t × 48000).
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Metal)]);
        var track = TestScenes.Track(world, 1, [TestScenes.Contact(0.4321, 1)]);
        var stereo = TestScenes.Effects(world, track);
        var first = Array.FindIndex(stereo, s => s != 0) / 2;
        Assert.Equal((int)Math.Round(0.4321 * 48000), first);
    }

    [Fact]
    public void A_harder_hit_is_louder()
    {
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Rubber)]);
        var track = TestScenes.Track(world, 3, [TestScenes.Contact(0.5, 0.2), TestScenes.Contact(1.5, 1.0), TestScenes.Contact(2.5, 0.05)]);
        var mono = Signal.Mono(SoundStage.Render(world, track));
        var soft = Signal.Peak(Signal.Window(mono, 0.5, 0.8));
        var hard = Signal.Peak(Signal.Window(mono, 1.5, 1.8));
        var softest = Signal.Peak(Signal.Window(mono, 2.5, 2.8));
        // The limiter flattens the loudest peaks (it holds −1 dBFS), so the peak gap shrinks at the top; the
        // body of the hit keeps the full difference.
        Assert.True(hard > soft, $"hard {hard} vs soft {soft}");
        // The limiter works on the first milliseconds; after its 25 ms release the body and the room's answer are untouched.
        var hardRms = Signal.RmsDb(Signal.Window(mono, 1.53, 1.8));
        var softRms = Signal.RmsDb(Signal.Window(mono, 0.53, 0.8));
        // Mastered to −14 LUFS, three sparse thumps take deep limiting; before the master the gap is the full
        // impulse^0.8 (ImpactTests), after it a clear 3 dB or more remains in the body of the hit.
        Assert.True(hardRms - softRms > 3, $"hard {hardRms:F1} dB vs soft {softRms:F1} dB RMS");
        Assert.True(soft > softest * 1.5, $"soft {soft} vs softest {softest}");
    }

    [Fact]
    public void Output_is_minus_14_LUFS_with_true_peaks_under_minus_1_dBTP()
    {
        var (world, track) = TestScenes.BouncingBall(seconds: 4, times: [0.4, 1.3, 2.0, 2.6, 3.1]);
        var (clip, report) = SoundStage.RenderWithReport(world, track);
        var lufs = LoudnessMeter.Integrated(clip.Samples, 48000, 2);
        Assert.InRange(lufs, -15, -13);
        Assert.Equal(report.OutputLufs, lufs, 6);
        Assert.True(TruePeak.MaxDb(clip.Samples, 2) <= -1, $"true peak {TruePeak.MaxDb(clip.Samples, 2):F2} dBTP");
    }

    [Fact]
    public void Same_seed_gives_identical_samples_and_another_seed_does_not()
    {
        var a = SoundStage.Render(TestScenes.BouncingBall(seed: 7).World, TestScenes.BouncingBall(seed: 7).Track);
        var b = SoundStage.Render(TestScenes.BouncingBall(seed: 7).World, TestScenes.BouncingBall(seed: 7).Track);
        var c = SoundStage.Render(TestScenes.BouncingBall(seed: 8).World, TestScenes.BouncingBall(seed: 8).Track);
        Assert.Equal(a.Samples, b.Samples);
        Assert.NotEqual(a.Samples, c.Samples);
    }

    [Fact]
    public void Repeated_identical_hits_are_not_clones()
    {
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Metal)]);
        var track = TestScenes.Track(world, 4, [TestScenes.Contact(0.5, 1), TestScenes.Contact(2.5, 1)]);
        var stereo = TestScenes.Effects(world, track);
        var first = stereo.AsSpan(48000, 48000);
        var second = stereo.AsSpan(5 * 48000, 48000);
        Assert.False(first.SequenceEqual(second));
        // …but still the same object: similar level (jitter is ±3 % pitch, ±15 % amplitude).
        Assert.InRange(Signal.RmsDb(first) - Signal.RmsDb(second), -3, 3);
    }

    [Fact]
    public void Between_bounces_only_the_quiet_bed_remains()
    {
        var (world, track) = TestScenes.BouncingBall(3, 42, 0.5, 2.5);
        var mono = Signal.Mono(SoundStage.Render(world, track));
        var gap = Signal.RmsDb(Signal.Window(mono, 1.3, 2.3));
        var hit = Signal.RmsDb(Signal.Window(mono, 0.5, 0.55));
        Assert.True(hit - gap > 25, $"hit {hit:F1} dB vs gap {gap:F1} dB");
        // The gap is the room tone at its design level (−42 dBFS RMS), give or take the final gain.
        Assert.InRange(gap, Ambience.RoomTone.RmsDbfs - 4, Ambience.RoomTone.RmsDbfs + 4);
    }

    [Fact]
    public void A_hit_to_the_right_of_the_camera_is_louder_on_the_right()
    {
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Wood)]);
        var track = TestScenes.Track(world, 1, [TestScenes.Contact(0.3, 1, at: new Vector3(3, 0, 0))]);
        // Direct sound only: the room's reverberation is (rightly) all around.
        var stereo = TestScenes.Effects(world, track, withRoom: false);
        var left = Signal.RmsDb(Signal.Channel(stereo, 0));
        var right = Signal.RmsDb(Signal.Channel(stereo, 1));
        Assert.True(right - left > 6, $"left {left:F1} right {right:F1}");
    }

    [Fact]
    public void A_clip_without_events_keeps_the_bed_quiet()
    {
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Rubber)]);
        var clip = SoundStage.Render(world, TestScenes.Track(world, 2, []));
        Assert.InRange(Signal.RmsDb(clip.Samples), Ambience.RoomTone.RmsDbfs - 1, Ambience.RoomTone.RmsDbfs + 1);
    }

    [Fact]
    public void A_rainy_street_with_nothing_happening_is_mastered_like_a_soundtrack()
    {
        var world = TestScenes.World([], indoor: false, setting: "street", seconds: 4);
        world = world with { Plan = world.Plan with { World = world.Plan.World with { Weather = "rain" } } };
        var clip = SoundStage.Render(world, TestScenes.Track(world, 4, []));
        Assert.InRange(LoudnessMeter.Integrated(clip.Samples, 48000, 2), -15, -13);
        Assert.True(TruePeak.MaxDb(clip.Samples, 2) <= -1);
    }

    [Fact]
    public void Unknown_bodies_and_other_event_kinds_are_ignored()
    {
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Rubber)]);
        var events = new[]
        {
            TestScenes.Contact(0.5, 1, a: "ghost"),
            new Motion.SimEvent { Kind = "cut", Time = 0.7, A = "", B = "" },
            new Motion.SimEvent { Kind = "teleport", Time = 0.9, A = "ball", B = "ground", Impulse = 5, RelativeSpeed = 3 },
            TestScenes.Contact(5.0, 1), // after the end
        };
        var clip = SoundStage.Render(world, TestScenes.Track(world, 2, events));
        Assert.InRange(Signal.RmsDb(clip.Samples), Ambience.RoomTone.RmsDbfs - 1, Ambience.RoomTone.RmsDbfs + 1);
    }

    [Fact]
    public void Progress_reaches_one()
    {
        var (world, track) = TestScenes.BouncingBall();
        var reports = new List<double>();
        SoundStage.Render(world, track, new SyncProgress(reports.Add));
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second >= p.First));
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
