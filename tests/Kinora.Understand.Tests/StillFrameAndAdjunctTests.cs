namespace Kinora.Understand.Tests;

/// <summary>
/// VBench's still-picture phrasings ("In a still frame, …", "…, frozen in time", "A tranquil tableau of …") ask for a
/// locked-off camera, and name no place ("frame" was read as the setting); and a noun right before the noun of a drawn
/// thing says which kind of thing it is ("a vintage car" was a wine glass and a car).
/// </summary>
public sealed class StillFrameAndAdjunctTests
{
    [Theory]
    [InlineData("In a still frame, a pear")]
    [InlineData("a toilet, frozen in time")]
    [InlineData("A tranquil tableau of a bench")]
    public void A_still_picture_is_a_static_camera_and_no_place(string prompt)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal("static", plan.Shots[0].Camera.Move);
        Assert.NotEqual("frame", plan.World.Setting);
        Assert.Single(plan.Cast);
    }

    [Theory]
    [InlineData("a vintage car", "car")]
    [InlineData("a toy car on the floor", "car")]
    [InlineData("a vintage rocking chair on the porch", "chair")]
    public void A_noun_before_a_drawn_thing_says_what_kind_of_thing_it_is(string prompt, string kind)
    {
        var cast = Planner.Plan(prompt).Cast;
        Assert.Equal(kind, Assert.Single(cast).Kind);
    }

    [Theory]
    [InlineData("a cat and a dog", "cat", "dog")]
    [InlineData("a police car", "car", null)]
    public void People_animals_and_vehicles_keep_their_own_entries(string prompt, string first, string? second)
    {
        var kinds = Planner.Plan(prompt).Cast.Select(c => c.Kind).ToArray();
        Assert.Equal(second is null ? [first] : new[] { first, second }, kinds);
    }

    [Theory]
    [InlineData("a man walks on the cobblestones")]
    [InlineData("a lamppost on a cobblestone street")]
    public void Cobblestones_are_a_stone_ground(string prompt) => Assert.Equal("stone", Planner.Plan(prompt).World.Ground);

    [Theory]
    [InlineData("a robot walks down the street", "person")]
    [InlineData("In a still frame, a pear", "apple")]
    [InlineData("a space shuttle in the sky", "airplane")]
    [InlineData("a koala sleeps in a tree", "bear")]
    [InlineData("a christmas tree in a living room", "pine")]
    public void Things_without_a_model_are_drawn_as_the_nearest_modelled_kind_not_a_grey_box(string prompt, string kind) =>
        Assert.Equal(kind, Planner.Plan(prompt).Cast[0].Kind);

    [Fact]
    public void A_one_word_name_of_a_drawn_kind_wordnet_lacks_is_read() =>
        Assert.Equal("street lamp", Assert.Single(Planner.Plan("the ornate Victorian streetlamp stands solemnly").Cast).Kind);

    [Theory]
    [InlineData("a woman taking a shower", "shower")]
    [InlineData("A person is cooking", "kitchen")]
    [InlineData("a man takes a bath", "bathroom")]
    public void With_no_place_named_the_activity_says_where(string prompt, string setting)
    {
        var world = Planner.Plan(prompt).World;
        Assert.Equal(setting, world.Setting);
        Assert.True(world.Indoor);
    }

    [Fact]
    public void A_named_place_wins_over_the_activitys() => Assert.Equal("beach", Planner.Plan("a man cooks on the beach").World.Setting);
}
