using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Camera;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>The camera keeps what moves in frame, for every move, framing and aspect.</summary>
public sealed class CameraRigTests(ITestOutputHelper output)
{
    public static TheoryData<string, int, int, string> Shots()
    {
        var data = new TheoryData<string, int, int, string>();
        foreach (var move in new[] { "static", "orbit", "dolly", "dolly out", "zoom", "zoom out", "pan", "pan left", "tilt up", "tilt down", "crane", "aerial", "handheld", "tracking" })
            foreach (var (w, h) in new[] { (1280, 720), (720, 1280), (1080, 1080) })
                foreach (var framing in new[] { "wide", "medium", "close-up" })
                    data.Add(move, w, h, framing);
        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public void BouncingBallStaysInFrame(string move, int width, int height, string framing)
    {
        var world = Scenes.DroppedBall(height: 2, seconds: 4, move: move, width: width, heightPx: height, framing: framing);
        var track = Simulator.Simulate(world);
        AssertInFrame(track, world, (float)width / height);
    }

    [Fact]
    public void RollingBallIsTrackedAcrossTheFrame()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 6 },
            Cast = [new CastMember { Id = "ball1", Kind = "sports ball" }],
            Shots = [new ShotSpec { Seconds = 6, Camera = new CameraSpec { Move = "tracking", Target = "ball1" },
                Actions = [new ActionSpec { Actor = "ball1", Verb = "roll", Speed = 2 }] }],
        });
        var track = Simulator.Simulate(world);
        var travel = track.PoseOf(track.FrameCount - 1, 0).Position.X - track.PoseOf(0, 0).Position.X;
        output.WriteLine($"rolled {travel:F2} m; camera moved {track.CameraAt(track.FrameCount - 1).Eye.X - track.CameraAt(0).Eye.X:F2} m");
        Assert.True(travel > 2, "the ball rolls");
        Assert.True(track.CameraAt(track.FrameCount - 1).Eye.X - track.CameraAt(0).Eye.X > 1, "the camera follows");
        AssertInFrame(track, world, 1280f / 720);
    }

    [Fact]
    public void MediumFramingFillsAboutSixtyPercentOfTheHeight()
    {
        var world = Scenes.DroppedBall(height: 2, seconds: 4);
        var track = Simulator.Simulate(world);
        // Vertical extent of the ball's path on screen, in NDC (2 = full height).
        float top = float.MinValue, bottom = float.MaxValue;
        var r = world.Entities[0].Shape.BoundingRadius;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var p = track.PoseOf(f, 0).Position;
            top = MathF.Max(top, Project(track.CameraAt(f), p + new Vector3(0, r, 0), 1280f / 720).Y);
            bottom = MathF.Min(bottom, Project(track.CameraAt(f), p - new Vector3(0, r, 0), 1280f / 720).Y);
        }
        var share = (top - bottom) / 2;
        output.WriteLine($"path spans {share:P0} of the frame height (ndc {bottom:F2}..{top:F2})");
        Assert.InRange(share, 0.4, 0.75);
        Assert.True(bottom > -0.9, "floor contact is well inside the frame");
    }

    [Fact]
    public void PortraitWidensTheFieldOfView()
    {
        var landscape = Lens.VerticalFov(35, 16.0 / 9);
        var portrait = Lens.VerticalFov(35, 9.0 / 16);
        Assert.Equal(2 * Math.Atan(12.0 / 35), landscape, 6); // 24 mm sensor height: 37.8°
        Assert.True(portrait > landscape * 1.5);
    }

    private static void AssertInFrame(Track track, World world, float aspect)
    {
        for (var f = 0; f < track.FrameCount; f++)
            for (var i = 0; i < world.Entities.Count; i++)
            {
                var ndc = Project(track.CameraAt(f), track.PoseOf(f, i).Position, aspect);
                Assert.True(ndc.Z > 0 && MathF.Abs(ndc.X) <= 1 && MathF.Abs(ndc.Y) <= 1,
                    $"frame {f}: {world.Entities[i].Id} at ndc {ndc} is out of frame");
            }
    }

    /// <summary>Perspective projection to normalized device coordinates (x, y in −1..1 on screen; z > 0 in front).</summary>
    internal static Vector3 Project(CameraPose camera, Vector3 point, float aspect)
    {
        var view = Matrix4x4.CreateLookAt(camera.Eye, camera.Target, camera.Up);
        var projection = Matrix4x4.CreatePerspectiveFieldOfView(camera.VerticalFov, aspect, 0.05f, 1000f);
        var clip = Vector4.Transform(new Vector4(point, 1), view * projection);
        return new Vector3(clip.X / clip.W, clip.Y / clip.W, clip.W > 0 ? 1 : -1);
    }
}
