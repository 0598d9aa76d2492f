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
/// The rows are measured in turns with the speed table's procedure, so its default row reads what the speed table's
/// "FXAA (default)" row reads. Asserts nothing about time.
/// </summary>
[Trait("Category", "RenderBench")]
[Collection("RenderBench")]
public sealed class RenderProfileBench(ITestOutputHelper output)
{
    private const int W = 1280, H = 720, Frames = 12;

    [Fact]
    public void Prices_each_feature_of_the_frame()
    {
        var (day, dayTrack) = RenderBench.HeavyScene(Frames);
        var (night, nightTrack) = RenderBench.HeavyScene(Frames, night: true);
        var (bentNight, bentNightTrack) = RenderBench.HeavyScene(Frames, night: true, skinned: true, bending: 1);
        // The same day scene as a close-up shot: the planner's close-ups get a shallow depth of field.
        var closeUp = day with { Plan = day.Plan with { Shots = [new ShotSpec { Seconds = 10, Camera = new CameraSpec { Framing = "close-up" } }] } };
        var full = new RenderOptions(W, H);
        var rows = RenderBench.Measure(
        [
            new("day", day, dayTrack, "everything (default)", full),
            new("day", day, dayTrack, "no sky occlusion (16 spheres)", full, "#define OFF_OCCLUSION 1\n"),
            new("day", day, dayTrack, "no procedural patterns", full, "#define OFF_PATTERNS 1\n"),
            new("day", day, dayTrack, "no fog or haze", full, "#define OFF_FOG 1\n"),
            new("day", day, dayTrack, "no sun shadows (map and PCF)", full with { Shadows = false }),
            new("day", day, dayTrack, "no FXAA", full with { PostAntialias = false }),
            new("day", day, dayTrack, "base colour only (raster + vertex)", full, "#define OFF_SHADING 1\n"),
            new("day, 320x180", day, dayTrack, "everything (vertex work, 1/16 of the pixels)", new RenderOptions(320, 180)),
            new("day, close-up", closeUp, dayTrack, "depth of field", full),
            new("rainy night, 24 lamps", night, nightTrack, "everything (default)", full),
            new("rainy night, 24 lamps", night, nightTrack, "no lamps (16 slots)", full, "#define OFF_LAMPS 1\n"),
            new("rainy night, 24 lamps", night, nightTrack, "no lamp shadow (cube map lookups)", full with { LampShadows = false }),
            new("rainy night, 24 lamps, 1 sphere bending", bentNight, bentNightTrack, "lamp shadow's moving layer redrawn every frame", full),
            new("rainy night, 24 lamps, 1 sphere bending", bentNight, bentNightTrack, "no lamp shadow", full with { LampShadows = false }),
        ]);

        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(c, $"Profile at {W}x{H}, rows measured in turns (RenderBench.Measure), load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
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
