using System.Numerics;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;

namespace Kinora.Render.Tests;

/// <summary>What makes each painted or graded look read as itself, measured on the shared look frames
/// (<see cref="LookTests"/>: ball and boxes on a wooden floor under a clear sky, 480×270) against photoreal.</summary>
public sealed class LookPropertyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int W = LookTests.W, H = LookTests.H;

    private static byte[] Frame(LookStyle look) => LookTests.Frame(look);

    /// <summary>Mean colour of the 8×8 block at (bx, by).</summary>
    private static Vector3 Block(byte[] rgba, int bx, int by) => FramePixels.MeanRgb(rgba, W, H, new Vector2(bx * 8 + 4, by * 8 + 4), 3);

    private static Vector3 Chroma(Vector3 c) => c - new Vector3(FramePixels.Luma(c));

    private static double LumaSd(byte[] rgba)
    {
        double sum = 0, sum2 = 0;
        for (var i = 0; i < W * H; i++)
        {
            double l = FramePixels.Luma(FramePixels.Rgb(rgba, W, i % W, i / W));
            sum += l;
            sum2 += l * l;
        }
        var mean = sum / (W * H);
        return Math.Sqrt(sum2 / (W * H) - mean * mean);
    }

    /// <summary>Mean colour of the top rows of the frame: the sky above the studio floor.</summary>
    private static Vector3 Top(byte[] rgba) => FramePixels.MeanRgb(rgba, W, H, new Vector2(W / 2, 12), 10);

    [Fact]
    public void Watercolour_washes_keep_the_hue_they_paint()
    {
        // Pigment density darkens or lightens a wash, never turns it: every coloured block keeps its hue within
        // 40°. Quantizing each channel with noise made pink and green blotches on a tan floor.
        var photo = Frame(LookStyle.Photoreal);
        var water = Frame(LookStyle.Watercolor);
        int coloured = 0, turned = 0;
        for (var by = 2; by < H / 8 - 2; by++)
            for (var bx = 2; bx < W / 8 - 2; bx++)
            {
                var a = Chroma(Block(photo, bx, by));
                var b = Chroma(Block(water, bx, by));
                if (a.Length() < 18 || b.Length() < 4) continue;
                coloured++;
                if (Vector3.Dot(a, b) / (a.Length() * b.Length()) < MathF.Cos(40f * MathF.PI / 180f)) turned++;
            }
        output.WriteLine($"{turned} of {coloured} coloured blocks changed hue");
        Assert.True(coloured > 200, $"only {coloured} coloured blocks");
        Assert.True(turned < coloured / 50, $"{turned} of {coloured} blocks changed hue");
    }

    [Fact]
    public void Watercolour_stops_short_of_the_frame_in_bare_paper()
    {
        var water = Frame(LookStyle.Watercolor);
        foreach (var (x, y) in new[] { (1, 1), (W - 2, 1), (1, H - 2), (W - 2, H - 2) })
        {
            var c = FramePixels.Rgb(water, W, x, y);
            Assert.True(FramePixels.Luma(c) > 215 && c.X >= c.Z, $"({x}, {y}) is {c}, not paper");
        }
    }

    [Fact]
    public void Black_and_white_has_more_contrast_than_the_pictures_own_grey()
    {
        // Local contrast (an unsharp mask) gives a bright hazy scene its blacks and whites back.
        var bw = LumaSd(Frame(LookStyle.BlackAndWhite));
        var photo = LumaSd(Frame(LookStyle.Photoreal));
        output.WriteLine($"luma sd: black and white {bw:F1}, photoreal {photo:F1}");
        Assert.True(bw > photo * 1.15, $"black and white {bw:F1} vs photoreal {photo:F1}");
    }

    [Fact]
    public void Pixel_art_keeps_the_hue_of_pale_colours()
    {
        // The palette steps value and colour apart: a pale block (sky, sand, a white floor) keeps its own hue or
        // goes grey, never another hue (steps per channel put lavender and mint patches on white floors where one
        // channel crossed a step before the others).
        var photo = Frame(LookStyle.Photoreal);
        var pixel = Frame(LookStyle.PixelArt);
        int pale = 0, turned = 0;
        for (var by = 0; by < H / 6; by++)
            for (var bx = 0; bx < W / 6; bx++)
            {
                var a = FramePixels.MeanRgb(photo, W, H, new Vector2(bx * 6 + 3, by * 6 + 3), 2);
                var spread = MathF.Max(a.X, MathF.Max(a.Y, a.Z)) - MathF.Min(a.X, MathF.Min(a.Y, a.Z));
                if (spread > 70 || FramePixels.Luma(a) < 120) continue;
                pale++;
                var ca = Chroma(a);
                var cb = Chroma(FramePixels.Rgb(pixel, W, bx * 6 + 3, by * 6 + 3));
                if (cb.Length() > 3 && Vector3.Dot(ca, cb) / (ca.Length() * cb.Length() + 1e-3f) < MathF.Cos(50f * MathF.PI / 180f)) turned++;
            }
        output.WriteLine($"{turned} of {pale} pale blocks changed hue");
        Assert.True(pale >= 200, $"only {pale} pale blocks to judge");
        Assert.True(turned <= pale / 50, $"{turned} of {pale} pale blocks changed hue");
    }

    [Fact]
    public void Van_gogh_lays_the_floor_in_strokes()
    {
        // Stroke seams and bristles: the floor below the objects carries far more fine detail than the photo.
        var gogh = FloorDetail(Frame(LookStyle.VanGogh));
        var photo = FloorDetail(Frame(LookStyle.Photoreal));
        output.WriteLine($"floor detail: van gogh {gogh:F1}, photoreal {photo:F1}");
        Assert.True(gogh > photo * 1.5, $"van gogh {gogh:F1} vs photoreal {photo:F1}");
    }

    [Fact]
    public void Van_gogh_keeps_a_blue_sky_blue()
    {
        // His palette goes by a stroke's temperature, not its value: the pale day sky is laid in cobalt and
        // cerulean. Pulling every light towards chrome yellow turned the sky beige.
        var sky = Top(Frame(LookStyle.VanGogh));
        output.WriteLine($"van gogh top {sky}");
        Assert.True(sky.Z > sky.X + 30, $"van gogh sky {sky} is not blue");
    }

    /// <summary>Fine detail (mean absolute Laplacian of luma) over the floor below the objects.</summary>
    private static double FloorDetail(byte[] rgba)
    {
        double sum = 0;
        for (var y = H * 3 / 4; y < H - 2; y++)
            for (var x = 2; x < W - 2; x++)
            {
                var l = FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y));
                sum += Math.Abs(4 * l - FramePixels.Luma(FramePixels.Rgb(rgba, W, x + 1, y)) - FramePixels.Luma(FramePixels.Rgb(rgba, W, x - 1, y))
                    - FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y + 1)) - FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y - 1)));
            }
        return sum / ((H - 2 - H * 3 / 4) * (W - 4));
    }

    [Fact]
    public void Oil_paint_lays_the_floor_in_raised_strokes_and_keeps_the_subject()
    {
        // Impasto ridges, stroke seams and the canvas's weave give the floor far more fine detail than the photo,
        // while each stroke carries the colour under it: the red ball stays red.
        var oil = Frame(LookStyle.OilPainting);
        var photo = Frame(LookStyle.Photoreal);
        var detail = FloorDetail(oil);
        var photoDetail = FloorDetail(photo);
        output.WriteLine($"floor detail: oil {detail:F1}, photoreal {photoDetail:F1}");
        Assert.True(detail > photoDetail * 1.5, $"oil {detail:F1} vs photoreal {photoDetail:F1}");
        var sum = Vector3.Zero;
        var n = 0;
        for (var i = 0; i < W * H; i++)
        {
            var a = FramePixels.Rgb(photo, W, i % W, i / W);
            if (a.X < 140 || a.Y > 70 || a.Z > 70) continue;
            sum += FramePixels.Rgb(oil, W, i % W, i / W);
            n++;
        }
        var ball = sum / Math.Max(n, 1);
        output.WriteLine($"{n} red pixels, oil mean {ball}");
        Assert.True(n > 200 && ball.X > ball.Y + 60 && ball.X > ball.Z + 60, $"the ball became {ball}");
    }

    [Theory]
    [InlineData(LookStyle.Anime)]
    [InlineData(LookStyle.PixelArt)]
    [InlineData(LookStyle.UkiyoE)]
    public void Lifted_looks_leave_a_bright_frame_at_its_exposure(LookStyle look)
    {
        // The dark-frame lift reads the frame's mean from the statistics pass (FrameStatsPass): a sunlit frame is
        // already bright, so its mean luma stays near the photo's. Without the statistics the lift reads a mean of 0
        // and brightens every pixel fourfold in the darks (mean ~225).
        static double Mean(byte[] rgba) => Enumerable.Range(0, W * H).Average(i => FramePixels.Luma(FramePixels.Rgb(rgba, W, i % W, i / W)));
        var styled = Mean(Frame(look));
        var photo = Mean(Frame(LookStyle.Photoreal));
        output.WriteLine($"{look} mean luma {styled:F1}, photoreal {photo:F1}");
        Assert.InRange(styled, photo - 30, photo + 25);
    }

    [Theory]
    [InlineData(LookStyle.UkiyoE)]
    [InlineData(LookStyle.Surrealism)]
    public void Printed_and_dreamed_skies_are_deep_blue_at_the_top(LookStyle look)
    {
        // Ukiyo-e's bokashi band and surrealism's ultramarine: far darker and bluer than the day's pale sky.
        var sky = Top(Frame(look));
        var photo = Top(Frame(LookStyle.Photoreal));
        output.WriteLine($"{look} top {sky}, photoreal {photo}");
        Assert.True(FramePixels.Luma(sky) < FramePixels.Luma(photo) - 60, $"{look} sky {sky} vs photoreal {photo}");
        Assert.True(sky.Z > sky.X + 40, $"{look} sky {sky} is not blue");
    }

    /// <summary>The ball and boxes on a clear night with no lamps, in <paramref name="look"/>.</summary>
    private static byte[] NightFrame(LookStyle look)
    {
        var world = TestScenes.BallAndBoxes(timeOfDay: 23);
        var track = TestScenes.Track(world, new Vector3(0, 0.6f, 0.4f));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H) { Look = look });
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }

    [Fact]
    public void Surrealism_paints_no_golden_horizon_into_a_night_sky()
    {
        // The dream sky (ultramarine over a gold band at the horizon) is for a day's sky; in space or at night a gold band
        // behind the subject read as a planet's dawn that isn't there. The brightest row of the night frame stays dark.
        static double BrightestRow(LookStyle look)
        {
            var rgba = NightFrame(look);
            return Enumerable.Range(0, H / 2).Max(y => Enumerable.Range(0, W).Average(x => FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y))));
        }
        var photo = BrightestRow(LookStyle.Photoreal);
        var dream = BrightestRow(LookStyle.Surrealism);
        output.WriteLine($"night's brightest upper row: photoreal {photo:F1}, surrealism {dream:F1}");
        Assert.True(dream < photo + 25, $"surrealism's night sky has a band of luma {dream:F1} (photoreal {photo:F1})");
    }

    [Fact]
    public void Cyberpunk_by_day_keeps_its_subject_in_colour()
    {
        // The red ball: its photoreal pixels stay red and visible once the day is turned to neon night.
        var photo = Frame(LookStyle.Photoreal);
        var neon = Frame(LookStyle.Cyberpunk);
        var sum = Vector3.Zero;
        var n = 0;
        for (var i = 0; i < W * H; i++)
        {
            var a = FramePixels.Rgb(photo, W, i % W, i / W);
            if (a.X < 140 || a.Y > 70 || a.Z > 70) continue;
            sum += FramePixels.Rgb(neon, W, i % W, i / W);
            n++;
        }
        var ball = sum / Math.Max(n, 1);
        output.WriteLine($"{n} red pixels, cyberpunk mean {ball}");
        Assert.True(n > 200, $"only {n} red pixels");
        Assert.True(ball.X > ball.Y + 30 && FramePixels.Luma(ball) > 30, $"the ball became {ball}");
    }

    [Theory]
    [InlineData(LookStyle.PixelArt, 12)]
    [InlineData(LookStyle.Watercolor, 45)]
    public void Painted_looks_light_a_dark_night_frame(LookStyle look, int lift)
    {
        // A clear night with no lamps: photoreal stays dark; pixel art (which would round such darks down to
        // black) lifts the frame into legible mid-tones, as a painter does a night scene.
        static double Mean(LookStyle look)
        {
            var rgba = NightFrame(look);
            double sum = 0;
            for (var i = 0; i < W * H; i++) sum += FramePixels.Luma(FramePixels.Rgb(rgba, W, i % W, i / W));
            return sum / (W * H);
        }
        // Watercolour's own wash already lifts darks a little; with the frame's lift a night reads as blue-grey
        // washes (without it, mud: ~35 over the photo).
        var photo = Mean(LookStyle.Photoreal);
        var styled = Mean(look);
        output.WriteLine($"night mean luma: photoreal {photo:F1}, {look} {styled:F1}");
        Assert.True(photo < 45, $"the night frame is not dark ({photo:F1})");
        Assert.True(styled > photo + lift, $"{look} {styled:F1} vs photoreal {photo:F1}");
    }
}
