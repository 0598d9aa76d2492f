using Kinora.Plan;
using Kinora.Sound.Loudness;
using Kinora.Sound.Music;

namespace Kinora.Sound.Tests;

public class MusicTests
{
    [Theory]
    [InlineData("calm", false)]
    [InlineData("playful", false)]
    [InlineData("epic", true)]
    [InlineData("sad", true)]
    public void Melody_chords_and_bass_stay_in_the_key(string mood, bool minor)
    {
        var score = MusicComposer.Compose(new MusicSpec { Mood = mood, Bpm = 0 }, 8, seed: 5);
        var tonic = score.Notes.Last().Key % 12;
        int[] scale = minor ? [0, 2, 3, 5, 7, 8, 10] : [0, 2, 4, 5, 7, 9, 11];
        foreach (var n in score.Notes.Where(n => n.Channel != 9))
            Assert.Contains((n.Key - tonic + 120) % 12, scale);
        Assert.True(score.Notes.Max(n => n.Beat + n.Beats) * score.SecondsPerBeat >= 8, "covers the clip");
    }

    [Fact]
    public void Same_seed_same_tune_other_seed_other_tune()
    {
        var spec = new MusicSpec { Mood = "playful", Bpm = 110 };
        Assert.Equal(MidiFile.Write(MusicComposer.Compose(spec, 6, 1)), MidiFile.Write(MusicComposer.Compose(spec, 6, 1)));
        Assert.NotEqual(MidiFile.Write(MusicComposer.Compose(spec, 6, 1)), MidiFile.Write(MusicComposer.Compose(spec, 6, 2)));
    }

    [Fact]
    public void Midi_file_has_a_valid_header_and_tempo()
    {
        var bytes = MidiFile.Write(MusicComposer.Compose(new MusicSpec { Mood = "calm", Bpm = 120 }, 4, 3));
        Assert.Equal("MThd"u8.ToArray(), bytes[..4]);
        Assert.Equal("MTrk"u8.ToArray(), bytes[14..18]);
        Assert.Equal([0xFF, 0x51, 0x03, 0x07, 0xA1, 0x20], bytes[23..29]); // 500000 µs per beat = 120 bpm
        Assert.Equal([0xFF, 0x2F, 0x00], bytes[^3..]);
    }

    [Fact]
    public void Music_alone_plays_at_the_target_loudness_through_fluidsynth()
    {
        const int rate = 48000;
        var bed = new float[6 * rate * 2];
        MusicBed.Render(new MusicSpec { Mood = "playful", Bpm = 110 }, 9, bed, rate, LoudnessNormalizer.TargetLufs);
        Assert.InRange(LoudnessMeter.Integrated(bed, rate, 2), LoudnessNormalizer.TargetLufs - 1.5, LoudnessNormalizer.TargetLufs + 1.5);
        Assert.True(Math.Abs(bed[^2]) < 0.01, "faded out at the end");
    }
}
