using Kinora.Motion;

namespace Kinora.Sound.Speech;

/// <summary>
/// One spoken line placed on the clip's timeline: who says it, what, from when (video seconds), the synthesized
/// mono samples at the clip's rate, and the voice's own word and phone timings (seconds from <see cref="Start"/>).
/// </summary>
public sealed record PlacedLine(string Speaker, string Text, double Start, float[] Samples, IReadOnlyList<SpokenWord> Words, IReadOnlyList<SpokenPhone> Phones);

/// <summary>
/// The clip's speech, synthesized once before anything moves: the Motion stage shapes mouths from its
/// <see cref="MouthCues"/>, the Sound stage mixes its samples and captions its words, so lips, voice and captions
/// all come from the same utterances. <see cref="Frames"/> sample frames at <see cref="Rate"/> is the clip's length;
/// nothing is placed after it.
/// </summary>
public sealed class PreparedSpeech
{
    /// <summary>The speaker id that has no body on screen: narration is heard but moves no mouth.</summary>
    public const string Narrator = "narrator";

    public PreparedSpeech(IReadOnlyList<PlacedLine> lines, int frames, int rate)
    {
        Lines = lines; Frames = frames; Rate = rate;
        MouthCues = Mouths(lines, (double)frames / rate);
    }

    public IReadOnlyList<PlacedLine> Lines { get; }
    public int Frames { get; }
    public int Rate { get; }
    public double Seconds => (double)Frames / Rate;

    /// <summary>Each on-screen speaker's mouth opening, phone by phone (see <see cref="Visemes"/>), in video seconds.</summary>
    public IReadOnlyList<MouthCue> MouthCues { get; }

    public static PreparedSpeech Silent(int frames, int rate) => new([], frames, rate);

    /// <summary>One cue per run of phones with the same opening and lip shape, cut at the clip's end; narration makes none.</summary>
    private static List<MouthCue> Mouths(IReadOnlyList<PlacedLine> lines, double clipSeconds)
    {
        var cues = new List<MouthCue>();
        foreach (var line in lines)
        {
            if (string.Equals(line.Speaker, Narrator, StringComparison.OrdinalIgnoreCase)) continue;
            MouthCue? open = null;
            foreach (var phone in line.Phones)
            {
                var start = line.Start + phone.Start;
                if (start >= clipSeconds) break;
                var end = Math.Min(clipSeconds, line.Start + phone.End);
                if (end <= start) continue;
                var opening = Visemes.Openness(phone.Name);
                var shape = Visemes.Shape(phone.Name);
                if (open is not null && open.Open == opening && open.Shape == shape) { open = open with { End = end }; continue; }
                if (open is not null) cues.Add(open);
                open = new MouthCue(line.Speaker, start, end, opening, shape);
            }
            if (open is not null) cues.Add(open);
        }
        return cues;
    }
}
