using Kinora.Motion;
using Kinora.Plan;
using Kinora.Sound.Speech;

namespace Kinora.Sound.Tests;

/// <summary>The voice's phones give the lips their shapes, and the cues made from a real Festival line carry them.</summary>
public class VisemeShapeTests
{
    [Theory]
    [InlineData("m", MouthShape.Closed)]
    [InlineData("p", MouthShape.Closed)]
    [InlineData("f", MouthShape.LipOnTeeth)]
    [InlineData("v", MouthShape.LipOnTeeth)]
    [InlineData("uw", MouthShape.Round)]
    [InlineData("ow", MouthShape.Round)]
    [InlineData("w", MouthShape.Round)]
    [InlineData("iy", MouthShape.Wide)]
    [InlineData("eh", MouthShape.Wide)]
    [InlineData("aa", MouthShape.Open)]
    [InlineData("t", MouthShape.Rest)]
    [InlineData("pau", MouthShape.Rest)]
    public void Phones_map_to_lip_shapes(string phone, MouthShape shape) => Assert.Equal(shape, Visemes.Shape(phone));

    [Fact]
    public void Cues_from_a_spoken_line_carry_round_wide_and_closed_shapes()
    {
        const int rate = 48000;
        var speech = Dialogue.Prepare([new SpokenLine { Speaker = "a1", Text = "We move through the blue moon, feel me see." }], 5 * rate, rate);
        var shapes = speech.MouthCues.Select(c => c.Shape).ToHashSet();
        Assert.Contains(MouthShape.Round, shapes);
        Assert.Contains(MouthShape.Wide, shapes);
        Assert.Contains(MouthShape.Closed, shapes);
        Assert.Contains(MouthShape.LipOnTeeth, shapes);
        // Pressed lips never open the jaw.
        Assert.All(speech.MouthCues.Where(c => c.Shape == MouthShape.Closed), c => Assert.Equal(0f, c.Open));
    }
}
