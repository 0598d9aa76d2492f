namespace Kinora.Understand.Tests;

/// <summary>
/// Activities done seated at their station (eating at a table, typing at a desk, reading in an armchair) get a
/// "sit" with them, so Motion seats the body; standing ones (cooking, brushing teeth) and verbs done anywhere do
/// not; the explanation names the station. Stand-in animals are named for the noun the prompt used.
/// </summary>
public class StationPlanTests
{
    [Theory]
    [InlineData("a couple eats in a restaurant", "eat")]
    [InlineData("a man types at his desk in an office", "type")]
    [InlineData("a girl reads in a bedroom", "read")]
    public void A_seated_activity_sits_over_the_same_time(string prompt, string verb)
    {
        var plan = Planner.Plan(prompt);
        var actions = plan.Shots.SelectMany(s => s.Actions).ToList();
        var doing = Assert.Single(actions, a => a.Verb == verb);
        var sit = Assert.Single(actions, a => a.Verb == "sit");
        Assert.Equal(doing.Actor, sit.Actor);
        Assert.Equal((doing.Start, doing.End), (sit.Start, sit.End));
        Assert.Contains(plan.Interpretation, n => n.Text == verb && n.As.Contains("seated"));
    }

    [Theory]
    [InlineData("a woman cooks in a kitchen", "cook")]
    [InlineData("a man brushes his teeth in a bathroom", "brush")]
    public void A_standing_activity_does_not_sit(string prompt, string verb)
    {
        var plan = Planner.Plan(prompt);
        var actions = plan.Shots.SelectMany(s => s.Actions).ToList();
        Assert.DoesNotContain(actions, a => a.Verb == "sit");
        Assert.Contains(plan.Interpretation, n => n.Text == verb && n.As.Contains("standing"));
    }

    [Theory]
    [InlineData("a man walks in a park")]
    [InlineData("a cat sits on a sofa")]
    [InlineData("a woman reads on the sofa")]
    [InlineData("a man washes a car")]
    public void Other_prompts_stay_as_they_were(string prompt)
    {
        var plan = Planner.Plan(prompt);
        var actions = plan.Shots.SelectMany(s => s.Actions).ToList();
        Assert.True(actions.Count(a => a.Verb == "sit") <= 1, "no second sit");
        Assert.DoesNotContain(plan.Interpretation, n => n.As.Contains("seated") || n.As.Contains("standing ("));
    }

    [Theory]
    [InlineData("a llama walks in the desert", "llama1", "sheep")]
    [InlineData("a goat on a farm", "goat1", "sheep")]
    public void A_stand_in_is_named_for_the_noun_the_prompt_used(string prompt, string id, string kind)
    {
        var plan = Planner.Plan(prompt);
        var cast = Assert.Single(plan.Cast);
        Assert.Equal((id, kind), (cast.Id, cast.Kind));
        Assert.Contains(plan.Interpretation, n => n.As.Contains("nearest known kind, " + kind));
        Assert.All(plan.Shots.SelectMany(s => s.Actions), a => Assert.Equal(id, a.Actor));
    }

    [Fact]
    public void A_modelled_noun_keeps_its_kind_name()
    {
        Assert.Equal("dog1", Assert.Single(Planner.Plan("a corgi runs on the beach").Cast).Id);
    }
}
