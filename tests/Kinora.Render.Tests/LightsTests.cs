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

/// <summary>Lamps, glowing surfaces, scenery and lightning: what makes a night street readable.</summary>
public sealed class LightsTests(ITestOutputHelper output)
{
    private const int W = 480, H = 270;
    private static readonly CameraPose Camera = new(new Vector3(0, 3f, 7f), new Vector3(0, 0, 0), Vector3.UnitY, 0.9f);

    /// <summary>An empty asphalt street at 23:00 with the given lights, scenery and weather; one small box as its only body.</summary>
    private static World Night(IReadOnlyList<LightSource> lights, IReadOnlyList<SceneryPiece>? scenery = null, string weather = "clear",
        double hour = 23, Material? boxMaterial = null)
    {
        var spec = new WorldSpec { TimeOfDay = hour, Weather = weather, Ground = "asphalt", Setting = "street" };
        var plan = new ScenePlan { World = spec, Seed = 7 };
        var env = EnvironmentBuilder.Build(spec) with { Lights = lights, Scenery = scenery ?? [] };
        var material = boxMaterial ?? MaterialLibrary.Get("plastic");
        var box = new Entity
        {
            Id = "box1", CastId = "box1", Kind = "box", Shape = new BoxShape(new Vector3(0.3f)),
            Model = new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(0.3f), material)]), Material = material,
        };
        return new World(plan, env, [box]);
    }

    private static byte[] Render(World world, Vector3 boxAt, int frame = 0, int frames = 1, CameraPose? camera = null)
    {
        var poses = Enumerable.Range(0, frames).Select(_ => new Pose(boxAt, Quaternion.Identity)).ToArray();
        var cameras = Enumerable.Repeat(camera ?? Camera, frames).ToArray();
        var track = new Track(24, frames, ["box1"], poses, cameras, []);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, frame, rgba);
        return rgba;
    }

    private static float LumaAt(byte[] rgba, Vector3 world, CameraPose? camera = null)
    {
        Assert.True(CameraMath.Project(camera ?? Camera, W, H, world, out var pixel));
        return FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, pixel, 2));
    }

    private static float MeanLuma(byte[] rgba)
    {
        double sum = 0;
        for (var i = 0; i < rgba.Length; i += 4) sum += 0.2126 * rgba[i] + 0.7152 * rgba[i + 1] + 0.0722 * rgba[i + 2];
        return (float)(sum / (rgba.Length / 4));
    }

    [Fact]
    public void A_point_light_brightens_the_ground_under_it_and_falls_off_with_distance()
    {
        var lamp = new LightSource(new Vector3(-1.5f, 2.5f, 0), new Vector3(4f, 3.4f, 2.6f), 12f);
        var lit = Render(Night([lamp]), new Vector3(3, 0.3f, -3));
        var dark = Render(Night([]), new Vector3(3, 0.3f, -3));
        FrameDump.WritePng("lights-point", lit, W, H);
        float under = LumaAt(lit, new Vector3(-1.5f, 0, 0)), near = LumaAt(lit, new Vector3(0.5f, 0, 0)),
            far = LumaAt(lit, new Vector3(3.5f, 0, 0)), unlit = LumaAt(dark, new Vector3(-1.5f, 0, 0));
        output.WriteLine($"under {under:0} near {near:0} far {far:0}; without the lamp {unlit:0}");
        Assert.True(under > unlit + 40, $"the lamp lights the ground under it: {under:0} vs {unlit:0} without");
        Assert.True(under > near + 8 && near > far + 5, $"light falls off: {under:0} > {near:0} > {far:0}");
    }

    [Fact]
    public void A_spot_light_lights_inside_its_cone_only()
    {
        var spot = new LightSource(new Vector3(0, 3f, 0), new Vector3(6f), 10f) { Direction = -Vector3.UnitY, ConeDegrees = 20 };
        var lit = Render(Night([spot]), new Vector3(3, 0.3f, -3));
        FrameDump.WritePng("lights-spot", lit, W, H);
        float inside = LumaAt(lit, new Vector3(0, 0, 0)), outside = LumaAt(lit, new Vector3(2.6f, 0, 0));
        output.WriteLine($"inside {inside:0} outside {outside:0}");
        Assert.True(inside > outside + 50, $"cone {inside:0} vs outside {outside:0}");
    }

    [Fact]
    public void An_emissive_surface_is_bright_in_a_dark_scene()
    {
        var neon = MaterialLibrary.Get("plastic") with { BaseColor = new Vector3(0.1f), Emission = new Vector3(0.2f, 2f, 2.5f) };
        var rgba = Render(Night([], boxMaterial: neon), new Vector3(0, 0.3f, 0));
        FrameDump.WritePng("lights-emission", rgba, W, H);
        var box = FramePixels.Rgb(rgba, W, (int)Project(new Vector3(0, 0.3f, 0.3f)).X, (int)Project(new Vector3(0, 0.3f, 0.3f)).Y);
        var ground = LumaAt(rgba, new Vector3(-2.5f, 0, 1));
        output.WriteLine($"box {box} ground {ground:0}");
        Assert.True(FramePixels.Luma(box) > 150 && box.Z > box.X, $"the glowing box reads bright cyan: {box}");
        Assert.True(ground < 90, $"the ground around stays dark: {ground:0}");
    }

    private static Vector2 Project(Vector3 world)
    {
        CameraMath.Project(Camera, W, H, world, out var pixel);
        return pixel;
    }

    [Fact]
    public void Scenery_is_drawn_and_casts_sun_shadows_but_is_not_a_subject()
    {
        var pillar = new SceneryPiece("pillar", new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(0.3f, 1.5f, 0.3f)
            * Matrix4x4.CreateTranslation(0, 1.5f, 0), MaterialLibrary.Get("stone") with { BaseColor = new Vector3(0.6f, 0.1f, 0.1f) })]),
            new Vector3(-1.5f, 0, 0));
        var world = Night([], [pillar], hour: 16);
        var rgba = Render(world, new Vector3(3, 0.3f, -3));
        FrameDump.WritePng("scenery-pillar", rgba, W, H);
        var face = FramePixels.Rgb(rgba, W, (int)Project(new Vector3(-1.5f, 1.2f, 0.3f)).X, (int)Project(new Vector3(-1.5f, 1.2f, 0.3f)).Y);
        Assert.True(face.X > face.Y + 30, $"the red pillar is drawn: {face}");

        // Its shadow: the ground a metre from its foot away from the sun is darker than a metre towards the sun.
        var sun = world.Environment.SunDirection;
        var away = -Vector3.Normalize(new Vector3(sun.X, 0, sun.Z));
        float shadowed = LumaAt(rgba, new Vector3(-1.5f, 0, 0) + away * 1.2f), sunny = LumaAt(rgba, new Vector3(-1.5f, 0, 0) - away * 1.2f);
        output.WriteLine($"shadow side {shadowed:0}, sun side {sunny:0}");
        Assert.True(shadowed < sunny * 0.75f, $"the pillar shadows the ground: {shadowed:0} vs {sunny:0}");

        var ids = new ushort[W * H];
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        renderer.RenderObjectIds(new Track(24, 1, ["box1"], [new Pose(new Vector3(3, 0.3f, -3), Quaternion.Identity)], [Camera], []), 0, ids);
        Assert.Equal(0, FramePixels.Id(ids, W, Project(new Vector3(-1.5f, 1.2f, 0.3f))));
    }

    [Fact]
    public void A_rainy_lamplit_night_is_neither_black_nor_blown_out()
    {
        var lamps = Enumerable.Range(0, 6).Select(i => new LightSource(new Vector3(-3f, 4.5f, 4 - i * 6f), new Vector3(6f, 4.8f, 3.2f), 14f)).ToList();
        var rgba = Render(Night(lamps, weather: "rain"), new Vector3(0, 0.3f, 0), frame: 5, frames: 6);
        FrameDump.WritePng("lights-rain-night", rgba, W, H);
        var mean = MeanLuma(rgba);
        output.WriteLine($"mean luma {mean:0.0}");
        Assert.InRange(mean, 18, 150);
    }

    [Fact]
    public void A_stormy_lamplit_night_with_a_focus_pull_renders_without_allocating()
    {
        const int frames = 30;
        var lamps = Enumerable.Range(0, 20).Select(i => new LightSource(new Vector3(-3f, 4.5f, 4 - i * 3f), new Vector3(6f), 14f)).ToList();
        var night = Night(lamps, weather: "storm");
        // A List, as JSON gives: enumerating it through its interface would allocate, which the frame loop must not.
        var world = night with { Plan = night.Plan with { Shots = new List<ShotSpec> { new() { Seconds = 2, Camera = new CameraSpec { Move = "rack focus" } } } } };
        var poses = Enumerable.Range(0, frames).Select(i => new Pose(new Vector3(0, 0.3f, -i * 0.1f), Quaternion.Identity)).ToArray();
        var track = new Track(24, frames, ["box1"], poses, Enumerable.Repeat(Camera, frames).ToArray(), []);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(160, 90));
        var rgba = new byte[160 * 90 * 4];
        renderer.RenderFrame(track, 0, rgba);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 1; i < frames; i++) renderer.RenderFrame(track, i, rgba);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(bytes < 1024, $"the night frame loop allocated {bytes} bytes");
    }

    [Fact]
    public void Lightning_flashes_at_the_strikes_the_thunder_is_scheduled_from()
    {
        var world = Night([], weather: "storm");
        const int frames = 24 * 3;
        var strike = LightningStrikes.Of(world.Plan.Seed, frames / 24.0)[0];
        var at = (int)Math.Ceiling(strike.FlashSeconds * 24);
        var before = Render(world, new Vector3(3, 0.3f, -3), Math.Max(at - 6, 0), frames);
        var during = Render(world, new Vector3(3, 0.3f, -3), at, frames);
        FrameDump.WritePng("lightning-flash", during, W, H);
        float dark = MeanLuma(before), flash = MeanLuma(during);
        output.WriteLine($"strike at {strike.FlashSeconds:0.00} s: mean luma {dark:0} before, {flash:0} during");
        Assert.True(flash > dark * 1.5f + 10, $"{flash:0} vs {dark:0}");
        Assert.Empty(new Lightning(Night([]), 3).Strikes);
    }
}

/// <summary>The normal buffer and the lens: checks other stages and looks rely on.</summary>
public sealed class NormalAndFocusTests(ITestOutputHelper output)
{
    private const int W = 320, H = 180;

    [Fact]
    public void The_normal_buffer_shows_the_floor_facing_up_and_the_sky_as_zero()
    {
        var world = TestScenes.BallAndBoxes();
        var track = TestScenes.Track(world, new Vector3(0, 0.3f, 0));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var normals = new Vector3[W * H];
        renderer.RenderNormals(track, 0, normals);
        Assert.True(CameraMath.Project(TestScenes.Camera, W, H, new Vector3(-0.8f, 0, 1.2f), out var floor));
        var n = normals[(int)floor.Y * W + (int)floor.X];
        Assert.True(n.Y > 0.99f, $"floor normal {n}");
        Assert.Equal(Vector3.Zero, normals[2 * W + W / 2]);   // top middle: sky
        // The ball's left limb faces left (−x in world, the camera looks down −z).
        Assert.True(CameraMath.Project(TestScenes.Camera, W, H, new Vector3(-TestScenes.BallRadius * 0.95f, 0.3f, 0), out var limb));
        var side = normals[(int)limb.Y * W + (int)limb.X + 1];
        output.WriteLine($"floor {n}, limb {side}");
        Assert.True(side.X < -0.6f, $"limb normal {side}");
    }

    [Fact]
    public void A_rack_focus_moves_the_sharp_plane_from_the_near_body_to_the_subject()
    {
        var plan = new ScenePlan { Shots = [new ShotSpec { Seconds = 3, Camera = new CameraSpec { Move = "rack focus" } }] };
        var camera = new CameraPose(Vector3.Zero, new Vector3(0, 0, -10), Vector3.UnitY, 0.6f);
        Pose[] poses = [new(new Vector3(0, 0, -2), Quaternion.Identity), new(new Vector3(0, 0, -10), Quaternion.Identity)];
        var start = DepthOfField.At(plan, 0.2, camera, poses, 720);
        var end = DepthOfField.At(plan, 2.8, camera, poses, 720);
        output.WriteLine($"start {start}, end {end}");
        Assert.InRange(start.X, 1.9f, 2.1f);
        Assert.InRange(end.X, 9.9f, 10.1f);
        Assert.True(start.Y > 1 && end.Y > 0.5f, "the lens blurs");
        var plain = plan with { Shots = [new ShotSpec { Seconds = 3 }] };
        Assert.Equal(0, DepthOfField.At(plain, 1, camera, poses, 720).Y);
    }
}
