using System.Numerics;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

public sealed class ObjectIdTests
{
    private const int W = 640, H = 360;

    [Fact]
    public void The_ball_id_is_where_the_camera_sees_the_ball()
    {
        var world = TestScenes.BallAndBoxes();
        var ball = new Vector3(-0.2f, 0.6f, 0.6f);
        var track = TestScenes.Track(world, ball);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var ids = new ushort[W * H];
        renderer.RenderObjectIds(track, 0, ids);

        Assert.True(CameraMath.Project(TestScenes.Camera, W, H, ball, out var centre));
        var ballId = (ushort)(world.IndexOf("ball1") + 1);
        Assert.Equal(ballId, FramePixels.Id(ids, W, centre));
        // Sky at the top, open floor at the bottom corners: nothing.
        Assert.Equal(0, FramePixels.Id(ids, W, new Vector2(5, 5)));
        Assert.Equal(0, FramePixels.Id(ids, W, new Vector2(5, H - 5)));
        Assert.Equal(0, FramePixels.Id(ids, W, new Vector2(W - 5, H - 5)));
        // The blob is where the projection says, and about the size of the ball's disc.
        var (centroid, count) = FramePixels.Blob(ids, W, ballId);
        Assert.True(Vector2.Distance(centroid, centre) < 2.5f, $"blob centre {centroid}, projected {centre}");
        Assert.True(CameraMath.Project(TestScenes.Camera, W, H, ball + new Vector3(TestScenes.BallRadius, 0, 0), out var rim));
        var expectedArea = MathF.PI * MathF.Pow(Vector2.Distance(rim, centre), 2);
        Assert.InRange(count, expectedArea * 0.8f, expectedArea * 1.25f);
        // Every box shows up with its own id.
        for (var i = 1; i < world.Entities.Count; i++)
            Assert.True(FramePixels.Blob(ids, W, (ushort)(i + 1)).Count > 50, $"{world.Entities[i].Id} not visible");
    }

    [Fact]
    public void Moving_the_ball_moves_its_id_blob_the_same_way()
    {
        var world = TestScenes.BallAndBoxes();
        var left = new Vector3(-0.9f, 0.3f, 0.8f);
        var rightAndUp = new Vector3(0.5f, 1.1f, 0.8f);
        var track = TestScenes.Track(world, left, rightAndUp);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var ids = new ushort[W * H];

        renderer.RenderObjectIds(track, 0, ids);
        var (a, countA) = FramePixels.Blob(ids, W, 1);
        renderer.RenderObjectIds(track, 1, ids);
        var (b, countB) = FramePixels.Blob(ids, W, 1);

        Assert.True(countA > 100 && countB > 100);
        Assert.True(b.X > a.X + 50, $"blob went from {a} to {b}: should move right");
        Assert.True(b.Y < a.Y - 50, $"blob went from {a} to {b}: should move up (top row first)");
        CameraMath.Project(TestScenes.Camera, W, H, left, out var pa);
        CameraMath.Project(TestScenes.Camera, W, H, rightAndUp, out var pb);
        Assert.True(Vector2.Distance(b - a, pb - pa) < 4, $"moved {b - a}, projection says {pb - pa}");
    }
}
