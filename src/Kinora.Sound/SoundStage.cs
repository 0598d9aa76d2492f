using Kinora.Compose;
using Kinora.Motion;
using Kinora.Sound.Ambience;
using Kinora.Sound.Impacts;
using Kinora.Sound.Loudness;
using Kinora.Sound.Music;
using Kinora.Sound.Speech;

namespace Kinora.Sound;

/// <summary>
/// The Sound stage's entry point: every event of the track becomes sound, over an ambience bed.
/// <para>
/// Order: contacts are synthesized (direct sound plus the room's reverberation) into an effects mix and scaled
/// to −16 LUFS on their own, so the bed's
/// absolute level (−42 dBFS RMS room tone, −40 outdoor air) means the same distance under the action in every
/// clip; the bed is added; the whole is normalized again to −16 LUFS integrated (BS.1770-4) with sample peaks
/// ≤ −1 dBFS. A clip with no audible events keeps its bed at the bed level: normalizing room tone alone to
/// −16 LUFS would turn it into a roar.
/// </para>
/// Output length is exactly the video's: FrameCount / Fps seconds at 48 kHz, stereo interleaved.
/// </summary>
public static class SoundStage
{
    public const int SampleRate = 48000;
    public const int Channels = 2;

    public static AudioClip Render(World world, Track track, IProgress<double>? progress = null) =>
        RenderWithReport(world, track, progress).Clip;

    /// <summary>As <see cref="Render"/>, also saying what loudness normalization measured and did.</summary>
    public static (AudioClip Clip, LoudnessReport Loudness) RenderWithReport(World world, Track track, IProgress<double>? progress = null)
    {
        var frames = track.Fps > 0 ? (int)Math.Round((double)track.FrameCount * SampleRate / track.Fps) : 0;
        var effects = new float[frames * Channels];
        // Contacts are most of the work: 80 % of the progress bar.
        var heard = ContactSounds.Render(world, track, effects, SampleRate,
            progress is null ? null : new Progress80(progress));

        var mix = new float[frames * Channels];
        AmbienceBed.Render(world, mix, SampleRate);
        progress?.Report(0.85);

        var plan = world.Plan;
        if (plan.Audio.Music is { } music)
        {
            // Music sits 8 LU under the action and the voices; alone, it is the soundtrack at the target level.
            var alone = heard == 0 && plan.Audio.Lines.Count == 0;
            MusicBed.Render(music, plan.Seed, mix, SampleRate, alone ? LoudnessNormalizer.TargetLufs : LoudnessNormalizer.TargetLufs - MusicBed.UnderActionLu);
        }

        var (speech, captions) = world.Plan.Audio.Lines.Count > 0
            ? Dialogue.Render(world.Plan.Audio.Lines, frames, SampleRate)
            : (Array.Empty<float>(), (IReadOnlyList<Caption>)[]);
        var speechLufs = speech.Length > 0 ? LoudnessMeter.Integrated(speech, SampleRate, Channels) : double.NegativeInfinity;
        if (!double.IsNegativeInfinity(speechLufs))
        {
            // Dialogue is the foreground: at the target level itself, with everything else ducked under it.
            Ducking.Apply(speech, effects, mix, SampleRate);
            var speechGain = (float)Dsp.Levels.DbToGain(LoudnessNormalizer.TargetLufs - speechLufs);
            for (var i = 0; i < speech.Length; i++) speech[i] *= speechGain;
        }

        LoudnessReport report;
        var effectsLufs = heard > 0 ? LoudnessMeter.Integrated(effects, SampleRate, Channels) : double.NegativeInfinity;
        if (!double.IsNegativeInfinity(effectsLufs))
        {
            // Effects alone to the target first (gain only; the limiter runs once, on the final mix).
            var fxGain = (float)Dsp.Levels.DbToGain(LoudnessNormalizer.TargetLufs - effectsLufs);
            for (var i = 0; i < mix.Length; i++) mix[i] += effects[i] * fxGain;
            AddSpeech(mix, speech);
            report = LoudnessNormalizer.Normalize(mix, SampleRate, Channels);
        }
        else if (!double.IsNegativeInfinity(speechLufs))
        {
            AddSpeech(mix, speech);
            report = LoudnessNormalizer.Normalize(mix, SampleRate, Channels);
        }
        else
        {
            var bed = LoudnessMeter.Integrated(mix, SampleRate, Channels);
            var limiter = PeakLimiter.Apply(mix, Channels, SampleRate, (float)Dsp.Levels.DbToGain(LoudnessNormalizer.CeilingDbfs));
            report = new LoudnessReport(bed, 0, bed, Dsp.Levels.GainToDb(Dsp.Levels.Peak(mix)), limiter);
        }
        progress?.Report(1);
        return (new AudioClip(SampleRate, Channels, mix) { Captions = captions }, report);
    }

    private static void AddSpeech(float[] mix, float[] speech)
    {
        for (var i = 0; i < speech.Length; i++) mix[i] += speech[i];
    }

    /// <summary>Maps the contact renderer's 0–1 onto 0–0.8 of the stage.</summary>
    private sealed class Progress80(IProgress<double> inner) : IProgress<double>
    {
        public void Report(double value) => inner.Report(value * 0.8);
    }
}
