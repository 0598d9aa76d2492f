using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>A fire has a bed (Campfire), lights its surroundings with a light that flickers with its flames
/// (FireLight), burns in full view when no one is beside it, and its smoke goes with the wind (Wind).</summary>
public sealed class FireTests(ITestOutputHelper output)
{
    private const int W = 320, H = 180;

    [Fact]
    public void With_no_one_in_the_scene_the_fire_burns_whole_in_the_frame()
    {
        // Level and low, looking down a little, and looking steeply down: the old rule (the ground under the
        // target) cut the fire off at the bottom edge in the first two.
        CameraPose[] cameras =
        [
            new(new Vector3(0, 1.6f, 4), new Vector3(0, 1.5f, 0), Vector3.UnitY, 0.9f),
            new(new Vector3(0, 1.2f, 3), new Vector3(0, 0.8f, 0), Vector3.UnitY, 0.7f),
            new(new Vector3(2, 6f, 6), new Vector3(0, 0, 0), Vector3.UnitY, 0.9f),
        ];
        foreach (var camera in cameras)
        {
            var source = FireLight.PlaceInFrame(camera, 16f / 9, 0);
            var bed = source - new Vector3(0, Campfire.FlameBase, 0);
            Assert.True(CameraMath.Project(camera, W, H, bed, out var bottom), "the bed is in front of the camera");
            Assert.True(CameraMath.Project(camera, W, H, bed + new Vector3(0, 1.3f, 0), out var top));
            output.WriteLine($"eye {camera.Eye}: bed at {bed}, pixel rows {top.Y:0} (flame tops) to {bottom.Y:0} (bed) of {H}");
            Assert.InRange(bottom.Y, H * 0.55f, H * 0.95f);
            Assert.InRange(top.Y, 0, H);
            Assert.InRange(Math.Abs(bottom.X - W / 2f), 0, W * 0.05f);
        }
    }

    [Fact]
    public void The_firelight_flickers_about_its_level_the_same_every_time()
    {
        var values = Enumerable.Range(0, 96).Select(f => FireLight.Flicker(f / 24.0, 42)).ToArray();
        Assert.All(values, v => Assert.InRange(v, 0.7f, 1.3f));
        Assert.InRange(values.Average(), 0.93f, 1.07f);
        Assert.True(values.Max() - values.Min() > 0.25f, $"it barely flickers: {values.Min():0.00}–{values.Max():0.00}");
        Assert.Equal(values[17], FireLight.Flicker(17 / 24.0, 42));
    }

    [Fact]
    public void The_plans_wind_sets_how_hard_smoke_leans()
    {
        World Of(string weather, bool indoor = false)
        {
            var spec = new WorldSpec { Weather = weather, Indoor = indoor, Setting = indoor ? "living room" : "park", Particles = "smoke" };
            return new World(new ScenePlan { World = spec, Seed = 5 }, EnvironmentBuilder.Build(spec), []);
        }
        var breeze = Wind.Of(Of("clear")).Length();
        var windy = Wind.Of(Of("wind")).Length();
        output.WriteLine($"breeze {breeze:0.0} m/s, windy {windy:0.0} m/s");
        Assert.True(windy > 3 * breeze && breeze > 0.3f);
        Assert.Equal(Vector2.Zero, Wind.Of(Of("clear", indoor: true)));
        Assert.Equal(Wind.Of(Of("wind")), Wind.Of(Of("wind")));
    }

    [Fact]
    public void A_night_fire_lights_the_ground_around_it_warm_and_its_bed_shows()
    {
        var spec = new WorldSpec { TimeOfDay = 22, Ground = "sand", Setting = "beach", Particles = "fire" };
        var plan = new ScenePlan { World = spec, Seed = 9 };
        var env = EnvironmentBuilder.Build(spec) with { Scenery = [] };
        var camera = new CameraPose(new Vector3(0, 1.7f, 5), new Vector3(0, 1f, 0), Vector3.UnitY, 0.9f);
        var track = new Track(24, 1, [], [], [camera], []);
        byte[] Frame(string? particles)
        {
            var world = new World(plan with { World = spec with { Particles = particles } }, env, []);
            using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
            var rgba = new byte[W * H * 4];
            renderer.RenderFrame(track, 0, rgba);
            return rgba;
        }
        var fire = Frame("fire");
        var dark = Frame(null);
        FrameDump.WritePng("fire-night", fire, W, H);
        var source = FireLight.PlaceInFrame(camera, (float)W / H, 0);
        // The ground a metre to the side of the fire (no flame there): warm and brighter than without the fire.
        Assert.True(CameraMath.Project(camera, W, H, source with { X = source.X + 1.1f, Y = 0 }, out var beside));
        var lit = FramePixels.MeanRgb(fire, W, H, beside, 2);
        var unlit = FramePixels.MeanRgb(dark, W, H, beside, 2);
        output.WriteLine($"ground beside the fire {lit}, without it {unlit}");
        Assert.True(FramePixels.Luma(lit) > FramePixels.Luma(unlit) + 25, "the fire lights the ground beside it");
        Assert.True(lit.X > lit.Z + 20, "in warm light");
    }
}
