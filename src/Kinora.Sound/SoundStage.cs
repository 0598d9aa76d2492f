using Kinora.Compose;
using Kinora.Motion;

namespace Kinora.Sound;

/// <summary>Interleaved float PCM, −1 to 1.</summary>
public sealed record AudioClip(int SampleRate, int Channels, float[] Samples)
{
    public double Seconds => (double)Samples.Length / (SampleRate * Channels);
}

/// <summary>The Sound stage's entry point: every event of the track becomes sound, over an ambience bed.</summary>
public static class SoundStage
{
    public const int SampleRate = 48000;

    public static AudioClip Render(World world, Track track, IProgress<double>? progress = null) =>
        throw new NotImplementedException("Sound helper fills this in");
}
