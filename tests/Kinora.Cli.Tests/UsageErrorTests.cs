namespace Kinora.Cli.Tests;

/// <summary>Wrong use gets one clear line on standard error and a non-zero exit, before any work is done.</summary>
public class UsageErrorTests
{
    private static void AssertOneLineError(CliRunner.Result r, int code, string mentions)
    {
        Assert.Equal(code, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("kinora: error: ", line);
        Assert.Contains(mentions, line);
    }

    [Fact]
    public void Empty_prompt() => AssertOneLineError(CliRunner.Run("generate", "", "-o", "/tmp/x.mp4"), 2, "empty");

    [Fact]
    public void Unknown_option() => AssertOneLineError(CliRunner.Run("generate", "a ball", "--colour", "red"), 2, "--colour");

    [Fact]
    public void Unknown_command() => AssertOneLineError(CliRunner.Run("paint", "a ball"), 2, "paint");

    [Fact]
    public void Unsupported_size() => AssertOneLineError(CliRunner.Run("generate", "a ball", "--size", "1000x1000"), 2, "1280x720");

    [Fact]
    public void Malformed_size() => AssertOneLineError(CliRunner.Run("generate", "a ball", "--size", "big"), 2, "--size");

    [Fact]
    public void Bad_seconds() => AssertOneLineError(CliRunner.Run("generate", "a ball", "--seconds", "-3"), 2, "--seconds");

    [Fact]
    public void Unwritable_output_path() =>
        AssertOneLineError(CliRunner.Run("generate", "a ball", "-o", "/nonexistent-dir/sub/out.mp4"), 1, "/nonexistent-dir/sub");

    [Fact]
    public void Missing_plan_file() => AssertOneLineError(CliRunner.Run("render", "/tmp/no-such-plan.json", "-o", "/tmp/x.mp4"), 2, "no-such-plan.json");

    [Fact]
    public void Malformed_plan_names_the_field()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-plan-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"version":1,"format":{"width":1280,"height":720,"fps":500},"shots":[{}]}""");
        try { AssertOneLineError(CliRunner.Run("render", path, "-o", "/tmp/x.mp4"), 2, "format.fps"); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Help_exits_zero()
    {
        var r = CliRunner.Run("generate", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--seconds", r.Stdout);
    }
}
