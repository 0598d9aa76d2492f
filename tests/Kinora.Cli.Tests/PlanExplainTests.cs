using Kinora.Plan;

namespace Kinora.Cli.Tests;

/// <summary>`kinora plan --explain` and `kinora plan --image`.</summary>
public class PlanExplainTests
{
    [Fact]
    public void Explain_prints_a_table_of_what_each_word_became()
    {
        var r = CliRunner.Run("plan", "--explain", "a red ball bounces to the left of a cube near a zorblaxian");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("red ", StringComparison.Ordinal) && l.Contains("attribute") && l.Contains("colour red (ball1)"));
        Assert.Contains(lines, l => l.StartsWith("to the left of", StringComparison.Ordinal) && l.Contains("relation: ball1 left of cube1"));
        Assert.Contains(lines, l => l.StartsWith("zorblaxian", StringComparison.Ordinal) && l.Contains("not understood"));
        Assert.Contains(lines, l => l.StartsWith("grammar words:", StringComparison.Ordinal));
        Assert.DoesNotContain("\"cast\"", r.Stdout);   // the table instead of the JSON
    }

    [Fact]
    public void Image_sets_the_picture_and_its_use()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kinora-{Guid.NewGuid():N}.png");
        // A 1×1 opaque PNG.
        File.WriteAllBytes(path, Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"));
        try
        {
            var r = CliRunner.Run("plan", "a cat sleeps under it, as a painting on the wall", "--image", path);
            Assert.Equal(0, r.ExitCode);
            var plan = PlanJson.Parse(r.Stdout);
            Assert.Equal(("painting", "crop"), (plan.Picture?.Use, plan.Picture?.Fit));
            Assert.Equal(Path.GetFullPath(path), plan.Picture?.Path);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_file_that_is_not_a_picture_is_a_usage_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kinora-{Guid.NewGuid():N}.png");
        File.WriteAllText(path, "not a picture");
        try
        {
            var r = CliRunner.Run("plan", "a cat", "--image", path);
            Assert.Equal(2, r.ExitCode);
            Assert.DoesNotContain("Unhandled", r.Stderr);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_missing_image_is_a_usage_error()
    {
        var r = CliRunner.Run("plan", "a cat", "--image", "/no/such/picture.png");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr);
    }
}
