using Kinora.Plan;
using Kinora.Sound.Speech;

namespace Kinora.Engine.Tests;

/// <summary>Speech is a step of its own before Motion: synthesized once, then shared by mouths, mix and captions.</summary>
public class SpeechPipelineTests
{
    [Fact]
    public void A_clip_synthesizes_each_line_once_and_captions_it()
    {
        var plan = KinoraEngine.Plan("a man stands in a kitchen", new() { Width = 640, Height = 360, Seconds = 3, Seed = 5 });
        var man = plan.Cast.First(c => c.Kind is "person" or "man").Id;
        plan = plan with
        {
            Audio = plan.Audio with
            {
                Lines = [new SpokenLine { Speaker = man, Text = "Good morning." }, new SpokenLine { Speaker = "narrator", Text = "He smiled." }],
            },
        };
        var video = Path.Combine(Path.GetTempPath(), $"kinora-speech-{Guid.NewGuid():N}.mp4");
        var vtt = Path.ChangeExtension(video, ".vtt");
        try
        {
            using var runs = FestivalRuns.Count();
            var result = KinoraEngine.Render(plan, new GenerateOptions(video) { CaptionsPath = vtt });
            Assert.Equal(2, runs.Runs);
            Assert.Contains(result.Timings, t => t.Stage == Stages.Speech);
            var captions = File.ReadAllText(vtt);
            Assert.Contains("Good morning.", captions);
            Assert.Contains("He smiled.", captions);
            Assert.True(captions.IndexOf("Good morning.", StringComparison.Ordinal) < captions.IndexOf("He smiled.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(video);
            File.Delete(vtt);
        }
    }
}
