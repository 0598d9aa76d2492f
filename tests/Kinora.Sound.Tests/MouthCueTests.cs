using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Speech;

namespace Kinora.Sound.Tests;

/// <summary>Speech prepared once before Motion: phone timings from the real Festival voice, and the mouth cues made
/// from them checked against the loudness of the very samples that are heard.</summary>
public class MouthCueTests
{
    private const int Rate = 48000;
    /// <summary>s; the envelope's frame (a syllable lasts 100–250 ms).</summary>
    private const double Hop = 0.01;

    [Fact]
    public void Phone_timings_are_contiguous_monotonic_and_span_the_utterance()
    {
        // A lowered voice: its timings go through the pitch trick's rescaling.
        var u = new FestivalVoice { Pitch = VoiceCasting.Man.Pitch }.Speak("Stop. Wait here, then go home now.");
        Assert.True(u.Phones.Count >= 20, $"{u.Phones.Count} phones");
        Assert.Equal(0, u.Phones[0].Start);
        for (var i = 0; i < u.Phones.Count; i++)
        {
            Assert.True(u.Phones[i].End > u.Phones[i].Start, $"phone {i} {u.Phones[i]} has no length");
            if (i > 0) Assert.Equal(u.Phones[i - 1].End, u.Phones[i].Start);
        }
        Assert.InRange(u.Phones[^1].End, u.Seconds - 0.02, u.Seconds + 0.02);
        // Words sit on phone boundaries: the phones are the words' own timeline.
        foreach (var w in u.Words)
            Assert.Contains(u.Phones, p => Math.Abs(p.Start - w.Start) < 1e-6 || Math.Abs(p.End - w.Start) < 1e-6);
        Assert.Equal(["s", "t", "aa", "p"], u.Phones.Skip(1).Take(4).Select(p => p.Name));
    }

    [Fact]
    public void The_mouth_is_open_where_the_voice_is_loud_and_shut_in_the_pauses()
    {
        var lines = new[]
        {
            new SpokenLine { Speaker = "man1", Text = "Come back here, we must go home now." },
            new SpokenLine { Speaker = "woman1", Text = "Maybe tomorrow, papa." },
        };
        var speech = Dialogue.Prepare(lines, 7 * Rate, Rate);
        var (stereo, _) = Dialogue.Render(speech);
        var cues = speech.MouthCues;
        Assert.Equal(["man1", "woman1"], cues.Select(c => c.Speaker).Distinct());
        for (var i = 1; i < cues.Count; i++) Assert.True(cues[i].Start >= cues[i - 1].End - 1e-9, "cues follow each other");

        var (db, peak) = Envelope(stereo);
        int loud = 0, loudOpen = 0;
        var missed = new List<string>();
        double wideDb = 0, shutDb = 0; int wide = 0, shut = 0;
        for (var f = 0; f < db.Length; f++)
        {
            var t = (f + 0.5) * Hop;
            var open = OpenAt(cues, t);
            // The lips are shut on m, b and p although a voiced m hums loudly through the nose: those frames are
            // not expected open.
            var phone = PhoneAt(speech, t);
            if (db[f] > peak - 20 && phone is not ("m" or "b" or "p"))
            {
                loud++;
                if (open > 0) loudOpen++; else missed.Add($"{t:0.00}:{phone}");
            }
            if (open >= Visemes.Wide) { wideDb += db[f]; wide++; }
            else if (open == 0 && Covered(cues, (f + 0.5) * Hop)) { shutDb += db[f]; shut++; }
        }
        Assert.True(loudOpen >= 0.95 * loud, $"mouth open in {loudOpen} of {loud} loud frames; shut at {string.Join(' ', missed)}");
        Assert.True(wide > 0 && shut > 0);
        Assert.True(wideDb / wide > shutDb / shut + 20, $"wide {wideDb / wide:0.0} dB vs shut {shutDb / shut:0.0} dB");

        // Between the two lines nobody speaks: silence, and no open mouth.
        var firstEnd = speech.Lines[0].Start + speech.Lines[0].Samples.Length / (double)Rate;
        var secondStart = speech.Lines[1].Start;
        Assert.True(secondStart - firstEnd >= Dialogue.Gap - 0.01);
        for (var t = firstEnd; t < secondStart; t += Hop)
            Assert.True(OpenAt(cues, t) == 0, $"mouth open at {t:0.00} s, between the lines");
        // The line's leading and trailing silence ("pau") keeps the mouth shut while the samples are quiet too.
        var lastOpen = cues.Last(c => c.Speaker == "man1" && c.Open > 0).End;
        Assert.True(Levels.Rms(stereo.AsSpan((int)(lastOpen * Rate) * 2 + 2 * Rate / 20, (int)((firstEnd - lastOpen - 0.05) * Rate) * 2)) < 0.01 * Levels.Rms(stereo));
    }

    [Fact]
    public void Narration_is_heard_but_moves_no_mouth()
    {
        var lines = new[]
        {
            new SpokenLine { Speaker = "narrator", Text = "Once upon a time." },
            new SpokenLine { Speaker = "girl", Text = "Hello." },
        };
        var speech = Dialogue.Prepare(lines, 5 * Rate, Rate);
        Assert.Equal(2, speech.Lines.Count);
        Assert.True(Levels.Rms(speech.Lines[0].Samples) > 0.01);
        Assert.All(speech.MouthCues, c => Assert.Equal("girl", c.Speaker));
        Assert.Contains(speech.MouthCues, c => c.Open > 0);
        Assert.True(speech.MouthCues[0].Start >= speech.Lines[1].Start - 1e-9);
    }

    [Fact]
    public void Each_line_is_synthesized_once_for_mouths_mix_and_captions()
    {
        var lines = new[]
        {
            new SpokenLine { Speaker = "man", Text = "Good morning." },
            new SpokenLine { Speaker = "woman", Text = "Good morning to you." },
            new SpokenLine { Speaker = "man", Text = "This one starts after the clip.", Start = 9 },
        };
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Rubber)], seconds: 4);
        world = world with { Plan = world.Plan with { Audio = new AudioSpec { Lines = lines } } };
        var track = TestScenes.Track(world, 4, []);
        using var runs = FestivalRuns.Count();
        var speech = SpeechStage.Prepare(world.Plan);
        Assert.Equal(2, runs.Runs);
        Assert.Equal(2, speech.Lines.Count);
        Assert.NotEmpty(speech.MouthCues);
        var clip = SoundStage.Render(world, track, speech);
        Assert.Equal(2, runs.Runs);
        // The captions are those the sound stage makes when it synthesizes the lines itself.
        var own = SoundStage.Render(world, track);
        Assert.Equal(4, runs.Runs);
        Assert.Equal(own.Captions, clip.Captions);
        Assert.Equal(own.Samples, clip.Samples);
    }

    /// <summary>Per-frame level in dB (mono sum) and the loudest frame's.</summary>
    private static (double[] Db, double Peak) Envelope(float[] stereo)
    {
        var hop = (int)(Hop * Rate);
        var db = new double[stereo.Length / 2 / hop];
        for (var f = 0; f < db.Length; f++)
            db[f] = Levels.GainToDb(Math.Max(1e-9, Levels.Rms(stereo.AsSpan(2 * f * hop, 2 * hop))));
        return (db, db.Max());
    }

    private static string? PhoneAt(PreparedSpeech speech, double t)
    {
        foreach (var line in speech.Lines)
            foreach (var p in line.Phones)
                if (line.Start + p.Start <= t && t < line.Start + p.End) return p.Name;
        return null;
    }

    private static float OpenAt(IReadOnlyList<MouthCue> cues, double t) =>
        cues.FirstOrDefault(c => c.Start <= t && t < c.End)?.Open ?? 0;

    private static bool Covered(IReadOnlyList<MouthCue> cues, double t) => cues.Any(c => c.Start <= t && t < c.End);
}
