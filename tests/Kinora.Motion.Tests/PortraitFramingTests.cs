using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>A close-up of a person is a portrait: head and shoulders fill the frame and the legs are out of it
/// (before, the whole 1.7 m figure was shrunk into the frame and the face was a few pixels across).</summary>
public sealed class PortraitFramingTests
{
    private static (Track Track, World World) Shoot(string framing)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 1, Seconds = 1 },
            World = new WorldSpec { Setting = "studio" },
            Cast = [new CastMember { Id = "man1", Kind = "person" }],
            Shots = [new ShotSpec { Seconds = 1, Camera = new CameraSpec { Move = "static", Target = "man1", Framing = framing } }],
        });
        return (Simulator.Simulate(world), world);
    }

    private static Vector3 Joint(World world, Track track, string name)
    {
        var body = world.IndexOf("man1");
        var rig = world.Entities[body].Model.Rig!;
        var pose = track.PoseOf(0, body);
        return pose.Position + Vector3.Transform(rig.Joints[rig.IndexOf(name)].Pivot, pose.Rotation);
    }

    [Fact]
    public void A_close_up_frames_the_head_and_shoulders()
    {
        var (track, world) = Shoot("close-up");
        var camera = track.CameraAt(0);
        var head = CameraRigTests.Project(camera, Joint(world, track, JointNames.Head), 1280f / 720);
        var knee = CameraRigTests.Project(camera, Joint(world, track, JointNames.ShinL), 1280f / 720);
        Assert.True(MathF.Abs(head.X) < 0.5f && MathF.Abs(head.Y) < 0.6f, $"the head is at {head}, not near the middle");
        Assert.True(knee.Y < -1, $"the knee ({knee.Y:F2}) should be below the frame");
    }

    [Fact]
    public void A_medium_shot_still_shows_the_whole_figure()
    {
        var (track, world) = Shoot("medium");
        var foot = CameraRigTests.Project(track.CameraAt(0), Joint(world, track, JointNames.FootL), 1280f / 720);
        Assert.True(foot.Y > -1, $"the foot ({foot.Y:F2}) is out of a medium shot");
    }
}
