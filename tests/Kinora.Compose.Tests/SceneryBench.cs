using System.Diagnostics;
using System.Text;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// Writes bench/scenery/results.md (triangles, draws, lights and dressing time per family) when KINORA_BENCH_WRITE=1;
/// otherwise it only checks the table can be made. Times are a table, not a test: a busy machine must not fail it.
/// </summary>
public class SceneryBench
{
    [Fact]
    public void Table_of_every_family()
    {
        var rows = new StringBuilder();
        rows.AppendLine("| setting | family | triangles | draws | lights at night | dressing ms (day) |");
        rows.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var row in SceneryTests.Settings())
        {
            var (setting, indoor) = ((string)row[0], (bool)row[1]);
            var plan = new ScenePlan
            {
                Seed = 42,
                World = new WorldSpec { Setting = setting, Indoor = indoor, TimeOfDay = 14, Ground = indoor ? "wood" : "grass" },
                Cast = [new CastMember { Id = "a1", Kind = "person" }],
                Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "a1", Verb = "walk" }] }],
            };
            var bare = Composer.Compose(plan); // warms the shared prototypes
            var env = EnvironmentBuilder.Build(plan.World);
            var clock = Stopwatch.StartNew();
            const int runs = 5;
            for (var i = 0; i < runs; i++) Dressing.Apply(plan, env, bare.Entities);
            var ms = clock.Elapsed.TotalMilliseconds / runs;
            var night = Composer.Compose(plan with { World = plan.World with { TimeOfDay = 22 } });
            var family = SettingFamilies.Of(setting, indoor, plan.World.Ground);
            var tris = bare.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
            var draws = bare.Environment.Scenery.Sum(p => p.Model.Parts.Count);
            rows.AppendLine($"| {setting} | {family} | {tris:N0} | {draws} | {night.Environment.Lights.Count} | {ms:F1} |");
        }
        Assert.Contains("| city street |", rows.ToString());
        if (Environment.GetEnvironmentVariable("KINORA_BENCH_WRITE") != "1") return;
        var dir = Path.Combine(RepositoryRoot(), "bench", "scenery");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "results.md"),
            "# Scenery per setting family\n\n" +
            $"Made by `KINORA_BENCH_WRITE=1 dotnet test tests/Kinora.Compose.Tests --filter SceneryBench` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}. " +
            "One walking person, seed 42, by day; draws = model parts (merged meshes), lights = the set's lamps after dark.\n\n" + rows);
    }

    /// <summary>The checkout this source file is in (build outputs may live anywhere).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));
}
