using System.Diagnostics;

namespace Kinora.Render.Tests;

/// <summary>
/// Debugging aid: writes a frame as PNG (through ffmpeg) so a person can look at it. Frames go to
/// /tmp/kinora-render/. Returns false, quietly, where ffmpeg is missing.
/// </summary>
public static class FrameDump
{
    public static string Folder => Path.Combine(Path.GetTempPath(), "kinora-render");

    public static bool WritePng(string name, ReadOnlySpan<byte> rgba, int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var raw = Path.Combine(Folder, name + ".rgba");
        File.WriteAllBytes(raw, rgba[..(width * height * 4)].ToArray());
        return Convert(raw, "rgba", width, height, Path.Combine(Folder, name + ".png"));
    }

    /// <summary>Object ids as a false-colour PNG (each id its own hue, 0 black).</summary>
    public static bool WriteIdsPng(string name, ReadOnlySpan<ushort> ids, int width, int height)
    {
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var id = ids[i];
            rgba[i * 4 + 0] = (byte)(id == 0 ? 0 : 80 + id * 97 % 176);
            rgba[i * 4 + 1] = (byte)(id == 0 ? 0 : 80 + id * 53 % 176);
            rgba[i * 4 + 2] = (byte)(id == 0 ? 0 : 80 + id * 191 % 176);
            rgba[i * 4 + 3] = 255;
        }
        return WritePng(name, rgba, width, height);
    }

    private static bool Convert(string raw, string pixelFormat, int width, int height, string png)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("ffmpeg",
                ["-y", "-loglevel", "error", "-f", "rawvideo", "-pix_fmt", pixelFormat, "-s", $"{width}x{height}", "-i", raw, png])
            { RedirectStandardError = true, RedirectStandardOutput = true });
            if (p == null) return false;
            p.WaitForExit(30_000);
            File.Delete(raw);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
