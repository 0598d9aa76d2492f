using Kinora.Plan;

namespace Kinora.Sound.Speech;

/// <summary>
/// The speech step of the pipeline, run once after Compose and before Motion: the plan's lines are synthesized and
/// placed (<see cref="Dialogue"/>), and the result feeds the mouths (Motion), the mix and the captions (Sound).
/// </summary>
public static class SpeechStage
{
    public static PreparedSpeech Prepare(ScenePlan plan, IProgress<double>? progress = null)
    {
        var frames = SoundStage.FramesFor(plan.FrameCount, plan.Format.Fps);
        var speech = plan.Audio.Lines.Count > 0
            ? Dialogue.Prepare(plan.Audio.Lines, frames, SoundStage.SampleRate, progress)
            : PreparedSpeech.Silent(frames, SoundStage.SampleRate);
        progress?.Report(1);
        return speech;
    }
}
