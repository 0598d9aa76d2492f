using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets.Kinds;
using Kinora.Motion.Behaviours;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// Flocks and schools move as one: members keep apart, head the same way, and the group's centre follows a curve
/// (before, the V flew rigidly straight); no member leaves its air band or its water; fish in a tank turn at the glass.
/// </summary>
public sealed class FlockTests(ITestOutputHelper output)
{
    private static World Compose(string kind, int count, string verb, double seconds, string? tank = null, int fps = 12) => Composer.Compose(new ScenePlan
    {
        Seed = 11,
        Format = new VideoFormat { Width = 640, Height = 360, Fps = fps, Seconds = seconds },
        Cast = tank is null
            ? [new CastMember { Id = "a1", Kind = kind, Count = count }]
            : [new CastMember { Id = "a1", Kind = kind, Count = count }, new CastMember { Id = "tank1", Kind = tank }],
        Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "a1", Verb = verb }] }],
    });

    private static float Yaw(Vector3 v) => MathF.Atan2(-v.Z, v.X);

    private static float Wrap(float a) => MathF.IEEERemainder(a, MathF.Tau);

    [Fact]
    public void Birds_over_a_forest_fly_above_the_crowns()
    {
        var plan = Compose("bird", 5, "fly", 3).Plan;
        var world = Composer.Compose(plan with { World = plan.World with { Setting = "forest" } });
        var canopy = Canopy.TopNear(world, Vector3.Zero, 40);
        output.WriteLine($"crowns up to {canopy:F1} m");
        Assert.True(canopy > 5, "a forest has trees taller than the birds' usual 2.5–4 m");
        var track = Simulator.Simulate(world);
        var birds = Enumerable.Range(0, world.Entities.Count).Where(i => world.Entities[i].CastId == "a1").ToArray();
        for (var f = 0; f < track.FrameCount; f++)
            foreach (var b in birds)
            {
                var at = track.PoseOf(f, b).Position;
                // The crowns within 15 m of it (in a forest, there always are some, 5 m and up): it flies over them.
                Assert.True(at.Y > 0.9f * Canopy.TopNear(world, at, 15), $"frame {f}: a bird at {at} is among the trees");
            }
    }

    [Fact]
    public void A_flock_of_birds_turns_together_keeps_apart_and_keeps_its_heights()
    {
        var world = Compose("bird", 7, "fly", 8);
        var track = Simulator.Simulate(world);
        var birds = Enumerable.Range(0, world.Entities.Count).Where(i => world.Entities[i].CastId == "a1").ToArray();
        var length = FlockForming.BodyLength(world.Entities[birds[0]]);
        var front = Vector3.UnitX;
        var centres = new Vector3[track.FrameCount];
        var worstSpread = 0f;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var ps = birds.Select(b => track.PoseOf(f, b).Position).ToArray();
            centres[f] = ps.Aggregate(Vector3.Zero, (a, p) => a + p) / ps.Length;
            for (var i = 0; i < ps.Length; i++)
                for (var j = i + 1; j < ps.Length; j++)
                    Assert.True(Vector3.Distance(ps[i], ps[j]) >= length * 1.4f, $"frame {f}: birds {i} and {j} are {Vector3.Distance(ps[i], ps[j]):F2} m apart");
            Assert.All(ps, p => Assert.InRange(p.Y, 2f, 5f)); // cruising heights (2.5–4 m) give or take
            if (f < track.FrameCount / 4) continue; // after the first turn settles, headings agree
            var headings = birds.Select(b => Yaw(Vector3.Transform(front, track.PoseOf(f, b).Rotation))).ToArray();
            var mean = MathF.Atan2(headings.Sum(MathF.Sin), headings.Sum(MathF.Cos));
            worstSpread = MathF.Max(worstSpread, headings.Max(h => MathF.Abs(Wrap(h - mean))));
        }
        output.WriteLine($"worst heading spread {worstSpread * 180 / MathF.PI:F0}°");
        Assert.True(worstSpread < 35 * MathF.PI / 180, $"headings spread {worstSpread * 180 / MathF.PI:F0}° from the flock's");
        // The centre curves: its direction of travel turns, and it strays from the straight chord between its ends.
        var first = Yaw(centres[12] - centres[0]);
        var turned = Enumerable.Range(24, track.FrameCount - 24).Max(f => MathF.Abs(Wrap(Yaw(centres[f] - centres[f - 12]) - first))) * 180 / MathF.PI;
        var chord = Vector3.Normalize((centres[^1] - centres[0]) with { Y = 0 });
        var off = centres.Max(c => Vector3.Cross(chord, (c - centres[0]) with { Y = 0 }).Length());
        output.WriteLine($"turned {turned:F0}°, strayed {off:F2} m from the chord");
        Assert.True(turned > 20, $"the flock's course swung only {turned:F0}° from its first");
        Assert.True(off > 1, $"the flock's centre strayed only {off:F2} m from a straight line");
        // It still goes somewhere: the flock covers ground at about its pace.
        Assert.True(Vector3.Distance(centres[0], centres[^1]) > 15);
    }

    [Fact]
    public void Fish_in_a_tank_stay_in_the_water_and_turn_at_the_glass()
    {
        var world = Compose("fish", 4, "swim", 12, tank: "aquarium");
        var track = Simulator.Simulate(world);
        var water = world.Entities.Single(e => e.Shape is LiquidShape);
        var half = ((LiquidShape)water.Shape).HalfExtents;
        var fish = Enumerable.Range(0, world.Entities.Count).Where(i => world.Entities[i].CastId == "a1").ToArray();
        var body = world.Entities[fish[0]];
        var reach = FlockForming.BodyLength(body) / 2;
        var reversals = 0;
        var lastSign = 0;
        for (var f = 0; f < track.FrameCount; f++)
        {
            foreach (var i in fish)
            {
                var d = Vector3.Abs(track.PoseOf(f, i).Position - water.Position);
                Assert.True(d.X + reach <= half.X + 1e-3f && d.Z + reach <= half.Z + 1e-3f && d.Y + body.Shape.HalfHeight <= half.Y + 1e-3f,
                    $"frame {f}: fish {i} pokes out of the water ({d} of {half})");
            }
            var heading = Vector3.Transform(Vector3.UnitX, track.PoseOf(f, fish[0]).Rotation);
            var sign = Math.Sign(heading.X);
            if (sign != 0 && lastSign != 0 && sign != lastSign) reversals++;
            if (sign != 0) lastSign = sign;
        }
        output.WriteLine($"the leader turned back {reversals} times in 12 s");
        Assert.True(reversals >= 1, "the leading fish never turned back from the glass");
    }

    [Fact]
    public void A_swimming_fish_sends_a_wave_down_its_body()
    {
        var world = Compose("fish", 1, "swim", 3, fps: 48); // a 3 Hz tail beat needs more than 12 frames a second to see
        var track = Simulator.Simulate(world);
        var i = world.IndexOf("a1");
        var rig = world.Entities[i].Model.Rig!;
        var chain = Enumerable.Range(0, FishRig.Count).Select(k => rig.IndexOf(FishRig.Segment(k))).ToArray();
        // Each joint's sideways swing over time; the wave travels tail-wards when each joint peaks after the one before.
        float Swing(int f, int joint) { var q = track.JointsAt(f, i)[joint]; return 2 * MathF.Atan2(q.Y, q.W); }
        int[] Peaks(int j) => [.. Enumerable.Range(1, track.FrameCount - 2).Where(f => Swing(f, j) > Swing(f - 1, j) && Swing(f, j) >= Swing(f + 1, j))];
        var amplitudes = chain.Select(j => Enumerable.Range(0, track.FrameCount).Max(f => MathF.Abs(Swing(f, j)))).ToArray();
        output.WriteLine($"amplitudes {string.Join(", ", amplitudes.Select(a => a.ToString("F2")))}");
        Assert.True(amplitudes.All(a => a > 0.03f), "a spine joint does not swing");
        Assert.True(amplitudes[^1] > amplitudes[0], "the tail swings no wider than the front of the body");
        // Tail-wards: each joint's swing peaks a little after the joint ahead of it (nearer its last peak than its next).
        for (var k = 1; k < chain.Length; k++)
        {
            var (ahead, here) = (Peaks(chain[k - 1]), Peaks(chain[k]));
            foreach (var p in here.Where(p => p > ahead[0] && p < ahead[^1]))
            {
                var (before, after) = (ahead.Last(a => a <= p), ahead.First(a => a > p));
                output.WriteLine($"joint {k} peaks at {p}: {p - before} frames after joint {k - 1}, {after - p} before its next");
                Assert.True(p - before < after - p, $"joint {k}'s swing at frame {p} leads joint {k - 1}'s: the wave runs head-wards");
            }
        }
        // And the fish itself stays in open water, over the sea floor.
        Assert.All(Enumerable.Range(0, track.FrameCount), f => Assert.True(track.PoseOf(f, i).Position.Y > 0.3f));
    }

    [Fact]
    public void Flocking_is_deterministic_and_advance_allocates_nothing()
    {
        var world = Compose("bird", 5, "fly", 2);
        Assert.Equal(Simulator.Simulate(world).PoseOf(23, 2), Simulator.Simulate(world).PoseOf(23, 2));
        var flock = new Flock([0, 1, 2], [Vector3.Zero, new(-1, 0, 1), new(-1, 0, -1)], 2, 0.5f, FlockVolume.Band(-1, 1), 0, 10, 42);
        flock.Advance(0.1, 0.1, true);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var f = 2; f < 100; f++) flock.Advance(f * 0.1, 0.1, true);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
