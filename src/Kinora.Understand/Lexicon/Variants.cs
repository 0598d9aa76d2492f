namespace Kinora.Understand.Lexicon;

/// <summary>
/// Words that name a narrower look within a kind, which the kind's asset draws (<c>traits.variant</c>): a person's
/// outfit ("an astronaut" wears a spacesuit, "a man in a tuxedo" formal evening clothes) or a dog's breed ("a corgi").
/// WordNet already makes the kind (astronaut → person, corgi → dog); this keeps what the narrower word adds.
/// </summary>
public static class Variants
{
    public const string Spacesuit = "spacesuit", Formal = "formal";

    private static readonly Dictionary<string, string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["astronaut"] = Spacesuit, ["astronauts"] = Spacesuit, ["cosmonaut"] = Spacesuit, ["cosmonauts"] = Spacesuit,
        ["spaceman"] = Spacesuit, ["spacemen"] = Spacesuit, ["spacewoman"] = Spacesuit, ["taikonaut"] = Spacesuit,
        ["spacesuit"] = Spacesuit, ["space suit"] = Spacesuit, ["pressure suit"] = Spacesuit,
        ["tuxedo"] = Formal, ["tux"] = Formal, ["dinner jacket"] = Formal, ["evening wear"] = Formal, ["eveningwear"] = Formal,
        ["evening dress"] = Formal, ["evening gown"] = Formal, ["ball gown"] = Formal, ["gown"] = Formal, ["formal wear"] = Formal, ["formal"] = Formal,
        ["formalwear"] = Formal, ["evening clothes"] = Formal, ["black tie"] = Formal, ["dress suit"] = Formal, ["full dress"] = Formal,
        ["corgi"] = "corgi", ["corgis"] = "corgi", ["welsh corgi"] = "corgi", ["pembroke"] = "corgi", ["cardigan welsh corgi"] = "corgi",
    };

    /// <summary>The variant a word or lemma names (underscores read as spaces), or null.</summary>
    public static string? Of(string? word) =>
        word is not null && Table.TryGetValue(word.Replace('_', ' ').Trim(), out var v) ? v : null;

    /// <summary>True for variants that are clothes (worn by a person), not a breed.</summary>
    public static bool IsOutfit(string variant) => variant is Spacesuit or Formal;
}
