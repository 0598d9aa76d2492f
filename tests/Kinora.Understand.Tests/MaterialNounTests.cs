namespace Kinora.Understand.Tests;

/// <summary>A material word is a noun when nothing it could modify follows it: "a glass falls" is a glass, "a
/// glass vase" a vase of glass, "a glass of water" a glass holding water.</summary>
public class MaterialNounTests
{
    [Fact]
    public void A_glass_falls_off_a_table()
    {
        var plan = Planner.Plan("a glass falls off a table");
        var glass = plan.Cast.Single(c => c.Kind == "cup");
        var table = plan.Cast.Single(c => c.Kind == "dining table");
        Assert.Equal("glass", glass.Traits.Material);
        Assert.Null(table.Traits.Material);
        Assert.Contains(plan.Shots[0].Actions, a => a.Actor == glass.Id && a.Verb == "fall");
        Assert.Contains(plan.Relations, r => r.Subject == glass.Id && r.Relation == "on" && r.Object == table.Id);
    }

    [Theory]
    [InlineData("a glass vase on a wooden table", "vase", "glass")]
    [InlineData("glass marbles roll across the floor", "marble", "glass")]
    [InlineData("an iron block sinks in a pool", "block", "metal")]
    [InlineData("a glass of water on a table", "cup", "glass")]
    [InlineData("the iron falls", "iron", "metal")]
    [InlineData("a stone rolls down a hill", null, "stone")]
    public void Material_word_as_modifier_or_noun(string prompt, string? kind, string material)
    {
        var plan = Planner.Plan(prompt);
        Assert.Contains(plan.Cast, c => (kind is null || c.Kind == kind) && c.Traits.Material == material);
    }

    [Fact]
    public void A_glass_of_water_holds_the_water_instead_of_being_at_a_lake()
    {
        var plan = Planner.Plan("a glass of water on a table");
        Assert.NotEqual("water", plan.World.Setting);
        Assert.Contains(plan.Interpretation, n => n.As.StartsWith("contents: water", StringComparison.Ordinal));
        Assert.Contains(plan.Relations, r => r.Relation == "on");
    }

    [Fact]
    public void An_orange_rolls_is_the_fruit_not_the_colour()
    {
        var plan = Planner.Plan("an orange rolls off the table");
        Assert.Contains(plan.Cast, c => c.Kind == "orange");
        Assert.Contains(plan.Shots[0].Actions, a => a.Verb == "roll" && plan.Cast.Any(c => c.Id == a.Actor && c.Kind == "orange"));
    }
}
