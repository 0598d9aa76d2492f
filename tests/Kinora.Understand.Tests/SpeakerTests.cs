namespace Kinora.Understand.Tests;

/// <summary>People keep what their words say about sex and age, and their ids say it too: the sound stage casts
/// voices by speaker id, so "a man" and "a woman" must not both be "person1".</summary>
public class SpeakerTests
{
    [Fact]
    public void A_man_and_a_woman_are_two_speakers_of_different_sexes()
    {
        var plan = Planner.Plan("a man says \"hi\" and a woman answers \"hello\"");
        Assert.Equal(2, plan.Audio.Lines.Count);
        var speakers = plan.Audio.Lines.Select(l => plan.Cast.Single(c => c.Id == l.Speaker)).ToList();
        Assert.Equal(["male", "female"], speakers.Select(c => c.Traits.Sex));
        Assert.Equal(["man1", "woman1"], speakers.Select(c => c.Id));
        // The woman answers; she is not what the man says.
        Assert.Contains(plan.Shots.SelectMany(s => s.Actions), a => a is { Actor: "woman1", Verb: "answer" });
    }

    [Theory]
    [InlineData("an old man waves", "old_man", "male", "old")]
    [InlineData("a little girl laughs", "girl", "female", "child")]
    [InlineData("two boys play football", "boy", "male", "child")]
    [InlineData("a child runs", "child", null, "child")]
    [InlineData("a waitress carries a tray", "woman", "female", null)]      // by its ending
    [InlineData("a policeman walks", "man", "male", "adult")]
    [InlineData("a grandmother knits", "old_woman", "female", "old")]
    [InlineData("a chef cooks", "person", null, null)]
    public void Person_words_give_sex_age_and_id(string prompt, string stem, string? sex, string? age)
    {
        var person = Planner.Plan(prompt).Cast.First(c => c.Kind == "person");
        Assert.Equal(stem + "1", person.Id);
        Assert.Equal(sex, person.Traits.Sex);
        Assert.Equal(age, person.Traits.Age);
    }

    [Fact]
    public void The_man_is_the_last_man_not_the_last_person()
    {
        var plan = Planner.Plan("a man and a woman stand in a park. The man waves.");
        Assert.Equal(2, plan.Cast.Count(c => c.Kind == "person"));
        Assert.Contains(plan.Shots.SelectMany(s => s.Actions), a => a is { Actor: "man1", Verb: "wave" });
    }

    [Fact]
    public void A_child_is_smaller_than_an_adult() =>
        Assert.True(Planner.Plan("a child").Cast[0].Traits.Size < 1.5);
}
