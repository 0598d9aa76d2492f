using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// A long, thin subject (a bus, 12 m by ~3 m) is framed by its model's box, not its bounding sphere: a close-up
/// still fills most of the frame's width, and an orbit keeps every corner in frame while still filling much of it.
/// </summary>
public sealed class LongSubjectFramingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("static", 0.7)]
    [InlineData("orbit", 0.55)]
    [InlineData("pan", 0.55)]
    public void A_bus_fills_the_frame_width_and_stays_inside(string move, double minWidthShare)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 12, Seconds = 2 },
            Cast = [new CastMember { Id = "bus1", Kind = "bus" }],
            Shots = [new ShotSpec { Seconds = 2, Camera = new CameraSpec { Move = move, Framing = "close-up" } }],
        });
        var track = Simulator.Simulate(world);
        var bus = world.IndexOf("bus1");
        var corners = Camera.ModelBox.LocalCorners(world.Entities[bus]);
        double narrowest = double.MaxValue;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var pose = track.PoseOf(f, bus);
            var xs = corners.Select(c => CameraRigTests.Project(track.CameraAt(f), pose.Position + Vector3.Transform(c, pose.Rotation), 1280f / 720)).ToList();
            Assert.All(xs, p => Assert.True(p.Z > 0 && MathF.Abs(p.X) <= 1 && MathF.Abs(p.Y) <= 1, $"frame {f}: a corner of the bus at {p} is out of frame"));
            narrowest = Math.Min(narrowest, (xs.Max(p => p.X) - xs.Min(p => p.X)) / 2);
        }
        output.WriteLine($"{move}: the bus spans at least {narrowest:P0} of the frame width");
        Assert.True(narrowest >= minWidthShare, $"{move}: the bus spans only {narrowest:P0} of the width");
    }
}
