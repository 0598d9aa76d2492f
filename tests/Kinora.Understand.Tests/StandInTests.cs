using Kinora.Understand.Lexicon;

namespace Kinora.Understand.Tests;

/// <summary>
/// Nouns with no model of their own: body parts are not things, animals are drawn as the modelled animal nearest
/// in build and size, and pictures are one drawable kind (hung on the wall). Needs Debian's wordnet-base.
/// </summary>
public class StandInTests
{
    [Theory]
    [InlineData("a man brushes his teeth in a bathroom", "teeth")]
    [InlineData("a woman raises her hand", "hand")]
    [InlineData("a girl combs her hair", "hair")]
    [InlineData("a boy washes his face", "face")]
    public void A_body_part_of_someone_is_not_a_thing_of_its_own(string prompt, string part)
    {
        var plan = Planner.Plan(prompt);
        Assert.Equal(["person"], plan.Cast.Select(c => c.Kind));
        Assert.Contains(plan.Interpretation, n => n.Text == part && n.As.StartsWith("body part of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_part_named_as_a_thing_stays_one()
    {
        // An article and no owner: the skull is a prop on the table, as before.
        var plan = Planner.Plan("a skull on a table");
        Assert.Contains(plan.Cast, c => c.Kind == "skull");
        Assert.Contains(plan.Cast, c => c.Kind == "dining table");
    }

    [Theory]
    [InlineData("goat", "sheep")]
    [InlineData("llama", "sheep")]
    [InlineData("pig", "sheep")]
    [InlineData("hippopotamus", "elephant")]
    [InlineData("rabbit", "cat")]
    [InlineData("squirrel", "cat")]
    [InlineData("hyena", "dog")]
    [InlineData("jackal", "dog")]     // as before, through canine
    [InlineData("leopard", "cat")]    // as before, through feline
    [InlineData("antelope", "cow")]   // as before, through bovid
    public void An_animal_without_a_model_is_drawn_as_the_nearest_one(string noun, string kind)
    {
        Assert.True(Concepts.TryResolve(noun, out var sense));
        Assert.Equal(kind, sense.Kind);
        Assert.Equal(KindMatch.StandIn, sense.Match);
    }

    [Fact]
    public void The_explanation_says_what_an_animal_is_drawn_as()
    {
        var plan = Planner.Plan("a llama in a field");
        Assert.Equal("sheep", Assert.Single(plan.Cast).Kind);
        Assert.Contains(plan.Interpretation, n => n.Text == "llama" && n.As.Contains("nearest known kind, sheep") && !n.As.Contains("stand-in box"));
    }

    [Theory]
    [InlineData("people look at paintings in an art gallery", "paintings", 3)]
    [InlineData("a photograph on the wall", "photograph", 1)]
    [InlineData("a poster in a bedroom", "poster", 1)]
    public void Pictures_are_one_drawable_kind(string prompt, string word, int count)
    {
        var plan = Planner.Plan(prompt);
        var picture = Assert.Single(plan.Cast, c => c.Kind == "painting");
        Assert.Equal(count, picture.Count);
        Assert.Contains(plan.Interpretation, n => n.Text == word && n.As.Contains("hung on the wall") && !n.As.Contains("stand-in box"));
    }
}
