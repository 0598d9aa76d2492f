using System.Numerics;
using System.Security.Cryptography;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Every picture style renders, is recognisably itself and differs from photoreal. The frames of all looks
/// are rendered once and shared; a contact sheet of them goes to /tmp/kinora-render/looks.png for a person to judge.</summary>
public sealed class LookTests(ITestOutputHelper output)
{
    internal const int W = 480, H = 270;   // both divisible by the pixel-art block (6)

    private static readonly Lazy<Dictionary<LookStyle, byte[]>> Frames = new(RenderAll);

    /// <summary>The shared frame of one look (rendered once for every look test).</summary>
    internal static byte[] Frame(LookStyle look) => Frames.Value[look];

    private static byte[] Render(LookStyle look)
    {
        var world = TestScenes.BallAndBoxes();
        var track = TestScenes.Track(world, new Vector3(0, 0.6f, 0.4f));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H) { Look = look });
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }

    private static Dictionary<LookStyle, byte[]> RenderAll()
    {
        var frames = Enum.GetValues<LookStyle>().ToDictionary(l => l, Render);
        WriteContactSheet(frames);
        return frames;
    }

    /// <summary>All looks in enum order, four to a row.</summary>
    private static void WriteContactSheet(Dictionary<LookStyle, byte[]> frames)
    {
        const int columns = 4;
        var rows = (frames.Count + columns - 1) / columns;
        var sheet = new byte[columns * W * rows * H * 4];
        var k = 0;
        foreach (var (_, rgba) in frames.OrderBy(f => f.Key))
        {
            var ox = k % columns * W;
            var oy = k / columns * H;
            for (var y = 0; y < H; y++)
                Array.Copy(rgba, y * W * 4, sheet, ((oy + y) * columns * W + ox) * 4, W * 4);
            k++;
        }
        FrameDump.WritePng("looks", sheet, columns * W, rows * H);
        foreach (var (look, rgba) in frames) FrameDump.WritePng("look-" + look, rgba, W, H);
    }

    public static TheoryData<LookStyle> AllLooks() => new(Enum.GetValues<LookStyle>());

    [Theory]
    [MemberData(nameof(AllLooks))]
    public void Every_look_gives_a_lit_frame_with_detail(LookStyle look)
    {
        var rgba = Frames.Value[look];
        double sum = 0, sum2 = 0;
        var n = W * H;
        for (var i = 0; i < n; i++)
        {
            var l = FramePixels.Luma(FramePixels.Rgb(rgba, W, i % W, i / W));
            sum += l;
            sum2 += l * l;
            Assert.Equal(255, rgba[i * 4 + 3]);
        }
        var mean = sum / n;
        var sd = Math.Sqrt(Math.Max(sum2 / n - mean * mean, 0));
        output.WriteLine($"{look}: mean luma {mean:F1}, sd {sd:F1}");
        Assert.InRange(mean, 25, 245);
        Assert.True(sd > 8, $"{look} is nearly flat (sd {sd:F1})");
    }

    [Theory]
    [MemberData(nameof(AllLooks))]
    public void Every_look_differs_from_photoreal(LookStyle look)
    {
        if (look == LookStyle.Photoreal) return;
        var a = Frames.Value[look];
        var b = Frames.Value[LookStyle.Photoreal];
        double diff = 0;
        for (var i = 0; i < a.Length; i += 4)
            diff += Math.Abs(a[i] - b[i]) + Math.Abs(a[i + 1] - b[i + 1]) + Math.Abs(a[i + 2] - b[i + 2]);
        diff /= W * H * 3;
        output.WriteLine($"{look}: mean |Δ| from photoreal {diff:F1} / 255");
        Assert.True(diff > 6, $"{look} is too close to photoreal: mean |Δ| {diff:F1}");
    }

    [Theory]
    [InlineData(LookStyle.BlackAndWhite)]
    [InlineData(LookStyle.Noir)]
    [InlineData(LookStyle.Sketch)]
    public void Monochrome_looks_have_no_saturation(LookStyle look)
    {
        var rgba = Frames.Value[look];
        var worst = 0;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            int r = rgba[i], g = rgba[i + 1], b = rgba[i + 2];
            worst = Math.Max(worst, Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)));
        }
        Assert.True(worst <= 1, $"{look} has a pixel with channel spread {worst}");
    }

    [Fact]
    public void Noir_is_harder_than_black_and_white()
    {
        // Share of pixels crushed to near black: noir's curve pushes the shadows down.
        static double Dark(byte[] rgba) => Enumerable.Range(0, W * H).Count(i => rgba[i * 4] < 40) / (double)(W * H);
        var noir = Dark(Frames.Value[LookStyle.Noir]);
        var bw = Dark(Frames.Value[LookStyle.BlackAndWhite]);
        output.WriteLine($"near-black share: noir {noir:P1}, black and white {bw:P1}");
        Assert.True(noir > bw + 0.03, $"noir {noir:P1} vs black and white {bw:P1}");
    }

    [Fact]
    public void Pixel_art_is_blocky()
    {
        const int block = 6;
        var rgba = Frames.Value[LookStyle.PixelArt];
        var distinct = new HashSet<int>();
        for (var by = 0; by < H / block; by++)
            for (var bx = 0; bx < W / block; bx++)
            {
                var first = FramePixels.Rgb(rgba, W, bx * block, by * block);
                distinct.Add((int)first.X << 16 | (int)first.Y << 8 | (int)first.Z);
                for (var y = 0; y < block; y++)
                    for (var x = 0; x < block; x++)
                        Assert.Equal(first, FramePixels.Rgb(rgba, W, bx * block + x, by * block + y));
            }
        output.WriteLine($"{distinct.Count} distinct colours");
        Assert.InRange(distinct.Count, 4, 512);   // an 8-level-per-channel palette, and more than a flat field
    }

    [Fact]
    public void Cel_looks_have_ink_outlines()
    {
        // Anime draws dark outlines around the ball that photoreal does not have: count very dark pixels.
        static int Ink(byte[] rgba) => Enumerable.Range(0, W * H).Count(i => FramePixels.Luma(FramePixels.Rgb(rgba, W, i % W, i / W)) < 35);
        var anime = Ink(Frames.Value[LookStyle.Anime]);
        var photo = Ink(Frames.Value[LookStyle.Photoreal]);
        output.WriteLine($"ink pixels: anime {anime}, photoreal {photo}");
        Assert.True(anime > photo + 300, $"anime {anime} vs photoreal {photo}");
    }

    [Theory]
    [InlineData(LookStyle.Noir)]
    [InlineData(LookStyle.Watercolor)]
    [InlineData(LookStyle.VanGogh)]
    public void The_same_look_gives_the_same_bytes(LookStyle look)
    {
        Assert.Equal(SHA256.HashData(Frames.Value[look]), SHA256.HashData(Render(look)));
    }

    [Theory]
    [InlineData("photoreal", LookStyle.Photoreal)]
    [InlineData("cinematic", LookStyle.Cinematic)]
    [InlineData("anime", LookStyle.Anime)]
    [InlineData("watercolor", LookStyle.Watercolor)]
    [InlineData("noir", LookStyle.Noir)]
    [InlineData("black and white", LookStyle.BlackAndWhite)]
    [InlineData("pixel art", LookStyle.PixelArt)]
    [InlineData("cyberpunk", LookStyle.Cyberpunk)]
    [InlineData("sketch", LookStyle.Sketch)]
    [InlineData("claymation", LookStyle.Claymation)]
    [InlineData("surrealism", LookStyle.Surrealism)]
    [InlineData("oil painting", LookStyle.OilPainting)]
    [InlineData("ukiyo-e", LookStyle.UkiyoE)]
    [InlineData("van gogh", LookStyle.VanGogh)]
    [InlineData("comic", LookStyle.Comic)]
    [InlineData("impressionism", LookStyle.Impressionism)]
    [InlineData("low poly", LookStyle.LowPoly)]
    [InlineData("Something Else", LookStyle.Photoreal)]
    public void The_planner_style_names_map_to_looks(string style, LookStyle look) => Assert.Equal(look, Looks.Parse(style));
}
