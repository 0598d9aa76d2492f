using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Speech;

/// <summary>
/// Places the plan's spoken lines on the timeline and synthesizes them: a line with a start time speaks then,
/// the others follow one another from <see cref="FirstLineAt"/> with a <see cref="Gap"/> between them. Each speaker
/// gets their own pace so two characters do not sound alike. Speech is centred (both channels) and cut at the
/// clip's end; the caption of a cut line ends there too.
/// </summary>
public static class Dialogue
{
    /// <summary>s; the first unscheduled line starts here, after the picture has settled.</summary>
    public const double FirstLineAt = 0.5;
    /// <summary>s between consecutive lines.</summary>
    public const double Gap = 0.35;
    /// <summary>A caption holds at most this many characters (the common 42-per-line broadcast limit).</summary>
    public const int MaxCaptionChars = 42;
    /// <summary>s a caption stays up after its last word.</summary>
    public const double CaptionHold = 0.3;

    /// <summary>Stereo speech the length of <paramref name="frames"/> sample frames, and its captions.</summary>
    public static (float[] Stereo, IReadOnlyList<Caption> Captions) Render(IReadOnlyList<SpokenLine> lines, int frames, int rate) =>
        Render(Prepare(lines, frames, rate));

    /// <summary>
    /// Synthesizes and places the lines of a clip <paramref name="frames"/> sample frames long at
    /// <paramref name="rate"/>: one Festival run per line, none for a line scheduled after the clip's end. The runs
    /// are independent processes (each voice depends only on its speaker's order), so they run side by side; only
    /// the placement, which depends on the lengths of the lines before, is sequential, and an unscheduled line it
    /// pushes past the clip's end is dropped then (its run was spent, the price of running them side by side).
    /// </summary>
    public static PreparedSpeech Prepare(IReadOnlyList<SpokenLine> lines, int frames, int rate, IProgress<double>? progress = null)
    {
        var clipSeconds = (double)frames / rate;
        var speakers = new List<string>();
        var voices = new FestivalVoice?[lines.Count];
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            if (!speakers.Contains(line.Speaker)) speakers.Add(line.Speaker);
            if (line.Start >= clipSeconds) continue;
            var cast = VoiceCasting.For(line.Speaker, speakers.IndexOf(line.Speaker));
            voices[k] = new FestivalVoice { Stretch = cast.Pace, Pitch = cast.Pitch };
        }
        var spoken = new Utterance?[lines.Count];
        var done = 0;
        try
        {
            Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
            {
                if (voices[k] is not { } voice) return;
                spoken[k] = voice.Speak(lines[k].Text);
                // One report at a time, in order: progress sinks are not thread-safe.
                lock (spoken) progress?.Report((double)++done / lines.Count);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers handle a missing tool (SoundToolUnavailableException), not the parallel loop's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var placed = new List<PlacedLine>();
        var cursor = FirstLineAt;
        for (var k = 0; k < lines.Count; k++)
        {
            if (spoken[k] is not { } utterance) continue;
            var line = lines[k];
            // An unscheduled line that would start after the clip's end is not heard.
            var start = line.Start ?? cursor;
            if (start >= clipSeconds) continue;
            var samples = Resampler.Resample(utterance.Samples, utterance.Rate, rate);
            placed.Add(new PlacedLine(line.Speaker, line.Text, start, samples, WithPunctuation(utterance.Words, line.Text), utterance.Phones));
            cursor = Math.Max(cursor, start + (double)samples.Length / rate + Gap);
        }
        return new PreparedSpeech(placed, frames, rate);
    }

    /// <summary>The prepared lines mixed into stereo (centred, cut at the clip's end), and their captions.</summary>
    public static (float[] Stereo, IReadOnlyList<Caption> Captions) Render(PreparedSpeech speech)
    {
        var (frames, rate) = (speech.Frames, speech.Rate);
        var stereo = new float[frames * 2];
        var captions = new List<Caption>();
        foreach (var line in speech.Lines)
        {
            var samples = line.Samples;
            var offset = (int)Math.Round(line.Start * rate);
            for (var i = 0; i < samples.Length && offset + i < frames; i++)
            {
                stereo[2 * (offset + i)] += samples[i];
                stereo[2 * (offset + i) + 1] += samples[i];
            }
            captions.AddRange(Cues(line.Speaker, line.Words, line.Start, speech.Seconds));
        }
        return (stereo, captions);
    }

    /// <summary>
    /// Festival names words without their punctuation; when its words match the line's written words one to one,
    /// captions show the written ones ("world," not "world"). Numbers and abbreviations expand into several
    /// spoken words, and then the spoken words are shown.
    /// </summary>
    private static IReadOnlyList<SpokenWord> WithPunctuation(IReadOnlyList<SpokenWord> spoken, string text)
    {
        var written = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (written.Length != spoken.Count) return spoken;
        return spoken.Select((w, k) => w with { Text = written[k] }).ToList();
    }

    /// <summary>Groups words into caption-sized cues, each shown from its first word's start to its last word's end plus a hold.</summary>
    private static IEnumerable<Caption> Cues(string speaker, IReadOnlyList<SpokenWord> words, double offset, double clipSeconds)
    {
        var i = 0;
        while (i < words.Count)
        {
            var text = words[i].Text;
            var j = i + 1;
            while (j < words.Count && text.Length + 1 + words[j].Text.Length <= MaxCaptionChars) text += " " + words[j++].Text;
            var start = offset + words[i].Start;
            if (start >= clipSeconds) yield break;
            var end = Math.Min(clipSeconds, offset + words[j - 1].End + CaptionHold);
            if (j < words.Count) end = Math.Min(end, offset + words[j].Start);
            yield return new Caption(start, end, speaker, text);
            i = j;
        }
    }
}
