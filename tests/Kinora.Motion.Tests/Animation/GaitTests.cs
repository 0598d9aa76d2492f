using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Tests.Animation;

/// <summary>Legs on rigged bodies: feet alternate and hold still while planted, footfalls are landings, quadruped
/// gaits keep their leg phases.</summary>
public sealed class GaitTests
{
    private const int FootL = 11, FootR = 14;

    /// <summary>Runs of consecutive frames (after <paramref name="from"/>) where a point is down on the ground.</summary>
    private static List<(int Start, int End)> Plants(Func<int, Vector3> at, int from, int frames, float groundY)
    {
        var runs = new List<(int, int)>();
        var start = -1;
        for (var f = from; f < frames; f++)
        {
            var down = at(f).Y < groundY + 0.004f;
            if (down && start < 0) start = f;
            if (!down && start >= 0) { runs.Add((start, f - 1)); start = -1; }
        }
        if (start >= 0) runs.Add((start, frames - 1));
        return runs;
    }

    [Theory]
    [InlineData("walk", null)]
    [InlineData("run", null)]
    [InlineData("march", null)]
    public void A_persons_feet_alternate_and_a_planted_foot_holds_still(string verb, double? speed)
    {
        var world = TestRigs.World("person", verb, seconds: 4, fps: 30, speed: speed);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        var ankle = 0.09f; // the test rig's ankle height above the ground
        var from = 15; // past the first half second's start from standing
        var left = Plants(f => TestRigs.WorldPoint(track, world, f, a, FootL), from, track.FrameCount, ankle);
        var right = Plants(f => TestRigs.WorldPoint(track, world, f, a, FootR), from, track.FrameCount, ankle);
        Assert.True(left.Count >= 3 && right.Count >= 3, $"{verb}: {left.Count} left and {right.Count} right plants");
        foreach (var (foot, runs) in new[] { (FootL, left), (FootR, right) })
            foreach (var (s, e) in runs.Where(r => r.End < track.FrameCount - 1))
            {
                var first = TestRigs.WorldPoint(track, world, s, a, foot);
                for (var f = s; f <= e; f++)
                {
                    var p = TestRigs.WorldPoint(track, world, f, a, foot);
                    var slip = new Vector2(p.X - first.X, p.Z - first.Z).Length();
                    Assert.True(slip < 0.02f, $"{verb}: planted foot {foot} slid {slip * 100:F1} cm by frame {f}");
                }
            }
        // Plants alternate left, right, left…
        var order = left.Select(r => (r.Start, Foot: 0)).Concat(right.Select(r => (r.Start, Foot: 1))).OrderBy(x => x.Start).ToList();
        Assert.True(order.Zip(order.Skip(1)).All(p => p.First.Foot != p.Second.Foot), $"{verb}: plants do not alternate");
        // The body moved on meanwhile: this is a walk, not marching on the spot.
        Assert.True(track.PoseOf(track.FrameCount - 1, a).Position.X - track.PoseOf(0, a).Position.X > 3);
    }

    [Fact]
    public void Footfall_events_are_feet_landing()
    {
        var world = TestRigs.World("person", "walk", seconds: 4, fps: 30);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        var plants = Plants(f => TestRigs.WorldPoint(track, world, f, a, FootL), 1, track.FrameCount, 0.09f)
            .Concat(Plants(f => TestRigs.WorldPoint(track, world, f, a, FootR), 1, track.FrameCount, 0.09f))
            .Select(r => r.Start).ToList();
        var steps = track.Events.Where(e => e.Kind == EventKinds.Footfall && e.A == "a1").ToList();
        Assert.InRange(steps.Count, 8, 14); // ~2.3 steps a second at 1.4 m/s, once the walk is under way
        foreach (var step in steps)
        {
            var nearest = plants.Min(p => Math.Abs(track.TimeOf(p) - step.Time));
            Assert.True(nearest <= 1.0 / 30 + 1e-6, $"footfall at {step.Time:F3} s is {nearest * 1000:F0} ms from any foot landing");
            // …where a foot is.
            var f = (int)Math.Round(step.Time * 30);
            var feet = new[] { FootL, FootR }.Min(j => Vector2.Distance(new(step.Position.X, step.Position.Z),
                new(TestRigs.WorldPoint(track, world, f, a, j).X, TestRigs.WorldPoint(track, world, f, a, j).Z)));
            Assert.True(feet < 0.1f, $"footfall {feet:F2} m from the nearest foot");
        }
    }

    /// <summary>Frames at which each of the four legs (FL, FR, BL, BR) lands, after the first second.</summary>
    private static List<int>[] Landings(string verb, double speed)
    {
        var world = TestRigs.World("dog", verb, seconds: 3, fps: 60, speed: speed);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        var rig = world.Entities[a].Model.Rig!;
        var ground = world.Entities[a].Position.Y - world.Entities[a].Shape.HalfHeight;
        var shins = new[] { JointNames.ShinFL, JointNames.ShinFR, JointNames.ShinBL, JointNames.ShinBR }.Select(rig.IndexOf).ToArray();
        return [.. shins.Select(j =>
        {
            var tip = rig.Joints[j].Pivot with { Y = -world.Entities[a].Shape.HalfHeight };
            return Plants(f => TestRigs.WorldPoint(track, world, f, a, j, tip), 60, track.FrameCount, ground).Select(r => r.Start).ToList();
        })];
    }

    [Fact]
    public void A_trot_moves_diagonal_legs_together_and_a_gallop_goes_round_the_body()
    {
        var trot = Landings("trot", 3);
        Assert.All(trot, l => Assert.True(l.Count >= 3));
        // FL with BR and FR with BL land together; FL and FR half a stride apart.
        Assert.All(trot[0], f => Assert.Contains(trot[3], g => Math.Abs(g - f) <= 1));
        Assert.All(trot[1], f => Assert.Contains(trot[2], g => Math.Abs(g - f) <= 1));
        Assert.All(trot[0], f => Assert.DoesNotContain(trot[1], g => Math.Abs(g - f) <= 3));

        var gallop = Landings("gallop", 4);
        // Rotary: after a BL landing come BR, then FR, then FL, before the next BL.
        var bl = gallop[2][0];
        var next = gallop[2].Skip(1).FirstOrDefault(int.MaxValue);
        int After(List<int> leg) => leg.First(f => f > bl);
        int br = After(gallop[3]), fr = After(gallop[1]), fl = After(gallop[0]);
        Assert.True(bl < br && br < fr && fr < fl && fl < next, $"gallop landings BL {bl}, BR {br}, FR {fr}, FL {fl}, BL {next}");
    }
}
