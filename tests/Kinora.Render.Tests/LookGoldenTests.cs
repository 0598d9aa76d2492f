using System.Runtime.CompilerServices;
using Kinora.Render.Backend;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// Golden images with a perceptual tolerance: each look's frame of the fixed test scene (<see cref="LookTests"/>),
/// reduced to 10×10-pixel block means, is compared with the stored golden in CIELAB. Block means keep what a viewer
/// sees (where the colours and values sit, the strokes' and outlines' average weight) and let go of what a driver or
/// Mesa version may move by a pixel; ΔE is how far apart two colours look. A look that silently changes (a preset
/// lost, a grade flipped, a pass skipped) moves far more than the tolerance. After an intended change, look at the
/// frames (/tmp/kinora-render/look-*.png) and regenerate with KINORA_UPDATE_GOLDENS=1.
/// </summary>
public sealed class LookGoldenTests(ITestOutputHelper output)
{
    private const int Block = 10, Gw = LookTests.W / Block, Gh = LookTests.H / Block;
    /// <summary>Mean ΔE over the blocks, and the ΔE of the 95th-percentile block: about "just noticeable" on average
    /// (≈2.3 is the textbook JND; painted looks' strokes add some) and a few blocks allowed to move more.</summary>
    private const double MeanTolerance = 4, TailTolerance = 14;

    public static TheoryData<LookStyle> AllLooks() => LookTests.AllLooks();

    [Theory]
    [MemberData(nameof(AllLooks))]
    public void Each_look_matches_its_golden_image(LookStyle look)
    {
        var blocks = Blocks(LookTests.Frame(look));
        var path = GoldenPath(look);
        if (Environment.GetEnvironmentVariable("KINORA_UPDATE_GOLDENS") == "1")
        {
            WritePpm(path, blocks);
            output.WriteLine($"wrote {path}");
            return;
        }
        Assert.True(File.Exists(path), $"no golden for {look}: render it, look at it, and write it with KINORA_UPDATE_GOLDENS=1");
        var golden = ReadPpm(path);
        var deltas = new double[Gw * Gh];
        for (var i = 0; i < deltas.Length; i++)
            deltas[i] = DeltaE(Lab(blocks, i), Lab(golden, i));
        Array.Sort(deltas);
        var mean = deltas.Average();
        var tail = deltas[(int)(0.95 * (deltas.Length - 1))];
        output.WriteLine($"{look}: mean ΔE {mean:0.00}, 95th percentile {tail:0.00}");
        Assert.True(mean <= MeanTolerance && tail <= TailTolerance, $"{look} moved from its golden: mean ΔE {mean:0.00} (≤ {MeanTolerance}), 95th percentile {tail:0.00} (≤ {TailTolerance})");
    }

    /// <summary>The golden of one look differs clearly from photoreal's: the tolerance cannot pass a look that fell
    /// back to photoreal.</summary>
    [Fact]
    public void The_tolerance_is_far_tighter_than_the_distance_between_looks()
    {
        var photoreal = Blocks(LookTests.Frame(LookStyle.Photoreal));
        foreach (var look in new[] { LookStyle.Watercolor, LookStyle.VanGogh, LookStyle.PixelArt, LookStyle.BlackAndWhite, LookStyle.UkiyoE })
        {
            var other = Blocks(LookTests.Frame(look));
            var mean = Enumerable.Range(0, Gw * Gh).Average(i => DeltaE(Lab(photoreal, i), Lab(other, i)));
            Assert.True(mean > 2 * MeanTolerance, $"{look} is only {mean:0.0} ΔE from photoreal");
        }
    }

    private static byte[] Blocks(byte[] rgba)
    {
        var blocks = new byte[Gw * Gh * 3];
        for (var by = 0; by < Gh; by++)
            for (var bx = 0; bx < Gw; bx++)
                for (var c = 0; c < 3; c++)
                {
                    var sum = 0;
                    for (var y = 0; y < Block; y++)
                        for (var x = 0; x < Block; x++)
                            sum += rgba[((by * Block + y) * LookTests.W + bx * Block + x) * 4 + c];
                    blocks[(by * Gw + bx) * 3 + c] = (byte)((sum + Block * Block / 2) / (Block * Block));
                }
        return blocks;
    }

    private static (double L, double A, double B) Lab(byte[] rgb, int i)
    {
        static double Linear(byte v) { var c = v / 255.0; return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4); }
        var (r, g, b) = (Linear(rgb[i * 3]), Linear(rgb[i * 3 + 1]), Linear(rgb[i * 3 + 2]));
        var x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        var y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        var z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    private static double DeltaE((double L, double A, double B) p, (double L, double A, double B) q) =>
        Math.Sqrt((p.L - q.L) * (p.L - q.L) + (p.A - q.A) * (p.A - q.A) + (p.B - q.B) * (p.B - q.B));

    private static string GoldenPath(LookStyle look, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Goldens", $"look-{look}.ppm");

    /// <summary>Binary PPM (P6): a header and the RGB bytes, readable by any image viewer and by ffmpeg.</summary>
    private static void WritePpm(string path, byte[] rgb)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var f = File.Create(path);
        f.Write(System.Text.Encoding.ASCII.GetBytes($"P6\n{Gw} {Gh}\n255\n"));
        f.Write(rgb);
    }

    private static byte[] ReadPpm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = $"P6\n{Gw} {Gh}\n255\n";
        Assert.Equal(header, System.Text.Encoding.ASCII.GetString(bytes, 0, header.Length));
        return bytes[header.Length..];
    }
}
