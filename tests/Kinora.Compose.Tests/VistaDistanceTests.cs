using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// A landmark framed from far off stays visible: the land runs on past its set's vista (so the ground's edge fade
/// does not swallow it) and the family's haze leaves its far side most of its contrast. A 40 m tower framed from
/// ~100 m was a pale ghost in the city's haze before.
/// </summary>
public sealed class VistaDistanceTests
{
    [Theory]
    [InlineData("tower")]
    [InlineData("skyscraper")]
    [InlineData("amusement park")]
    [InlineData("palace")]
    [InlineData("farm")]
    [InlineData("city street")]
    public void The_land_runs_past_the_vista_and_the_haze_leaves_it_visible(string setting)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Seed = 7,
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 4, Seconds = 1 },
            World = new WorldSpec { Setting = setting, Ground = "grass" },
            Shots = [new ShotSpec { Seconds = 1 }],
        });
        var env = world.Environment;
        var vista = Assert.IsType<Vista>(env.Vista);
        var size = vista.Max - vista.Min;
        var extent = MathF.Max(size.X, MathF.Max(size.Y, size.Z));
        var far = new Vector2(vista.Centre.X, vista.Centre.Z).Length() + extent;
        var reach = env.LandReach > 0 ? env.LandReach : env.GroundHalfSize;
        Assert.True(reach >= 3 * far - 0.01f, $"{setting}: the land ends at {reach:0} m, the vista's far side is {far:0} m out");
        // The camera stands about one extent in front of the vista: its far side is then (2·extent + far) away.
        var lost = 1 - MathF.Exp(-env.FogDensity * (2 * extent + far));
        Assert.True(lost <= 0.2f + 1e-4f, $"{setting}: the family's haze takes {lost:P0} of the vista's far side");
    }
}
