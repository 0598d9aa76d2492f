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

/// <summary>The glass curtain wall pattern ("facade"): a plain box 30 m wide and 40 m tall reads as an office tower's
/// face, with storey bands and mullions from the pattern alone, and after dark only some of its panes glow (lit offices),
/// not the whole face. The frames go to /tmp/kinora-render/facade-*.png for a person to look at.</summary>
public sealed class FacadePatternTests(ITestOutputHelper output)
{
    private const int W = 480, H = 270;
    private static readonly CameraPose Camera = new(new Vector3(0, 20, 48), new Vector3(0, 20, 0), Vector3.UnitY, 0.9f);
    private static readonly Vector3 Half = new(15, 20, 1);
    private static readonly Vector3 Glow = new(2.2f, 1.7f, 1.1f);

    private static byte[] Render(string pattern, double hour, bool lit)
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = hour, Ground = "concrete", Setting = "city street" } };
        var environment = EnvironmentBuilder.Build(plan.World);
        var material = MaterialLibrary.Get("glass") with
        {
            Name = "tower" + pattern, BaseColor = new Vector3(0.08f, 0.14f, 0.2f), Roughness = 0.12f, Metallic = 0.6f,
            Pattern = pattern, Emission = lit ? Glow : Vector3.Zero,
        };
        var mesh = Primitives.Cube;
        var entity = new Entity
        {
            Id = "tower", CastId = "tower", Kind = "building", Shape = new BoxShape(Half), Material = material,
            Model = new Model([new ModelPart(mesh, Matrix4x4.CreateScale(Half), material)]),
        };
        var world = new World(plan, environment, [entity]);
        var track = new Track(24, 1, ["tower"], [new Pose(new Vector3(0, Half.Y, 0), Quaternion.Identity)], [Camera], []);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        FrameDump.WritePng($"facade-{pattern}-{hour:0}{(lit ? "-lit" : "")}", rgba, W, H);
        return rgba;
    }

    /// <summary>Lumas over the face's front, inset a little from its edges, as rows.</summary>
    private static float[,] Face(byte[] rgba)
    {
        Scene.CameraMath.Project(Camera, W, H, new Vector3(-Half.X * 0.8f, Half.Y * 2 * 0.9f, Half.Z), out var a);
        Scene.CameraMath.Project(Camera, W, H, new Vector3(Half.X * 0.8f, Half.Y * 2 * 0.1f, Half.Z), out var b);
        var (x0, y0, x1, y1) = ((int)a.X, (int)a.Y, (int)b.X, (int)b.Y);
        var face = new float[y1 - y0, x1 - x0];
        for (var y = y0; y < y1; y++)
            for (var x = x0; x < x1; x++)
                face[y - y0, x - x0] = FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y));
        return face;
    }

    /// <summary>Standard deviation of the face's row means (storey bands) and of its column means (mullions).</summary>
    private static (double Rows, double Columns) Banding(float[,] face)
    {
        var (h, w) = (face.GetLength(0), face.GetLength(1));
        var rows = Enumerable.Range(0, h).Select(y => Enumerable.Range(0, w).Average(x => (double)face[y, x])).ToArray();
        var columns = Enumerable.Range(0, w).Select(x => Enumerable.Range(0, h).Average(y => (double)face[y, x])).ToArray();
        static double Sd(double[] v) { var m = v.Average(); return Math.Sqrt(v.Average(x => (x - m) * (x - m))); }
        return (Sd(rows), Sd(columns));
    }

    [Fact]
    public void A_plain_box_gets_storeys_and_mullions_from_the_pattern()
    {
        var facade = Banding(Face(Render("facade", 11, lit: false)));
        var plain = Banding(Face(Render("none", 11, lit: false)));
        output.WriteLine($"row-mean sd: facade {facade.Rows:F2}, plain {plain.Rows:F2}; column-mean sd: facade {facade.Columns:F2}, plain {plain.Columns:F2}");
        Assert.True(facade.Rows > plain.Rows * 2 + 1, $"storey bands: row sd {facade.Rows:F2} vs plain {plain.Rows:F2}");
        Assert.True(facade.Columns > plain.Columns * 2 + 0.5, $"mullions: column sd {facade.Columns:F2} vs plain {plain.Columns:F2}");
    }

    [Fact]
    public void After_dark_some_panes_glow_and_the_rest_stay_dark()
    {
        static double LitShare(float[,] face) => face.Cast<float>().Count(l => l > 90) / (double)face.Length;
        var facade = LitShare(Face(Render("facade", 22, lit: true)));
        var plain = LitShare(Face(Render("none", 22, lit: true)));
        var unlit = LitShare(Face(Render("facade", 22, lit: false)));
        output.WriteLine($"share of the face brighter than 90: lit facade {facade:P0}, glowing plain box {plain:P0}, unlit facade {unlit:P0}");
        Assert.InRange(facade, 0.12, 0.7);
        Assert.True(plain > 0.95, $"a plain emissive box glows all over ({plain:P0})");
        Assert.True(unlit < 0.05, $"without emission nothing glows at night ({unlit:P0})");
    }

    [Theory]
    [InlineData("facade", SurfacePattern.Facade)]
    [InlineData(" Facade ", SurfacePattern.Facade)]
    public void The_name_parses(string name, SurfacePattern pattern) => Assert.Equal(pattern, SurfacePatterns.Parse(name));
}
