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
    public static (float[] Stereo, IReadOnlyList<Caption> Captions) Render(IReadOnlyList<SpokenLine> lines, int frames, int rate)
    {
        var stereo = new float[frames * 2];
        var captions = new List<Caption>();
        var clipSeconds = (double)frames / rate;
        var speakers = new List<string>();
        var cursor = FirstLineAt;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            if (!speakers.Contains(line.Speaker)) speakers.Add(line.Speaker);
            var cast = VoiceCasting.For(line.Speaker, speakers.IndexOf(line.Speaker));
            var voice = new FestivalVoice { Stretch = cast.Pace, Pitch = cast.Pitch };
            var utterance = voice.Speak(line.Text);
            var samples = Resampler.Resample(utterance.Samples, utterance.Rate, rate);
            var start = line.Start ?? cursor;
            if (start >= clipSeconds) break;
            var offset = (int)Math.Round(start * rate);
            for (var i = 0; i < samples.Length && offset + i < frames; i++)
            {
                stereo[2 * (offset + i)] += samples[i];
                stereo[2 * (offset + i) + 1] += samples[i];
            }
            captions.AddRange(Cues(line.Speaker, WithPunctuation(utterance.Words, line.Text), start, clipSeconds));
            cursor = Math.Max(cursor, start + (double)samples.Length / rate + Gap);
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
