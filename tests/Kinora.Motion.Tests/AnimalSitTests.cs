using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// Four-legged animals sit (Animation.AnimalSit): a panda drinking at a café sits up like a person, the cup in its
/// forepaws going to its mouth and back (Behaviours.PawHolding); a dog told to sit sits on its haunches.
/// </summary>
public sealed class AnimalSitTests(ITestOutputHelper output)
{
    private static World Compose(string kind, string verb, string? obj, string setting, double seconds = 4) => Composer.Compose(new ScenePlan
    {
        Format = new VideoFormat { Width = 640, Height = 360, Fps = 8, Seconds = seconds },
        World = new WorldSpec { Setting = setting },
        Cast = obj is null ? [new() { Id = "a1", Kind = kind }] : [new() { Id = "a1", Kind = kind }, new() { Id = "o1", Kind = obj }],
        Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "a1", Verb = verb, Object = obj is null ? null : "o1" }] }],
    });

    private static Vector3 Joint(Track track, World world, int f, int body, string name)
    {
        var rig = world.Entities[body].Model.Rig!;
        return Animation.TestRigs.WorldPoint(track, world, f, body, rig.IndexOf(name));
    }

    [Fact]
    public void A_panda_drinking_in_a_cafe_sits_up_on_a_chair_with_its_hips_below_its_shoulders()
    {
        var world = Compose("panda", "drink", "cup", "cafe");
        var track = Simulator.Simulate(world);
        var p = world.IndexOf("a1");
        // At a café it sits on a chair at the table (the layout stands it on the seat).
        var seat = world.Entities[p].Position.Y - world.Entities[p].Shape.HalfHeight;
        Assert.True(seat > 0.3f, $"the panda's seat is {seat:F2} m up");
        for (var f = 0; f < track.FrameCount; f += 4)
        {
            var hips = (Joint(track, world, f, p, JointNames.ThighBL) + Joint(track, world, f, p, JointNames.ThighBR)) / 2;
            var shoulders = (Joint(track, world, f, p, JointNames.ThighFL) + Joint(track, world, f, p, JointNames.ThighFR)) / 2;
            var head = Joint(track, world, f, p, JointNames.Head);
            output.WriteLine($"frame {f}: hips {hips.Y:F2} shoulders {shoulders.Y:F2} head {head.Y:F2}");
            Assert.True(hips.Y - seat < 0.4f, $"frame {f}: the hips are {hips.Y - seat:F2} m above the seat, not down on it");
            // Upright: the shoulders well above the hips, over them rather than ahead of them.
            Assert.True(shoulders.Y - hips.Y > 0.45f, $"frame {f}: shoulders only {shoulders.Y - hips.Y:F2} m above the hips");
            Assert.True(head.Y > shoulders.Y, $"frame {f}: the head is below the shoulders");
        }
    }

    [Fact]
    public void The_cup_rides_in_the_pandas_paws_and_goes_to_its_mouth_and_back()
    {
        var world = Compose("panda", "drink", "cup", "cafe", seconds: 6);
        var track = Simulator.Simulate(world);
        var (p, c) = (world.IndexOf("a1"), world.IndexOf("o1"));
        var s = BodyMotion.SkeletonOf(world.Entities[p])!;
        var mouth = new List<float>();
        for (var f = 0; f < track.FrameCount; f++)
        {
            var cup = track.PoseOf(f, c).Position;
            var paws = (Paw(track, world, f, p, s, 0) + Paw(track, world, f, p, s, 1)) / 2;
            Assert.True(Vector3.Distance(cup, paws) < 0.05f, $"frame {f}: the cup is {Vector3.Distance(cup, paws):F2} m from the paws");
            var lips = Animation.TestRigs.WorldPoint(track, world, f, p, s.Head, AnimalSit.MouthOf(world.Entities[p].Model, s));
            mouth.Add(Vector3.Distance(cup, lips));
        }
        output.WriteLine(string.Join(" ", mouth.Select(d => d.ToString("F2"))));
        // Sips: at the lips, away at the chest, at the lips again.
        var near = mouth.Select((d, f) => (d, f)).Where(x => x.d < 0.1f).Select(x => x.f).ToArray();
        Assert.NotEmpty(near);
        Assert.Contains(mouth, d => d > 0.2f);
        Assert.Contains(near, f => f > near[0] + track.Fps && mouth.Skip(near[0]).Take(f - near[0]).Any(d => d > 0.2f));
    }

    [Fact]
    public void A_dog_told_to_sit_sits_on_its_haunches_with_its_forelegs_straight_to_the_ground()
    {
        var world = Compose("dog", "sit", null, "park");
        var track = Simulator.Simulate(world);
        var d = world.IndexOf("a1");
        var s = BodyMotion.SkeletonOf(world.Entities[d])!;
        var f = track.FrameCount / 2;
        var hips = Joint(track, world, f, d, JointNames.ThighBL);
        var shoulders = Joint(track, world, f, d, JointNames.ThighFL);
        var paw = Paw(track, world, f, d, s, 0);
        output.WriteLine($"hips {hips.Y:F2} shoulders {shoulders.Y:F2} fore paw {paw.Y:F2}");
        Assert.True(shoulders.Y - hips.Y > 0.08f, $"the shoulders are only {shoulders.Y - hips.Y:F2} m above the hips");
        Assert.True(MathF.Abs(paw.Y) < 0.05f, $"the fore paw is {paw.Y:F2} m off the ground");
        // Sitting does not walk: the body stays where it was put.
        Assert.True(Vector3.Distance(track.PoseOf(0, d).Position with { Y = 0 }, track.PoseOf(track.FrameCount - 1, d).Position with { Y = 0 }) < 0.05f);
    }

    /// <summary>World position of a fore leg's tip (the paw) at a frame.</summary>
    private static Vector3 Paw(Track track, World world, int f, int body, Skeleton s, int leg)
    {
        var l = s.Legs[leg];
        var side = Vector3.Dot(s.PivotOf(l.Shin), s.Left);
        var tip = s.Forward * l.Tip.X + Vector3.UnitY * l.Tip.Y + s.Left * side;
        return Animation.TestRigs.WorldPoint(track, world, f, body, l.Shin, tip);
    }
}
