using System.Globalization;
using System.Text;
using Kinora.Engine;

namespace Kinora.Cli.Commands;

/// <summary>
/// `kinora bench`: renders the reference prompts at 1280x720 for 8 s and prints per-stage times and the real-time
/// factor (wall seconds / video seconds) as a Markdown table, also written to bench/results/pipeline.md.
/// </summary>
public static class BenchCommand
{
    public static readonly string[] ReferencePrompts =
    [
        "a red ball bounces on a wooden floor",
        "three wooden crates fall onto a concrete floor at sunset",
        "a yellow ball and a blue ball drop onto the grass in a sunny park",
    ];

    public const string Help = """
        kinora bench [--out FILE] [--seconds N]
          Renders the reference prompts at 1280x720 (8 s) and prints per-stage times and the real-time factor.
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("bench", argv, ["--out", "--seconds"], ["--help", "-h"]);
        if (args.Has("--help") || args.Has("-h")) { Console.WriteLine(Help); return 0; }
        var seconds = args.GetDouble("--seconds", 1, 60) ?? 8;
        var outFile = args.Get("--out") ?? Path.Combine("bench", "results", "pipeline.md");
        Preflight.RequireSystem();

        var stages = new[] { Stages.Plan, Stages.Compose, Stages.Speech, Stages.Simulate, Stages.Sound, Stages.Render, Stages.Encode };
        var table = new StringBuilder();
        table.AppendLine($"| prompt | {string.Join(" | ", stages.Select(s => s + " s"))} | total s | real-time factor |");
        table.AppendLine($"|---|{string.Concat(stages.Select(_ => "---:|"))}---:|---:|");
        var temp = Directory.CreateTempSubdirectory("kinora-bench");
        try
        {
            foreach (var prompt in ReferencePrompts)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var plan = KinoraEngine.Plan(prompt, new() { Seconds = seconds, Width = 1280, Height = 720 });
                var planTime = watch.Elapsed;
                var result = KinoraEngine.Render(plan, new GenerateOptions(Path.Combine(temp.FullName, "bench.mp4")));
                var times = new Dictionary<string, double> { [Stages.Plan] = planTime.TotalSeconds };
                foreach (var t in result.Timings) times[t.Stage] = t.Elapsed.TotalSeconds;
                var total = times.Values.Sum();
                var row = $"| {prompt} | {string.Join(" | ", stages.Select(s => times.GetValueOrDefault(s).ToString("0.00", CultureInfo.InvariantCulture)))} | {total.ToString("0.00", CultureInfo.InvariantCulture)} | {(total / seconds).ToString("0.00", CultureInfo.InvariantCulture)} |";
                table.AppendLine(row);
                Console.Error.WriteLine(row);
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }
        var header = $"Pipeline benchmark, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores ({CpuName()}), 1280x720, {seconds:0.#} s at 24 fps.\n\n";
        Console.Out.Write(header + table);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        File.WriteAllText(outFile, "# " + header + table);
        return 0;
    }

    private static string CpuName()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException) { return "unknown CPU"; }
    }
}
