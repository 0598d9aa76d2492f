using Kinora.Understand.Lexicon;

namespace Kinora.Understand.Tests;

/// <summary>
/// Animals with a model of their own beyond COCO (panda, deer, camel, lion, tiger) are planned as themselves, and
/// the words for their kinds (a moose, a lioness, a dromedary) reach them through WordNet, where before a deer or a
/// camel was drawn as a horse and a lion as a cat.
/// </summary>
public class OtherAnimalWordsTests
{
    [Theory]
    [InlineData("panda", "panda")]
    [InlineData("giant panda", "panda")]
    [InlineData("deer", "deer")]
    [InlineData("stag", "deer")]
    [InlineData("moose", "deer")]
    [InlineData("camel", "camel")]
    [InlineData("dromedary", "camel")]
    [InlineData("lion", "lion")]
    [InlineData("lioness", "lion")]
    [InlineData("tiger", "tiger")]
    [InlineData("fox", "fox")]
    [InlineData("vixen", "fox")]
    [InlineData("wolf", "wolf")]
    public void The_word_reaches_the_animal_s_own_model(string noun, string kind)
    {
        Assert.True(Concepts.TryResolve(noun, out var sense));
        Assert.Equal((kind, KindMatch.Exact), (sense.Kind, sense.Match));
        Assert.DoesNotContain(kind, Concepts.CocoKinds);
    }

    [Theory]
    [InlineData("a panda drinking coffee in a cafe in Paris", "panda")]
    [InlineData("a deer walks in a forest", "deer")]
    [InlineData("a camel walks in the desert", "camel")]
    [InlineData("a lion runs on the savanna", "lion")]
    [InlineData("a tiger walks in the jungle", "tiger")]
    [InlineData("a fox runs through the snow", "fox")]
    [InlineData("a wolf howls in the forest", "wolf")]
    public void A_prompt_casts_the_animal_as_itself(string prompt, string kind)
    {
        var plan = Planner.Plan(prompt);
        var cast = Assert.Single(plan.Cast, c => c.Kind == kind);
        Assert.Equal(kind + "1", cast.Id);
        Assert.DoesNotContain(plan.Interpretation, n => n.As.Contains("nearest known kind") || n.As.Contains("stand-in box"));
    }
}
