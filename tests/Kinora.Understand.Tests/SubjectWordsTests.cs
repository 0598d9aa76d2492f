using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>
/// Words that narrow what a subject looks like or carries (traits.variant, traits.holds), people named by name,
/// and "in space": what the VBench appearance subjects need from the planner, read as general words.
/// </summary>
public class SubjectWordsTests
{
    [Theory]
    [InlineData("An astronaut flying in space", "person", "spacesuit")]
    [InlineData("a cosmonaut waves", "person", "spacesuit")]
    [InlineData("A cute happy Corgi playing in park", "dog", "corgi")]
    [InlineData("a man in a tuxedo walks", "person", "formal")]
    [InlineData("A couple in formal evening wear walks", "person", "formal")]
    public void A_narrower_word_keeps_its_variant(string prompt, string kind, string variant) =>
        Assert.Equal(variant, Assert.Single(Planner.Plan(prompt).Cast, c => c.Kind == kind).Traits.Variant);

    [Fact]
    public void In_space_is_a_place_with_no_ground_and_no_weight_where_people_wear_suits()
    {
        var plan = Planner.Plan("a man waves in space");
        Assert.Equal(("space", "none", 0.0), (plan.World.Setting, plan.World.Ground, plan.World.Gravity));
        Assert.Equal("spacesuit", Assert.Single(plan.Cast, c => c.Kind == "person").Traits.Variant);
    }

    [Fact]
    public void Evening_wear_is_clothes_not_the_time_of_day() =>
        Assert.Equal(14, Planner.Plan("a woman in evening wear dances").World.TimeOfDay);

    [Fact]
    public void A_given_name_is_a_person_of_that_sex_holding_the_book_they_read()
    {
        var plan = Planner.Plan("Gwen Stacy reading a book");
        var gwen = Assert.Single(plan.Cast);
        Assert.Equal(("person", "female", "book"), (gwen.Kind, gwen.Traits.Sex, gwen.Traits.Holds));
        Assert.Equal("living room", plan.World.Setting);
    }

    [Fact]
    public void People_with_umbrellas_in_the_rain_hold_them_on_a_street()
    {
        var plan = Planner.Plan("A couple in formal evening wear going home get caught in a heavy downpour with umbrellas");
        Assert.DoesNotContain(plan.Cast, c => c.Kind == "umbrella");
        Assert.All(plan.Cast, c => Assert.Equal(("person", "umbrella"), (c.Kind, c.Traits.Holds)));
        Assert.Equal(("city street", "rain"), (plan.World.Setting, plan.World.Weather));
    }

    [Fact]
    public void In_the_background_widens_the_shot() =>
        Assert.Equal("wide", Planner.Plan("A boat sailing along the Seine River with the Eiffel Tower in background").Shots[0].Camera.Framing);
}
