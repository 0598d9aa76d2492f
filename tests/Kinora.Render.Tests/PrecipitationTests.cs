using System.Numerics;
using System.Security.Cryptography;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Rain and snow from the plan's weather: visible, falling, the same frame every time.</summary>
public sealed class PrecipitationTests(ITestOutputHelper output)
{
    private const int W = 640, H = 360;

    /// <summary>Frames 0, 1 and 0 again of the ball scene outdoors with the plan's weather set.</summary>
    private static byte[][] Render(string weather)
    {
        var world = Outdoors(weather);
        var ball = new Vector3(0, 0.3f, 0.3f);
        var track = TestScenes.Track(world, ball, ball);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var frames = new byte[3][];
        for (var k = 0; k < 3; k++)
        {
            frames[k] = new byte[W * H * 4];
            renderer.RenderFrame(track, k == 1 ? 1 : 0, frames[k]);
        }
        return frames;
    }

    /// <summary>The ball scene in a park at 15:00 with the plan's weather set. The light is kept from clear weather,
    /// so only the particles differ from a clear frame.</summary>
    private static Compose.World Outdoors(string weather)
    {
        var world = TestScenes.BallAndBoxes(timeOfDay: 15);
        var clear = world.Plan.World with { Setting = "park" };
        return world with
        {
            Plan = world.Plan with { World = clear with { Weather = weather } },
            Environment = Compose.Environments.EnvironmentBuilder.Build(clear),
        };
    }

    /// <summary>Share of pixels that differ, over the first <paramref name="rows"/> share of the frame from the top.</summary>
    private static double ChangedShare(byte[] a, byte[] b, double rows = 1)
    {
        var changed = 0;
        var end = (int)(a.Length / 4 * rows) * 4;
        for (var i = 0; i < end; i += 4)
            if (Math.Abs(a[i] - b[i]) + Math.Abs(a[i + 1] - b[i + 1]) + Math.Abs(a[i + 2] - b[i + 2]) > 12) changed++;
        return changed / (double)(end / 4);
    }

    [Theory]
    [InlineData("rain")]
    [InlineData("snow")]
    public void Precipitation_shows_falls_and_repeats(string weather)
    {
        var clear = Render("clear")[0];
        var frames = Render(weather);
        FrameDump.WritePng("weather-" + weather, frames[0], W, H);
        // Against the sky (the top quarter), where only what falls differs: under rain the ground also turns wet.
        var shown = ChangedShare(clear, frames[0], 0.25);
        var moved = ChangedShare(frames[0], frames[1]);
        output.WriteLine($"{weather}: {shown:P2} of pixels differ from clear, {moved:P2} change between frames");
        Assert.InRange(shown, 0.005, 0.5);
        Assert.True(moved > 0.003, $"{weather} did not move: {moved:P2}");
        Assert.Equal(SHA256.HashData(frames[0]), SHA256.HashData(frames[2]));
    }

    [Theory]
    [InlineData("rain", Precipitation.Rain)]
    [InlineData("storm", Precipitation.Rain)]
    [InlineData("snow", Precipitation.Snow)]
    [InlineData("clear", Precipitation.None)]
    [InlineData("fog", Precipitation.None)]
    public void Weather_words_choose_what_falls(string weather, int kind)
    {
        var world = Outdoors(weather);
        Assert.Equal(kind, Precipitation.Of(world).Kind);
    }
}
