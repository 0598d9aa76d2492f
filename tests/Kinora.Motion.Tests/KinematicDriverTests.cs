using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Physics;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// Movers are kinematic bodies: a car driven into a stack of boxes knocks them over, with contact events between
/// the car and the boxes, while the car itself keeps to its path.
/// </summary>
public sealed class KinematicDriverTests(ITestOutputHelper output)
{
    [Fact]
    public void A_car_driving_into_a_stack_of_boxes_knocks_it_over()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 24, Seconds = 3 },
            Cast = [new CastMember { Id = "car1", Kind = "car" }, new CastMember { Id = "box1", Kind = "box", Count = 6 }],
            Shots = [new ShotSpec { Seconds = 3, Actions = [
                new ActionSpec { Actor = "car1", Verb = "crash", Object = "box1", Speed = 4 },
                new ActionSpec { Actor = "box1", Verb = "stack" }] }],
        });
        var track = Simulator.Simulate(world);
        var boxes = Enumerable.Range(0, world.Entities.Count).Where(i => world.Entities[i].CastId == "box1").ToList();
        var last = track.FrameCount - 1;
        var moved = boxes.Max(i => Vector3.Distance(track.PoseOf(last, i).Position, track.PoseOf(0, i).Position));
        var hits = track.Events.Where(e => e.Kind == EventKinds.Contact && (e.A == "car1" || e.B == "car1")).ToList();
        output.WriteLine($"boxes moved up to {moved:F2} m; {hits.Count} car contacts, first at {hits.FirstOrDefault()?.Time:F2} s");
        Assert.NotEmpty(hits);
        Assert.True(moved > 0.5f, $"the boxes moved only {moved:F2} m");
        var car = world.IndexOf("car1");
        Assert.True(track.PoseOf(last, car).Position.Y > -1, "the car is in the world, not parked");
    }
}
