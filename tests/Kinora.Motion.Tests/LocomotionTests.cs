using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>Self-propelled actors: a dog chasing a ball closes in on it, a walker walks, footfalls are heard.</summary>
public sealed class LocomotionTests
{
    private static (World World, Track Track) Run(string verb, string? obj, double seconds = 4)
    {
        var cast = new List<CastMember> { new() { Id = "dog1", Kind = "dog" } };
        if (obj is not null) cast.Add(new CastMember { Id = obj, Kind = "sports ball" });
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Seconds = seconds, Fps = 24 },
            World = new WorldSpec { Ground = "grass" },
            Cast = cast,
            Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "dog1", Verb = verb, Object = obj }] }],
        });
        return (world, Simulator.Simulate(world));
    }

    [Fact]
    public void A_chaser_follows_its_quarry_and_ends_near_it()
    {
        var (world, track) = Run("chase", "ball1");
        int dog = world.IndexOf("dog1"), ball = world.IndexOf("ball1");
        var last = track.FrameCount - 1;
        Assert.True(track.PoseOf(last, ball).Position.X > track.PoseOf(0, ball).Position.X + 3, "the ball was sent rolling away");
        Assert.True(track.PoseOf(last, dog).Position.X > track.PoseOf(0, dog).Position.X + 3, "the dog ran after it");
        var gap = Vector3.Distance(track.PoseOf(last, dog).Position, track.PoseOf(last, ball).Position);
        Assert.InRange(gap, 0.3f, 2.5f);
        // Stays on the ground: a rigged dog's body sinks a little on its bent legs (Animation.GaitCycle.Sink), no more.
        Assert.InRange(track.PoseOf(last, dog).Position.Y, track.PoseOf(0, dog).Position.Y - 0.15f, track.PoseOf(0, dog).Position.Y + 0.02f);
    }

    [Fact]
    public void A_walker_walks_at_walking_pace_facing_forward_with_footfalls()
    {
        var (world, track) = Run("walk", null);
        var dog = world.IndexOf("dog1");
        var distance = track.PoseOf(track.FrameCount - 1, dog).Position.X - track.PoseOf(0, dog).Position.X;
        Assert.InRange(distance, 1.4 * 3.5, 1.4 * 4.1); // 1.4 m/s for ~4 s
        var steps = track.Events.Where(e => e.A == "dog1" && e.B == "ground").ToList();
        Assert.InRange(steps.Count, 6, 64); // ~2–3 steps a second, or every landing of four rigged feet (Animation.GaitCycle)
        Assert.True(steps.Zip(steps.Skip(1)).All(p => p.Second.Time > p.First.Time));
        // The model's front points along the path.
        var front = Vector3.Transform(Compose.Assets.AssetLibrary.Front("dog"), track.PoseOf(track.FrameCount / 2, dog).Rotation);
        Assert.True(front.X > 0.95f);
    }

    [Fact]
    public void A_drifting_umbrella_is_carried_across_the_frame_in_the_air()
    {
        const double seconds = 4;
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Seconds = seconds, Fps = 24 },
            World = new WorldSpec { Ground = "grass" },
            Cast = [new CastMember { Id = "umbrella1", Kind = "umbrella" }],
            Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "umbrella1", Verb = "drift" }] }],
        });
        var track = Simulator.Simulate(world);
        var u = world.IndexOf("umbrella1");
        var rest = world.Entities[u].Shape.HalfHeight;
        Vector3 first = track.PoseOf(0, u).Position, last = track.PoseOf(track.FrameCount - 1, u).Position;
        // Carried past at a breeze's pace, starting left of the centre and ending right of it: it crosses the frame.
        Assert.InRange(last.X - first.X, 1.2 * seconds * 0.85, 1.2 * seconds * 1.05);
        Assert.True(first.X < -1 && last.X > 1, $"from x {first.X:0.00} to {last.X:0.00}");
        // In the air the whole way, not fallen to the ground.
        for (var f = 0; f < track.FrameCount; f++) Assert.True(track.PoseOf(f, u).Position.Y > rest + 0.7f, $"frame {f} is down");
    }

    [Fact]
    public void Things_that_do_not_move_themselves_are_left_to_physics()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Seconds = 2 },
            Cast = [new CastMember { Id = "box1", Kind = "box" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "box1", Verb = "run" }] }],
        });
        Assert.Empty(Behaviours.Locomotion.Drivers(world));
    }
}

public sealed class LaneTests
{
    [Fact]
    public void A_walker_passes_a_car_instead_of_walking_through_it()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Seconds = 6 },
            Cast = [new CastMember { Id = "person1", Kind = "person" }, new CastMember { Id = "car1", Kind = "car" }],
            Shots = [new ShotSpec { Seconds = 6, Actions = [new ActionSpec { Actor = "person1", Verb = "walk" }] }],
        });
        var track = Simulator.Simulate(world);
        int person = world.IndexOf("person1"), car = world.IndexOf("car1");
        var carPose = track.PoseOf(0, car).Position;
        var reach = world.Entities[person].Shape.BoundingRadius + world.Entities[car].Shape.BoundingRadius;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var p = track.PoseOf(f, person).Position;
            Assert.True(Vector3.Distance(p with { Y = 0 }, carPose with { Y = 0 }) >= reach, $"frame {f}: inside the car");
        }
        Assert.True(track.PoseOf(track.FrameCount - 1, person).Position.X > carPose.X, "walked past it");
    }
}

public sealed class ChaseFramingTests
{
    [Fact]
    public void The_auto_camera_keeps_chaser_and_quarry_in_frame_even_in_slow_motion()
    {
        foreach (var manner in new[] { Array.Empty<string>(), ["slow motion"] })
        {
            var world = Composer.Compose(new ScenePlan
            {
                Format = new VideoFormat { Seconds = 5, Fps = 24 },
                World = new WorldSpec { Ground = "grass" },
                Cast = [new CastMember { Id = "dog1", Kind = "dog" }, new CastMember { Id = "ball1", Kind = "sports ball" }],
                Shots = [new ShotSpec { Seconds = 5, Camera = new CameraSpec { Move = "auto", Target = "dog1" },
                    Actions = [new ActionSpec { Actor = "dog1", Verb = "chase", Object = "ball1", Manner = manner }] }],
            });
            var track = Simulator.Simulate(world);
            for (var f = 0; f < track.FrameCount; f++)
                foreach (var body in new[] { 0, 1 })
                {
                    var cam = track.CameraAt(f);
                    var view = Matrix4x4.CreateLookAt(cam.Eye, cam.Target, cam.Up);
                    var proj = Matrix4x4.CreatePerspectiveFieldOfView(cam.VerticalFov, 1280f / 720f, 0.05f, 500f);
                    var clip = Vector4.Transform(new Vector4(track.PoseOf(f, body).Position, 1), view * proj);
                    Assert.InRange(clip.X / clip.W, -0.98f, 0.98f);
                    Assert.InRange(clip.Y / clip.W, -0.98f, 0.98f);
                }
        }
    }
}

public sealed class MultiShotLocomotionTests
{
    [Fact]
    public void Walk_then_run_continues_from_where_the_walk_ended()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Seconds = 4 },
            Cast = [new CastMember { Id = "dog1", Kind = "dog" }],
            Shots =
            [
                new ShotSpec { Start = 0, Seconds = 2, Actions = [new ActionSpec { Actor = "dog1", Verb = "walk", Start = 0, End = 2 }] },
                new ShotSpec { Start = 2, Seconds = 2, Actions = [new ActionSpec { Actor = "dog1", Verb = "run", Start = 2, End = 4 }] },
            ],
        });
        var track = Simulator.Simulate(world);
        float X(double t) => track.PoseOf((int)(t * 24), 0).Position.X;
        Assert.InRange(X(1.9) - X(0), 1.4 * 1.7, 1.4 * 2.1);   // walked ~2.7 m
        Assert.InRange(X(3.9) - X(2.0), 4.0 * 1.7, 4.0 * 2.1); // then ran ~7.6 m, from there
        for (var f = 1; f < track.FrameCount; f++)
            Assert.True(track.PoseOf(f, 0).Position.X >= track.PoseOf(f - 1, 0).Position.X - 1e-4f, $"no jump back at frame {f}");
    }
}
