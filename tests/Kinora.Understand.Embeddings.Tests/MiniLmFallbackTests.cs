using Kinora.Understand.Embeddings;
using Kinora.Understand.Embeddings.MiniLm;

namespace Kinora.Understand.Embeddings.Tests;

/// <summary>One MiniLM encoder for the class: it takes seconds to load.</summary>
public sealed class MiniLmFixture
{
    public MiniLmEmbedder Embedder { get; } = new();
}

/// <summary>
/// The real embedding fallback: words WordNet 3.0 does not have and whose endings name nothing known become the
/// COCO class nearest in meaning, and made-up words stay unknown. The host finds the embedder by name.
/// </summary>
[Collection("MiniLM")]
public class MiniLmFallbackTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private readonly PlanRequest _request = new() { Embedder = fixture.Embedder };

    [Theory]
    [InlineData("a labradoodle chases a ball", "dog")]
    [InlineData("a goldendoodle sleeps on the couch", "dog")]
    [InlineData("a red ferrari drives down a street", "car")]
    [InlineData("a porsche parked by a tree", "car")]
    [InlineData("a cessna flies over the hills", "airplane")]
    public void A_word_wordnet_lacks_maps_to_a_sensible_coco_class(string prompt, string kind)
    {
        var plan = Planner.Plan(prompt, _request);
        var member = plan.Cast.First();
        Assert.Equal(kind, member.Kind);
        var note = plan.Interpretation.First(n => n.Category == "entity");
        Assert.Contains("MiniLM similarity", note.As);
        Assert.Contains(kind, Explanation.Table(plan));
    }

    [Theory]
    [InlineData("zorblaxian")]
    [InlineData("glorp")]
    [InlineData("florbix")]
    public void Made_up_words_stay_unknown(string word)
    {
        var plan = Planner.Plan($"a {word} sits there", _request);
        Assert.Empty(plan.Cast);
        Assert.Contains(plan.Interpretation, n => n.Text == word && !n.Understood);
    }

    [Fact]
    public void Vectors_are_deterministic_and_near_for_near_words()
    {
        var e = fixture.Embedder;
        Assert.Equal(e.Embed("a photo of a puppy"), e.Embed("a photo of a puppy"));
        Assert.Equal(384, e.Embed("dog").Length);
        Assert.True(Cosine(e.Embed("puppy"), e.Embed("dog")) > Cosine(e.Embed("puppy"), e.Embed("building")) + 0.3);
    }

    [Fact]
    public void The_host_finds_the_installed_embedder_by_name() =>
        Assert.IsType<MiniLmEmbedder>(ConceptEmbedders.Installed);

    [Fact]
    public void A_prompt_of_known_words_does_not_load_the_model()
    {
        var fresh = new MiniLmEmbedder();
        Planner.Plan("a corgi chases a red ball in a park at sunset, a firetruck passes", new PlanRequest { Embedder = fresh });
        Assert.False(fresh.IsLoaded);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var k = 0; k < a.Length; k++) { dot += a[k] * b[k]; na += a[k] * a[k]; nb += b[k] * b[k]; }
        return dot / Math.Sqrt(na * nb);
    }
}
