namespace Kinora.Understand.Tests;

/// <summary>What a falling thing leaves is a thing in the scene, not the setting: the set-up needs its top to start on.</summary>
public class SupportNounTests
{
    [Theory]
    [InlineData("a glass vase falls off a shelf and shatters", "shelf")]
    [InlineData("a cup falls off a bookcase", "shelf")]
    [InlineData("a cup falls off a table", "dining table")]
    public void The_support_is_cast_and_the_faller_starts_on_it(string prompt, string supportKind)
    {
        var plan = Planner.Plan(prompt);
        var support = plan.Cast.Single(c => c.Kind == supportKind);
        var faller = plan.Cast.First(c => c.Id != support.Id);
        Assert.Contains(plan.Relations, r => r.Subject == faller.Id && r.Relation == "on" && r.Object == support.Id);
        Assert.NotEqual(supportKind, plan.World.Setting);
    }
}
