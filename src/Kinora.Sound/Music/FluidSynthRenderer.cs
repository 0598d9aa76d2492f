using System.Diagnostics;
using Kinora.Sound.Speech;

namespace Kinora.Sound.Music;

/// <summary>
/// Plays a score on Debian's General MIDI SoundFont (fluid-soundfont-gm, FluidR3_GM.sf2) with the fluidsynth
/// command line, as measured in ARCHITECTURE.md (an 18.6 s piece in 0.56 s), at the mix's sample rate.
/// Its output is about −33 LUFS; the mixer sets the level.
/// </summary>
public static class FluidSynthRenderer
{
    public const string SoundFont = "/usr/share/sounds/sf2/FluidR3_GM.sf2";
    public const string InstallCommand = "sudo apt-get install -y fluidsynth fluid-soundfont-gm";

    /// <summary>Interleaved stereo at <paramref name="rate"/>.</summary>
    public static float[] Render(Score score, int rate)
    {
        if (!File.Exists(SoundFont)) throw new SoundToolUnavailableException($"the General MIDI SoundFont is missing: run `{InstallCommand}`");
        var mid = Path.Combine(Path.GetTempPath(), $"kinora-music-{Guid.NewGuid():N}.mid");
        var wav = Path.ChangeExtension(mid, ".wav");
        try
        {
            File.WriteAllBytes(mid, MidiFile.Write(score));
            var psi = new ProcessStartInfo("fluidsynth") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-ni", "-q", "-F", wav, "-r", rate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-T", "wav", "-O", "s16", SoundFont, mid })
                psi.ArgumentList.Add(a);
            Process p;
            try { p = Process.Start(psi)!; }
            catch (System.ComponentModel.Win32Exception) { throw new SoundToolUnavailableException($"fluidsynth (music) is not installed: run `{InstallCommand}`"); }
            using (p)
            {
                var err = p.StandardError.ReadToEndAsync();
                p.StandardOutput.ReadToEnd();
                if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(true); throw new InvalidOperationException("fluidsynth did not finish"); }
                if (p.ExitCode != 0 || !File.Exists(wav)) throw new InvalidOperationException("fluidsynth failed: " + err.Result.Trim());
            }
            return WavReader.ReadStereo(wav);
        }
        finally
        {
            File.Delete(mid);
            File.Delete(wav);
        }
    }
}
