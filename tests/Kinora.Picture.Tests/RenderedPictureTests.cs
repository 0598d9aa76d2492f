using Kinora.Picture.Fitting;
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

    private static (byte[] First, byte[] Last, PictureScene Scene) Render(bool markFilled = false) =>
        Render(Scenes.Landscape(Width, Height), "auto", Frames, markFilled);

    private static (byte[] First, byte[] Last, PictureScene Scene) Render(FramePicture picture, string move, int frames, bool markFilled = false,
        bool living = true)
    {
        var analysis = PictureAnalysis.Analyze(picture);
        var scene = PictureScene.Build(analysis, move, frames, 42, markFilled);
        var seconds = frames / 24.0;
        var plan = new ScenePlan { Format = new VideoFormat { Width = Width, Height = Height, Fps = 24, Seconds = seconds }, Shots = [new ShotSpec { Seconds = seconds }] };
        var world = PictureWorld.Combine(Composer.Compose(plan), scene);
        if (!living) world = world with { Entities = [.. world.Entities.Select(Still)] };
        var track = PictureWorld.Combine(new Track(24, frames, [], [], scene.Camera, []), scene);
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(Width, Height));
        var (first, last) = (new byte[Width * Height * 4], new byte[Width * Height * 4]);
        renderer.RenderFrame(track, 0, first);
        renderer.RenderFrame(track, frames - 1, last);
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

    /// <summary>The same entity as an ordinary unlit image: its alpha (the motion code) is no longer read as motion.</summary>
    private static Entity Still(Entity e) => e with
    {
        Model = new Model([.. e.Model.Parts.Select(p => p with { Material = p.Material with { Living = false } })]),
    };

    [Fact]
    public void Only_living_picture_layers_move_an_unlit_image_with_the_same_alpha_stays_still()
    {
        var picture = Scenes.Lakeside(Width, Height);
        var (first, last, _) = Render(picture, "static", 48, living: false);
        var psnr = FrameMetrics.Psnr(first, last);
        Assert.True(psnr > 60, $"first and last frames differ (PSNR {psnr:F1} dB)");
    }

    [Fact]
    public void Water_ripples_and_foliage_sways_while_stone_stays_and_frame_zero_is_the_picture()
    {
        var picture = Scenes.Lakeside(Width, Height);
        var (first, last, _) = Render(picture, "static", 48);
        var psnr = FrameMetrics.Psnr(first, picture.Rgba);
        Assert.True(psnr > 40, $"frame 0 PSNR {psnr:F1} dB");

        double Change(int x0, int x1, int y0, int y1)
        {
            double sum = 0;
            for (var y = y0; y < y1; y++)
                for (var x = x0; x < x1; x++)
                    for (var k = 0; k < 3; k++) sum += Math.Abs(first[(y * Width + x) * 4 + k] - last[(y * Width + x) * 4 + k]);
            return sum / ((y1 - y0) * (x1 - x0) * 3);
        }
        var (trees, lake, stone) = (Change(40, 600, 155, 190), Change(40, 400, 215, 340), Change(465, 575, 260, 310));
        Assert.True(lake > 2, $"the lake changed by {lake:F2} levels a pixel");
        Assert.True(trees > 2, $"the trees changed by {trees:F2} levels a pixel");
        Assert.True(stone < 0.5, $"the stone changed by {stone:F2} levels a pixel");
    }

    [Fact]
    public void At_night_lit_windows_flicker_while_the_wall_and_the_moon_stay()
    {
        var picture = Scenes.NightStreet(Width, Height);
        var (first, last, _) = Render(picture, "static", 48);
        Assert.True(FrameMetrics.Psnr(first, picture.Rgba) > 40, "frame 0 is the picture");
        double Dimming(int x0, int y0, int w, int h)
        {
            double sum = 0;
            for (var y = y0; y < y0 + h; y++)
                for (var x = x0; x < x0 + w; x++)
                    for (var k = 0; k < 3; k++) sum += first[(y * Width + x) * 4 + k] - last[(y * Width + x) * 4 + k];
            return sum / (w * h * 3);
        }
        var windows = Scenes.NightWindows().Select(p => Dimming(p.X + 2, p.Y + 2, 10, 14)).ToArray();
        Assert.True(windows.Max() > 15, $"windows dimmed by {string.Join(", ", windows.Select(d => d.ToString("F1")))} levels");
        Assert.True(Math.Abs(Dimming(225, 270, 60, 25)) < 0.5, "the wall stays");
        Assert.True(Math.Abs(Dimming(80, 30, 20, 20)) < 0.5, "the moon stays");
    }
}
