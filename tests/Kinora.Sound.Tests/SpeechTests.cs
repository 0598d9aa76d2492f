using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Speech;

namespace Kinora.Sound.Tests;

/// <summary>Speech through the real Festival voice: placement, word timings, captions, ducking.</summary>
public class SpeechTests
{
    private const int Rate = 48000;

    [Fact]
    public void A_line_is_spoken_where_scheduled_and_captioned_with_its_words()
    {
        var lines = new[] { new SpokenLine { Speaker = "robot1", Text = "Hello world, this is Kinora." } };
        var (stereo, captions) = Dialogue.Render(lines, 4 * Rate, Rate);
        Assert.Equal(8 * Rate, stereo.Length);
        Assert.Equal(["Hello world, this is Kinora."], captions.Select(c => c.Text));
        var cue = captions[0];
        Assert.Equal("robot1", cue.Speaker);
        Assert.InRange(cue.Start, Dialogue.FirstLineAt, Dialogue.FirstLineAt + 0.4);
        Assert.InRange(cue.End, cue.Start + 1, 4);
        // Silent before the line starts, voiced inside it.
        Assert.True(Levels.Rms(stereo.AsSpan(0, (int)(0.45 * Rate) * 2)) < 1e-6);
        Assert.True(Levels.Rms(stereo.AsSpan((int)(cue.Start * Rate) * 2, Rate)) > 0.01);
    }

    [Fact]
    public void Consecutive_lines_follow_each_other_and_long_lines_split_into_cues()
    {
        var lines = new[]
        {
            new SpokenLine { Speaker = "a", Text = "One two three." },
            new SpokenLine { Speaker = "b", Text = "This second line is long enough that it has to be split into two captions here." },
        };
        var (_, captions) = Dialogue.Render(lines, 12 * Rate, Rate);
        Assert.True(captions.Count >= 3, string.Join(" | ", captions));
        Assert.All(captions, c => Assert.True(c.Text.Length <= Dialogue.MaxCaptionChars));
        for (var i = 1; i < captions.Count; i++) Assert.True(captions[i].Start >= captions[i - 1].End - 1e-9, "cues do not overlap");
        Assert.Equal("b", captions[^1].Speaker);
    }

    [Fact]
    public void Speakers_get_different_voices()
    {
        Assert.Equal(4, new[] { "narrator", "robot", "alien", "cat" }.Select(VoiceCasting.For).Distinct().Count());
        Assert.True(VoiceCasting.For("man", 0).Pitch < VoiceCasting.For("woman", 1).Pitch);
        Assert.True(VoiceCasting.For("girl", 0).Pitch > VoiceCasting.For("woman", 1).Pitch);
        Assert.Equal(VoiceCasting.Narrator, VoiceCasting.For("narrator", 3));
    }

    [Fact]
    public void A_man_speaks_lower_than_the_narrator_and_keeps_his_word_timings()
    {
        const string text = "We should go home now, it is getting late.";
        var narrator = new FestivalVoice().Speak(text);
        var man = new FestivalVoice { Pitch = VoiceCasting.Man.Pitch }.Speak(text);
        var ratio = MedianPitchHz(man) / MedianPitchHz(narrator);
        Assert.InRange(ratio, VoiceCasting.Man.Pitch - 0.06, VoiceCasting.Man.Pitch + 0.06);
        // Same length (the pace is unchanged) and the last word still ends where the audio does.
        Assert.InRange(man.Seconds / narrator.Seconds, 0.93, 1.07);
        Assert.InRange(man.Words[^1].End, man.Seconds - 0.5, man.Seconds + 0.05);
    }

    /// <summary>Median f0 of voiced 40 ms frames by autocorrelation (60–400 Hz).</summary>
    private static double MedianPitchHz(Utterance u)
    {
        var s = u.Samples;
        var frame = u.Rate / 25;
        var pitches = new List<double>();
        var loud = Levels.Rms(s) * 0.5;
        for (var start = 0; start + 2 * frame < s.Length; start += frame / 2)
        {
            var window = s.AsSpan(start, frame);
            if (Levels.Rms(window) < loud) continue;
            double best = 0; var bestLag = 0;
            for (var lag = u.Rate / 400; lag <= u.Rate / 60; lag++)
            {
                double c = 0, e = 0;
                for (var i = 0; i < frame; i++) { c += s[start + i] * s[start + i + lag]; e += s[start + i + lag] * s[start + i + lag]; }
                var r = c / Math.Sqrt(e + 1e-12);
                if (r > best) { best = r; bestLag = lag; }
            }
            if (bestLag > 0) pitches.Add((double)u.Rate / bestLag);
        }
        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    [Fact]
    public void Hostile_text_is_sanitized_for_the_synthesizer()
    {
        // A quote or parenthesis would end Festival's Scheme string and run the rest as code.
        Assert.Equal("hi there quit", FestivalVoice.Sanitize("hi\" there\") (quit)"));
        var spoken = new FestivalVoice().Speak("\")) (system \"rm -rf /\") ((\"");
        Assert.True(spoken.Samples.Length > 0);
    }

    [Fact]
    public void Effects_duck_before_a_line_stay_down_between_its_words_and_recover()
    {
        // Two phrases: 1.0–1.5 s and, after a 0.3 s pause, 1.8–2.2 s.
        var speech = new float[2 * Rate * 5];
        foreach (var (from, to) in new[] { (1.0, 1.5), (1.8, 2.2) })
            for (var i = (int)(from * Rate); i < (int)(to * Rate); i++) speech[2 * i] = speech[2 * i + 1] = 0.3f * MathF.Sin(i * 0.05f);
        var effects = Enumerable.Repeat(0.5f, speech.Length).ToArray();
        var bed = Enumerable.Repeat(0.1f, speech.Length).ToArray();
        Ducking.Apply(speech, effects, bed, Rate);
        float At(double s) => effects[2 * (int)(s * Rate)] / 0.5f;
        var floor = (float)Levels.DbToGain(Ducking.DepthDb);
        Assert.Equal(1, At(0.45), 3);                        // long before: untouched
        Assert.Equal(floor, At(1.0), 3);                     // the first word already has the bed down
        Assert.Equal(floor, At(1.65), 3);                    // the pause between phrases does not pump
        Assert.Equal(floor, bed[2 * (int)(1.65 * Rate)] / 0.1f, 3);
        Assert.InRange(At(2.2 + Ducking.HoldSeconds + Ducking.RiseSeconds / 2), floor + 0.2f, 0.8f);   // coming back
        Assert.Equal(1, At(4.5), 3);                         // and back
    }

    [Fact]
    public void Resampling_keeps_a_tone_at_its_frequency()
    {
        var tone = Enumerable.Range(0, 32000).Select(i => MathF.Sin(2 * MathF.PI * 440 * i / 32000f)).ToArray();
        var up = Resampler.Resample(tone, 32000, Rate);
        Assert.Equal(Rate, up.Length);
        var crossings = 0;
        for (var i = 1; i < up.Length; i++) if (up[i - 1] < 0 && up[i] >= 0) crossings++;
        Assert.InRange(crossings, 438, 442);
        Assert.InRange(Levels.Rms(up), 0.69, 0.72);
    }
}
