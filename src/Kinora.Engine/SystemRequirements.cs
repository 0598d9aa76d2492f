using System.Runtime.InteropServices;

namespace Kinora.Engine;

/// <summary>A system component the pipeline needs, the Debian package that provides it, and how to check for it.</summary>
public sealed record Requirement(string What, string DebianPackage, Func<bool> IsPresent)
{
    public string InstallCommand => $"sudo apt-get install -y {DebianPackage}";
}

/// <summary>
/// What the pipeline needs from the operating system. Checked up front so a missing package is one clear line
/// ("libode8 is missing: sudo apt-get install -y libode8") rather than a native-load stack trace mid-render.
/// </summary>
public static class SystemRequirements
{
    public static readonly IReadOnlyList<Requirement> All =
    [
        new("ffmpeg (video encoding)", "ffmpeg", () => OnPath("ffmpeg") && OnPath("ffprobe")),
        new("EGL (headless OpenGL)", "libegl1 libegl-mesa0 libgl1-mesa-dri libgbm1", () => CanLoad("libEGL.so.1") && CanLoad("libgbm.so.1")),
        new("Open Dynamics Engine (physics)", "libode8", () => CanLoad("libode.so.8")),
        new("Festival with the SLT voice (speech)", "festival festvox-us-slt-hts",
            () => OnPath("festival") && Directory.Exists("/usr/share/festival/voices/us/cmu_us_slt_arctic_hts")),
        new("fluidsynth and the GM SoundFont (music)", "fluidsynth fluid-soundfont-gm",
            () => OnPath("fluidsynth") && File.Exists("/usr/share/sounds/sf2/FluidR3_GM.sf2")),
    ];

    public static IReadOnlyList<Requirement> Missing() => All.Where(r => !r.IsPresent()).ToList();

    private static bool CanLoad(string library)
    {
        if (!NativeLibrary.TryLoad(library, out var handle)) return false;
        NativeLibrary.Free(handle);
        return true;
    }

    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
