using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>
/// A place named by two words is one place: the second word does not replace the first ("forest road" was a city
/// street), a thing's noun before a place is its kind, not a prop in it ("baseball stadium" cast a ball), and a
/// classifying adjective stays in the name ("industrial area" was "area"). Living things and vehicles stay cast.
/// </summary>
public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("forest road", "forest road")]
    [InlineData("a car drives on a forest road", "forest road")]
    [InlineData("industrial area", "industrial area")]
    [InlineData("baseball stadium", "baseball stadium")]
    [InlineData("a man plays tennis on a tennis court", "tennis court")]
    [InlineData("indoor museum", "museum")]
    [InlineData("science museum", "science museum")]
    [InlineData("a man walks down a city street", "city street")]
    [InlineData("a beautiful park", "park")]
    [InlineData("a man walks downtown", "downtown")]
    [InlineData("a man runs on a running track", "running track")]
    [InlineData("outdoor track", "running track")]
    [InlineData("a train on a train track", "train track")]
    [InlineData("a man walks along a downtown street", "downtown street")]
    public void Two_word_places_are_one_setting(string prompt, string setting)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal(setting, plan.World.Setting);
        Assert.DoesNotContain(plan.Cast, c => c.Kind == "sports ball");
    }

    [Theory]
    [InlineData("a train arrives at a train station", "train")]
    [InlineData("a boy plays in a dog park", "dog")]
    public void Living_things_and_vehicles_before_a_place_stay_cast(string prompt, string kind) =>
        Assert.Contains(Planner.Plan(prompt).Cast, c => c.Kind == kind);
}
