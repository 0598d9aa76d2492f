using System.Numerics;
using Kinora.Compose;
using Kinora.Sound.Loudness;
using Xunit.Abstractions;

namespace Kinora.Sound.Tests;

/// <summary>The master: −14 LUFS integrated and −1 dBTP true peak, as ffmpeg's ebur128 measures the decoded AAC.</summary>
public class MasterTests(ITestOutputHelper output)
{
    [Fact]
    public void True_peak_finds_the_peak_between_samples()
    {
        // A sine at a quarter of the sample rate, sampled 45° off its crests: every sample is ±0.707, the wave reaches 1.
        var s = new float[4800 * 2];
        for (var i = 0; i < 4800; i++) s[2 * i] = s[2 * i + 1] = MathF.Sin(MathF.PI / 2 * i + MathF.PI / 4);
        Assert.Equal(0.7071, Dsp.Levels.Peak(s), 3);
        Assert.InRange(TruePeak.Max(s, 2), 0.98, 1.02);
    }

    [Fact]
    public void Limiter_holds_the_true_peak_not_only_the_samples()
    {
        var s = new float[48000 * 2];
        for (var i = 0; i < 48000; i++)
        {
            var burst = i % 12000 < 300 ? 3f : 0.3f;
            s[2 * i] = s[2 * i + 1] = burst * MathF.Sin(MathF.PI / 2 * i + MathF.PI / 4);
        }
        var ceiling = (float)Dsp.Levels.DbToGain(-1.5);
        PeakLimiter.Apply(s, 2, 48000, ceiling);
        Assert.True(TruePeak.Max(s, 2) <= ceiling * 1.001f, $"true peak {TruePeak.MaxDb(s, 2):F2} dBTP");
    }

    [Fact]
    public void Limiting_glides_the_gain_and_never_jumps()
    {
        // A tone that jumps 26 dB: whatever the limiter does, its gain (output ÷ input) moves at most by its
        // attack slope a sample — a gain step would be a click.
        var input = new float[48000 * 2];
        for (var i = 0; i < 48000; i++) input[2 * i] = input[2 * i + 1] = (i > 24000 ? 4f : 0.2f) * MathF.Sin(2 * MathF.PI * 100 * i / 48000);
        var s = input.ToArray();
        PeakLimiter.Apply(s, 2, 48000, 0.5f);
        var steepest = 0.0;
        var previous = double.NaN;
        for (var i = 0; i < s.Length; i += 2)
        {
            if (MathF.Abs(input[i]) < 0.05f) { previous = double.NaN; continue; }
            var gain = s[i] / input[i];
            if (!double.IsNaN(previous)) steepest = Math.Max(steepest, Math.Abs(gain - previous));
            previous = gain;
        }
        Assert.True(steepest <= 1.0 / (PeakLimiter.AttackSeconds * 48000) * 1.05, $"gain step {steepest:F4} a sample");
    }

    [Fact]
    public void A_scene_with_impacts_is_minus_14_LUFS_and_under_minus_1_dBTP_after_AAC()
    {
        if (Ffmpeg.Path is not { } ffmpeg) return;
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Metal), TestScenes.Ball("b2", AcousticClass.Glass, 0.05f, new Vector3(1, 0, 0))],
            AcousticClass.Stone, seconds: 6);
        var events = new[] { 0.4, 1.1, 1.9, 2.5, 3.3, 4.0, 4.6, 5.2 }
            .Select((t, i) => TestScenes.Contact(t, 3 * Math.Pow(0.8, i), i % 2 == 0 ? "ball" : "b2")).ToArray();
        var clip = SoundStage.Render(world, TestScenes.Track(world, 6, events));
        foreach (var aac in new[] { false, true })
        {
            var (lufs, peak) = Ffmpeg.Measure(ffmpeg, clip.Samples, aac);
            output.WriteLine($"{(aac ? "AAC 192k" : "PCM")}: {lufs:F1} LUFS, {peak:F2} dBTP");
            Assert.InRange(lufs, -15, -13);
            Assert.True(peak <= -1, $"{(aac ? "AAC" : "PCM")} true peak {peak:F2} dBTP");
        }
    }
}
