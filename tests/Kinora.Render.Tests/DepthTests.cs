using System.Numerics;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

public sealed class DepthTests
{
    private const int W = 640, H = 360;

    [Fact]
    public void Depth_is_metres_along_the_view_axis_and_infinite_on_the_sky()
    {
        var world = TestScenes.BallAndBoxes();
        var ball = new Vector3(-0.2f, 0.6f, 0.6f);
        var track = TestScenes.Track(world, ball);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var depth = new float[W * H];
        renderer.RenderDepth(track, 0, depth);

        var camera = TestScenes.Camera;
        var forward = Vector3.Normalize(camera.Target - camera.Eye);
        CameraMath.Project(camera, W, H, ball, out var centre);
        // The pixel's ray meets the ball's front surface one radius short of its centre (the centre pixel's ray
        // passes within a few mm of the centre).
        var toBall = ball - camera.Eye;
        var surface = camera.Eye + Vector3.Normalize(toBall) * (toBall.Length() - TestScenes.BallRadius);
        var expected = Vector3.Dot(surface - camera.Eye, forward);
        var measured = depth[(int)centre.Y * W + (int)centre.X];
        Assert.InRange(measured, expected - 0.01f, expected + 0.01f);
        Assert.True(float.IsPositiveInfinity(depth[5 * W + W / 2]), $"sky depth {depth[5 * W + W / 2]}");

        // The floor below the camera's target: its depth grows towards the horizon (rows nearer the top).
        var near = depth[(H - 5) * W + 5];
        var far = depth[(H / 2 + 20) * W + 5];
        Assert.True(near > 0 && far > near, $"floor depth {near} (bottom) vs {far} (higher)");
    }
}
