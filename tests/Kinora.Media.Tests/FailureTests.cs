using Kinora.Media.Images;
using Kinora.Media.Tools;

namespace Kinora.Media.Tests;

public class FailureTests
{
    [Fact]
    public void Missing_directory_fails_before_encoding_naming_the_path()
    {
        const string path = "/root/definitely-missing-dir/x/y.mp4";
        var e = Assert.ThrowsAny<MediaException>(() => VideoEncoder.Start(new EncodeSettings(path, 64, 64, 24), [], 48000, 2));
        Assert.Equal($"cannot write {path}: directory does not exist", e.Message);
    }

    [Fact]
    public void A_directory_is_not_an_output_file()
    {
        var e = Assert.Throws<MediaException>(() => OutputPath.EnsureWritable(Path.GetTempPath()));
        Assert.StartsWith($"cannot write {Path.GetTempPath()}", e.Message);
        Assert.EndsWith("it is a directory", e.Message);
    }

    [Fact]
    public void Unwritable_directory_is_reported()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return; // root may write anywhere
        var dir = Directory.CreateTempSubdirectory("kinora-ro-").FullName;
        try
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            var e = Assert.Throws<MediaException>(() => OutputPath.EnsureWritable(Path.Combine(dir, "a.mp4")));
            Assert.EndsWith("permission denied", e.Message);
        }
        finally
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Missing_ffmpeg_gives_the_install_command()
    {
        var nowhere = new ToolLocator("/nonexistent-bin-dir");
        var e = Assert.Throws<MissingDependencyException>(() =>
            VideoEncoder.Start(new EncodeSettings(SyntheticMedia.TempPath(".mp4"), 64, 64, 24), [], 48000, 2, nowhere));
        Assert.Equal("ffmpeg is not installed: run `sudo apt-get install ffmpeg`", e.Message);
        Assert.Equal("ffmpeg", e.Tool);
        Assert.Equal("sudo apt-get install ffmpeg", e.InstallCommand);
        Assert.IsAssignableFrom<MediaException>(e);
    }

    [Fact]
    public void Missing_ffprobe_and_missing_tool_for_thumbnails_too()
    {
        var nowhere = new ToolLocator("");
        Assert.Equal("ffprobe is not installed: run `sudo apt-get install ffmpeg`",
            Assert.Throws<MissingDependencyException>(() => nowhere.Find(ExternalTool.Ffprobe)).Message);
        Assert.Throws<MissingDependencyException>(() =>
            Thumbnail.Write(SyntheticMedia.TempPath(".jpg"), new byte[16], 2, 2, tools: nowhere));
    }

    [Fact]
    public void Tools_are_found_on_path()
    {
        Assert.True(ToolLocator.Default.TryFind(ExternalTool.Ffmpeg, out var ffmpeg));
        Assert.EndsWith("ffmpeg", ffmpeg);
        Assert.False(ToolLocator.Default.TryFind(new ExternalTool("kinora-no-such-tool", "nothing"), out _));
    }
}
