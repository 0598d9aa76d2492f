using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand.Tests;

/// <summary>
/// The planner's speed, written to bench/understand/speed.md when KINORA_BENCH_WRITE=1: the one-off WordNet load
/// (what the first prompt of a process pays) and per-prompt times after it, over short, physics, story and
/// longest-allowed prompts. A table, not a pass/fail timing: the tests share two cores with builds.
/// </summary>
[Collection(nameof(VBenchAccuracy))]
public class SpeedBench
{
    private static readonly (string Group, string[] Prompts)[] Groups =
    [
        ("short", ["a red ball bounces on a wooden floor", "a corgi chases a sedan in a park at sunset", "a cup on a table", "a dog"]),
        ("physics", ["a rubber ball dropped from 2 meters on the moon", "a tower of blocks topples", "twenty dominoes fall",
                     "a ball rolls down a ramp", "a billiards break", "marbles pour out of a jar", "an iron block sinks in a pool"]),
        ("relations", ["a red cube between a blue ball and a green cone", "four chairs around a table", "a cat inside a box, far from a dog"]),
        ("story", ["A robot walks into a room. Then it picks up a red ball. After that the robot throws the ball.",
                   "A woman reads a book. Meanwhile a cat sleeps on the sofa. Cut to she drinks coffee."]),
        ("long (4,000 characters)", [Long(4000)]),
        ("longest (10,000 characters)", [Long(Planner.MaxPromptLength)]),
    ];

    private const int WarmUps = 10, CpuRuns = 40;

    /// <summary>ms this thread has run on a CPU (first field of /proc/thread-self/schedstat, in ns); NaN elsewhere.</summary>
    private static double ThreadCpuMs()
    {
        const string stat = "/proc/thread-self/schedstat";
        return File.Exists(stat) && long.TryParse(File.ReadAllText(stat).Split(' ')[0], out var ns) ? ns / 1e6 : double.NaN;
    }

    private static string Long(int length) =>
        string.Concat(Enumerable.Repeat("a red ball bounces near a corgi in the amusement park then a lion chases a sedan ", length / 80 + 1))[..length];

    [Fact]
    public void Planner_speed_table()
    {
        var load = Stopwatch.StartNew();
        var fresh = WordNetDatabase.TryOpen(WordNetDatabase.DefaultPath);
        var loadMs = load.Elapsed.TotalMilliseconds;
        Planner.Plan("warm up: a corgi chases a sedan");
        var md = new StringBuilder();
        md.AppendLine("# Understand: planner speed");
        md.AppendLine();
        md.AppendLine("Written by `dotnet test tests/Kinora.Understand.Tests --filter SpeedBench` with KINORA_BENCH_WRITE=1, on the");
        md.AppendLine("machine that ran it (a shared 2-core box: other processes' load shows in the maxima). Each prompt is planned");
        md.AppendLine($"5 times after {WarmUps + 1} untimed plans of it (JIT warm-up; the first is shown apart); times are per plan, in");
        md.AppendLine("milliseconds. \"on-cpu ms\" is the time the planning thread actually ran (Linux schedstat), which is what the");
        md.AppendLine("plan costs on an idle machine; the wall-clock columns also hold the time it waited for a core.");
        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Start-up: loading WordNet (once a process, on the first prompt) took {loadMs:0} ms{(fresh is null ? " (WordNet not installed: nothing loaded)" : "")}."));
        md.AppendLine();
        md.AppendLine("| prompts | count | first plan ms (max) | median ms | max ms | on-cpu ms (mean of 40) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (group, prompts) in Groups)
        {
            var times = new List<double>();
            // Untimed plans of each prompt first, the first of them timed apart: the JIT optimizes the reader's
            // loops after some calls, as it will have in any process that plans more than a few prompts.
            var first = new List<double>();
            foreach (var p in prompts)
            {
                var cold = Stopwatch.StartNew();
                Planner.Plan(p);
                first.Add(cold.Elapsed.TotalMilliseconds);
                for (var k = 0; k < WarmUps; k++) Planner.Plan(p);
            }
            foreach (var p in prompts)
                for (var k = 0; k < 5; k++)
                {
                    var sw = Stopwatch.StartNew();
                    Planner.Plan(p);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            times.Sort();
            // The scheduler updates a thread's run time at ticks (a few ms), so it is read over many plans.
            var cpu = ThreadCpuMs();
            for (var k = 0; k < CpuRuns; k++)
                foreach (var p in prompts) Planner.Plan(p);
            var cpuMs = (ThreadCpuMs() - cpu) / (CpuRuns * prompts.Length);
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {group} | {prompts.Length} | {first.Max():0.0} | {times[times.Count / 2]:0.00} | {times[^1]:0.0} | {cpuMs:0.00} |"));
        }
        if (Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE") == "1")
            File.WriteAllText(Path.Combine(BenchFolder(), "speed.md"), md.ToString());
    }

    private static string BenchFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        // tests/Kinora.Understand.Tests/SpeedBench.cs → bench/understand
        var repo = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? ".", "..", ".."));
        var folder = Path.Combine(repo, "bench", "understand");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
