using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// "A man rides a horse": the horse travels and the man goes with it, seated on its back — before, the man glided
/// along on his own feet and the horse stood by.
/// </summary>
public sealed class RidingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("horse")]
    [InlineData("bicycle")]
    public void The_rider_sits_on_the_mount_and_travels_with_it(string mountKind)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 12, Seconds = 3 },
            Cast = [new CastMember { Id = "man1", Kind = "person" }, new CastMember { Id = "mount1", Kind = mountKind }],
            Shots = [new ShotSpec { Seconds = 3, Actions = [new ActionSpec { Actor = "man1", Verb = "ride", Object = "mount1" }] }],
        });
        var track = Simulator.Simulate(world);
        var (man, mount) = (world.IndexOf("man1"), world.IndexOf("mount1"));
        var mountBody = world.Entities[mount];
        var last = track.FrameCount - 1;
        var travelled = track.PoseOf(last, mount).Position.X - track.PoseOf(0, mount).Position.X;
        output.WriteLine($"{mountKind}: travelled {travelled:F2} m; height {2 * mountBody.Shape.HalfHeight:F2} m");
        Assert.True(travelled > 5, $"the {mountKind} travelled only {travelled:F2} m");
        var pelvis = world.Entities[man].Model.Rig!.Joints.First(j => j.Name == JointNames.Pelvis).Pivot.Y;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var (p, m) = (track.PoseOf(f, man).Position, track.PoseOf(f, mount).Position);
            Assert.True(new Vector2(p.X - m.X, p.Z - m.Z).Length() < 0.3f * mountBody.Shape.BoundingRadius, $"frame {f}: the rider is {p - m} from the {mountKind}");
            // The hips (the pose carries the seated sink) sit on the mount, between half its height and its top.
            var (bottom, height) = (m.Y - mountBody.Shape.HalfHeight, 2 * mountBody.Shape.HalfHeight);
            var hips = (p.Y + pelvis - bottom) / height;
            Assert.True(hips is > 0.45f and < 1.05f, $"frame {f}: the rider's hips are at {hips:P0} of the {mountKind}'s height");
        }
        // Seated: the thighs are turned forward, not standing straight (astride a tall horse the legs hang, ~25°).
        var thigh = world.Entities[man].Model.Rig!.Joints.ToList().FindIndex(j => j.Name == JointNames.ThighL);
        var q = track.JointsAt(last / 2, man)[thigh];
        var bend = 2 * MathF.Acos(Math.Clamp(MathF.Abs(q.W), 0, 1)) * 180 / MathF.PI;
        output.WriteLine($"left thigh turned {bend:F0} degrees");
        Assert.True(bend > 18, $"the rider's thigh is turned only {bend:F0} degrees: not seated");
        Assert.DoesNotContain(track.Events, e => e.Kind == EventKinds.Contact && (e.A, e.B) is ("man1", "mount1") or ("mount1", "man1"));
    }
}
