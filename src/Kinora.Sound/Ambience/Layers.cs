using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>Mixing helpers shared by the beds: a layer at its level, a grain at its place.</summary>
public static class Layers
{
    /// <summary>Renders a layer alone, scales it to <paramref name="rmsDbfs"/> and adds it into the bed.</summary>
    public static void Add(ILayer layer, Span<float> bed, double rmsDbfs, long seed, int sampleRate)
    {
        var scratch = new float[bed.Length];
        layer.Render(scratch, seed, sampleRate);
        Levels.ScaleToRms(scratch, rmsDbfs);
        for (var i = 0; i < bed.Length; i++) bed[i] += scratch[i];
    }

    /// <summary>Adds a mono grain into the stereo buffer at a frame, panned by constant power (pan −1 left … +1 right).</summary>
    public static void AddPanned(ReadOnlySpan<float> mono, Span<float> stereo, int startFrame, double pan, double gain = 1)
    {
        var theta = (Math.Clamp(pan, -1, 1) + 1) * Math.PI / 4;
        var l = (float)(Math.Cos(theta) * gain);
        var r = (float)(Math.Sin(theta) * gain);
        var frames = stereo.Length / 2;
        for (var i = 0; i < mono.Length && startFrame + i < frames; i++)
        {
            if (startFrame + i < 0) continue;
            stereo[2 * (startFrame + i)] += mono[i] * l;
            stereo[2 * (startFrame + i) + 1] += mono[i] * r;
        }
    }
}
