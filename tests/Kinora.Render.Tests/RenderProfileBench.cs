using System.Globalization;
using System.Text;
using Kinora.Plan;
using Kinora.Render.Backend;
using Xunit.Abstractions;

namespace Kinora.Render.Tests;

/// <summary>
/// Where a frame's time goes (bench/render/results.md): the heavy 720p scene rendered with one feature switched off
/// at a time, so each row's CPU time against the full row prices that feature. Shader features are switched off
/// with lit.frag's OFF_* defines (never set in production); shadows, antialiasing and depth of field through
/// <see cref="RenderOptions"/>; vertex against pixel work by rendering the same frames at a sixteenth of the pixels.
/// Asserts nothing about time.
/// </summary>
[Trait("Category", "RenderBench")]
[Collection("RenderBench")]
public sealed class RenderProfileBench(ITestOutputHelper output)
{
    private const int W = 1280, H = 720, Frames = 8;

    [Fact]
    public void Prices_each_feature_of_the_frame()
    {
        var (day, dayTrack) = RenderBench.HeavyScene(Frames);
        var (night, nightTrack) = RenderBench.HeavyScene(Frames, night: true);
        // The same day scene as a close-up shot: the planner's close-ups get a shallow depth of field.
        var closeUp = day with { Plan = day.Plan with { Shots = [new ShotSpec { Seconds = 10, Camera = new CameraSpec { Framing = "close-up" } }] } };
        var full = new RenderOptions(W, H);
        var rows = new List<RenderBench.Row>
        {
            RenderBench.Measure("day", day, dayTrack, "everything (default)", full),
            RenderBench.Measure("day", day, dayTrack, "no sky occlusion (16 spheres)", full, "#define OFF_OCCLUSION 1\n"),
            RenderBench.Measure("day", day, dayTrack, "no procedural patterns", full, "#define OFF_PATTERNS 1\n"),
            RenderBench.Measure("day", day, dayTrack, "no fog or haze", full, "#define OFF_FOG 1\n"),
            RenderBench.Measure("day", day, dayTrack, "no sun shadows (map and PCF)", full with { Shadows = false }),
            RenderBench.Measure("day", day, dayTrack, "no FXAA", full with { PostAntialias = false }),
            RenderBench.Measure("day", day, dayTrack, "base colour only (raster + vertex)", full, "#define OFF_SHADING 1\n"),
            RenderBench.Measure("day, 320x180", day, dayTrack, "everything (vertex work, 1/16 of the pixels)", new RenderOptions(320, 180)),
            RenderBench.Measure("day, close-up", closeUp, dayTrack, "depth of field", full),
            RenderBench.Measure("rainy night, 24 lamps", night, nightTrack, "everything (default)", full),
            RenderBench.Measure("rainy night, 24 lamps", night, nightTrack, "no lamps (16 slots)", full, "#define OFF_LAMPS 1\n"),
        };

        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(c, $"Profile at {W}x{H}, {Frames} frames per row, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        table.AppendLine();
        table.AppendLine("| scene | setup | CPU ms/frame | CPU ms per pass (shadow / scene / post / readback) | frame ms (best, unprofiled) |");
        table.AppendLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var r in rows)
            table.AppendLine(c, $"| {r.Scene} | {r.Setup} | {r.Cpu:F0} | {r.CpuPasses} | {r.Wall:F0} |");
        output.WriteLine(table.ToString());
        var target = Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE");
        if (!string.IsNullOrEmpty(target)) File.AppendAllText(target, "\n" + table);
    }
}
