using System.Text.Json;
using Kinora.Plan;

namespace Kinora.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_prints_a_valid_plan()
    {
        var r = CliRunner.Run("plan", "a red ball bounces on a wooden floor", "--seed", "5");
        Assert.Equal(0, r.ExitCode);
        var plan = PlanJson.Parse(r.Stdout);
        Assert.Equal(5, plan.Seed);
        Assert.Equal("sports ball", plan.Cast[0].Kind);
    }

    [Fact]
    public void Batch_prints_one_plan_per_line_in_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"prompts-{Guid.NewGuid():N}.txt");
        string[] prompts = ["a red ball", "two blue cubes", "a giraffe in a park", "five dominoes"];
        File.WriteAllLines(path, prompts);
        try
        {
            var r = CliRunner.Run("plan", "--batch", path);
            Assert.Equal(0, r.ExitCode);
            var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(prompts.Length, lines.Length);
            for (var i = 0; i < prompts.Length; i++)
                Assert.Equal(prompts[i], PlanJson.Parse(lines[i]).Prompt);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Batch_keeps_alignment_when_a_line_is_bad()
    {
        var path = Path.Combine(Path.GetTempPath(), $"prompts-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, ["a ball", "", "a cube"]);
        try
        {
            var r = CliRunner.Run("plan", "--batch", path);
            Assert.Equal(1, r.ExitCode);
            var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("error", out _));
            Assert.Equal("a cube", PlanJson.Parse(lines[2]).Prompt);
        }
        finally { File.Delete(path); }
    }
}
