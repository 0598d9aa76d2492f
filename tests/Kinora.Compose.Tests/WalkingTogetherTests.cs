using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>Two or three people walking together go side by side across their way (+X), the nearer one a little
/// behind, not in single file 2.6 body widths apart at the frame's edges (the couple under umbrellas were).</summary>
public sealed class WalkingTogetherTests
{
    private static ScenePlan Plan(int count, string verb) => new()
    {
        Cast = [new CastMember { Id = "person1", Kind = "person", Count = count }],
        Shots = [new ShotSpec { Seconds = 4, Actions = [new ActionSpec { Actor = "person1", Verb = verb }] }],
    };

    [Fact]
    public void A_walking_couple_goes_abreast_a_step_apart()
    {
        var people = Composer.Compose(Plan(2, "walk")).Entities.Where(e => e.Kind == "person").ToArray();
        Assert.Equal(2, people.Length);
        var (a, b) = (people[0].Position, people[1].Position);
        Assert.InRange(MathF.Abs(a.Z - b.Z), 0.7f, 1.3f);      // side by side across the way they walk
        Assert.InRange(MathF.Abs(a.X - b.X), 0.2f, 0.8f);      // the nearer one a little behind, both in view
        var nearer = a.Z > b.Z ? a : b;
        var farther = a.Z > b.Z ? b : a;
        Assert.True(nearer.X < farther.X, "the nearer walker trails, so the farther one is not hidden behind them");
    }

    [Fact]
    public void People_standing_together_keep_their_row() =>
        Assert.All(Composer.Compose(Plan(2, "wave")).Entities.Where(e => e.Kind == "person"), p => Assert.InRange(p.Position.Z, -0.2f, 0.2f));
}
