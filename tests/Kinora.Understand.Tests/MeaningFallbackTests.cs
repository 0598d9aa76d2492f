using Kinora.Understand.Embeddings;

namespace Kinora.Understand.Tests;

/// <summary>The embedding fallback's wiring, with a stand-in embedder (the MiniLM one is tested in
/// Kinora.Understand.Embeddings.Tests): asked only for words WordNet lacks, mapped only when near, reported.</summary>
public class MeaningFallbackTests
{
    /// <summary>Pseudo-random unit-ish vectors per text (256 dims: unrelated texts score near 0); a word listed
    /// in <paramref name="sameAs"/> embeds exactly as another, so its carrier phrase matches that anchor.</summary>
    private sealed class FakeEmbedder(Dictionary<string, string> sameAs) : IConceptEmbedder
    {
        public int Calls;
        public string Name => "fake";
        public float[] Embed(string text)
        {
            Interlocked.Increment(ref Calls);
            foreach (var (word, anchor) in sameAs)
                if (text.EndsWith(" " + word, StringComparison.Ordinal)) text = text[..^word.Length] + anchor;
            var v = new float[256];
            var h = 2166136261u;
            foreach (var c in text) h = (h ^ c) * 16777619u;
            var random = new Random((int)h);
            for (var k = 0; k < v.Length; k++) v[k] = (float)(random.NextDouble() * 2 - 1);
            return v;
        }
    }

    [Fact]
    public void A_word_wordnet_lacks_becomes_the_nearest_kind_and_says_so()
    {
        var embedder = new FakeEmbedder(new() { ["blicket"] = "dog" });
        var plan = Planner.Plan("a blicket chases a ball", new PlanRequest { Embedder = embedder });
        var dog = Assert.Single(plan.Cast, c => c.Kind == "dog");
        Assert.Contains(plan.Shots[0].Actions, a => a.Actor == dog.Id && a.Verb == "chase");
        var note = Assert.Single(plan.Interpretation, n => n.Text == "blicket");
        Assert.Contains("fake similarity 1.00 to 'dog'", note.As);
        Assert.Contains("blicket", Explanation.Table(plan));
    }

    [Fact]
    public void A_colour_before_an_unknown_word_is_its_colour()
    {
        var plan = Planner.Plan("a ball past a red blicket", new PlanRequest { Embedder = new FakeEmbedder(new() { ["blicket"] = "car" }) });
        Assert.Contains(plan.Cast, c => c is { Kind: "car", Traits.Color: "red" });
    }

    [Fact]
    public void Known_words_never_ask_the_embedder()
    {
        var embedder = new FakeEmbedder([]);
        Planner.Plan("a corgi chases a sedan in a park at sunset, a firetruck passes", new PlanRequest { Embedder = embedder });
        Planner.Plan("a happiness of the blue", new PlanRequest { Embedder = embedder });   // WordNet words, not things
        Assert.Equal(0, embedder.Calls);
    }

    [Fact]
    public void A_word_near_nothing_stays_unknown()
    {
        var plan = Planner.Plan("a zorblaxian walks", new PlanRequest { Embedder = new FakeEmbedder([]) });
        Assert.Empty(plan.Cast);
        Assert.Contains(plan.Interpretation, n => n.Text == "zorblaxian" && !n.Understood);
    }

    [Fact]
    public void Without_an_embedder_the_word_is_reported_unknown() =>
        Assert.Contains(Planner.Plan("a blicket sleeps").Interpretation, n => n.Text == "blicket" && !n.Understood);

    [Fact]
    public void Anchors_are_the_coco_classes_and_their_words()
    {
        var anchors = NearestKind.AnchorTexts();
        Assert.Equal(80, anchors.Select(a => a.Kind).Distinct().Count());
        Assert.Contains(("cell phone", "smartphone"), anchors);
    }
}
