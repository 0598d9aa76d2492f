namespace Kinora.Sound.Speech;

/// <summary>A word as spoken: its text and when it starts and ends, seconds from the start of the utterance or clip.</summary>
public readonly record struct SpokenWord(string Text, double Start, double End);

/// <summary>One synthesized utterance: mono samples at <see cref="Rate"/>, its word and its phone timings.</summary>
public sealed record Utterance(float[] Samples, int Rate, IReadOnlyList<SpokenWord> Words, IReadOnlyList<SpokenPhone> Phones)
{
    public double Seconds => (double)Samples.Length / Rate;
}

/// <summary>A caption cue: text shown from <see cref="Start"/> to <see cref="End"/> (video seconds).</summary>
public sealed record Caption(double Start, double End, string Speaker, string Text);
