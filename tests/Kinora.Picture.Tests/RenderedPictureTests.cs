using Kinora.Compose;
using Kinora.Engine.Pictures;
using Kinora.Motion;
using Kinora.Picture.Analysis;
using Kinora.Picture.Checks;
using Kinora.Picture.Scene;
using Kinora.Plan;
using Kinora.Render;
using Kinora.Render.OpenGL;

namespace Kinora.Picture.Tests;

/// <summary>The picture's layers drawn by the real OpenGL renderer, as the pipeline draws them.</summary>
public sealed class RenderedPictureTests
{
    private const int Width = 640, Height = 360, Frames = 24;

    private static (byte[] First, byte[] Last, PictureScene Scene) Render(bool markFilled = false)
    {
        var analysis = PictureAnalysis.Analyze(Scenes.Landscape(Width, Height));
        var scene = PictureScene.Build(analysis, "auto", Frames, 42, markFilled);
        var plan = new ScenePlan { Format = new VideoFormat { Width = Width, Height = Height, Fps = 24, Seconds = 1 }, Shots = [new ShotSpec { Seconds = 1 }] };
        var world = PictureWorld.Combine(Composer.Compose(plan), scene);
        var track = PictureWorld.Combine(new Track(24, Frames, [], [], scene.Camera, []), scene);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(Width, Height));
        var (first, last) = (new byte[Width * Height * 4], new byte[Width * Height * 4]);
        renderer.RenderFrame(track, 0, first);
        renderer.RenderFrame(track, Frames - 1, last);
        return (first, last, scene);
    }

    [Fact]
    public void Frame_zero_is_the_picture()
    {
        var (first, _, scene) = Render();
        var psnr = FrameMetrics.Psnr(first, scene.Analysis.Frame.Rgba);
        Assert.True(psnr > 40, $"frame 0 PSNR {psnr:F1} dB");
    }

    [Fact]
    public void During_a_push_in_the_near_box_moves_more_than_the_far_grass()
    {
        var (first, last, scene) = Render();
        var (from, to) = (FrameMetrics.Luma(first), FrameMetrics.Luma(last));
        double Motion(int x, int y) => FrameMetrics.BlockMotion(from, to, Width, Height, x, y, 16, 32) is { } m
            ? Math.Sqrt(m.Dx * m.Dx + m.Dy * m.Dy) : double.NaN;

        // Blocks at the same distance from the frame's centre (a push-in moves everything outwards from there),
        // one on the near grass at the bottom, one on the far grass by the horizon.
        var near = (Motion(100, 320) + Motion(524, 320)) / 2;
        var far = (Motion(100, 150) + Motion(524, 150)) / 2;
        Assert.True(near > far + 2, $"near grass moved {near:F1} px, far grass {far:F1} px");
    }

    [Fact]
    public void Almost_nothing_revealed_is_filled_in_and_nothing_is_empty()
    {
        var (_, last, _) = Render(markFilled: true);
        var marked = 0;
        for (var i = 0; i < last.Length; i += 4)
            if (last[i] > 200 && last[i + 1] < 60 && last[i + 2] > 200) marked++;
        var share = (double)marked / (Width * Height);
        Assert.True(share < 0.02, $"{share:P2} of the last frame shows filled-in background");
    }
}
