using Kinora.Understand.Lexicon;

namespace Kinora.Understand;

/// <summary>The reader's everyday phrasings that are not what their words say one by one: "evening wear" is clothes
/// (its "evening" was the verb "to even"), "going home" is walking, "get caught in the rain" is nothing done.</summary>
internal sealed partial class PromptReader
{
    /// <summary>"in formal evening wear", "in black tie": a two-word outfit the last person named wears.</summary>
    private bool TryTwoWordOutfit(int i)
    {
        if (Variants.Of($"{Word(i)} {Word(i + 1)}") is not { } outfit || !Variants.IsOutfit(outfit)) return false;
        if (_cast.Count == 0 || _cast[^1] is not { Kind: "person" } wearer) return false;
        _cast[^1] = wearer with { Traits = wearer.Traits with { Variant = outfit, Color = _color ?? wearer.Traits.Color } };
        NoteWithModifiers(i, "attribute", $"clothing: {Word(i)} {Word(i + 1)} (worn by {wearer.Id}: outfit {outfit})", 2);
        ClearModifiers();
        return true;
    }

    /// <summary>"going home", "goes back", "heading to the station": a person with no vehicle named goes on foot, so a
    /// walk ("go" and "go home" animate nothing).</summary>
    private static bool IsGoingSomewhere(string verb) =>
        verb is "go" or "go home" or "go back" or "go to" or "go away" or "go out" or "come home" or "come back" or "head home" or "head back" or "return home";

    /// <summary>"get caught in a downpour", "got stuck": what happens to the subject, not an action it does.</summary>
    private bool TryPassiveGet(int i, string verb)
    {
        if (Word(i - 1) is not ("get" or "gets" or "got" or "getting" or "gotten")) return false;
        if (!Word(i).EndsWith("ed", StringComparison.Ordinal) && Word(i) is not ("caught" or "stuck" or "wet" or "lost" or "soaked" or "drenched" or "hit"))
            return false;
        Note(i, 1, "story", $"happens to the subject ({verb}), not an action");
        return true;
    }
}
