namespace Kinora.Understand.Tests;

/// <summary>Everyday phrasings read as a whole: a two-word outfit is clothes (its "evening" became the verb "to
/// even"), "going home" is a walk (it was "go", which nothing animates), and "get caught in" is not an action.</summary>
public sealed class IdiomTests
{
    private const string Couple = "A couple in formal evening wear going home get caught in a heavy downpour with umbrellas";

    [Fact]
    public void Going_home_in_evening_wear_is_a_walk_in_formal_clothes()
    {
        var plan = Planner.Plan(Couple);
        var people = Assert.Single(plan.Cast, c => c.Kind == "person");
        Assert.Equal("formal", people.Traits.Variant);
        var verbs = plan.Shots.SelectMany(s => s.Actions).Where(a => a.Actor == people.Id).Select(a => a.Verb).ToArray();
        Assert.Equal(["walk"], verbs);
        Assert.Equal("rain", plan.World.Weather);
    }

    [Theory]
    [InlineData("a man going home", "walk")]
    [InlineData("two women go home in the rain", "walk")]
    public void Going_somewhere_on_foot_is_a_walk(string prompt, string verb) =>
        Assert.Contains(Planner.Plan(prompt).Shots.SelectMany(s => s.Actions), a => a.Verb == verb);
}
