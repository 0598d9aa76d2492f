using Kinora.Sound.Speech;

namespace Kinora.Sound;

/// <summary>Interleaved float PCM, −1 to 1, and the caption cues of any speech in it.</summary>
public sealed record AudioClip(int SampleRate, int Channels, float[] Samples)
{
    public double Seconds => (double)Samples.Length / (SampleRate * Channels);

    /// <summary>One cue per caption-sized group of spoken words, timed from the synthesizer's word boundaries.</summary>
    public IReadOnlyList<Caption> Captions { get; init; } = [];
}
