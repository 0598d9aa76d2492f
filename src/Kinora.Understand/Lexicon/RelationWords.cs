namespace Kinora.Understand.Lexicon;

/// <summary>
/// Spatial phrases to the plan's relations (<see cref="Kinora.Plan.PlanSchema.Relations"/>), longest first so "on
/// the top of" wins over "on", and the nouns that can hold things ("a cat in a box" is inside, "a cat in a park"
/// is the setting).
/// </summary>
public static class RelationWords
{
    private static readonly (string[] Words, string Relation)[] Phrases =
    [
        (["on", "the", "left", "side", "of"], "left of"), (["on", "the", "right", "side", "of"], "right of"),
        (["to", "the", "left", "side", "of"], "left of"), (["to", "the", "right", "side", "of"], "right of"),
        (["a", "long", "way", "from"], "far from"), (["far", "away", "from"], "far from"),
        (["on", "the", "top", "of"], "on"), (["on", "the", "bottom", "of"], "below"), (["at", "the", "bottom", "of"], "below"),
        (["on", "the", "left", "of"], "left of"), (["on", "the", "right", "of"], "right of"),
        (["at", "the", "left", "of"], "left of"), (["at", "the", "right", "of"], "right of"),
        (["in", "the", "middle", "of"], "inside"), (["in", "the", "front", "of"], "in front of"),
        (["at", "the", "back", "of"], "behind"),
        (["on", "top", "of"], "on"), (["to", "the", "left", "of"], "left of"), (["to", "the", "right", "of"], "right of"),
        (["in", "back", "of"], "behind"), (["in", "front", "of"], "in front of"),
        (["next", "to"], "next to"), (["close", "to"], "near"), (["near", "to"], "near"), (["far", "from"], "far from"),
        (["left", "of"], "left of"), (["right", "of"], "right of"),
        (["in", "between"], "between"), (["between"], "between"), (["amid"], "between"),
        (["all", "around"], "around"), (["around"], "around"), (["surrounding"], "around"), (["encircling"], "around"),
        (["near"], "near"), (["nearby"], "near"), (["by"], "next to"), (["beside"], "next to"), (["alongside"], "next to"),
        (["within"], "inside"), (["inside", "of"], "inside"), (["inside"], "inside"),
        (["behind"], "behind"), (["under"], "under"), (["underneath"], "under"), (["beneath"], "under"),
        (["below"], "below"), (["above"], "above"), (["over"], "above"),
        (["on"], "on"), (["onto"], "on"), (["upon"], "on"),
    ];

    /// <summary>Nouns that hold things, so "in a …" before one of them means inside it.</summary>
    public static readonly IReadOnlySet<string> Containers = new HashSet<string>
    {
        "box", "crate", "bowl", "cup", "mug", "basket", "bucket", "vase", "jar", "bag", "handbag", "suitcase", "backpack",
        "pot", "sink", "bathtub", "tub", "cage", "drawer", "cabinet", "barrel", "bin", "tank", "aquarium", "pool",
        "container", "carton", "glass", "bottle", "nest", "cart", "wheelbarrow", "trunk", "chest", "pan",
    };

    /// <summary>The relation phrase starting at token i, longest first.</summary>
    public static bool TryMatch(IReadOnlyList<Token> tokens, int i, out string relation, out int length)
    {
        foreach (var (words, r) in Phrases)
        {
            if (i + words.Length > tokens.Count) continue;
            var all = true;
            for (var k = 0; k < words.Length && all; k++) all = !tokens[i + k].Quoted && tokens[i + k].Text == words[k];
            if (all) { relation = r; length = words.Length; return true; }
        }
        relation = ""; length = 0;
        return false;
    }
}
