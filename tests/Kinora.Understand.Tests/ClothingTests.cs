namespace Kinora.Understand.Tests;

/// <summary>Clothes are not models of their own: a garment's colour dyes its wearer's top, which is what the person
/// asset's colour trait paints, so "a woman in a red coat" is a woman in red rather than in the palette's blue.</summary>
public class ClothingTests
{
    [Theory]
    [InlineData("a woman in a red coat walks through a city street", "woman1", "red")]
    [InlineData("a man wearing a green jacket waves", "man1", "green")]
    public void A_coloured_garment_colours_its_wearer(string prompt, string id, string colour)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal(colour, plan.Cast.Single(c => c.Id == id).Traits.Color);
        Assert.DoesNotContain(plan.Cast, c => c.Kind != "person"); // the coat is no prop of its own
    }

    [Fact]
    public void A_garment_without_a_colour_leaves_the_wearer_as_drawn()
    {
        var plan = Planner.Plan("a man in a coat walks");
        Assert.Null(plan.Cast.Single(c => c.Kind == "person").Traits.Color);
    }
}
