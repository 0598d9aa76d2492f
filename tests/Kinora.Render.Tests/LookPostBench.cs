using System.Globalization;
using System.Text;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// The price of each look's post pass at 1280×720 on the ~200k-triangle bench scene: the post pass's best wall ms
/// and mean CPU ms over 4 profiled frames (each pass bracketed by glFinish). A table for bench/render, not a
/// timed test: it asserts only that each frame is not empty. Run with --filter Category=LookBench.
/// </summary>
[Trait("Category", "LookBench")]
[Collection("RenderBench")]
public sealed class LookPostBench(ITestOutputHelper output)
{
    private const int W = 1280, H = 720, Frames = 4;

    [Fact]
    public void Measures_the_post_pass_of_each_look_at_720p()
    {
        var (world, track) = RenderBench.HeavyScene(Frames);
        var table = new StringBuilder("| look | post ms (best) | post CPU ms (mean) |\n| --- | --- | --- |\n");
        LookStyle[] looks = [LookStyle.Photoreal, LookStyle.Anime, LookStyle.Watercolor, LookStyle.BlackAndWhite, LookStyle.PixelArt,
            LookStyle.Cyberpunk, LookStyle.Surrealism, LookStyle.UkiyoE, LookStyle.VanGogh, LookStyle.OilPainting];
        foreach (var look in looks)
        {
            var options = new RenderOptions(W, H) { Look = look };
            var backend = GlBackend.Create(W, H, options.Samples, SceneRenderer.ShadowMapSize, options.PostAntialias);
            using var renderer = new SceneRenderer(world, options, backend);
            var rgba = new byte[W * H * 4];
            renderer.RenderFrame(track, 0, rgba);   // compiles the programs
            Assert.True(rgba.Where((_, i) => i % 4 != 3).Distinct().Count() > 4, $"{look}: the frame is flat");
            var profiler = backend.EnableProfiling();
            double best = double.MaxValue, cpu = 0;
            for (var f = 0; f < Frames; f++)
            {
                profiler.Reset();
                renderer.RenderFrame(track, f, rgba);
                best = Math.Min(best, profiler.Milliseconds(RenderPass.Post));
                cpu += profiler.CpuMilliseconds(RenderPass.Post) / Frames;
            }
            table.AppendLine(CultureInfo.InvariantCulture, $"| {look} | {best:F1} | {cpu:F1} |");
            output.WriteLine($"{look}: post {best:F1} ms, CPU {cpu:F1} ms");
        }
        output.WriteLine(table.ToString());
    }
}
