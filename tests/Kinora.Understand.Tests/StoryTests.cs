namespace Kinora.Understand.Tests;

/// <summary>Stories: several shots over one cast, pronouns and "the robot" resolved to earlier entities.</summary>
public class StoryTests
{
    [Fact]
    public void The_robot_and_it_are_the_same_robot_in_every_shot()
    {
        var plan = Planner.Plan("A robot walks into a room. Then it picks up a red ball. After that the robot throws the ball.");
        Assert.Equal(3, plan.Shots.Count);
        Assert.Single(plan.Cast, c => c.Kind == "person");   // a robot is drawn as a figure of a person's build
        Assert.Single(plan.Cast, c => c.Kind == "sports ball");
        Assert.All(plan.Shots, s => Assert.Contains(s.Actions, a => a.Actor == "person1"));
        Assert.Contains(plan.Shots[2].Actions, a => a is { Verb: "throw", Object: "ball1" });
    }

    [Fact]
    public void She_is_the_woman_and_meanwhile_cuts()
    {
        var plan = Planner.Plan("A woman reads a book. Meanwhile a cat sleeps on the sofa. Cut to she drinks coffee.");
        Assert.Equal(3, plan.Shots.Count);
        Assert.Contains(plan.Shots[2].Actions, a => a.Actor == "woman1");
        Assert.Contains(plan.Shots[1].Actions, a => a.Actor == "cat1");
    }

    [Fact]
    public void They_is_the_group()
    {
        var plan = Planner.Plan("three dogs sit on the grass. then they run");
        Assert.Contains(plan.Shots[^1].Actions, a => a is { Actor: "dog1", Verb: "run" });
    }

    [Fact]
    public void Shots_share_the_length_and_follow_each_other()
    {
        var plan = Planner.Plan("a cat jumps. then a dog barks. then a bird flies");
        Assert.Equal(3, plan.Shots.Count);
        Assert.Equal(plan.Format.Seconds, plan.Shots.Sum(s => s.Seconds), 3);
        for (var k = 1; k < plan.Shots.Count; k++)
            Assert.Equal(plan.Shots[k - 1].Start + plan.Shots[k - 1].Seconds, plan.Shots[k].Start, 3);
    }
}
