using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets.Kinds;
using Kinora.Motion.Animation;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests.Animation;

/// <summary>
/// People hold things (Behaviours.Holding): a played guitar is worn across the body and moves with it, a pianist sits
/// on the bench at the keys, a thing picked up is reached at its real place and then carried in the hand, and riders
/// put their feet in stirrups or on pedals. Real library models (the person's rig and hands), not stand-ins.
/// </summary>
public sealed class HoldingTests(ITestOutputHelper output)
{
    private static World Compose(string verb, string thing, double seconds = 3, int fps = 12, string? under = null)
    {
        var cast = new List<CastMember> { new() { Id = "p1", Kind = "person" }, new() { Id = "o1", Kind = thing } };
        var relations = new List<RelationSpec>();
        if (under is not null)
        {
            cast.Add(new CastMember { Id = "t1", Kind = under });
            relations.Add(new RelationSpec { Subject = "o1", Relation = "on", Object = "t1" });
        }
        return Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = fps, Seconds = seconds },
            Cast = cast,
            Relations = relations,
            Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "p1", Verb = verb, Object = "o1" }] }],
        });
    }

    private static Vector3 Joint(Track track, World world, int frame, int body, string joint, Vector3? point = null)
    {
        var rig = world.Entities[body].Model.Rig!;
        return TestRigs.WorldPoint(track, world, frame, body, rig.IndexOf(joint), point);
    }

    [Fact]
    public void A_guitar_played_is_worn_across_the_body_and_moves_with_it()
    {
        var world = Compose("play", "guitar");
        var track = Simulator.Simulate(world);
        var (p, g) = (world.IndexOf("p1"), world.IndexOf("o1"));
        var rig = world.Entities[p].Model.Rig!;
        var spine = rig.IndexOf(JointNames.Spine);
        var palette = new Matrix4x4[rig.Joints.Count];
        Vector3? firstOffset = null;
        for (var f = 0; f < track.FrameCount; f += 3)
        {
            var guitar = track.PoseOf(f, g).Position;
            var waist = Joint(track, world, f, p, JointNames.Spine);
            Assert.True(Vector3.Distance(guitar, waist) < 0.45f, $"frame {f}: the guitar is {Vector3.Distance(guitar, waist):F2} m from the waist");
            Assert.True(guitar.Y > 0.7f, $"frame {f}: the guitar is {guitar.Y:F2} m up, not on the floor");
            // Rigid on the torso: in the spine joint's own frame it does not move.
            rig.Palette(track.JointsAt(f, p), palette);
            var body = track.PoseOf(f, p);
            Matrix4x4.Invert(palette[spine] * Matrix4x4.CreateFromQuaternion(body.Rotation) * Matrix4x4.CreateTranslation(body.Position), out var toSpine);
            var local = Vector3.Transform(guitar, toSpine);
            firstOffset ??= local;
            Assert.True(Vector3.Distance(local, firstOffset.Value) < 0.01f, $"frame {f}: it slid {Vector3.Distance(local, firstOffset.Value):F3} m on the body");
        }
        Assert.DoesNotContain(track.Events, e => e.A == "o1" || e.B == "o1"); // worn: no knocks on the floor
    }

    [Fact]
    public void A_pianist_sits_on_the_bench_facing_the_keys()
    {
        var world = Compose("play", "piano");
        var track = Simulator.Simulate(world);
        var (p, k) = (world.IndexOf("p1"), world.IndexOf("o1"));
        var piano = track.PoseOf(20, k);
        var size = 2 * MathF.Max(((BoxShape)world.Entities[k].Shape).HalfExtents.X, ((BoxShape)world.Entities[k].Shape).HalfExtents.Y);
        var seat = piano.Position + Vector3.Transform(Instruments.ToModel("piano", Piano.Seat, size), piano.Rotation);
        var hips = Joint(track, world, 20, p, JointNames.Pelvis);
        output.WriteLine($"seat {seat}, hips {hips}");
        Assert.True(new Vector2(hips.X - seat.X, hips.Z - seat.Z).Length() < 0.15f, "the hips are over the bench");
        Assert.InRange(hips.Y - seat.Y, 0, 0.2f);
        // Facing the keys: the person's front (+Z in its model) points the way the piano's keys face from the bench (+X).
        var front = Vector3.Transform(Vector3.UnitZ, track.PoseOf(20, p).Rotation);
        var keys = Vector3.Transform(Vector3.UnitX, piano.Rotation);
        Assert.True(Vector3.Dot(front, keys) > 0.95f);
    }

    [Theory]
    [InlineData("cup", "dining table")]
    [InlineData("sports ball", null)]
    public void A_thing_picked_up_is_reached_where_it_is_then_carried_in_the_hand(string thing, string? under)
    {
        var world = Compose("pick up", thing, under: under);
        var track = Simulator.Simulate(world);
        var (p, o) = (world.IndexOf("p1"), world.IndexOf("o1"));
        var grasp = (int)Math.Ceiling(PickUp.Grasp * track.Fps);
        var arm = Arm.Right(BodyMotion.SkeletonOf(world.Entities[p])!, world.Entities[p].Model)!;
        Vector3 Hand(int f) => Joint(track, world, f, p, JointNames.ForearmR, arm.Grip);
        var rest = track.PoseOf(grasp - 1, o).Position;
        var top = rest + new Vector3(0, world.Entities[o].Shape.HalfHeight, 0);
        output.WriteLine($"{thing} at {rest}, hand at the grasp {Hand(grasp)}");
        Assert.True(Vector3.Distance(Hand(grasp), top) < 0.12f, $"the hand closes {Vector3.Distance(Hand(grasp), top):F2} m from the {thing}'s top");
        Assert.True(Vector3.Distance(track.PoseOf(0, o).Position, rest) < 0.02f, "it waits where it was until taken");
        if (under is not null)
        {
            // The holder stands beside the table, not in it.
            var table = world.Entities[world.IndexOf("t1")];
            var half = ((BoxShape)table.Shape).HalfExtents;
            var at = Vector3.Transform(track.PoseOf(grasp, p).Position - table.Position, Quaternion.Inverse(table.Rotation));
            Assert.True(MathF.Abs(at.X) > half.X || MathF.Abs(at.Z) > half.Z, $"the holder stands at {at} inside the table's {half}");
        }
        // Carried: the same distance from the hand every frame after the grasp, and up at the chest by the end.
        var held = Vector3.Distance(Hand(grasp), track.PoseOf(grasp, o).Position);
        for (var f = grasp; f < track.FrameCount; f++)
            Assert.True(MathF.Abs(Vector3.Distance(Hand(f), track.PoseOf(f, o).Position) - held) < 0.01f, $"frame {f}: it slipped in the hand");
        var end = track.PoseOf(track.FrameCount - 1, o).Position;
        Assert.True(end.Y > 1.05f && end.Y > rest.Y + 0.15f, $"it ends {end.Y:F2} m up (rested at {rest.Y:F2} m)");
        var touch = Assert.Single(track.Events, e => e.Kind == EventKinds.Contact && e.A == "p1" && e.B == "o1");
        Assert.InRange(touch.Time, PickUp.Grasp - 0.1, PickUp.Grasp + 0.1);
    }

    [Fact]
    public void A_horse_rider_has_the_feet_in_stirrups_and_a_cyclist_pedals()
    {
        var horse = Compose("ride", "horse", seconds: 2);
        var track = Simulator.Simulate(horse);
        var p = horse.IndexOf("p1");
        // Stirrups at the belly: the feet well off the ground (hanging, they reached it).
        for (var f = 6; f < track.FrameCount; f += 4)
            Assert.True(Joint(track, horse, f, p, JointNames.FootL).Y > 0.35f, $"frame {f}: the left foot hangs at {Joint(track, horse, f, p, JointNames.FootL).Y:F2} m");

        var bicycle = Compose("ride", "bicycle", seconds: 2, fps: 24);
        track = Simulator.Simulate(bicycle);
        p = bicycle.IndexOf("p1");
        var left = Enumerable.Range(6, track.FrameCount - 6).Select(f => Joint(track, bicycle, f, p, JointNames.FootL) - track.PoseOf(f, p).Position).ToArray();
        var right = Enumerable.Range(6, track.FrameCount - 6).Select(f => Joint(track, bicycle, f, p, JointNames.FootR) - track.PoseOf(f, p).Position).ToArray();
        var swing = left.Max(v => v.Y) - left.Min(v => v.Y);
        output.WriteLine($"the left foot goes up and down {swing:F2} m");
        Assert.True(swing > 0.2f, "the feet go round the pedals");
        // Half a turn apart: when one foot is low the other is high.
        var lowest = Array.IndexOf(left, left.MinBy(v => v.Y));
        Assert.True(right[lowest].Y > left[lowest].Y + 0.15f);
    }
}
