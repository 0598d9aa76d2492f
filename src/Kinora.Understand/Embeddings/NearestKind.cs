using System.Runtime.CompilerServices;
using Kinora.Understand.Lexicon;

namespace Kinora.Understand.Embeddings;

/// <summary>The kind nearest in meaning to a word, the anchor text that was nearest, and their cosine similarity.</summary>
public readonly record struct KindMatchByMeaning(string Kind, string Anchor, double Similarity);

/// <summary>
/// An unknown noun to the nearest COCO class by embedding similarity. Each class is represented by its name and a
/// few of its hand-table words ("cell phone", "phone", "smartphone"), each embedded in the phrase "a photo of a
/// …" like the word itself: a carrier phrase makes the model read both as objects, which measurably separates
/// near from far (bench/understand/embeddings.md). A word maps only when its best class is both close
/// (<see cref="MinSimilarity"/>) and clearly ahead of the next class (<see cref="MinMargin"/>): made-up words
/// score about 0.45–0.5 against everything and stay unknown.
/// </summary>
public static class NearestKind
{
    public const double MinSimilarity = 0.6;
    public const double MinMargin = 0.03;
    /// <summary>Hand-table words per class used as anchors besides the class name.</summary>
    private const int WordsPerKind = 3;
    private const string Carrier = "a photo of a {0}";

    private sealed class Cache
    {
        public (string Kind, string Text, float[] Vector)[]? Anchors;
        public readonly Dictionary<string, KindMatchByMeaning?> Words = new(StringComparer.Ordinal);
    }

    private static readonly ConditionalWeakTable<IConceptEmbedder, Cache> Caches = new();

    /// <summary>The anchor texts: each COCO class name, then up to <see cref="WordsPerKind"/> of its single hand-table words.</summary>
    public static IReadOnlyList<(string Kind, string Text)> AnchorTexts()
    {
        var list = new List<(string Kind, string Text)>();
        foreach (var kind in Concepts.CocoKinds)
        {
            list.Add((kind, kind));
            list.AddRange(Nouns.WordsFor(kind).Where(w => w != kind && !w.EndsWith('s')).Take(WordsPerKind).Select(w => (kind, w)));
        }
        return list;
    }

    public static bool TryFind(IConceptEmbedder embedder, string word, out KindMatchByMeaning match)
    {
        var cache = Caches.GetValue(embedder, _ => new Cache());
        lock (cache)
        {
            if (!cache.Words.TryGetValue(word, out var found))
            {
                var ranked = Rank(embedder, cache, word, 2);
                var second = ranked.Count > 1 ? ranked[1].Similarity : 0;
                found = ranked.Count > 0 && ranked[0].Similarity >= MinSimilarity && ranked[0].Similarity - second >= MinMargin ? ranked[0] : null;
                cache.Words[word] = found;
            }
            match = found ?? default;
            return found is not null;
        }
    }

    /// <summary>The <paramref name="count"/> classes nearest to the word, nearest first, whether near enough or not.</summary>
    public static IReadOnlyList<KindMatchByMeaning> Ranked(IConceptEmbedder embedder, string word, int count)
    {
        var cache = Caches.GetValue(embedder, _ => new Cache());
        lock (cache) return Rank(embedder, cache, word, count);
    }

    private static List<KindMatchByMeaning> Rank(IConceptEmbedder embedder, Cache cache, string word, int count)
    {
        cache.Anchors ??= AnchorTexts().Select(a => (a.Kind, a.Text, embedder.Embed(string.Format(Carrier, a.Text)))).ToArray();
        var v = embedder.Embed(string.Format(Carrier, word));
        // Each class scores by its closest anchor.
        var perKind = new Dictionary<string, (string Text, double Similarity)>(StringComparer.Ordinal);
        foreach (var (kind, text, vector) in cache.Anchors)
        {
            var s = Cosine(v, vector);
            if (!perKind.TryGetValue(kind, out var b) || s > b.Similarity) perKind[kind] = (text, s);
        }
        return perKind.OrderByDescending(p => p.Value.Similarity).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count)
            .Select(p => new KindMatchByMeaning(p.Key, p.Value.Text, Math.Round(p.Value.Similarity, 3))).ToList();
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
        {
            dot += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
