using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Loudness;

namespace Kinora.Sound.Music;

/// <summary>Composes, plays and places the music: cut to the clip, faded in and out, at a set loudness, added to the bed.</summary>
public static class MusicBed
{
    /// <summary>LU the music sits under effects and speech.</summary>
    public const double UnderActionLu = 8;
    private const double FadeInSeconds = 0.3, FadeOutSeconds = 1.5;

    public static void Render(MusicSpec spec, long seed, Span<float> bed, int rate, double targetLufs)
    {
        var frames = bed.Length / 2;
        var score = MusicComposer.Compose(spec, (double)frames / rate, seed);
        var music = FluidSynthRenderer.Render(score, rate);
        var n = Math.Min(frames, music.Length / 2);
        var fadeIn = (int)(FadeInSeconds * rate);
        var fadeOut = (int)(FadeOutSeconds * rate);
        for (var i = 0; i < n; i++)
        {
            var g = Math.Min(1f, Math.Min((float)i / fadeIn, (float)(frames - i) / fadeOut));
            music[2 * i] *= g;
            music[2 * i + 1] *= g;
        }
        var span = music.AsSpan(0, n * 2);
        var lufs = LoudnessMeter.Integrated(span, rate, 2);
        if (double.IsNegativeInfinity(lufs)) return;
        var gain = (float)Levels.DbToGain(targetLufs - lufs);
        for (var i = 0; i < span.Length; i++) bed[i] += span[i] * gain;
    }
}
