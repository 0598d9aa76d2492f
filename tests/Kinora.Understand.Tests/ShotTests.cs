namespace Kinora.Understand.Tests;

/// <summary>Several sentences or "then / after that / cut to" become several shots over one cast.</summary>
public class ShotTests
{
    [Fact]
    public void Then_starts_a_new_shot_with_the_same_cast()
    {
        var plan = Planner.Plan("a dog chases a red ball, then the dog jumps over a bench");
        Assert.Equal(2, plan.Shots.Count);
        Assert.Single(plan.Cast, c => c.Kind == "dog");
        Assert.Equal(("dog1", "chase", "ball1"), (plan.Shots[0].Actions[0].Actor, plan.Shots[0].Actions[0].Verb, plan.Shots[0].Actions[0].Object));
        Assert.Contains(plan.Shots[1].Actions, a => a is { Actor: "dog1", Verb: "jump" });
        Assert.Equal(plan.Format.Seconds, plan.Shots.Sum(s => s.Seconds), 3);
        Assert.Equal(plan.Shots[0].Seconds, plan.Shots[1].Start, 3);
    }

    [Fact]
    public void Sentences_and_pronouns()
    {
        var plan = Planner.Plan("A cat sleeps on a couch. It wakes up. Cut to a man who throws a frisbee.");
        Assert.Equal(3, plan.Shots.Count);
        Assert.Contains(plan.Shots[1].Actions, a => a.Actor == "cat1" && a.Verb == "wake up" || a.Actor == "cat1" && a.Verb == "wake");
        Assert.Contains(plan.Shots[2].Actions, a => a is { Actor: "man1", Verb: "throw", Object: "frisbee1" });
        Assert.Equal("man1", plan.Shots[2].Camera.Target);
    }

    [Fact]
    public void A_sentence_with_no_action_does_not_make_a_shot()
    {
        var plan = Planner.Plan("A quiet beach at sunset. A dog runs along the shore.");
        Assert.Single(plan.Shots);
        Assert.Equal("beach", plan.World.Setting);
    }

    [Fact]
    public void A_later_clause_does_not_take_an_earlier_verb_as_its_object()
    {
        var plan = Planner.Plan("a dog runs, a cat sleeps");
        Assert.All(plan.Shots.SelectMany(s => s.Actions), a => Assert.Null(a.Object));
    }
}
