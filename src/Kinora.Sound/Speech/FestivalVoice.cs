using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kinora.Sound.Speech;

/// <summary>
/// Text to speech with Festival and the CMU SLT HTS voice (Debian festival + festvox-us-slt-hts), chosen in
/// ARCHITECTURE.md because an independent recognizer understood it with ~8% word error. One batch run per
/// utterance writes a RIFF file and prints each word's start and end from the utterance's Word relation (captions)
/// and each phone's end from its Segment relation (mouth shapes). <see cref="Stretch"/> sets the pace (1 = the voice's own, above 1 slower) through
/// the HTS engine's speed option ("-r"): the HTS voice ignores Festival's Duration_Stretch, and its word timings
/// follow "-r" (checked: 2.05 s vs 2.10 s of audio at -r 1.25).
/// </summary>
public sealed class FestivalVoice
{
    public const string InstallCommand = "sudo apt-get install -y festival festvox-us-slt-hts";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public double Stretch { get; init; } = 1.0;

    /// <summary>
    /// Pitch and formant scale (1 = the voice as recorded, 0.8 a larger, lower voice). Done by speaking
    /// <see cref="Pitch"/> times faster and then playing the samples slower by the same factor (re-labelling their
    /// rate), which lowers every frequency by it and restores the duration: pitch and vocal-tract size move together,
    /// as between real speakers, with no phase-vocoder artefacts. Word timings are scaled to match.
    /// </summary>
    public double Pitch { get; init; } = 1.0;

    public Utterance Speak(string text)
    {
        var clean = Sanitize(text);
        var wav = Path.Combine(Path.GetTempPath(), $"kinora-tts-{Guid.NewGuid():N}.wav");
        var script = Path.ChangeExtension(wav, ".scm");
        try
        {
            var pitch = Math.Clamp(Pitch, 0.5, 2);
            File.WriteAllText(script, Script(clean, wav, Stretch * pitch));
            var (words, phones) = Run(script);
            if (!File.Exists(wav)) throw new SoundToolUnavailableException("festival produced no audio for the line: " + clean);
            var (samples, rate) = WavReader.ReadMono(wav);
            if (pitch == 1) return new Utterance(samples, rate, words, phones);
            var scaledWords = words.Select(w => w with { Start = w.Start / pitch, End = w.End / pitch }).ToList();
            var scaledPhones = phones.Select(p => p with { Start = p.Start / pitch, End = p.End / pitch }).ToList();
            return new Utterance(samples, (int)Math.Round(rate * pitch), scaledWords, scaledPhones);
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
        (set! hts_engine_params (append cmu_us_slt_arctic_hts::hts_engine_params (list (list "-r" {1 / stretch:0.####}))))
        (set! utt (Utterance Text "{text}"))
        (utt.synth utt)
        (utt.save.wave utt "{wav}" 'riff)
        (mapcar (lambda (w) (format t "W\t%s\t%f\t%f\n" (item.name w) (item.feat w "word_start") (item.feat w "word_end"))) (utt.relation.items utt 'Word))
        (mapcar (lambda (s) (format t "P\t%s\t%f\n" (item.name s) (item.feat s "end"))) (utt.relation.items utt 'Segment))
        """);

    private static (List<SpokenWord> Words, List<SpokenPhone> Phones) Run(string script)
    {
        var psi = new ProcessStartInfo("festival") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-b");
        psi.ArgumentList.Add(script);
        Process p;
        FestivalRuns.Started();
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
            var phones = new List<SpokenPhone>();
            foreach (var line in output.Split('\n'))
            {
                var f = line.Split('\t');
                if (f.Length == 4 && f[0] == "W"
                    && double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var start)
                    && double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var end))
                    words.Add(new SpokenWord(f[1], start, end));
                // A phone starts where the one before it ended (the Segment relation is contiguous from 0).
                else if (f.Length == 3 && f[0] == "P"
                    && double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var phoneEnd))
                {
                    var from = phones.Count > 0 ? phones[^1].End : 0;
                    phones.Add(new SpokenPhone(f[1], from, Math.Max(from, phoneEnd)));
                }
            }
            return (words, phones);
        }
    }
}
