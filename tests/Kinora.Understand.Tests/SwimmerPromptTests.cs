using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>Fish live in water: an aquarium is a tank in a room, a bowl a small tank (on the table the prompt names),
/// the sea is seen from under water, and "a school of fish" is several fish, not a classroom.</summary>
public class SwimmerPromptTests
{
    [Fact]
    public void A_fish_in_an_aquarium_swims_in_a_tank_of_water_in_a_room()
    {
        var plan = Planner.Plan("a fish swims in an aquarium");
        var tank = Assert.Single(plan.Cast, c => c.Kind == "aquarium");
        var fish = Assert.Single(plan.Cast, c => c.Kind == "fish");
        Assert.Contains(plan.Relations, r => r.Subject == fish.Id && r.Relation == "inside" && r.Object == tank.Id);
        Assert.True(plan.World.Indoor);
    }

    [Fact]
    public void A_goldfish_in_a_bowl_on_a_table_is_in_a_small_tank_that_stands_on_the_table()
    {
        var plan = Planner.Plan("a goldfish in a bowl on a table");
        var tank = Assert.Single(plan.Cast, c => c.Kind == "fish tank");
        Assert.True(tank.Traits.Size < 0.6);
        var table = Assert.Single(plan.Cast, c => c.Kind.Contains("table"));
        Assert.Contains(plan.Relations, r => r.Subject == tank.Id && r.Relation == "on" && r.Object == table.Id);
        Assert.DoesNotContain(plan.Relations, r => r.Subject.StartsWith("goldfish", StringComparison.Ordinal) && r.Relation == "on");
    }

    [Theory]
    [InlineData("a school of fish swims in the ocean", 8)]
    [InlineData("fish swim in the sea", 1)]
    [InlineData("a shark swims", 1)]
    public void Fish_in_open_water_are_seen_under_water(string prompt, int count)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal("underwater", plan.World.Setting);
        Assert.Equal("sand", plan.World.Ground);
        Assert.True(plan.Cast.Single().Count >= count);
    }
}
