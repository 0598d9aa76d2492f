using System.Collections.Concurrent;

namespace Kinora.Understand.Lexicon;

/// <summary>
/// Remembers a pure lookup of a word in the (immutable) WordNet data: the reader asks about the same word several
/// times per token (is it a thing, a place, a verb?) and each answer walks senses and hypernyms, so without this a
/// long prompt paid that walk many times over. Bounded, so a server's stream of new words cannot grow it forever:
/// past <see cref="Capacity"/> words, answers are computed and not kept.
/// </summary>
internal sealed class WordMemo<T>(WordMemo<T>.Lookup lookup)
{
    public delegate bool Lookup(string word, out T value);

    public const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, (bool Found, T Value)> _answers = new(StringComparer.Ordinal);

    public bool TryGet(string word, out T value)
    {
        if (!_answers.TryGetValue(word, out var answer))
        {
            var found = lookup(word, out var v);
            answer = (found, v);
            if (_answers.Count < Capacity) _answers.TryAdd(word, answer);
        }
        value = answer.Value;
        return answer.Found;
    }
}
