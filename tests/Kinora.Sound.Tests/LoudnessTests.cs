using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Kinora.Media.Audio;
using Kinora.Media.Tools;
using Kinora.Sound.Dsp;
using Kinora.Sound.Loudness;
using Xunit.Abstractions;

namespace Kinora.Sound.Tests;

public class LoudnessTests(ITestOutputHelper output)
{
    private static float[] Stereo(Func<int, float> left, Func<int, float> right, double seconds)
    {
        var n = (int)(seconds * 48000);
        var s = new float[n * 2];
        for (var i = 0; i < n; i++) { s[2 * i] = left(i); s[2 * i + 1] = right(i); }
        return s;
    }

    private static float Sine(int i, double hz, double amplitude) => (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / 48000));

    [Fact]
    public void K_weighting_matches_the_BS1770_table_at_48k()
    {
        var shelf = KWeighting.Shelf(48000);
        Assert.Equal(1.53512485958697, shelf.B0, 8);
        Assert.Equal(-2.69169618940638, shelf.B1, 8);
        Assert.Equal(1.19839281085285, shelf.B2, 8);
        Assert.Equal(-1.69065929318241, shelf.A1, 8);
        Assert.Equal(0.73248077421585, shelf.A2, 8);
        var hp = KWeighting.HighPass(48000);
        Assert.Equal((1.0, -2.0, 1.0), (hp.B0, hp.B1, hp.B2));
        Assert.Equal(-1.99004745483398, hp.A1, 8);
        Assert.Equal(0.99007225036621, hp.A2, 8);
    }

    [Fact]
    public void Full_scale_1kHz_sine_in_one_channel_reads_minus_3_01()
    {
        // BS.1770-4 §2.1: a 0 dBFS 1 kHz sine in one front channel reads −3.01 LKFS.
        var s = Stereo(i => Sine(i, 997, 1), _ => 0, 5);
        Assert.Equal(-3.01, LoudnessMeter.Integrated(s, 48000, 2), 1);
        var both = Stereo(i => Sine(i, 997, 0.1), i => Sine(i, 997, 0.1), 5);
        Assert.Equal(-20.0, LoudnessMeter.Integrated(both, 48000, 2), 1);
    }

    [Fact]
    public void Gates_ignore_silence_and_quiet_passages()
    {
        Assert.Equal(double.NegativeInfinity, LoudnessMeter.Integrated(new float[96000 * 2], 48000, 2));
        Assert.Equal(double.NegativeInfinity, LoudnessMeter.Integrated(new float[1000], 48000, 2));
        // 3 s at −20 LUFS then 3 s 30 dB quieter: the quiet part is under the relative gate (−10 LU).
        var loud = 0.1;
        var s = Stereo(i => Sine(i, 997, i < 144000 ? loud : loud / 31.6), i => Sine(i, 997, i < 144000 ? loud : loud / 31.6), 6);
        // Blocks straddling the step pass the gates and pull the result a little lower, as the standard intends.
        Assert.Equal(-20.0, LoudnessMeter.Integrated(s, 48000, 2), 0.3);
        // Silence is below the absolute gate.
        var t = Stereo(i => i < 144000 ? Sine(i, 997, loud) : 0, i => i < 144000 ? Sine(i, 997, loud) : 0, 10);
        Assert.Equal(-20.0, LoudnessMeter.Integrated(t, 48000, 2), 0.3);
    }

    [Fact]
    public void Limiter_holds_the_ceiling_and_leaves_quiet_audio_alone()
    {
        var s = Stereo(i => Sine(i, 200, i % 9000 < 200 ? 3 : 0.2), i => Sine(i, 300, 0.2), 1);
        PeakLimiter.Apply(s, 2, 48000, 0.891f);
        Assert.True(Levels.Peak(s) <= 0.891f);
        var quiet = Stereo(i => Sine(i, 200, 0.5), i => Sine(i, 300, 0.5), 1);
        var copy = quiet.ToArray();
        Assert.Equal(0, PeakLimiter.Apply(quiet, 2, 48000, 0.891f));
        Assert.Equal(copy, quiet);
    }

    [Fact]
    public void Normalizer_reaches_the_target()
    {
        var pink = new PinkNoise(1, "t");
        var p2 = new PinkNoise(2, "t");
        var s = Stereo(_ => pink.Next() * 0.05f, _ => p2.Next() * 0.05f, 5);
        var report = LoudnessNormalizer.Normalize(s, 48000, 2);
        Assert.Equal(-14, report.OutputLufs, 0.1);
        Assert.Equal(-14, LoudnessMeter.Integrated(s, 48000, 2), 0.1);
        Assert.True(report.PeakDbfs <= -1, $"true peak {report.PeakDbfs:F2} dBTP");
    }

    [Fact]
    public void Agrees_with_ffmpeg_ebur128_within_half_a_LU()
    {
        if (!ToolLocator.Default.TryFind(ExternalTool.Ffmpeg, out var ffmpeg)) return; // no ffmpeg: nothing to compare with
        var (world, track) = TestScenes.BouncingBall(seconds: 5, times: [0.4, 1.3, 2.0, 2.6, 3.1, 4.2]);
        var stage = SoundStage.Render(world, track).Samples;
        var outdoor = TestScenes.World([TestScenes.Ball("ball", Compose.AcousticClass.Metal)], indoor: false, setting: "park");
        var park = SoundStage.Render(outdoor, TestScenes.Track(outdoor, 6, [TestScenes.Contact(1, 2), TestScenes.Contact(4, 0.5)])).Samples;
        var tone = Stereo(i => Sine(i, 997, 0.1) + Sine(i, 60, 0.3), i => Sine(i, 5000, 0.05), 4);
        foreach (var (name, samples) in new[] { ("bouncing ball", stage), ("park", park), ("tones", tone) })
        {
            var path = Path.Combine(Path.GetTempPath(), $"kinora-loudness-{Guid.NewGuid():N}.wav");
            try
            {
                WavWriter.Write(path, samples, 48000, 2);
                var ours = LoudnessMeter.Integrated(samples, 48000, 2);
                var theirs = FfmpegIntegrated(ffmpeg, path);
                output.WriteLine($"{name}: ours {ours:F2} LUFS, ffmpeg ebur128 {theirs:F1} LUFS");
                Assert.InRange(ours - theirs, -0.5, 0.5);
            }
            finally { File.Delete(path); }
        }
    }

    /// <summary>Runs <c>ffmpeg -i x.wav -af ebur128 -f null -</c> and reads "I: −16.0 LUFS" from its summary.</summary>
    private static double FfmpegIntegrated(string ffmpeg, string wav)
    {
        var info = new ProcessStartInfo(ffmpeg) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-hide_banner", "-nostats", "-i", wav, "-af", "ebur128", "-f", "null", "-" }) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        var summary = stderr[stderr.LastIndexOf("Summary:", StringComparison.Ordinal)..];
        var m = Regex.Match(summary, @"I:\s+(-?[\d.]+) LUFS");
        Assert.True(m.Success, stderr);
        return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
