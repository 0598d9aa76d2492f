namespace Kinora.Understand.Tests;

/// <summary>
/// Words read in the wrong sense: a chimney was a street (a flue is a "way" in WordNet, like a road) and so a parked
/// car; "she leaves the room" with no one before "she" made three leaves; "tropical fish" was a plain fish though the
/// library draws one; a drink with no vessel ("drinking coffee") was a grey box. Each with a prompt that stays.
/// </summary>
public class WordSenseTests
{
    [Theory]
    [InlineData("smoke rises from the chimney")]
    [InlineData("a pipe on the floor")]
    public void A_conduit_is_a_thing_not_a_setting(string prompt)
    {
        var plan = Planner.Plan(prompt);
        Assert.NotEqual("chimney", plan.World.Setting);
        Assert.NotEqual("pipe", plan.World.Setting);
    }

    [Theory]
    [InlineData("basement")]
    [InlineData("staircase")]
    public void A_storey_or_a_stairway_is_indoors(string prompt) => Assert.True(Planner.Plan(prompt).World.Indoor);

    [Fact]
    public void A_street_is_still_a_setting() => Assert.Equal("city street", Planner.Plan("a man walks down the street").World.Setting);

    [Theory]
    [InlineData("she leaves the room", "female")]
    [InlineData("he opens the door", "male")]
    public void A_pronoun_with_no_one_before_it_is_a_person_and_the_next_word_a_verb(string prompt, string sex)
    {
        var plan = Planner.Plan(prompt);
        var person = Assert.Single(plan.Cast, c => c.Kind == "person");
        Assert.Equal(sex, person.Traits.Sex);
        Assert.DoesNotContain(plan.Cast, c => c.Kind is "leaf" or "leaves");
        Assert.Contains(plan.Shots.SelectMany(s => s.Actions), a => a.Actor == person.Id);
    }

    [Fact]
    public void A_pronoun_after_a_person_still_refers_back()
    {
        var plan = Planner.Plan("a woman walks into the room. she sits down");
        Assert.Single(plan.Cast, c => c.Kind == "person");
    }

    [Theory]
    [InlineData("tropical fish swim in an aquarium", "tropical fish")]
    [InlineData("a reef fish swims", "tropical fish")]
    [InlineData("a fish swims", "fish")]
    public void The_librarys_two_word_kinds_are_read_as_one_noun(string prompt, string kind) =>
        Assert.Contains(Planner.Plan(prompt).Cast, c => c.Kind == kind);

    [Theory]
    [InlineData("A panda drinking coffee in a cafe in Paris", "cup")]
    [InlineData("a man drinks tea in the kitchen", "cup")]
    [InlineData("a woman drinks wine in a restaurant", "wine glass")]
    public void A_drink_is_drawn_as_what_it_is_drunk_from(string prompt, string kind)
    {
        var plan = Planner.Plan(prompt);
        var drink = Assert.Single(plan.Shots.SelectMany(s => s.Actions), a => a.Verb == "drink");
        Assert.Equal(kind, Assert.Single(plan.Cast, c => c.Id == drink.Object).Kind);
    }

    [Theory]
    [InlineData("underwater coral reef", "underwater")]
    [InlineData("coral reef", "coral reef")]   // no word says the camera is under the surface
    public void Underwater_puts_an_open_water_place_under_the_surface(string prompt, string setting) =>
        Assert.Equal(setting, Planner.Plan(prompt).World.Setting);

    [Fact]
    public void A_cup_of_coffee_stays_one_cup() =>
        Assert.Single(Planner.Plan("a man drinks a cup of coffee").Cast, c => c.Kind == "cup");

    [Fact]
    public void A_panda_drinking_in_a_cafe_sits_at_its_table()
    {
        var plan = Planner.Plan("A panda drinking coffee in a cafe in Paris");
        var panda = Assert.Single(plan.Cast, c => c.Kind == "panda");
        Assert.Contains(plan.Shots.SelectMany(s => s.Actions), a => a.Actor == panda.Id && a.Verb == "sit");
        // Outside an eatery an animal eats where it stands.
        Assert.DoesNotContain(Planner.Plan("a dog eats in a park").Shots.SelectMany(s => s.Actions), a => a.Verb == "sit");
    }
}
