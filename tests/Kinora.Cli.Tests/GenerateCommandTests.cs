using Kinora.Media.Probe;
using Kinora.Plan;

namespace Kinora.Cli.Tests;

/// <summary>The user's path through the real program: generate, edit the plan, render it again.</summary>
public class GenerateCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kinora-cli");
    public void Dispose() => _dir.Delete(true);
    private string At(string name) => Path.Combine(_dir.FullName, name);

    [Fact]
    public void Generate_writes_the_video_plan_thumbnail_and_contact_sheet_and_reports_stage_times()
    {
        var r = CliRunner.Run("generate", "a red ball bounces on a wooden floor", "-o", At("ball.mp4"), "--seconds", "1",
            "--size", "640x360", "--fps", "30", "--seed", "4", "--plan-out", At("plan.json"), "--thumbnail", At("thumb.jpg"),
            "--contact-sheet", At("sheet.png"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var info = MediaProbe.Probe(At("ball.mp4"));
        Assert.Equal((640, 360), (info.Width, info.Height));
        Assert.Equal(30, info.Fps, 3);
        Assert.Equal(30, info.VideoFrames);
        var plan = PlanJson.Parse(File.ReadAllText(At("plan.json")));
        Assert.Equal((4L, 1.0), (plan.Seed, plan.Format.Seconds));
        Assert.True(new FileInfo(At("thumb.jpg")).Length > 1000);
        Assert.True(new FileInfo(At("sheet.png")).Length > 1000);
        foreach (var stage in new[] { "plan", "compose", "simulate", "sound", "render", "encode" })
            Assert.Contains(stage, r.Stderr);
        Assert.Contains(At("ball.mp4"), r.Stderr);
    }

    [Fact]
    public void An_edited_plan_renders_with_the_edit()
    {
        var plan = PlanJson.Parse(CliRunner.Run("plan", "a red ball bounces on a wooden floor", "--seconds", "1", "--size", "640x360").Stdout);
        var edited = plan with { Format = plan.Format with { Width = 360, Height = 640 }, World = plan.World with { Ground = "grass" } };
        File.WriteAllText(At("edited.json"), PlanJson.Serialize(edited));
        var r = CliRunner.Run("render", At("edited.json"), "-o", At("edited.mp4"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var info = MediaProbe.Probe(At("edited.mp4"));
        Assert.Equal((360, 640), (info.Width, info.Height));
    }

    [Fact]
    public void A_missing_system_package_is_named_with_its_install_command()
    {
        // A PATH with dotnet but without ffmpeg, as on a machine where the package was never installed.
        var bin = Directory.CreateDirectory(At("bin"));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "/usr/bin/dotnet";
        File.CreateSymbolicLink(Path.Combine(bin.FullName, "dotnet"), Path.GetFullPath(dotnet));
        var r = CliRunner.RunWithPath(bin.FullName, "generate", "a ball", "-o", At("x.mp4"));
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("ffmpeg", r.Stderr);
        Assert.Contains("apt-get install", r.Stderr);
        Assert.False(File.Exists(At("x.mp4")));
    }
}
