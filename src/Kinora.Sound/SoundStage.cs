using Kinora.Compose;
using Kinora.Motion;
using Kinora.Sound.Ambience;
using Kinora.Sound.Events;
using Kinora.Sound.Loudness;
using Kinora.Sound.Music;
using Kinora.Sound.Sources;
using Kinora.Sound.Spatial;
using Kinora.Sound.Speech;

namespace Kinora.Sound;

/// <summary>
/// The Sound stage's entry point: every event of the track becomes sound, over an ambience bed.
/// <para>
/// Order: events (impacts, steps, shatters, splashes, rolling), moving vehicles and animal calls are synthesized
/// onto one effects bus, placed from the camera (pan, distance, travel time, Doppler) with the room's
/// reverberation, and scaled to −14 LUFS on their own, so the bed's absolute level (−42 dBFS RMS room tone, −40
/// outdoor air, −30 a street…) means the same distance under the action in every clip; the bed, music and speech
/// are added; the whole is normalized again to −14 LUFS integrated (BS.1770-4) with true peaks ≤ −1 dBTP. A clip
/// with nothing but a quiet bed keeps the bed at its own level (normalizing room tone alone would turn it into a
/// roar); a bed that is loud by nature (rain, surf, a street, a café) is then the soundtrack, mastered like one.
/// </para>
/// Output length is exactly the video's: FrameCount / Fps seconds at 48 kHz, stereo interleaved.
/// </summary>
public static class SoundStage
{
    public const int SampleRate = 48000;
    public const int Channels = 2;

    /// <summary>Sample frames in a clip of <paramref name="videoFrames"/> at <paramref name="fps"/>.</summary>
    public static int FramesFor(int videoFrames, int fps) => fps > 0 ? (int)Math.Round((double)videoFrames * SampleRate / fps) : 0;

    /// <summary>Renders the clip's sound, synthesizing its plan's lines here (see the overload that takes them prepared).</summary>
    public static AudioClip Render(World world, Track track, IProgress<double>? progress = null) =>
        RenderWithReport(world, track, null, progress).Clip;

    /// <summary>Renders the clip's sound with speech already prepared by <see cref="SpeechStage"/> (the same
    /// utterances the mouths followed); null prepares it from the world's plan.</summary>
    public static AudioClip Render(World world, Track track, PreparedSpeech? speech, IProgress<double>? progress = null) =>
        RenderWithReport(world, track, speech, progress).Clip;

    /// <summary>As <see cref="Render(World, Track, PreparedSpeech?, IProgress{double}?)"/>, also saying what
    /// loudness normalization measured and did.</summary>
    public static (AudioClip Clip, LoudnessReport Loudness) RenderWithReport(World world, Track track, PreparedSpeech? speech = null, IProgress<double>? progress = null)
    {
        var frames = FramesFor(track.FrameCount, track.Fps);
        var bus = new EffectsBus(track, SampleRate, frames, RoomAcoustics.For(world));
        // Events are most of the work: 70 % of the progress bar.
        EventSounds.Render(world, track, bus, progress is null ? null : new Progress70(progress));
        VehicleSounds.Render(world, track, bus);
        AnimalVoices.Render(world, track, bus);
        progress?.Report(0.8);
        bus.Finish();
        var effects = bus.Stereo;
        var heard = bus.Heard;

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

        var (voices, captions) = Voices(world, speech, frames);
        var speechLufs = voices.Length > 0 ? LoudnessMeter.Integrated(voices, SampleRate, Channels) : double.NegativeInfinity;
        // The effects' own loudness before any ducking: their gain to the target must not undo the ducking.
        var effectsLufs = heard > 0 ? LoudnessMeter.Integrated(effects, SampleRate, Channels) : double.NegativeInfinity;
        if (!double.IsNegativeInfinity(speechLufs))
        {
            // Dialogue is the foreground: at the target level itself, with everything else ducked under it, the
            // louder the background the deeper.
            var depth = Ducking.DepthFor(LoudnessNormalizer.TargetLufs, LoudnessMeter.Integrated(mix, SampleRate, Channels));
            Ducking.Apply(voices, effects, mix, SampleRate, depth);
            var speechGain = (float)Dsp.Levels.DbToGain(LoudnessNormalizer.TargetLufs - speechLufs);
            for (var i = 0; i < voices.Length; i++) voices[i] *= speechGain;
        }

        LoudnessReport report;
        if (!double.IsNegativeInfinity(effectsLufs))
        {
            // Effects alone to the target first (gain only; the limiter runs once, on the final mix).
            var fxGain = (float)Dsp.Levels.DbToGain(LoudnessNormalizer.TargetLufs - effectsLufs);
            for (var i = 0; i < mix.Length; i++) mix[i] += effects[i] * fxGain;
            AddSpeech(mix, voices);
            report = LoudnessNormalizer.Normalize(mix, SampleRate, Channels);
        }
        else if (!double.IsNegativeInfinity(speechLufs))
        {
            AddSpeech(mix, voices);
            report = LoudnessNormalizer.Normalize(mix, SampleRate, Channels);
        }
        else if (plan.Audio.Music is null && AmbienceBed.CarriesAClip(world))
        {
            // Nothing happens but the place is loud by nature (rain, surf, a street): the bed is the soundtrack.
            report = LoudnessNormalizer.Normalize(mix, SampleRate, Channels);
        }
        else
        {
            var bed = LoudnessMeter.Integrated(mix, SampleRate, Channels);
            var limiter = PeakLimiter.Apply(mix, Channels, SampleRate, (float)Dsp.Levels.DbToGain(LoudnessNormalizer.CeilingDbfs));
            report = new LoudnessReport(bed, 0, bed, TruePeak.MaxDb(mix, Channels), limiter);
        }
        progress?.Report(1);
        return (new AudioClip(SampleRate, Channels, mix) { Captions = captions }, report);
    }

    /// <summary>The dialogue bus (empty when nobody speaks) and its captions, fitted to this clip's length.</summary>
    private static (float[] Stereo, IReadOnlyList<Caption> Captions) Voices(World world, PreparedSpeech? speech, int frames)
    {
        if (speech is not null && speech.Rate != SampleRate)
            throw new ArgumentException($"speech was prepared at {speech.Rate} Hz, the mix runs at {SampleRate} Hz", nameof(speech));
        speech ??= world.Plan.Audio.Lines.Count > 0 ? Dialogue.Prepare(world.Plan.Audio.Lines, frames, SampleRate) : null;
        if (speech is null || speech.Lines.Count == 0) return ([], []);
        if (speech.Frames != frames) speech = new PreparedSpeech(speech.Lines, frames, SampleRate);
        return Dialogue.Render(speech);
    }

    private static void AddSpeech(float[] mix, float[] speech)
    {
        for (var i = 0; i < speech.Length; i++) mix[i] += speech[i];
    }

    /// <summary>Maps the event renderer's 0–1 onto 0–0.7 of the stage.</summary>
    private sealed class Progress70(IProgress<double> inner) : IProgress<double>
    {
        public void Report(double value) => inner.Report(value * 0.7);
    }
}
