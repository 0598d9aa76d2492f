namespace Kinora.Understand.Tests;

/// <summary>
/// Which place a second place word makes: a city beside a place puts the place in the city ("a cafe in Paris" was a
/// cafe anywhere, the city dropped); a dwelling one is in is its living room ("in the house" was the house's outside);
/// a place word after the place's name and one noun adjunct still names that place, its head last; and a place that
/// is only its ground cover ("snow" in a later sentence) covers the place already named instead of replacing it.
/// </summary>
public sealed class CityAndDwellingTests
{
    [Theory]
    [InlineData("a woman reads a book in a cafe in Rome", "rome cafe")]
    [InlineData("a man walks on a street in Tokyo", "tokyo city street")]
    [InlineData("in London, a man sits in a pub", "london pub")]
    public void A_city_beside_a_place_puts_the_place_in_the_city(string prompt, string setting) =>
        Assert.Equal(setting, Planner.Plan(prompt).World.Setting);

    [Fact]
    public void A_city_alone_stays_the_setting() => Assert.Equal("shanghai", Planner.Plan("Shanghai at night").World.Setting);

    [Theory]
    [InlineData("the bund", "bund")]
    [InlineData("a man walks along the Bund at night", "bund")]
    [InlineData("Pudong at dusk", "pudong")]
    [InlineData("boats in a port", "harbor")]
    public void A_famous_place_wordnet_lacks_is_still_a_setting(string prompt, string setting) =>
        Assert.Equal(setting, Planner.Plan(prompt).World.Setting);

    [Fact]
    public void A_place_of_a_city_named_after_it_joins_it() =>
        Assert.Equal("shanghai skyline", Planner.Plan("the skyline of Shanghai").World.Setting);

    [Theory]
    [InlineData("a cat sleeps in the house")]
    [InlineData("a family eats dinner inside the cottage")]
    public void Inside_a_dwelling_is_its_living_room(string prompt)
    {
        var world = Planner.Plan(prompt).World;
        Assert.Equal("living room", world.Setting);
        Assert.True(world.Indoor);
    }

    [Theory]
    [InlineData("a man walks past a house")]
    [InlineData("a red house")]
    public void A_house_seen_from_outside_stays_the_house(string prompt)
    {
        var world = Planner.Plan(prompt).World;
        Assert.Equal("house", world.Setting);
        Assert.False(world.Indoor);
    }

    [Fact]
    public void A_place_after_an_adjunct_joins_the_place_name_and_later_snow_is_only_its_ground()
    {
        var world = Planner.Plan("Rocky mountains peaks canyon. Snow covers the mountains.").World;
        Assert.Equal("rocky mountains peaks canyon", world.Setting);
        Assert.Equal("snow", world.Ground);
    }

    [Theory]
    [InlineData("a robot dances in Times Square", "times square")]
    [InlineData("a man stands in front of the Statue of Liberty", "statue of liberty")]
    [InlineData("lightning strikes atop of the eiffel tower", "eiffel tower")]
    public void A_landmark_named_with_a_grammar_word_or_after_atop_is_the_setting(string prompt, string setting) =>
        Assert.Equal(setting, Planner.Plan(prompt).World.Setting);

    [Fact]
    public void Snow_alone_is_still_a_place() => Assert.Equal("snow", Planner.Plan("a dog runs in the snow").World.Setting);
}
