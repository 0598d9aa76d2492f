using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>
/// The planner's accuracy over the VBench prompt suite (../shared/benchmarks/vbench): for each labelled dimension,
/// the share of prompts whose plan holds what the label says. Writes bench/understand/results.md and fails when a
/// score drops under its floor (set a little under the last measured numbers, so a regression shows).
/// Skipped silently when the suite is not in the workspace.
/// </summary>
[Collection(nameof(VBenchAccuracy))]
public class VBenchAccuracy
{
    /// <summary>Scores of the planner before WordNet (2026-11-26, same rules), shown beside today's.</summary>
    private static readonly Dictionary<string, (int Passed, int Total)> Before = new()
    {
        ["objects"] = (78, 79), ["colours"] = (85, 85), ["multiple objects"] = (81, 82), ["spatial relation"] = (65, 84),
        ["human actions"] = (11, 100), ["scenes"] = (16, 86), ["appearance styles"] = (80, 90), ["camera and motion styles"] = (10, 100),
        ["plans without error (overall_consistency)"] = (92, 93), ["plans without error (subject_consistency)"] = (72, 72),
        ["plans without error (temporal_flickering)"] = (75, 75),
    };

    /// <summary>Floors: a change that lowers a score under these fails the build.</summary>
    private static readonly Dictionary<string, double> Floors = new()
    {
        ["objects"] = 0.97, ["colours"] = 0.97, ["multiple objects"] = 0.97, ["spatial relation"] = 0.97,
        ["human actions"] = 0.97, ["scenes"] = 0.95, ["appearance styles"] = 0.97, ["camera and motion styles"] = 0.97,
    };

    private static readonly Dictionary<string, double> Targets = new()
    {
        ["objects"] = 0.98, ["colours"] = 0.95, ["multiple objects"] = 0.95, ["spatial relation"] = 0.90,
        ["human actions"] = 0.95, ["scenes"] = 0.90, ["appearance styles"] = 0.95, ["camera and motion styles"] = 0.95,
    };

    /// <summary>Verbs that mean "nothing happens": an action mapped to one of these is not an action.</summary>
    private static readonly HashSet<string> IdleVerbs = ["rest", "idle", "stand", "sit", "be", "have", ""];

    private sealed record Row(string Dimension, int Passed, int Total, List<string> Failures, double MedianMs, double MaxMs);

    [Fact]
    public void Vbench_accuracy_table()
    {
        var root = FindUp("shared/benchmarks/vbench");
        if (root is null) return;
        var rows = new List<Row>
        {
            Score("objects", Labelled(root, "object_class"), (p, l) => p.Cast.Any(c => c.Kind == l.GetProperty("object_en").GetString())),
            Score("colours", Labelled(root, "color"), (p, l) => p.Cast.Any(c => c.Traits.Color == l.GetProperty("color_en").GetString())),
            Score("multiple objects", Labelled(root, "multiple_objects"), (p, l) =>
            {
                var kinds = l.GetProperty("object_en").GetString()!.Split(" and ");
                return kinds.All(k => p.Cast.Any(c => c.Kind == k));
            }),
            Score("spatial relation", Labelled(root, "spatial_relationship"), (p, l) =>
            {
                var a = p.Cast.FirstOrDefault(c => c.Kind == l.GetProperty("object_a_en").GetString());
                var b = p.Cast.FirstOrDefault(c => c.Kind == l.GetProperty("object_b_en").GetString());
                if (a is null || b is null) return false;
                string[] accepted = l.GetProperty("relationship_en").GetString() switch
                {
                    "on the left of" => ["left of"], "on the right of" => ["right of"],
                    "on the top of" => ["on", "above"], "on the bottom of" => ["below", "under"], var r => [r!],
                };
                return p.Relations.Any(r => r.Subject == a.Id && r.Object == b.Id && accepted.Contains(r.Relation));
            }),
            Score("human actions", Lines(root, "human_action"), (p, _) =>
                p.Shots.SelectMany(s => s.Actions).Any(a => !IdleVerbs.Contains(a.Verb) && p.Cast.Any(c => c.Id == a.Actor && c.Kind == "person"))),
            Score("scenes", Lines(root, "scene"), (p, _) => p.World.Setting is not ("studio" or "room")),
            Score("appearance styles", Labelled(root, "appearance_style"), (p, l) => p.Look.Style == ExpectedStyle(l.GetProperty("style_en").GetString()!)),
            Score("camera and motion styles", Lines(root, "temporal_style"), (p, l) => CameraMatches(p, l.GetString()!)),
        };
        // The unlabelled dimensions: every prompt must plan without an exception.
        foreach (var dim in new[] { "overall_consistency", "subject_consistency", "temporal_flickering" })
            rows.Add(Score($"plans without error ({dim})", Lines(root, dim), (_, _) => true));

        var md = new StringBuilder();
        md.AppendLine("# Understand: accuracy over the VBench prompt suite");
        md.AppendLine();
        md.AppendLine("Written by `dotnet test tests/Kinora.Understand.Tests --filter VBenchAccuracy`. Each row is the share of the");
        md.AppendLine("dimension's prompts whose plan holds what the VBench label says (see the test for the exact rule).");
        md.AppendLine();
        md.AppendLine("Times are wall-clock on the machine that ran the tests (a shared 2-core box: the maximum includes the first");
        md.AppendLine("parse of each WordNet synset and other processes' load; the WordNet load itself is before the first row).");
        md.AppendLine();
        md.AppendLine("| dimension | correct | prompts | score | before WordNet | target | median ms | max ms |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows)
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Dimension} | {r.Passed} | {r.Total} | {100.0 * r.Passed / Math.Max(1, r.Total):0.0}% | {(Before.TryGetValue(r.Dimension, out var b) ? $"{100.0 * b.Passed / b.Total:0.0}%" : "")} | {(Targets.TryGetValue(r.Dimension, out var t) ? $"{100 * t:0}%" : "")} | {r.MedianMs:0.00} | {r.MaxMs:0.0} |"));
        md.AppendLine();
        md.AppendLine("\"before WordNet\" is the hand-table planner of commit 97285b3 scored by the same rules (its camera moves had no");
        md.AppendLine("direction, so \"pan left\" could not match). Camera rule: the last phrase of each temporal_style prompt must give");
        md.AppendLine("shot 1 the move zoom in/out, pan left/right, tilt up/down, rack focus, handheld, steady, or the slow motion manner.");
        md.AppendLine();
        md.AppendLine("## Misses");
        foreach (var r in rows.Where(r => r.Failures.Count > 0))
        {
            md.AppendLine();
            md.AppendLine($"### {r.Dimension}");
            foreach (var f in r.Failures) md.AppendLine($"- {f}");
        }
        // The table is rewritten only when asked (KINORA_BENCH_WRITE=1), so a plain test run leaves the tree clean.
        if (Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE") == "1")
        {
            var bench = FindUp("bench/understand") ?? Path.Combine(FindUp("bench") ?? ".", "understand");
            Directory.CreateDirectory(bench);
            File.WriteAllText(Path.Combine(bench, "results.md"), md.ToString().Replace("\u00a0", " "));
        }

        foreach (var r in rows)
        {
            if (!Floors.TryGetValue(r.Dimension, out var floor)) floor = 1.0;
            Assert.True((double)r.Passed / Math.Max(1, r.Total) >= floor, $"{r.Dimension}: {r.Passed}/{r.Total} is under the floor {floor:P0}");
        }
    }

    private static string ExpectedStyle(string label) => label switch
    {
        "Van Gogh style" => "van gogh", "oil painting" => "oil painting", "by Hokusai, in the style of Ukiyo" => "ukiyo-e",
        "black and white" => "black and white", "pixel art" => "pixel art", "in cyberpunk style" => "cyberpunk",
        "animated style" => "anime", "watercolor painting" => "watercolor", "surrealism style" => "surrealism", _ => label,
    };

    /// <summary>The camera or motion term at the end of a temporal_style prompt, and whether the plan has it.</summary>
    private static bool CameraMatches(ScenePlan p, string prompt)
    {
        var cam = p.Shots[0].Camera;
        var manners = p.Shots.SelectMany(s => s.Actions).SelectMany(a => a.Manner).Concat(p.Interpretation.Select(n => n.As)).ToList();
        var term = prompt[(prompt.LastIndexOf(',') + 1)..].Trim();
        return term switch
        {
            "in super slow motion" => manners.Any(m => m.Contains("slow motion")),
            "zoom in" => cam.Move == "zoom in", "zoom out" => cam.Move == "zoom out",
            "pan left" => cam.Move == "pan left", "pan right" => cam.Move == "pan right",
            "tilt up" => cam.Move == "tilt up", "tilt down" => cam.Move == "tilt down",
            "racking focus" => cam.Move == "rack focus",
            "with an intense shaking effect" => cam.Move == "handheld",
            "featuring a steady and smooth perspective" => cam.Move == "steady",
            _ => false,
        };
    }

    private static Row Score(string dimension, IEnumerable<(string Prompt, JsonElement Label)> items, Func<ScenePlan, JsonElement, bool> correct)
    {
        int passed = 0, total = 0;
        var failures = new List<string>();
        var times = new List<double>();
        Planner.Plan("warm up: a corgi chases a sedan");
        foreach (var (prompt, label) in items)
        {
            total++;
            var sw = Stopwatch.StartNew();
            ScenePlan? plan = null;
            string? error = null;
            try { plan = Planner.Plan(prompt); }
            catch (Exception e) { error = e.GetType().Name + ": " + e.Message; }
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (plan is not null && correct(plan, label)) passed++;
            else failures.Add(error is not null ? $"`{prompt}`: {error}" : $"`{prompt}` → {Summary(plan!)}");
        }
        times.Sort();
        return new Row(dimension, passed, total, failures, times.Count > 0 ? times[times.Count / 2] : 0, times.Count > 0 ? times[^1] : 0);
    }

    private static string Summary(ScenePlan p) =>
        $"cast [{string.Join(", ", p.Cast.Select(c => $"{c.Id}:{c.Kind}{(c.Traits.Color is { } col ? "/" + col : "")}"))}]" +
        (p.Relations.Count > 0 ? $" rel [{string.Join(", ", p.Relations.Select(r => $"{r.Subject} {r.Relation} {r.Object}"))}]" : "") +
        $" verbs [{string.Join(", ", p.Shots.SelectMany(s => s.Actions).Select(a => a.Verb))}] setting {p.World.Setting}" +
        $" style {p.Look.Style} camera {p.Shots[0].Camera.Move}";

    private static IEnumerable<(string, JsonElement)> Labelled(string root, string dimension)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "metadata", dimension + ".json")));
        return doc.RootElement.EnumerateArray().Select(e => (e.GetProperty("prompt_en").GetString()!, e.Clone())).ToList();
    }

    private static IEnumerable<(string, JsonElement)> Lines(string root, string dimension) =>
        File.ReadAllLines(Path.Combine(root, "prompts_per_dimension", dimension + ".txt"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => (l.Trim(), JsonSerializer.SerializeToElement(l.Trim()))).ToList();

    /// <summary>Walks up from the test's folder, then from this source file's folder (builds with their own
    /// --artifacts-path put the binaries outside the workspace), to find a relative path (the repo's bench/, the
    /// workspace's shared/).</summary>
    private static string? FindUp(string relative) => FindUpFrom(AppContext.BaseDirectory, relative) ?? FindUpFrom(SourceFolder(), relative);

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    private static string? FindUpFrom(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>The accuracy run times prompts, so it runs alone rather than beside the other test classes.</summary>
[CollectionDefinition(nameof(VBenchAccuracy), DisableParallelization = true)]
public sealed class VBenchAccuracyCollection;
