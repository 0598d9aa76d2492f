using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests.Animation;

/// <summary>"Drinks coffee": the cup is in the right hand from the start and goes to the mouth and back, sip after
/// sip, tilting a little, not turning over (Behaviours.Holding's sips, HandWork's face variant).</summary>
public sealed class DrinkTests(ITestOutputHelper output)
{
    [Fact]
    public void A_cup_drunk_from_is_in_the_hand_and_goes_to_the_mouth_and_back_in_sips()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 12, Seconds = 6 },
            Cast = [new() { Id = "p1", Kind = "person" }, new() { Id = "c1", Kind = "cup" }],
            Shots = [new ShotSpec { Seconds = 6, Actions = [new ActionSpec { Actor = "p1", Verb = "drink", Object = "c1" }] }],
        });
        var track = Simulator.Simulate(world);
        var (p, c) = (world.IndexOf("p1"), world.IndexOf("c1"));
        output.WriteLine($"cup radius {world.Entities[c].Shape.BoundingRadius:F2} static {world.Entities[c].IsStatic} kind {world.Entities[c].Kind}");
        var rig = world.Entities[p].Model.Rig!;
        var arm = Arm.Right(BodyMotion.SkeletonOf(world.Entities[p])!, world.Entities[p].Model)!;
        var mouth = new List<float>();
        var upright = Vector3.Transform(Vector3.UnitY, track.PoseOf(0, c).Rotation);
        for (var f = 0; f < track.FrameCount; f++)
        {
            var cup = track.PoseOf(f, c);
            var hand = TestRigs.WorldPoint(track, world, f, p, rig.IndexOf(JointNames.ForearmR), arm.Grip);
            Assert.True(Vector3.Distance(hand, cup.Position) < 0.15f, $"frame {f}: the cup is {Vector3.Distance(hand, cup.Position):F2} m from the hand");
            var tilt = MathF.Acos(Math.Clamp(Vector3.Dot(Vector3.Transform(Vector3.UnitY, cup.Rotation), upright), -1, 1));
            Assert.True(tilt < 1.0f, $"frame {f}: the cup tips {tilt:F2} rad");
            mouth.Add(Vector3.Distance(cup.Position, TestRigs.WorldPoint(track, world, f, p, rig.IndexOf(JointNames.Head))));
        }
        output.WriteLine(string.Join(" ", mouth.Select(d => d.ToString("F2"))));
        // Sips: near the head, then away, then near again.
        var near = mouth.Select((d, f) => (d, f)).Where(x => x.d < 0.3f).Select(x => x.f).ToArray();
        Assert.NotEmpty(near);
        Assert.Contains(mouth, d => d > 0.45f);
        Assert.Contains(near, f => f > near[0] + track.Fps && mouth.Skip(near[0]).Take(f - near[0]).Any(d => d > 0.45f));
    }
}
