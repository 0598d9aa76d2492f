namespace Kinora.Media.Tools;

/// <summary>A program the Package stage runs, and the Debian package that provides it.</summary>
public sealed record ExternalTool(string Name, string Package)
{
    public static readonly ExternalTool Ffmpeg = new("ffmpeg", "ffmpeg");
    public static readonly ExternalTool Ffprobe = new("ffprobe", "ffmpeg");

    public string InstallCommand => $"sudo apt-get install {Package}";
}
