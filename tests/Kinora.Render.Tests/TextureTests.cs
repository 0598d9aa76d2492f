using System.Numerics;
using Kinora.Compose;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Images on surfaces: the unlit picture that image-to-video uses as its first frame, cut-outs, lit
/// textured surfaces, and worlds without a ground.</summary>
public sealed class TextureTests(ITestOutputHelper output)
{
    private static Material Picture(Texture image, bool unlit) =>
        MaterialLibrary.Get("plastic") with { Name = "picture", BaseColor = Vector3.One, Albedo = image, Unlit = unlit, Pattern = "none" };

    [Theory]
    [InlineData(LookStyle.Photoreal, 4)]
    [InlineData(LookStyle.Photoreal, 1)]
    [InlineData(LookStyle.Cinematic, 4)]
    [InlineData(LookStyle.Noir, 4)]
    public void An_unlit_picture_filling_the_camera_comes_back_as_it_went_in(LookStyle look, int samples)
    {
        const int w = 1280, h = 720;
        var image = TestImages.Card(w, h);
        var size = TestImages.FrameFillingSize((float)w / h);
        var (world, track) = TestImages.Pictures("none",
            (TestImages.Quad(size.X, size.Y), Picture(image, unlit: true), new Vector3(0, TestImages.PictureHeight, 0)));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h) { Look = look, Samples = samples });
        var rgba = new byte[w * h * 4];
        renderer.RenderFrame(track, 0, rgba);
        FrameDump.WritePng($"unlit-picture-{look}-{samples}x", rgba, w, h);

        var psnr = TestImages.Psnr(rgba, image.Rgba.Span);
        output.WriteLine($"{look}, {samples}x: PSNR {psnr:F1} dB");
        Assert.True(psnr > 40, $"PSNR {psnr:F1} dB");
        for (var i = 3; i < rgba.Length; i += 4) Assert.Equal(255, rgba[i]);
    }

    [Fact]
    public void Cut_out_texels_show_what_is_behind_and_lit_pictures_are_shaded()
    {
        const int w = 640, h = 360;
        var size = TestImages.FrameFillingSize((float)w / h);
        var quad = TestImages.Quad(size.X / 2, size.Y / 2);
        var image = TestImages.HalfCutOut(64, 64, 255, 255, 255);
        // Left of frame: unlit white-on-the-right picture; right of frame: the same image, lit.
        var (world, track) = TestImages.Pictures("none",
            (quad, Picture(image, unlit: true), new Vector3(-size.X / 4, TestImages.PictureHeight, 0)),
            (quad, Picture(image, unlit: false), new Vector3(size.X / 4, TestImages.PictureHeight, 0)));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h));
        var rgba = new byte[w * h * 4];
        renderer.RenderFrame(track, 0, rgba);
        FrameDump.WritePng("cut-out", rgba, w, h);

        // Quads span x in [0, w/2) and [w/2, w), y in [h/4, 3h/4): each has its cut-out left half.
        var sky = FramePixels.MeanRgb(rgba, w, h, new Vector2(w * 0.125f, h * 0.5f), 3);
        var unlitWhite = FramePixels.MeanRgb(rgba, w, h, new Vector2(w * 0.375f, h * 0.5f), 3);
        var litSky = FramePixels.MeanRgb(rgba, w, h, new Vector2(w * 0.625f, h * 0.5f), 3);
        var litWhite = FramePixels.MeanRgb(rgba, w, h, new Vector2(w * 0.875f, h * 0.5f), 3);
        output.WriteLine($"cut-out {sky}, unlit {unlitWhite}, lit cut-out {litSky}, lit {litWhite}");
        Assert.True(sky.Z > sky.X + 20, $"the cut-out shows the sky: {sky}");
        Assert.True(litSky.Z > litSky.X + 20, $"the lit cut-out shows the sky: {litSky}");
        Assert.Equal(new Vector3(255), unlitWhite);
        Assert.True(Vector3.Distance(litWhite, new Vector3(255)) > 15, $"lit white is shaded: {litWhite}");
        Assert.True(litWhite.X > 60, $"lit white is lit: {litWhite}");
    }

    [Fact]
    public void The_image_is_upright_and_unmirrored_on_a_lit_quad()
    {
        const int w = 640, h = 360;
        var size = TestImages.FrameFillingSize((float)w / h);
        var image = TestImages.Card(256, 144);
        var (world, track) = TestImages.Pictures("none",
            (TestImages.Quad(size.X, size.Y), Picture(image, unlit: false), new Vector3(0, TestImages.PictureHeight, 0)));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h));
        var rgba = new byte[w * h * 4];
        renderer.RenderFrame(track, 0, rgba);
        // The card's corner patches: red top-left, green top-right, blue bottom-left, white bottom-right.
        var tl = FramePixels.MeanRgb(rgba, w, h, new Vector2(w / 16f, h / 16f), 4);
        var tr = FramePixels.MeanRgb(rgba, w, h, new Vector2(w - w / 16f, h / 16f), 4);
        var bl = FramePixels.MeanRgb(rgba, w, h, new Vector2(w / 16f, h - h / 16f), 4);
        Assert.True(tl.X > 2 * tl.Y && tl.X > 2 * tl.Z, $"top-left {tl}");
        Assert.True(tr.Y > 2 * tr.X && tr.Y > 2 * tr.Z, $"top-right {tr}");
        Assert.True(bl.Z > 2 * bl.X && bl.Z > 2 * bl.Y, $"bottom-left {bl}");
    }

    [Fact]
    public void A_world_whose_ground_is_none_draws_no_floor()
    {
        const int w = 640, h = 360;
        var floored = TestScenes.BallAndBoxes(ground: "wood");
        var open = TestScenes.BallAndBoxes(ground: "none");
        Assert.False(SceneRenderer.HasGround(open));
        Assert.True(SceneRenderer.HasGround(floored));
        var ball = new Vector3(0, 0.6f, 0.4f);
        var floorPoint = new Vector3(1.0f, 0, 1.5f);
        CameraMath.Project(TestScenes.Camera, w, h, floorPoint, out var pixel);

        var withFloor = Render(floored, TestScenes.Track(floored, ball), w, h);
        var without = Render(open, TestScenes.Track(open, ball), w, h);
        FrameDump.WritePng("ground-none", without, w, h);
        var floorColour = FramePixels.MeanRgb(withFloor, w, h, pixel, 3);
        var noneColour = FramePixels.MeanRgb(without, w, h, pixel, 3);
        var horizonHaze = FramePixels.MeanRgb(without, w, h, new Vector2(pixel.X, h - 4), 3);
        output.WriteLine($"floor {floorColour}, none {noneColour}, lower edge {horizonHaze}");
        Assert.True(Vector3.Distance(floorColour, noneColour) > 40, $"floor {floorColour} vs none {noneColour}");
        // Below the horizon there is only the even haze, no pattern: the floor point matches the frame's lower edge.
        Assert.True(Vector3.Distance(noneColour, horizonHaze) < 12, $"{noneColour} vs {horizonHaze}");
    }

    private static byte[] Render(World world, Motion.Track track, int w, int h)
    {
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h));
        var rgba = new byte[w * h * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }
}
