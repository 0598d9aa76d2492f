using System.Numerics;
using System.Security.Cryptography;
using Kinora.Compose;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

public sealed class ColorFrameTests
{
    private const int W = 640, H = 360;

    [Fact]
    public void The_ball_is_red_and_the_midday_sky_is_blue()
    {
        var world = TestScenes.BallAndBoxes(timeOfDay: 12.5);
        var ball = new Vector3(0, 0.6f, 0.5f);
        var track = TestScenes.Track(world, ball);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);

        CameraMath.Project(TestScenes.Camera, W, H, ball, out var centre);
        var red = FramePixels.MeanRgb(rgba, W, H, centre, 2);
        Assert.True(red.X > red.Y * 1.8f && red.X > red.Z * 1.8f, $"ball centre is {red}");
        var sky = FramePixels.MeanRgb(rgba, W, H, new Vector2(W / 2f, 4), 3);
        Assert.True(sky.Z > sky.X + 20 && sky.Z > sky.Y, $"sky is {sky}");
        for (var i = 3; i < rgba.Length; i += 4) Assert.Equal(255, rgba[i]);
    }

    [Fact]
    public void The_ball_casts_a_shadow_on_the_floor_away_from_the_sun()
    {
        var world = TestScenes.BallAndBoxes();
        var ball = new Vector3(0, 0.9f, 0.6f);
        var track = TestScenes.Track(world, ball);
        var sun = Vector3.Normalize(world.Environment.SunDirection);
        var shadowCentre = ball - sun * (ball.Y / sun.Y);          // where the ray from the ball away from the sun meets y = 0
        var openFloor = new Vector3(ball.X + 1.0f, 0, ball.Z + 0.9f); // lit floor on the camera side, clear of every body

        var shadowed = RenderAt(world, track, shadows: true, shadowCentre, openFloor, out var ids);
        var unshadowed = RenderAt(world, track, shadows: false, shadowCentre, openFloor, out _);

        CameraMath.Project(TestScenes.Camera, W, H, shadowCentre, out var shadowPixel);
        Assert.Equal(0, FramePixels.Id(ids, W, shadowPixel));       // the floor is visible there, not the ball
        Assert.True(shadowed.Shadow < 0.6f * shadowed.Lit, $"shadow {shadowed.Shadow} vs lit floor {shadowed.Lit}");
        Assert.True(shadowed.Shadow < 0.7f * unshadowed.Shadow, $"with shadows {shadowed.Shadow}, without {unshadowed.Shadow}");
        Assert.InRange(unshadowed.Lit, shadowed.Lit * 0.97f, shadowed.Lit * 1.03f);
    }

    [Fact]
    public void The_same_frame_gives_the_same_bytes()
    {
        var world = TestScenes.BallAndBoxes();
        var track = TestScenes.Track(world, new Vector3(0.1f, 0.7f, 0.3f), new Vector3(0.2f, 0.5f, 0.3f));
        var rgba = new byte[W * H * 4];
        var ids = new ushort[W * H];
        byte[] first, second, third, idHash, idHash2;
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H)))
        {
            renderer.RenderFrame(track, 0, rgba);
            first = SHA256.HashData(rgba);
            renderer.RenderFrame(track, 1, rgba);                  // something else in between
            renderer.RenderFrame(track, 0, rgba);
            second = SHA256.HashData(rgba);
            renderer.RenderObjectIds(track, 0, ids);
            idHash = SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ids.AsSpan()));
        }
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H)))
        {
            renderer.RenderFrame(track, 0, rgba);
            third = SHA256.HashData(rgba);
            renderer.RenderObjectIds(track, 0, ids);
            idHash2 = SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ids.AsSpan()));
        }
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(idHash, idHash2);
    }

    [Theory]
    [InlineData("grass")]
    [InlineData("concrete")]
    [InlineData("checker")]
    [InlineData("sand")]
    public void Every_ground_pattern_renders(string ground)
    {
        var world = TestScenes.BallAndBoxes(ground: ground == "checker" ? "plastic" : ground);
        if (ground == "checker")
            world = world with { Environment = world.Environment with { Ground = MaterialLibrary.Get("plastic") with { Pattern = "checker", BaseColor = new(0.8f) } } };
        var track = TestScenes.Track(world, new Vector3(0, 0.3f, 0.4f));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        FrameDump.WritePng("ground-" + ground, rgba, W, H);
        // Floor below the ball and away from it differ only by the pattern: the frame is not one flat colour.
        var a = FramePixels.MeanRgb(rgba, W, H, new Vector2(W * 0.2f, H * 0.9f), 4);
        var b = FramePixels.MeanRgb(rgba, W, H, new Vector2(W * 0.5f, H * 0.15f), 4);
        Assert.NotEqual(a, b);
    }

    private static (float Shadow, float Lit) RenderAt(World world, Motion.Track track, bool shadows, Vector3 shadowPoint, Vector3 litPoint, out ushort[] ids)
    {
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H) { Shadows = shadows });
        var rgba = new byte[W * H * 4];
        ids = new ushort[W * H];
        renderer.RenderFrame(track, 0, rgba);
        renderer.RenderObjectIds(track, 0, ids);
        FrameDump.WritePng(shadows ? "shadow-on" : "shadow-off", rgba, W, H);
        CameraMath.Project(TestScenes.Camera, W, H, shadowPoint, out var s);
        CameraMath.Project(TestScenes.Camera, W, H, litPoint, out var l);
        return (FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, s, 2)), FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, l, 2)));
    }
}
