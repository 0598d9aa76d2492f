namespace Kinora.Understand.Lexicon.WordNet;

/// <summary>
/// WordNet's morphy (morphy(7WN)): an inflected form becomes base forms by the exception lists (*.exc: "fell" →
/// "fall", "mice" → "mouse") and then by the detachment rules of each part of speech. Candidates are returned in
/// order and only the ones the caller finds in the index matter.
/// </summary>
internal static class Morphology
{
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];
    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string Suffix, string Ending)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    public static IEnumerable<string> Candidates(string word, PartOfSpeech pos, IReadOnlyDictionary<string, string[]> exceptions)
    {
        yield return word;
        if (exceptions.TryGetValue(word, out var bases))
            foreach (var b in bases) yield return b;
        var rules = pos switch { PartOfSpeech.Noun => NounRules, PartOfSpeech.Verb => VerbRules, PartOfSpeech.Adjective => AdjectiveRules, _ => [] };
        if (pos == PartOfSpeech.Noun && word.EndsWith("ss", StringComparison.Ordinal)) yield break;
        foreach (var (suffix, ending) in rules)
        {
            if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            yield return stem + ending;
            // "running" → "runn" → "run": a doubled final consonant before -ing/-ed.
            if (pos == PartOfSpeech.Verb && ending.Length == 0 && suffix is "ing" or "ed" && stem.Length > 2 && stem[^1] == stem[^2])
                yield return stem[..^1];
        }
    }
}
