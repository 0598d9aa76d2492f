using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>Physics words become the verbs, kinds and numbers the Compose set-ups (Compose/Scenarios) look for.</summary>
public class PhysicsPromptTests
{
    private static ActionSpec FirstAction(ScenePlan p) => p.Shots.SelectMany(s => s.Actions).First();

    [Theory]
    [InlineData("a rubber ball dropped from 2 meters", "drop", "sports ball")]
    [InlineData("a man throws a ball", "throw", "person")]
    [InlineData("a pendulum swings", "swing", "pendulum")]
    [InlineData("a wooden crate slides across the ice", "slide", "crate")]
    [InlineData("a ball knocks over a glass vase", "knock over", "sports ball")]
    [InlineData("a ball knocks down a vase", "knock over", "sports ball")]
    [InlineData("two cars collide", "collide", "car")]
    [InlineData("a glass vase shatters", "shatter", "vase")]
    [InlineData("an iron block sinks in a pool", "sink", "block")]
    [InlineData("a tower of blocks topples", "topple", "block")]
    [InlineData("twenty dominoes fall", "fall", "domino")]
    [InlineData("a billiards break", "break", "billiard balls")]
    [InlineData("sand pours into a bowl", "pour", "sand")]
    [InlineData("marbles pour out of a jar", "pour", "marble")]
    public void Physical_verbs_and_kinds(string prompt, string verb, string actorKind)
    {
        var plan = Planner.Plan(prompt);
        var action = FirstAction(plan);
        Assert.Equal(verb, action.Verb);
        Assert.Equal(actorKind, plan.Cast.Single(c => c.Id == action.Actor).Kind);
    }

    [Theory]
    [InlineData("a newton's cradle", "newtons cradle")]
    [InlineData("a ball rolls down a ramp", "ramp")]
    [InlineData("the cue ball hits the billiard balls", "billiard balls")]
    public void Set_up_kinds(string prompt, string kind) => Assert.Contains(Planner.Plan(prompt).Cast, c => c.Kind == kind);

    [Fact]
    public void Rolling_down_a_ramp_is_on_the_ramp()
    {
        var plan = Planner.Plan("a ball rolls down a ramp");
        Assert.Contains(plan.Relations, r => r is { Subject: "ball1", Relation: "on", Object: "ramp1" });
        Assert.Equal("roll", FirstAction(plan).Verb);
    }

    [Fact]
    public void Falling_off_a_table_starts_on_it()
    {
        var plan = Planner.Plan("a glass vase falls off a table");
        Assert.Contains(plan.Relations, r => r is { Subject: "vase1", Relation: "on", Object: "table1" });
        Assert.Equal("glass", plan.Cast[0].Traits.Material);
    }

    [Theory]
    [InlineData("a ball floats")]
    [InlineData("an iron block sinks in a pool")]
    [InlineData("a rubber duck floats on water")]
    public void Floating_and_sinking_bring_water(string prompt)
    {
        var plan = Planner.Plan(prompt);
        var water = Assert.Single(plan.Cast, c => c.Kind is "water" or "pool" or "tank" or "aquarium");
        Assert.DoesNotContain(plan.Relations, r => r.Object == water.Id && r.Relation is "on" or "above");
    }

    [Theory]
    [InlineData("gentle rain starts falling, a red umbrella drifts across")]
    [InlineData("a kite floats over the beach")]
    public void Things_the_air_carries_drift_without_a_tank_of_water(string prompt)
    {
        var plan = Planner.Plan(prompt);
        Assert.DoesNotContain(plan.Cast, c => c.Kind is "water" or "pool" or "tank" or "aquarium");
        Assert.Contains(plan.Shots.SelectMany(s => s.Actions), a => a.Verb is "drift" or "float");
    }

    [Theory]
    [InlineData("a tower of blocks topples", 8)]
    [InlineData("a tower of 12 blocks topples", 12)]
    [InlineData("a stack of books", 6)]
    [InlineData("a pair of dice", 2)]
    [InlineData("a few apples", 3)]
    [InlineData("twenty dominoes", 20)]
    [InlineData("a flock of birds flies over the sea", 7)]
    [InlineData("a herd of elephants walks across the savanna", 6)]
    [InlineData("a flock of 3 sheep", 3)]
    public void Group_words_and_counts(string prompt, int count) => Assert.Equal(count, Planner.Plan(prompt).Cast[0].Count);

    [Fact]
    public void A_stack_with_no_verb_stands_stacked() =>
        Assert.Equal("stack", FirstAction(Planner.Plan("a stack of wooden blocks")).Verb);

    [Theory]
    [InlineData("a ball bounces on the moon", 1.62)]
    [InlineData("a ball bounces on mars", 3.71)]
    [InlineData("a ball floats in space", 0)]
    [InlineData("a ball drops in outer space", 0)]
    public void Gravity_words(string prompt, double g)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal(g, plan.World.Gravity);
        Assert.DoesNotContain(plan.Cast, c => c.Kind is "moon" or "mars" or "space");
    }

    [Fact]
    public void Heights_speeds_durations_and_materials()
    {
        var plan = Planner.Plan("an iron block slides at 3 meters per second for 4 seconds");
        Assert.Equal((3.0, 4.0, "metal"), (FirstAction(plan).Speed, plan.Format.Seconds, plan.Cast[0].Traits.Material));
        Assert.Equal(2, FirstAction(Planner.Plan("a rubber ball dropped from 2 meters")).Height);
        Assert.Equal("wood", Planner.Plan("a wooden crate").Cast[0].Traits.Material);
        Assert.Equal("rubber", Planner.Plan("a rubber ball").Cast[0].Traits.Material);
        Assert.Equal(10, FirstAction(Planner.Plan("a car drives at 36 km/h")).Speed);
        Assert.Equal(10, FirstAction(Planner.Plan("a car drives at 36 kilometers per hour")).Speed);
    }
}
