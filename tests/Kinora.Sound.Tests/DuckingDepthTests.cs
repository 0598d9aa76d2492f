using Kinora.Compose;
using Kinora.Plan;
using Kinora.Sound.Dsp;
using Kinora.Sound.Speech;

namespace Kinora.Sound.Tests;

/// <summary>How deep the mix ducks under dialogue: deeper for a louder background, and not undone for effects.</summary>
public class DuckingDepthTests
{
    [Fact]
    public void A_louder_background_is_ducked_deeper_within_limits()
    {
        // Room tone far under the voice: the least ducking is enough.
        Assert.Equal(Ducking.DepthDb, Ducking.DepthFor(-14, -45));
        // Surf at −24.7 LUFS: down until it is 35 LU under the voice.
        Assert.Equal(-24.3, Ducking.DepthFor(-14, -24.7), 6);
        // Music 8 LU under the action.
        Assert.Equal(-27, Ducking.DepthFor(-14, -22), 6);
        // A roar as loud as the voice: no deeper than the limit.
        Assert.Equal(Ducking.MaxDepthDb, Ducking.DepthFor(-14, -14));
        Assert.Equal(Ducking.DepthDb, Ducking.DepthFor(-14, double.NegativeInfinity));
    }

    [Fact]
    public void A_hit_under_a_line_stays_ducked()
    {
        // One hit at 1.2 s, inside the line: alone it is the soundtrack at −14 LUFS; under the line it must sit
        // at least the ducking depth lower (its gain to the target is taken before ducking, not after).
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Wood)], seconds: 3);
        var spoken = world with { Plan = world.Plan with { Audio = new AudioSpec { Lines = [new SpokenLine { Speaker = "man", Text = "Look at this ball bounce." }] } } };
        var hit = new[] { TestScenes.Contact(1.2, 0.5) };
        var speech = SpeechStage.Prepare(spoken.Plan);
        var lineAndHit = Signal.Mono(SoundStage.Render(spoken, TestScenes.Track(spoken, 3, hit), speech));
        var lineOnly = Signal.Mono(SoundStage.Render(spoken, TestScenes.Track(spoken, 3, []), speech));
        var hitOnly = Signal.Mono(SoundStage.Render(world, TestScenes.Track(world, 3, hit)));
        var window = (From: (int)(1.2 * 48000), Length: 48000 / 10);
        var underLine = new float[window.Length];
        for (var i = 0; i < underLine.Length; i++) underLine[i] = lineAndHit[window.From + i] - lineOnly[window.From + i];
        var alone = hitOnly.AsSpan(window.From, window.Length);
        var drop = Levels.GainToDb(Levels.Rms(underLine)) - Levels.GainToDb(Levels.Rms(alone));
        Assert.True(drop < Ducking.DepthDb + 3, $"the hit under the line is only {drop:0.0} dB under the hit alone");
    }
}
