using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>
/// A prompt that is only a place ("farm", "bedroom") casts nobody: the camera frames the set's <see cref="Vista"/>
/// (the barn, the bed against the wall) and pushes slowly in, where it used to hold a metre of empty floor.
/// </summary>
public sealed class EstablishingShotTests
{
    private static World Compose(string setting) => Composer.Compose(new ScenePlan
    {
        Seed = 3,
        Format = new VideoFormat { Width = 1280, Height = 720, Fps = 6, Seconds = 2 },
        World = new WorldSpec { Setting = setting },
        Shots = [new ShotSpec { Seconds = 2 }],
    });

    [Theory]
    [InlineData("farm")]
    [InlineData("city street")]
    [InlineData("bedroom")]
    [InlineData("supermarket")]
    public void With_nobody_cast_the_camera_holds_the_sets_vista_and_pushes_in(string setting)
    {
        var world = Compose(setting);
        Assert.Empty(world.Entities);
        var vista = Assert.IsType<Vista>(world.Environment.Vista);
        var track = Simulator.Simulate(world);
        var first = track.CameraAt(0);
        var last = track.CameraAt(track.FrameCount - 1);
        // The vista's centre is on screen, near the middle, from the first frame to the last.
        foreach (var camera in new[] { first, last })
        {
            var p = CameraRigTests.Project(camera, vista.Centre, 1280f / 720);
            Assert.InRange(p.X, -0.5f, 0.5f);
            Assert.InRange(p.Y, -0.6f, 0.6f);
        }
        // The box fills a good share of the frame: the vista is the picture, not a speck in it (a metre of floor
        // would fill none of a 14 m set's width) ...
        var size = vista.Max - vista.Min;
        var left = CameraRigTests.Project(first, vista.Centre - new Vector3(size.X / 2, 0, 0), 1280f / 720);
        var right = CameraRigTests.Project(first, vista.Centre + new Vector3(size.X / 2, 0, 0), 1280f / 720);
        Assert.True(size.X > 5, "a set's vista is metres of it, not a metre of floor");
        Assert.True(right.X - left.X > 0.6f, $"the vista spans {right.X - left.X:0.00} of the frame's width of 2");
        // ... and the camera moves in on it.
        Assert.True(Vector3.Distance(last.Eye, vista.Centre) < Vector3.Distance(first.Eye, vista.Centre) - 0.1f);
    }

    [Fact]
    public void An_alley_is_seen_square_down_its_length_from_the_azimuth_its_vista_names()
    {
        var world = Compose("alley");
        var vista = Assert.IsType<Vista>(world.Environment.Vista);
        Assert.Equal(0f, vista.AzimuthDeg);
        var camera = Simulator.Simulate(world).CameraAt(0);
        // Looking along −Z, not 20° across the lane: the view's horizontal direction is within a degree of straight down it,
        // and the eye stands on the lane's middle line, so both walls run away to the far end.
        var look = Vector3.Normalize((camera.Target - camera.Eye) with { Y = 0 });
        Assert.True(look.Z < -0.9998f, $"the view points {look} instead of down the lane");
        Assert.InRange(camera.Eye.X, vista.Centre.X - 0.5f, vista.Centre.X + 0.5f);
    }

    [Theory]
    [InlineData("eiffel tower")]
    [InlineData("times square")]
    public void A_landmark_with_nobody_cast_is_seen_from_the_ground_where_a_visitor_stands(string setting)
    {
        var world = Compose(setting);
        var vista = Assert.IsType<Vista>(world.Environment.Vista);
        Assert.True(vista.FromGround);
        var track = Simulator.Simulate(world);
        for (var f = 0; f < track.FrameCount; f++)
        {
            var camera = track.CameraAt(f);
            // At head height near the action spot, not high over the roofs ...
            Assert.InRange(camera.Eye.Y, 0.5f, 4f);
            // ... looking up at the landmark, whose top stays in frame, well above its foot.
            var top = CameraRigTests.Project(camera, vista.Centre with { Y = vista.Max.Y }, 1280f / 720);
            var foot = CameraRigTests.Project(camera, vista.Centre with { Y = vista.Min.Y }, 1280f / 720);
            Assert.InRange(top.Y, -1f, 1f);
            Assert.InRange(top.X, -1f, 1f);
            Assert.True(top.Y - foot.Y > 0.6f, $"the landmark spans {top.Y - foot.Y:0.00} of the frame's height of 2");
            Assert.True(camera.Target.Y > camera.Eye.Y, "the view looks up at it");
        }
    }

    [Fact]
    public void A_bare_studio_has_no_vista_and_keeps_its_metre_of_floor()
    {
        var world = Compose("studio");
        Assert.Null(world.Environment.Vista);
        var camera = Simulator.Simulate(world).CameraAt(0);
        Assert.True(Vector3.Distance(camera.Eye, camera.Target) < 8, "a bare studio frames the floor near the origin");
    }
}
