using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Bright but not blinding: a glossy pale floor in a room by day and a lit shop window at night keep their
/// colour instead of burning to white (the bloom is for lamps and neon, not for every pale surface).</summary>
public sealed class BrightSurfaceTests(ITestOutputHelper output)
{
    private const int W = 480, H = 270;

    [Fact]
    public void A_marble_floor_in_a_kitchen_by_day_is_not_burnt_white()
    {
        // A daylight window pane glowing on the back wall turns bloom on, as Compose's room dressing does.
        var pane = Panel(new Vector3(0, 1.6f, -3), new Vector3(1.2f, 0.8f, 0.05f), new Vector3(0.64f, 0.83f, 1.05f));
        var world = Scene("kitchen", "marble", 14, [pane]);
        var camera = new CameraPose(new Vector3(0, 1.7f, 4.5f), new Vector3(0, 0.6f, 0), Vector3.UnitY, 0.9f);
        var rgba = Render(world, camera);
        FrameDump.WritePng("bright-marble-kitchen", rgba, W, H);
        var floor = Mean(rgba, camera, new Vector3(-1.5f, 0, 2));
        var clipped = ClippedShare(rgba, H * 3 / 4, H);
        output.WriteLine($"floor {floor}, clipped share of the lower quarter {clipped:P1}");
        Assert.True(FramePixels.Luma(floor) is > 120 and < 235, $"a pale floor, lit, not white: {floor}");
        Assert.True(clipped < 0.02f, $"{clipped:P1} of the floor is clipped white");
    }

    [Fact]
    public void A_lit_shop_window_at_night_stays_warm_not_white()
    {
        // Compose's lit shop window after dark (Buildings: a warm glow of strength 0.35), 3 m wide, a street lamp beside it.
        var shop = Kinora.Compose.Scenery.Palette.Glow(255, 215, 160, 0.35f, "shoplight");
        var window = new SceneryPiece("window", new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(1.5f, 1f, 0.05f), shop)]),
            new Vector3(0, 1.4f, -2));
        var lamp = new LightSource(new Vector3(2.5f, 5.9f, 0), new Vector3(12, 9.36f, 6), 20);
        var world = Scene("street", "asphalt", 22, [window], [lamp]);
        var camera = new CameraPose(new Vector3(0, 1.7f, 6f), new Vector3(0, 1.2f, 0), Vector3.UnitY, 0.9f);
        var rgba = Render(world, camera);
        FrameDump.WritePng("bright-shop-window", rgba, W, H);
        var glass = Mean(rgba, camera, new Vector3(0, 1.4f, -1.9f));
        output.WriteLine($"window {glass}");
        Assert.True(FramePixels.Luma(glass) > 120, $"the window is bright: {glass}");
        Assert.True(glass.X - glass.Z > 50 && glass.Z < 200, $"the window keeps its warm colour: {glass}");
    }

    private static SceneryPiece Panel(Vector3 at, Vector3 half, Vector3 emission)
    {
        var glow = MaterialLibrary.Get("plastic") with { Name = "glow", BaseColor = new Vector3(0.9f), Emission = emission };
        return new SceneryPiece("panel", new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(half), glow)]), at);
    }

    private static World Scene(string setting, string ground, double hour, IReadOnlyList<SceneryPiece> scenery, IReadOnlyList<LightSource>? lights = null)
    {
        var spec = new WorldSpec { TimeOfDay = hour, Ground = ground, Setting = setting };
        var env = EnvironmentBuilder.Build(spec) with { Scenery = scenery, Lights = lights ?? [] };
        var material = MaterialLibrary.Get("plastic");
        var box = new Entity
        {
            Id = "box1", CastId = "box1", Kind = "box", Shape = new BoxShape(new Vector3(0.3f)),
            Model = new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(0.3f), material)]), Material = material,
        };
        return new World(new ScenePlan { World = spec, Seed = 7 }, env, [box]);
    }

    private static byte[] Render(World world, CameraPose camera)
    {
        var track = new Track(24, 1, ["box1"], [new Pose(new Vector3(1.5f, 0.3f, 0), Quaternion.Identity)], [camera], []);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }

    private static Vector3 Mean(byte[] rgba, CameraPose camera, Vector3 world)
    {
        Assert.True(CameraMath.Project(camera, W, H, world, out var pixel));
        return FramePixels.MeanRgb(rgba, W, H, pixel, 3);
    }

    /// <summary>Share of pixels in rows [from, to) with every channel at 250 or more.</summary>
    private static float ClippedShare(byte[] rgba, int from, int to)
    {
        var clipped = 0;
        for (var i = from * W * 4; i < to * W * 4; i += 4)
            if (rgba[i] >= 250 && rgba[i + 1] >= 250 && rgba[i + 2] >= 250) clipped++;
        return clipped / (float)((to - from) * W);
    }
}
