using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests.Animation;

/// <summary>
/// Things thrown and kicked leave the body and fly (Behaviours.Holding, Kicking, Flight): in the hand until the throw
/// lets go, then a ballistic flight simulated from the release that lands, bounces (a contact event on the landing
/// frame) and rolls; a kicked ball waits until the foot meets it and flies off. Real library models.
/// </summary>
public sealed class ThrowKickTests(ITestOutputHelper output)
{
    private static World Compose(double seconds, params (string Verb, string? Start)[] verbs) => Compose(seconds, "sports ball", null, verbs);

    private static World Compose(double seconds, string thing, string? other, params (string Verb, string? Start)[] verbs)
    {
        var cast = new List<CastMember> { new() { Id = "p1", Kind = "person" }, new() { Id = "o1", Kind = thing } };
        if (other is not null) cast.Add(new CastMember { Id = "d1", Kind = other });
        return Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 24, Seconds = seconds },
            Cast = cast,
            Shots = [new ShotSpec { Seconds = seconds, Actions = [.. verbs.Select(v => new ActionSpec { Actor = "p1", Verb = v.Verb, Object = "o1" })] }],
        });
    }

    private static Vector3 Hand(Track track, World world, int frame, int p)
    {
        var arm = Arm.Right(BodyMotion.SkeletonOf(world.Entities[p])!, world.Entities[p].Model)!;
        var rig = world.Entities[p].Model.Rig!;
        return TestRigs.WorldPoint(track, world, frame, p, rig.IndexOf(JointNames.ForearmR), arm.Grip);
    }

    private static float Across(Vector3 a, Vector3 b) => new Vector2(a.X - b.X, a.Z - b.Z).Length();

    /// <summary>After frame <paramref name="from"/>: the first ground contact is where the flight comes down (the
    /// ball low on that frame, falling into it), hard enough to hear, and the ball is back on the ground by the end.</summary>
    private SimEvent AssertLandsWithABounce(Track track, World world, int o, int from)
    {
        var radius = world.Entities[o].Shape.BoundingRadius;
        var bounce = track.Events.First(e => e.Kind == EventKinds.Contact && e.A == "o1" && e.B == "ground" && e.Time > track.TimeOf(from));
        var frame = (int)Math.Round(bounce.Time * track.Fps);
        output.WriteLine($"lands at {bounce.Time:F3} s (frame {frame}, {track.PoseOf(frame, o).Position.Y:F2} m up), {bounce.Impulse:F2} N·s, at {bounce.Position}");
        // One frame of a 6 m/s fall is 0.25 m: the frame nearest the contact has the ball within that of the ground.
        Assert.True(track.PoseOf(frame, o).Position.Y < radius + 0.3f, "the bounce sounds when the ball is on the ground");
        Assert.True(track.PoseOf(frame - 3, o).Position.Y > track.PoseOf(frame, o).Position.Y + 0.1f, "it falls into the bounce");
        Assert.True(bounce.Impulse > 0.3, "a thrown ball lands hard enough to hear");
        Assert.True(track.PoseOf(track.FrameCount - 1, o).Position.Y < radius + 0.4f, "it comes down to the ground");
        return bounce;
    }

    [Fact]
    public void A_ball_thrown_is_in_the_hand_until_the_release_then_flies_lands_and_bounces()
    {
        var world = Compose(4, ("throw", null));
        var track = Simulator.Simulate(world);
        var (p, o) = (world.IndexOf("p1"), world.IndexOf("o1"));
        var release = (int)Math.Ceiling(Throw.ReleaseAfter(default) * track.Fps - 1e-6);
        for (var f = 0; f <= release; f += 3)
            Assert.True(Vector3.Distance(Hand(track, world, f, p), track.PoseOf(f, o).Position) < 0.2f, $"frame {f}: the ball is {Vector3.Distance(Hand(track, world, f, p), track.PoseOf(f, o).Position):F2} m from the hand");
        var thrower = track.PoseOf(release, p).Position;
        var later = track.PoseOf(release + track.Fps, o).Position;
        output.WriteLine($"release at frame {release}; 1 s later the ball is {Across(later, thrower):F2} m away, {later.Y:F2} m up");
        Assert.True(Across(later, thrower) > 2, $"1 s after the release the ball is only {Across(later, thrower):F2} m from the thrower");
        var speed = Vector3.Distance(track.PoseOf(release + 1, o).Position, track.PoseOf(release, o).Position) * track.Fps;
        Assert.InRange(speed, 7, 16);
        Assert.True(track.PoseOf(release + 2, o).Position.Y > track.PoseOf(release, o).Position.Y, "it goes up out of the hand, not down");
        AssertLandsWithABounce(track, world, o, release);
    }

    [Fact]
    public void A_ball_picked_up_then_thrown_is_taken_first_and_thrown_from_the_chest()
    {
        var world = Compose(6, ("pick up", null), ("throw", null));
        var track = Simulator.Simulate(world);
        var (p, o) = (world.IndexOf("p1"), world.IndexOf("o1"));
        var grasp = (int)Math.Ceiling(PickUp.Grasp * track.Fps);
        var release = (int)Math.Ceiling((PickUp.Done + Throw.ReleaseAfter(default)) * track.Fps - 1e-6);
        var rest = track.PoseOf(0, o).Position;
        Assert.True(Vector3.Distance(track.PoseOf(grasp - 1, o).Position, rest) < 0.02f, "it waits on the ground until taken");
        Assert.True(Vector3.Distance(Hand(track, world, grasp + 6, p), track.PoseOf(grasp + 6, o).Position) < 0.2f, "then it is in the hand");
        Assert.True(Vector3.Distance(Hand(track, world, release, p), track.PoseOf(release, o).Position) < 0.2f, "still in the hand at the release");
        var thrower = track.PoseOf(release, p).Position;
        Assert.True(Across(track.PoseOf(release + track.Fps, o).Position, thrower) > 2, "thrown: 1 s later it is more than 2 m away");
        AssertLandsWithABounce(track, world, o, release);
        Assert.Single(track.Events, e => e.Kind == EventKinds.Contact && e.A == "p1" && e.B == "o1"); // the grasp
    }

    [Fact]
    public void A_ball_thrown_to_a_dog_lands_near_the_dog()
    {
        var world = Compose(4, "sports ball", "dog", ("throw", null));
        var track = Simulator.Simulate(world);
        var (p, o, d) = (world.IndexOf("p1"), world.IndexOf("o1"), world.IndexOf("d1"));
        var release = (int)Math.Ceiling(Throw.ReleaseAfter(default) * track.Fps - 1e-6);
        var landing = AssertLandsWithABounce(track, world, o, release);
        var dog = track.PoseOf((int)Math.Round(landing.Time * track.Fps), d).Position;
        var start = track.PoseOf(release, p).Position;
        output.WriteLine($"dog {Across(dog, start):F2} m from the thrower; the ball lands {Across(landing.Position, dog):F2} m from the dog");
        Assert.True(Across(landing.Position, dog) < 0.35f * Across(dog, start) + 0.5f, "aimed at the dog");
    }

    [Fact]
    public void A_ball_kicked_lies_still_until_the_foot_meets_it_then_flies()
    {
        var world = Compose(3, ("kick", null));
        var track = Simulator.Simulate(world);
        var (p, o) = (world.IndexOf("p1"), world.IndexOf("o1"));
        var contact = (int)Math.Ceiling(Kick.ContactAfter * track.Fps - 1e-6);
        var rest = track.PoseOf(0, o).Position;
        Assert.True(Vector3.Distance(track.PoseOf(contact, o).Position, rest) < 0.02f, "it lies still until kicked");
        var rig = world.Entities[p].Model.Rig!;
        var foot = TestRigs.WorldPoint(track, world, contact, p, rig.IndexOf(JointNames.FootR));
        var gap = Vector3.Distance(foot, rest);
        output.WriteLine($"at the kick the right ankle is {gap:F2} m from the ball's centre ({foot} vs {rest})");
        Assert.True(gap < world.Entities[o].Shape.BoundingRadius + 0.25f, $"the foot is {gap:F2} m from the ball when it flies off");
        var kick = Assert.Single(track.Events, e => e.Kind == EventKinds.Contact && e.A == "p1" && e.B == "o1");
        Assert.InRange(kick.Time, Kick.ContactAfter - 0.05, Kick.ContactAfter + 0.05);
        Assert.True(Across(track.PoseOf(contact + track.Fps, o).Position, rest) > 2, "1 s after the kick it is more than 2 m away");
        AssertLandsWithABounce(track, world, o, contact);
    }
}
