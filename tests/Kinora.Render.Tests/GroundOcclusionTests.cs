using System.Numerics;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>The ground reads the bodies' sky occlusion from a top-down map (GroundOcclusionPass) instead of looping
/// over the occluders per pixel: the frames must match the per-pixel loop, including after a body moved.</summary>
public sealed class GroundOcclusionTests
{
    private const int W = 320, H = 180;

    [Fact]
    public void The_ground_map_matches_the_per_pixel_occlusion_and_follows_a_moving_body()
    {
        var world = TestScenes.BallAndBoxes(ground: "concrete");
        // The ball rolls towards the camera: the map is drawn for frame 0 and must be redrawn for frame 2.
        var track = TestScenes.Track(world, new Vector3(-0.4f, TestScenes.BallRadius, 0.2f), new Vector3(-0.1f, TestScenes.BallRadius, 0.5f),
            new Vector3(0.3f, TestScenes.BallRadius, 0.9f));
        var options = new RenderOptions(W, H) { Shadows = false };   // only the sky occlusion darkens the ground
        var map = Render(world, track, options, "");
        var loop = Render(world, track, options, "#define OFF_OCCLUSION_MAP 1\n");
        var none = Render(world, track, options, "#define OFF_OCCLUSION 1\n");

        foreach (var f in new[] { 0, 2 })
        {
            var worst = 0;
            var occluded = 0;
            for (var i = 0; i < W * H * 4; i++)
            {
                if (i % 4 == 3) continue;
                worst = Math.Max(worst, Math.Abs(map[f][i] - loop[f][i]));
                if (none[f][i] - map[f][i] >= 8) occluded++;
            }
            Assert.True(worst <= 3, $"frame {f}: the map's ground differs from the per-pixel loop by {worst}/255");
            Assert.True(occluded > 300, $"frame {f}: only {occluded} channels darkened by occlusion");
        }
        // Frames 0 and 2 differ where the ball's shade on the ground moved, not only on the ball.
        Assert.NotEqual(map[0], map[2]);
    }

    private static byte[][] Render(Kinora.Compose.World world, Kinora.Motion.Track track, RenderOptions options, string defines)
    {
        var backend = GlBackend.Create(options.Width, options.Height, options.Samples, SceneRenderer.ShadowMapSize, options.PostAntialias, defines);
        using var renderer = new SceneRenderer(world, options, backend);
        var frames = new byte[track.FrameCount][];
        for (var f = 0; f < track.FrameCount; f++)
        {
            frames[f] = new byte[W * H * 4];
            renderer.RenderFrame(track, f, frames[f]);
        }
        return frames;
    }
}
