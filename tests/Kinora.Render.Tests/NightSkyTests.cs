using System.Numerics;
using Kinora.Motion;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>The clear night sky has a moon with a disc and stars; day and cloud have neither.</summary>
public sealed class NightSkyTests(ITestOutputHelper output)
{
    private const int W = 640, H = 360;

    private static byte[] LookAt(double timeOfDay, Func<Compose.World, Vector3> direction, string weather = "clear")
    {
        var world = OutdoorsAt(timeOfDay, weather);
        var eye = new Vector3(0, 1.5f, 4f);
        var camera = new CameraPose(eye, eye + direction(world), Vector3.UnitY, 0.9f);
        var poses = TestScenes.Poses(new Vector3(0, 0.3f, 0));
        var track = new Track(24, 1, world.Entities.Select(e => e.Id).ToArray(), poses, [camera], []);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }

    /// <summary>The ball scene moved to a park (a "room" setting gets walls and a ceiling instead of a sky).</summary>
    private static Compose.World OutdoorsAt(double timeOfDay, string weather = "clear")
    {
        var world = TestScenes.BallAndBoxes(timeOfDay);
        var spec = world.Plan.World with { Weather = weather, Setting = "park" };
        return world with { Plan = world.Plan with { World = spec }, Environment = Compose.Environments.EnvironmentBuilder.Build(spec) };
    }

    /// <summary>Pixels much brighter than the mean of the 9×9 square around them: point lights on a dark sky.</summary>
    private static int Sparkles(byte[] rgba)
    {
        var count = 0;
        for (var y = 8; y < H - 8; y += 1)
            for (var x = 8; x < W - 8; x += 1)
            {
                var l = FramePixels.Luma(FramePixels.Rgb(rgba, W, x, y));
                var around = FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, new Vector2(x, y), 4));
                if (l > around + 25) count++;
            }
        return count;
    }

    private static Vector3 UpAwayFromTheSun(Compose.World world)
    {
        var sun = world.Environment.SunDirection;
        return Vector3.Normalize(new Vector3(-sun.X, 1.2f, -sun.Z));
    }

    [Fact]
    public void A_clear_night_shows_the_moon_and_stars_and_the_day_neither()
    {
        var moon = LookAt(23, w => Vector3.Normalize(w.Environment.SunDirection));
        FrameDump.WritePng("night-moon", moon, W, H);
        var centre = FramePixels.Luma(FramePixels.MeanRgb(moon, W, H, new Vector2(W / 2f, H / 2f), 2));
        var beside = FramePixels.Luma(FramePixels.MeanRgb(moon, W, H, new Vector2(W / 2f + 60, H / 2f), 2));
        output.WriteLine($"moon centre luma {centre:F0}, sky beside it {beside:F0}");
        Assert.True(centre > 140 && beside < 50, $"moon {centre:F0}, sky {beside:F0}");

        var night = LookAt(23, UpAwayFromTheSun);
        var day = LookAt(13, UpAwayFromTheSun);
        var cloudy = LookAt(23, UpAwayFromTheSun, weather: "overcast");
        FrameDump.WritePng("night-stars", night, W, H);
        var (n, d, c) = (Sparkles(night), Sparkles(day), Sparkles(cloudy));
        output.WriteLine($"star pixels: night {n}, day {d}, overcast night {c}");
        Assert.True(n > 40, $"only {n} star pixels at night");
        Assert.Equal(0, d);
        Assert.Equal(0, c);
    }

    [Theory]
    [InlineData(13, 0f, false)]
    [InlineData(18.1, 0f, true)]
    [InlineData(23, 1f, true)]
    public void Stars_and_moon_follow_the_time_of_day(double timeOfDay, float stars, bool moon)
    {
        var world = OutdoorsAt(timeOfDay);
        Assert.Equal(stars, NightSky.Stars(world), 2);
        Assert.Equal(moon, NightSky.MoonVisible(world));
    }
}
