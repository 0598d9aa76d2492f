using System.Diagnostics;
using System.Text.Json;

namespace Kinora.Engine.Tests;

/// <summary>Independent checks of a finished file with the system's ffprobe and ffmpeg (not Kinora's own code).</summary>
public static class MediaTools
{
    public static JsonDocument Probe(string path) =>
        JsonDocument.Parse(Run("ffprobe", ["-v", "error", "-print_format", "json", "-show_streams", "-show_format", path], out _));

    /// <summary>The file's audio decoded to 48 kHz mono float samples.</summary>
    public static float[] DecodeMonoAudio(string path)
    {
        var raw = Path.GetTempFileName();
        try
        {
            Run("ffmpeg", ["-v", "error", "-y", "-i", path, "-vn", "-ac", "1", "-ar", "48000", "-f", "f32le", raw], out _);
            var bytes = File.ReadAllBytes(raw);
            var samples = new float[bytes.Length / 4];
            Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 4);
            return samples;
        }
        finally { File.Delete(raw); }
    }

    /// <summary>Top-level MP4 box names in file order ("ftyp", "moov", "mdat"…).</summary>
    public static List<string> TopLevelBoxes(string path)
    {
        var boxes = new List<string>();
        using var f = File.OpenRead(path);
        var header = new byte[16];
        while (f.Position + 8 <= f.Length)
        {
            var start = f.Position;
            f.ReadExactly(header, 0, 8);
            long size = (uint)(header[0] << 24 | header[1] << 16 | header[2] << 8 | header[3]);
            boxes.Add(System.Text.Encoding.ASCII.GetString(header, 4, 4));
            if (size == 1) { f.ReadExactly(header, 8, 8); size = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8)); }
            else if (size == 0) break;
            f.Position = start + size;
        }
        return boxes;
    }

    private static string Run(string tool, string[] args, out string stderr)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        stderr = err.Result;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {stderr}");
        return output;
    }
}
