using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kinora.Sound.Speech;

/// <summary>
/// Text to speech with Festival and the CMU SLT HTS voice (Debian festival + festvox-us-slt-hts), chosen in
/// ARCHITECTURE.md because an independent recognizer understood it with ~8% word error. One batch run per
/// utterance writes a RIFF file and prints each word's start and end from the utterance's Word relation, which
/// drive captions and lip-sync. <see cref="Stretch"/> sets Festival's Duration_Stretch (1 = the voice's own
/// pace, above 1 slower) so different speakers do not sound identical.
/// </summary>
public sealed class FestivalVoice
{
    public const string InstallCommand = "sudo apt-get install -y festival festvox-us-slt-hts";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public double Stretch { get; init; } = 1.0;

    public Utterance Speak(string text)
    {
        var clean = Sanitize(text);
        var wav = Path.Combine(Path.GetTempPath(), $"kinora-tts-{Guid.NewGuid():N}.wav");
        var script = Path.ChangeExtension(wav, ".scm");
        try
        {
            File.WriteAllText(script, Script(clean, wav, Stretch));
            var words = Run(script);
            if (!File.Exists(wav)) throw new SoundToolUnavailableException("festival produced no audio for the line: " + clean);
            var (samples, rate) = WavReader.ReadMono(wav);
            return new Utterance(samples, rate, words);
        }
        finally
        {
            File.Delete(wav);
            File.Delete(script);
        }
    }

    /// <summary>Festival reads the text as a Scheme string: keep letters, digits and plain punctuation only.</summary>
    public static string Sanitize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(char.IsLetterOrDigit(c) || c is ' ' or ',' or '.' or '!' or '?' or '\'' or '-' or ':' or ';' ? c : ' ');
        var s = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return s.Length > 500 ? s[..500] : s;
    }

    private static string Script(string text, string wav, double stretch) => string.Create(CultureInfo.InvariantCulture, $"""
        (voice_cmu_us_slt_arctic_hts)
        (Parameter.set 'Duration_Stretch {stretch:0.###})
        (set! utt (Utterance Text "{text}"))
        (utt.synth utt)
        (utt.save.wave utt "{wav}" 'riff)
        (mapcar (lambda (w) (format t "W\t%s\t%f\t%f\n" (item.name w) (item.feat w "word_start") (item.feat w "word_end"))) (utt.relation.items utt 'Word))
        """);

    private static List<SpokenWord> Run(string script)
    {
        var psi = new ProcessStartInfo("festival") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-b");
        psi.ArgumentList.Add(script);
        Process p;
        try { p = Process.Start(psi)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new SoundToolUnavailableException($"festival (speech) is not installed: run `{InstallCommand}`");
        }
        using (p)
        {
            var err = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(Timeout)) { p.Kill(true); throw new SoundToolUnavailableException("festival did not finish within a minute"); }
            if (err.Result.Contains("SIOD ERROR", StringComparison.Ordinal) || err.Result.Contains("voice_cmu_us_slt_arctic_hts", StringComparison.Ordinal))
                throw new SoundToolUnavailableException($"festival could not speak (is the voice installed? `{InstallCommand}`): {err.Result.Trim().Split('\n')[^1]}");
            var words = new List<SpokenWord>();
            foreach (var line in output.Split('\n'))
            {
                var f = line.Split('\t');
                if (f.Length == 4 && f[0] == "W"
                    && double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var start)
                    && double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var end))
                    words.Add(new SpokenWord(f[1], start, end));
            }
            return words;
        }
    }
}
