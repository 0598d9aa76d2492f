using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand;

/// <summary>
/// Body parts are not things in the scene. "A man brushes his teeth", "she raises her hand", "a girl combs hair":
/// the teeth, hand and hair belong to the person the models already draw, so they must not become props of their
/// own (a grey box on the floor). A noun is a body part when WordNet files its usual sense under noun.body; it is
/// read as one after a possessive ("his", "her", "the dog's") or as the bare object of the verb just read. "A
/// skull on a table" (an article, no verb before it) stays a thing.
/// </summary>
internal sealed partial class PromptReader
{
    private static readonly HashSet<string> Possessives = ["his", "her", "their", "its", "my", "your", "our", "'s"];

    /// <summary>Senses of a word looked at after a possessive: "her nails" means the fingernails (a later sense).</summary>
    private const int PossessedSenses = 3;

    private bool TryBodyPart(int i, string lemma)
    {
        var possessed = Possessives.Contains(Word(i - 1)) || Word(i - 1).EndsWith("'s", StringComparison.Ordinal);
        var objectOfVerb = !possessed && Word(i - 1) is not ("a" or "an" or "the" or "one") && _count is null && IsDirectObject(i) && _lastVerbAction >= 0;
        if (!possessed && !objectOfVerb) return false;
        if (!IsBodyPart(lemma, possessed ? PossessedSenses : 1)) return false;
        var owner = _lastVerbAction >= 0 ? _actions[_lastVerbAction].Actor : _cast.Count > 0 ? _cast[^1].Id : null;
        Note(i, 1, "attribute", owner is null ? "body part (not a separate thing)" : $"body part of {owner} (not a separate thing)");
        ClearModifiers();
        _relation = null;
        return true;
    }

    /// <summary>True when one of the word's first <paramref name="senses"/> common noun senses is a body part.</summary>
    private static bool IsBodyPart(string lemma, int senses)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        return wn.BaseForms(lemma, PartOfSpeech.Noun).Any(b =>
            wn.Senses(b, PartOfSpeech.Noun).Where(s => !s.IsProper).Take(senses).Any(s => s.LexFile == LexFiles.NounBody));
    }
}
