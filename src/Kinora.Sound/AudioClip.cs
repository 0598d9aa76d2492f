namespace Kinora.Sound;

/// <summary>Interleaved float PCM, −1 to 1.</summary>
public sealed record AudioClip(int SampleRate, int Channels, float[] Samples)
{
    public double Seconds => (double)Samples.Length / (SampleRate * Channels);
}
