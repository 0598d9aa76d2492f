using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Kinora.Media.Audio;
using Kinora.Media.Tools;

namespace Kinora.Sound.Tests;

/// <summary>ffmpeg as the independent judge of loudness: its ebur128 filter on a WAV, or on an AAC MP4 made the way Package makes it.</summary>
internal static class Ffmpeg
{
    public static string? Path => ToolLocator.Default.TryFind(ExternalTool.Ffmpeg, out var path) ? path : null;

    /// <summary>Integrated loudness (LUFS) and true peak (dBTP) from <c>ebur128=peak=true</c>, of the PCM or of its AAC encoding.</summary>
    public static (double Lufs, double TruePeakDb) Measure(string ffmpeg, float[] stereo, bool throughAac)
    {
        var wav = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kinora-ebur-{Guid.NewGuid():N}.wav");
        var mp4 = System.IO.Path.ChangeExtension(wav, ".mp4");
        try
        {
            WavWriter.Write(wav, stereo, 48000, 2);
            var input = wav;
            if (throughAac)
            {
                // The same audio settings as Package's AacOutput: AAC-LC, 192 kb/s, 48 kHz stereo.
                Run(ffmpeg, "-y", "-i", wav, "-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2", mp4);
                input = mp4;
            }
            var stderr = Run(ffmpeg, "-nostats", "-i", input, "-af", "ebur128=peak=true", "-f", "null", "-");
            var summary = stderr[stderr.LastIndexOf("Summary:", StringComparison.Ordinal)..];
            var i = Regex.Match(summary, @"I:\s+(-?[\d.]+) LUFS");
            var p = Regex.Match(summary, @"True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS");
            if (!i.Success || !p.Success) throw new InvalidOperationException(summary);
            return (double.Parse(i.Groups[1].Value, CultureInfo.InvariantCulture),
                p.Groups[1].Value == "-inf" ? double.NegativeInfinity : double.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(wav);
            File.Delete(mp4);
        }
    }

    private static string Run(string ffmpeg, params string[] args)
    {
        var info = new ProcessStartInfo(ffmpeg) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-hide_banner");
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        if (p.ExitCode != 0) throw new InvalidOperationException(stderr);
        return stderr;
    }
}
