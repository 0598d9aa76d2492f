using Kinora.Plan;

namespace Kinora.Understand.Tests;

/// <summary>Input that says little or too much still plans, validly, and the explanation says what happened.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("一只狗在公园里跑", "not in English")]
    [InlineData("кошка спит на диване", "not in English")]
    [InlineData("blorf snargle wibble", "default empty scene")]
    [InlineData("a a the of .", "default empty scene")]
    public void Nothing_understood_is_the_default_scene_with_a_reason(string prompt, string reason)
    {
        var plan = Planner.Plan(prompt);
        PlanValidator.ThrowIfInvalid(plan);
        Assert.Empty(plan.Cast);
        Assert.Contains(plan.Interpretation, n => !n.Understood && n.As.Contains(reason, StringComparison.Ordinal));
        Assert.Contains(reason, Explanation.Table(plan));
    }

    [Fact]
    public void A_scene_that_was_understood_gets_no_such_note() =>
        Assert.DoesNotContain(Planner.Plan("a dog and a blorf").Interpretation, n => n.Text == "(prompt)");

    [Fact]
    public void Empty_quotes_are_not_spoken_lines() =>
        Assert.Empty(Planner.Plan("a man says \"\" and \"  \"").Audio.Lines);

    [Fact]
    public void A_story_of_more_beats_than_fit_keeps_shots_positive_and_tiling_the_clip()
    {
        var prompt = string.Concat(Enumerable.Repeat("a dog runs then ", 600)) + "a dog sleeps";
        var plan = Planner.Plan(prompt, new PlanRequest { Seconds = 4 });
        PlanValidator.ThrowIfInvalid(plan);
        Assert.Equal(8, plan.Shots.Count);   // 4 s at 0.5 s a shot at least
        Assert.All(plan.Shots, s => Assert.True(s.Seconds >= 0.49));
        Assert.Equal(4, plan.Shots.Sum(s => s.Seconds), 3);
        Assert.Equal(4, plan.Shots[^1].Start + plan.Shots[^1].Seconds, 3);
        Assert.Contains(plan.Interpretation, n => n.Category == "story" && n.As.Contains("play as one", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_characters_plan()
    {
        var prompt = string.Concat(Enumerable.Repeat("a red ball bounces near a corgi in the park then a lion chases a sedan. ", 200))[..Planner.MaxPromptLength];
        Assert.Equal(10_000, prompt.Length);
        PlanValidator.ThrowIfInvalid(Planner.Plan(prompt));
    }
}
