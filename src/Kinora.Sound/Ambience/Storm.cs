namespace Kinora.Sound.Ambience;

/// <summary>
/// A storm's bed: heavy rain and gusting wind. The thunder is added by <see cref="AmbienceBed"/> at a level set
/// against this bed (<see cref="Thunder"/>), so a loud clap does not push the rain down when the bed is levelled.
/// </summary>
public sealed class Storm : ILayer
{
    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        new Rain(Rain.DropsPerSecond * 3, 1.5).Render(stereo, seed, sampleRate);
        var wind = new float[stereo.Length];
        new Wind(0.5).Render(wind, seed, sampleRate);
        Dsp.Levels.ScaleToRms(wind, Dsp.Levels.GainToDb(Dsp.Levels.Rms(stereo)) - 4);
        for (var i = 0; i < stereo.Length; i++) stereo[i] += wind[i];
    }
}
