using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Every procedural surface pattern renders, adds detail a plain surface lacks, and glass lets the scene
/// behind it through. The close-ups go to /tmp/kinora-render/patterns.png as a contact sheet for a person.</summary>
public sealed class PatternTests(ITestOutputHelper output)
{
    private const int W = 480, H = 270;
    private static readonly CameraPose Camera = new(new Vector3(0, 0.8f, 1.9f), new Vector3(0, 0.3f, 0), Vector3.UnitY, 0.7f);
    private static readonly Lazy<Dictionary<SurfacePattern, byte[]>> Frames = new(RenderAll);

    /// <summary>A sphere and a turned cube in the pattern, on a checker floor (so glass has something to show).</summary>
    private static (World, Track) CloseUp(SurfacePattern pattern)
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = 11, Ground = "plastic", Setting = "studio" } };
        var environment = EnvironmentBuilder.Build(plan.World);
        environment = environment with { Ground = MaterialLibrary.Get("plastic") with { Pattern = "checker", BaseColor = new(0.7f) } };
        var colour = pattern switch
        {
            SurfacePattern.Fur => new Vector3(0.45f, 0.28f, 0.12f),
            SurfacePattern.Skin => new Vector3(0.62f, 0.42f, 0.33f),
            SurfacePattern.Leaves => new Vector3(0.1f, 0.3f, 0.06f),
            SurfacePattern.Bark => new Vector3(0.25f, 0.18f, 0.12f),
            SurfacePattern.Brushed => new Vector3(0.8f),
            SurfacePattern.Glass => new Vector3(0.9f, 0.95f, 1f),
            _ => new Vector3(0.5f, 0.3f, 0.25f),
        };
        var material = MaterialLibrary.Get("plastic") with
        {
            Name = pattern.ToString(), BaseColor = colour, Pattern = pattern.ToString().ToLowerInvariant(),
            Metallic = pattern == SurfacePattern.Brushed ? 1 : 0, Roughness = pattern == SurfacePattern.Brushed ? 0.35f : 0.6f,
        };
        Entity Body(string id, Shape shape, Mesh mesh, Matrix4x4 local) => new()
        {
            Id = id, CastId = id, Kind = "thing", Shape = shape, Material = material,
            Model = new Model([new ModelPart(mesh, local, material)]),
        };
        var entities = new[]
        {
            Body("ball", new SphereShape(0.3f), Primitives.Sphere, Matrix4x4.CreateScale(0.3f)),
            Body("box", new BoxShape(new Vector3(0.25f)), Primitives.Cube, Matrix4x4.CreateScale(0.25f)),
        };
        Pose[] poses = [new(new Vector3(-0.38f, 0.3f, 0), Quaternion.Identity),
            new(new Vector3(0.4f, 0.25f, -0.1f), Quaternion.CreateFromAxisAngle(Vector3.UnitY, 0.6f))];
        return (new World(plan, environment, entities), new Track(24, 1, ["ball", "box"], poses, [Camera], []));
    }

    private static byte[] Render(SurfacePattern pattern)
    {
        var (world, track) = CloseUp(pattern);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }

    private static Dictionary<SurfacePattern, byte[]> RenderAll()
    {
        var frames = Enum.GetValues<SurfacePattern>().ToDictionary(p => p, Render);
        const int columns = 4;
        var rows = (frames.Count + columns - 1) / columns;
        var sheet = new byte[columns * W * rows * H * 4];
        var k = 0;
        foreach (var (_, rgba) in frames.OrderBy(f => f.Key))
        {
            var (ox, oy) = (k % columns * W, k / columns * H);
            for (var y = 0; y < H; y++) Array.Copy(rgba, y * W * 4, sheet, ((oy + y) * columns * W + ox) * 4, W * 4);
            k++;
        }
        FrameDump.WritePng("patterns", sheet, columns * W, rows * H);
        return frames;
    }

    /// <summary>Over the ball's middle (a square inside its disc): mean luma, its standard deviation, and the
    /// detail: the mean luma step between neighbouring pixels (smooth shading gives ~1, texture much more).</summary>
    private static (double Mean, double Sd, double Detail) BallStats(byte[] rgba)
    {
        Scene.CameraMath.Project(Camera, W, H, new Vector3(-0.38f, 0.3f, 0), out var c);
        double sum = 0, sum2 = 0, steps = 0;
        var n = 0;
        for (var y = (int)c.Y - 15; y <= (int)c.Y + 15; y++)
            for (var x = (int)c.X - 15; x <= (int)c.X + 15; x++)
            {
                var l = FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y));
                sum += l; sum2 += l * l; n++;
                steps += Math.Abs(l - FramePixels.Luma(FramePixels.Rgb(rgba, W, x + 1, y)))
                         + Math.Abs(l - FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y + 1)));
            }
        var mean = sum / n;
        return (mean, Math.Sqrt(Math.Max(sum2 / n - mean * mean, 0)), steps / (2 * n));
    }

    public static TheoryData<SurfacePattern> BodyPatterns() => new(Enum.GetValues<SurfacePattern>()
        .Where(p => p is not (SurfacePattern.None or SurfacePattern.Glass or SurfacePattern.Checker or SurfacePattern.Grass or SurfacePattern.Tiles or SurfacePattern.Wood or SurfacePattern.Facade)));  // facade: metre-scale grid, FacadePatternTests

    [Theory]
    [MemberData(nameof(BodyPatterns))]
    public void Each_pattern_adds_detail_to_a_plain_surface(SurfacePattern pattern)
    {
        var rgba = Frames.Value[pattern];
        for (var i = 3; i < rgba.Length; i += 4) Assert.Equal(255, rgba[i]);
        var (mean, sd, detail) = BallStats(rgba);
        var (plainMean, plainSd, plainDetail) = BallStats(Frames.Value[SurfacePattern.None]);
        output.WriteLine($"{pattern}: ball luma {mean:F1} ± {sd:F1}, detail {detail:F2} (plain {plainMean:F1} ± {plainSd:F1}, detail {plainDetail:F2})");
        Assert.InRange(mean, 15, 240);
        // Skin is meant to be smooth at this distance: what it adds is light wrapping into the shadow side.
        if (pattern == SurfacePattern.Skin) Assert.True(mean > plainMean + 3, $"skin {mean:F1} vs plain {plainMean:F1}");
        else Assert.True(detail > plainDetail * 1.5 + 0.3, $"{pattern}: detail {detail:F2} vs plain {plainDetail:F2}");
    }

    [Fact]
    public void Glass_shows_the_floor_behind_it()
    {
        var glass = Frames.Value[SurfacePattern.Glass];
        var plain = Frames.Value[SurfacePattern.None];
        // Through the glass ball the checker floor shows: far more contrast than over an opaque ball.
        var (_, glassSd, _) = BallStats(glass);
        var (_, plainSd, _) = BallStats(plain);
        output.WriteLine($"ball luma sd: glass {glassSd:F1}, plain {plainSd:F1}");
        Assert.True(glassSd > plainSd * 2 + 5, $"glass sd {glassSd:F1} vs plain {plainSd:F1}");
    }

    [Theory]
    [InlineData("fur", SurfacePattern.Fur)]
    [InlineData("Fabric", SurfacePattern.Fabric)]
    [InlineData("skin", SurfacePattern.Skin)]
    [InlineData("brushed", SurfacePattern.Brushed)]
    [InlineData("stone", SurfacePattern.Stone)]
    [InlineData("leather", SurfacePattern.Leather)]
    [InlineData("bark", SurfacePattern.Bark)]
    [InlineData("leaves", SurfacePattern.Leaves)]
    [InlineData("glass", SurfacePattern.Glass)]
    [InlineData("velvet", SurfacePattern.None)]
    public void Pattern_names_parse(string name, SurfacePattern pattern) => Assert.Equal(pattern, SurfacePatterns.Parse(name));
}
