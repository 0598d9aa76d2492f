using System.Numerics;
using Kinora.Render.OpenGL;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>Writes preview PNGs to /tmp/kinora-render for a person to look at.</summary>
public sealed class PreviewTests(ITestOutputHelper output)
{
    [Fact]
    public void Writes_a_preview_of_a_ball_on_a_wooden_floor()
    {
        const int w = 1280, h = 720;
        var world = TestScenes.BallAndBoxes();
        var track = TestScenes.Track(world, new Vector3(0, TestScenes.BallRadius, 0), new Vector3(0.1f, 0.9f, 0.2f));
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h));
        var rgba = new byte[w * h * 4];
        var ids = new ushort[w * h];
        renderer.RenderFrame(track, 0, rgba);
        FrameDump.WritePng("preview-rest", rgba, w, h);
        renderer.RenderFrame(track, 1, rgba);
        FrameDump.WritePng("preview-air", rgba, w, h);
        renderer.RenderObjectIds(track, 1, ids);
        FrameDump.WriteIdsPng("preview-ids", ids, w, h);
        using var aliased = OpenGlRenderer.Open(world, new RenderOptions(w, h) { Samples = 1 });
        aliased.RenderFrame(track, 0, rgba);
        FrameDump.WritePng("preview-rest-1x", rgba, w, h);
        var evening = TestScenes.BallAndBoxes(timeOfDay: 17.3, ground: "grass");
        using var goldenHour = OpenGlRenderer.Open(evening, new RenderOptions(w, h));
        goldenHour.RenderFrame(TestScenes.Track(evening, new Vector3(0, TestScenes.BallRadius, 0.3f)), 0, rgba);
        FrameDump.WritePng("preview-golden-hour", rgba, w, h);
        output.WriteLine($"device: {((Scene.SceneRenderer)renderer).DeviceName}; frames in {FrameDump.Folder}");
    }
}
