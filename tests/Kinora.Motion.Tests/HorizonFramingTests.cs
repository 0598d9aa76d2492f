using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>
/// Outdoors among scenery the top of the frame clears the horizon, so the place (skyline, trees, peaks) is in the
/// picture; in a bare studio the camera keeps its higher view (horizon at the top edge) of the floor where contacts happen.
/// </summary>
public sealed class HorizonFramingTests
{
    [Theory]
    [InlineData("city street", true)]
    [InlineData("forest", true)]
    [InlineData("studio", false)]
    public void The_horizon_is_in_frame_only_where_there_is_a_set_to_show(string setting, bool horizonShows)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 6, Seconds = 1 },
            World = new WorldSpec { Setting = setting },
            Cast = [new CastMember { Id = "dog1", Kind = "dog" }],
            Shots = [new ShotSpec { Seconds = 1 }],
        });
        Assert.Equal(horizonShows, world.Environment.Scenery.Count > 0);
        var track = Simulator.Simulate(world);
        var camera = track.CameraAt(0);
        // A point far away at eye height along the view's horizontal direction lies on the horizon.
        var flat = camera.Target - camera.Eye;
        flat.Y = 0;
        var horizon = camera.Eye + Vector3.Normalize(flat) * 10_000;
        var y = CameraRigTests.Project(camera, horizon, 1280f / 720).Y;
        // Where there is a set, at least an eighth of the frame's height is sky or skyline; the studio keeps the
        // horizon at the very top edge or above it.
        if (horizonShows) Assert.InRange(y, -0.5f, 0.75f);
        else Assert.True(y > 0.9f, $"the studio frame shows the horizon at {y}");
    }
}
