using System.Diagnostics;
using System.Text;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// Writes bench/assets/animal-bodies.md (triangles, draws and build time per animal and person, for several seeds
/// in a row as a herd composes them) when KINORA_BENCH_WRITE=1; otherwise it only checks the table can be made.
/// Times are a table, not a test: a busy machine must not fail it.
/// </summary>
public class AnimalBodiesBench
{
    [Fact]
    public void Table_of_bodies()
    {
        var write = Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE") == "1";
        string[] kinds = write ? ["person", "dog", "cat", "horse", "sheep", "bear", "zebra", "giraffe", "elephant"] : ["sheep"];
        var seeds = write ? 5 : 1;
        var rows = new StringBuilder();
        rows.AppendLine("| kind | triangles | draws | joints | ms per body (first) | ms per body (next " + (seeds - 1) + ", new seeds) |");
        rows.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var kind in kinds)
        {
            var clock = Stopwatch.StartNew();
            var model = Build(kind, 1);
            var first = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            for (var s = 2; s <= seeds; s++) Build(kind, s);
            var next = seeds > 1 ? clock.Elapsed.TotalMilliseconds / (seeds - 1) : 0;
            rows.AppendLine($"| {kind} | {model.Parts.Sum(p => p.Mesh.TriangleCount)} | {model.Parts.Count} | {model.Rig?.Joints.Count ?? 0} | {first:F0} | {next:F0} |");
        }
        Assert.Contains("sheep", rows.ToString());
        if (!write) return;
        File.WriteAllText(Path.Combine(RepositoryRoot(), "bench", "assets", "animal-bodies.md"),
            "# Animal and person bodies: size and compose cost\n\n" +
            "Made by `KINORA_BENCH_WRITE=1 dotnet test tests/Kinora.Compose.Tests --filter AnimalBodiesBench`: one body per\n" +
            $"kind built alone ({Environment.ProcessorCount} cores), the first seed and then {seeds - 1} more seeds (a herd).\n\n" + rows);
    }

    /// <summary>The checkout this source file is in (build outputs may live anywhere).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    private static Model Build(string kind, long seed)
    {
        var random = new SeededRandom(seed, "bench/" + kind);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = new Traits() }, ref random).Model;
    }
}
