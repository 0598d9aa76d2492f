using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// A camera following a runner is planned from the whole run, so it keeps pace instead of trailing: the framing
/// need not widen by the lag, and a running dog fills a useful share of the frame (trailing by 1.8 m, it was a speck).
/// </summary>
public sealed class FollowFramingTests(ITestOutputHelper output)
{
    [Fact]
    public void A_running_dog_stays_large_in_a_following_frame()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 24, Seconds = 4 },
            World = new WorldSpec { Setting = "studio" },
            Cast = [new CastMember { Id = "dog1", Kind = "dog" }],
            Shots = [new ShotSpec { Seconds = 4, Actions = [new ActionSpec { Actor = "dog1", Verb = "run" }] }],
        });
        var track = Simulator.Simulate(world);
        var body = world.IndexOf("dog1");
        var corners = Camera.ModelBox.LocalCorners(world.Entities[body]);
        var smallest = float.MaxValue;
        for (var f = 0; f < track.FrameCount; f += 12)
        {
            var pose = track.PoseOf(f, body);
            var ps = corners.Select(c => CameraRigTests.Project(track.CameraAt(f), pose.Position + Vector3.Transform(c, pose.Rotation), 1280f / 720)).ToList();
            Assert.All(ps, p => Assert.True(MathF.Abs(p.X) <= 1 && MathF.Abs(p.Y) <= 1, $"frame {f}: a corner at {p} is out of frame"));
            smallest = MathF.Min(smallest, ps.Max(p => p.X) - ps.Min(p => p.X));
        }
        output.WriteLine($"smallest width share {smallest / 2:F2}");
        Assert.True(smallest / 2 > 0.25f, $"the dog spans only {smallest / 2:P0} of the frame's width");
    }
}
