using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;

namespace Kinora.Motion.Tests.Animation;

/// <summary>Gestures do what their verbs say, on the stand-in rig; verbs map to generators; motion is deterministic
/// and its per-frame loop allocates nothing.</summary>
public sealed class ActionTests
{
    private const int Head = 3, ForearmR = 8, FootL = 11;

    [Fact]
    public void A_wave_raises_the_right_hand_above_the_head()
    {
        var world = TestRigs.World("person", "wave", seconds: 3);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        var rig = world.Entities[a].Model.Rig!;
        var hand = rig.Joints[ForearmR].Pivot + new Vector3(0, -0.28f, 0); // the wrist, a forearm below the elbow
        var f = 48;
        var wrist = TestRigs.WorldPoint(track, world, f, a, ForearmR, hand);
        var head = TestRigs.WorldPoint(track, world, f, a, Head);
        Assert.True(wrist.Y > head.Y, $"wrist at {wrist.Y:F2} m, head at {head.Y:F2} m");
        // …and it rocks: the wrist moves between frames a quarter-second apart.
        Assert.True(Vector3.Distance(wrist, TestRigs.WorldPoint(track, world, f + 6, a, ForearmR, hand)) > 0.05f);
    }

    [Fact]
    public void A_jump_leaves_the_ground_and_lands_with_the_feet_down()
    {
        var world = TestRigs.World("person", "jump", seconds: 3, speed: 0.01);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        var feet = Enumerable.Range(0, track.FrameCount).Select(f => TestRigs.WorldPoint(track, world, f, a, FootL).Y).ToArray();
        Assert.True(feet.Max() > 0.09f + 0.25f, $"the feet rose {feet.Max() - 0.09f:F2} m");
        Assert.True(feet.Min() > 0.09f - 0.01f, "the feet never go into the ground");
        Assert.True(feet.Count(y => y < 0.1f) > track.FrameCount / 3, "and spend most of the time on it");
    }

    [Theory]
    [InlineData("clap", null, ActionKind.Clap)]
    [InlineData("wave", null, ActionKind.Wave)]
    [InlineData("play", "flute", ActionKind.Instrument)]
    [InlineData("play", "piano", ActionKind.Instrument)]
    [InlineData("strum", "guitar", ActionKind.Instrument)]
    [InlineData("shoot", null, ActionKind.Kick)]
    [InlineData("shoot", "sports ball", ActionKind.Throw)]
    [InlineData("throw", "frisbee", ActionKind.Throw)]
    [InlineData("eat", "watermelon", ActionKind.HandWork)]
    [InlineData("knit", null, ActionKind.HandWork)]
    [InlineData("dance", null, ActionKind.Dance)]
    [InlineData("tai chi", null, ActionKind.Dance)]
    [InlineData("stretch", "leg", ActionKind.Stretch)]
    [InlineData("squat", null, ActionKind.Squat)]
    [InlineData("dig", null, ActionKind.Reach)]
    [InlineData("shake", "head", ActionKind.HeadShake)]
    [InlineData("push", "cart", ActionKind.Point)]
    [InlineData("drive", "car", ActionKind.HandWork)]
    [InlineData("kayak", null, ActionKind.HandWork)]
    [InlineData("rest", null, ActionKind.Sit)]
    [InlineData("fly", "kite", ActionKind.Point)]
    [InlineData("teleport", null, ActionKind.None)]
    public void Verbs_map_to_generators(string verb, string? obj, ActionKind kind) => Assert.Equal(kind, ActionVerbs.For(verb, obj).Kind);

    [Fact]
    public void A_rider_moves_without_walking()
    {
        var world = TestRigs.World("person", "ride", seconds: 2);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        Assert.True(track.PoseOf(track.FrameCount - 1, a).Position.X - track.PoseOf(0, a).Position.X > 5, "carried along at riding pace");
        Assert.DoesNotContain(track.Events, e => e.Kind == EventKinds.Footfall && e.A == "a1");
        var thigh = track.JointsAt(40, a)[9];
        Assert.True(thigh.W > 0.995f, "the legs do not stride");
    }

    [Fact]
    public void A_body_sits_on_what_it_stands_on_and_stands_on_the_floor()
    {
        var world = TestRigs.World("person", "sit", seconds: 2);
        var a = world.IndexOf("a1");
        var skeleton = BodyMotion.SkeletonOf(world.Entities[a])!;
        var motion = new BodyMotion(world, a, skeleton, []);
        var rotations = new Quaternion[skeleton.Count];
        static float Degrees(Quaternion q) => 2 * MathF.Acos(Math.Clamp(MathF.Abs(q.W), 0, 1)) * 180 / MathF.PI;
        // On a 0.45 m bench: the hips come down onto it (the body sinks by about their height), the thighs go level.
        var drop = motion.Frame(1, 1.0 / 24, 0, 0.45f, rotations, null);
        Assert.InRange(drop, -0.92f, -0.8f);
        Assert.InRange(Degrees(rotations[9]), 70, 110);
        Assert.InRange(Degrees(rotations[12]), 70, 110);
        // On the floor there is nothing to sit on: it stands.
        drop = motion.Frame(1, 1.0 / 24, 0, 0, rotations, null);
        Assert.True(drop > -0.05f);
        Assert.True(Degrees(rotations[9]) < 10);
    }

    [Fact]
    public void Motion_is_deterministic()
    {
        var world = TestRigs.World("person", "walk", seconds: 2);
        MouthCue[] cues = [new("a1", 0.5, 1.2, 0.8f)];
        var one = Simulator.Simulate(world, null, cues);
        var two = Simulator.Simulate(world, null, cues);
        var a = world.IndexOf("a1");
        for (var f = 0; f < one.FrameCount; f++)
        {
            Assert.Equal(one.PoseOf(f, a), two.PoseOf(f, a));
            Assert.True(one.JointsAt(f, a).SequenceEqual(two.JointsAt(f, a)));
        }
    }

    [Theory]
    [InlineData("walk")]
    [InlineData("dance")]
    [InlineData("throw")]
    public void The_per_frame_loop_allocates_nothing(string verb)
    {
        var world = TestRigs.World("person", verb, seconds: 2);
        var a = world.IndexOf("a1");
        var skeleton = BodyMotion.SkeletonOf(world.Entities[a])!;
        var motion = new BodyMotion(world, a, skeleton, [new MouthCue("a1", 0.2, 1.5, 0.7f)]);
        var rotations = new Quaternion[skeleton.Count];
        motion.Frame(0, 1.0 / 24, 0.06f, 0, rotations, null); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var f = 1; f < 200; f++) motion.Frame(f / 24.0, 1.0 / 24, 0.06f, 0, rotations, null);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_flying_bird_is_in_the_air_beating_spread_wings()
    {
        var world = TestRigs.World("bird", "fly", seconds: 2, fps: 60);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        Assert.True(track.PoseOf(60, a).Position.Y > 2.4f, $"the bird flies at {track.PoseOf(60, a).Position.Y:F1} m");
        // A point at the folded wing's tip (behind the shoulder) swings out sideways and up and down.
        var rig = world.Entities[a].Model.Rig!;
        var tip = rig.Joints[2].Pivot + new Vector3(-0.1f, 0, 0);
        var side = Enumerable.Range(0, track.FrameCount).Select(f => TestRigs.WorldPoint(track, world, f, a, 2, tip) - track.PoseOf(f, a).Position).ToArray();
        Assert.True(side.Average(p => MathF.Abs(p.Z)) > 0.07f, "the wing is spread out to the side");
        var heights = side.Select(p => p.Y).ToArray();
        Assert.True(heights.Max() - heights.Min() > 0.06f, $"the wing beats {heights.Max() - heights.Min():F3} m up and down");
    }
}
