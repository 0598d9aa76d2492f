using System.Diagnostics;
using Kinora.Plan;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Kinora.Cli.Tests;

/// <summary>`kinora generate --image`: a picture that comes alive, and pictures that are refused.</summary>
public sealed class GenerateImageTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kinora-cli-image");
    public void Dispose() => _dir.Delete(true);
    private string At(string name) => Path.Combine(_dir.FullName, name);

    /// <summary>A 640×360 landscape: blue sky over green, noisy grass, with a red box standing on it.</summary>
    private string Landscape()
    {
        var random = new Random(3);
        using var image = new Image<Rgb24>(640, 360);
        for (var y = 0; y < 360; y++)
            for (var x = 0; x < 640; x++)
            {
                var n = random.Next(-20, 21);
                image[x, y] = y < 140 ? new Rgb24((byte)(90 + y / 6), (byte)(140 + y / 6), 230)
                    : x is >= 260 and < 380 && y is >= 200 and < 300 ? new Rgb24((byte)(190 + n), (byte)(40 + n / 2), 40)
                    : new Rgb24((byte)(70 + n), (byte)(140 + n), (byte)(50 + n / 2));
            }
        var path = At("landscape.png");
        image.SaveAsPng(path);
        return path;
    }

    [Fact]
    public void A_picture_becomes_the_first_frame_and_the_plan_says_what_was_done()
    {
        var picture = Landscape();
        var r = CliRunner.Run("generate", "the meadow on a quiet day", "--image", picture, "-o", At("alive.mp4"), "--seconds", "1",
            "--size", "640x360", "--fps", "12", "--plan-out", At("plan.json"));
        Assert.True(r.ExitCode == 0, r.Stderr);

        var plan = PlanJson.Parse(File.ReadAllText(At("plan.json")));
        Assert.Equal(picture, plan.Picture?.Path);
        Assert.Contains(plan.Interpretation, n => n.Text == "image" && n.As.Contains("640x360"));
        Assert.Contains("image: camera: slow push-in", r.Stderr);
        Assert.Contains("outdoors", plan.Audio.Ambience);

        // Frame 0, decoded by ffmpeg, is the picture (H.264 costs a few dB; a wrong layer or a flip costs 20).
        var first = FirstFrameRgb(At("alive.mp4"), 640, 360);
        using var source = Image.Load<Rgb24>(picture);
        var expected = new byte[640 * 360 * 3];
        source.CopyPixelDataTo(expected);
        Assert.True(Psnr(first, expected) > 30, $"frame 0 PSNR {Psnr(first, expected):F1} dB");
    }

    [Fact]
    public void A_missing_picture_is_bad_input()
    {
        var r = CliRunner.Run("generate", "a meadow", "--image", At("nowhere.jpg"), "-o", At("x.mp4"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr);
        Assert.False(File.Exists(At("x.mp4")));
    }

    [Fact]
    public void A_file_that_is_not_a_picture_is_bad_input()
    {
        File.WriteAllText(At("notes.png"), "not a picture at all");
        var r = CliRunner.Run("generate", "a meadow", "--image", At("notes.png"), "-o", At("x.mp4"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not an image", r.Stderr);
    }

    [Fact]
    public void An_unknown_fit_is_a_usage_error()
    {
        var r = CliRunner.Run("generate", "a meadow", "--image", Landscape(), "--image-fit", "stretch", "-o", At("x.mp4"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--image-fit must be crop or pad", r.Stderr);
    }

    private static byte[] FirstFrameRgb(string video, int width, int height)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-v", "error", "-i", video, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        using var buffer = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(buffer);
        p.WaitForExit();
        Assert.Equal(width * height * 3, buffer.Length);
        return buffer.ToArray();
    }

    private static double Psnr(byte[] a, byte[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) { double d = a[i] - b[i]; sum += d * d; }
        return 10 * Math.Log10(255.0 * 255.0 / (sum / a.Length));
    }
}
