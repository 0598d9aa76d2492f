namespace Kinora.Understand.Lexicon;

/// <summary>
/// Words for the physical set-ups the Compose stage builds (Compose/Scenarios): the kinds it recognizes, groups
/// named by their arrangement ("a tower of blocks"), things that are poured, the water that things float or sink
/// in, and the one spelling of each physical verb the set-ups look for ("pour out" is pouring, "knock down" is
/// knocking over).
/// </summary>
public static class PhysicsWords
{
    /// <summary>"a tower of …": how many when no number is said, and the action the group gets when none is said.</summary>
    public static readonly IReadOnlyDictionary<string, (int Count, string? Verb)> Groups = new Dictionary<string, (int, string?)>
    {
        ["tower"] = (8, "stack"), ["stack"] = (6, "stack"), ["pile"] = (6, "stack"), ["heap"] = (8, null),
        ["row"] = (8, null), ["line"] = (8, null), ["rack"] = (15, null), ["handful"] = (12, null), ["bunch"] = (6, null),
        ["set"] = (6, null), ["group"] = (4, null), ["column"] = (6, "stack"),
        // Collective nouns for living things: "a flock of birds" is several birds, not one.
        ["flock"] = (7, null), ["herd"] = (6, null), ["crowd"] = (8, null), ["pack"] = (5, null), ["swarm"] = (12, null),
        ["fleet"] = (5, null), ["troop"] = (6, null), ["gaggle"] = (6, null), ["pride"] = (5, null),
        ["school"] = (8, null), ["shoal"] = (8, null),
    };

    /// <summary>Stuff that pours: read as a thing (not the ground) next to a pouring verb.</summary>
    public static readonly IReadOnlySet<string> Granular = new HashSet<string> { "sand", "rice", "gravel", "pebbles", "beads", "grains", "marbles" };

    public static readonly IReadOnlySet<string> PourVerbs = new HashSet<string> { "pour", "spill", "tip", "empty" };

    /// <summary>Verbs whose actor needs water to be in.</summary>
    public static readonly IReadOnlySet<string> WaterVerbs = new HashSet<string> { "float", "sink", "bob", "drift", "splash" };

    /// <summary>Kinds the Compose stage turns into a tank of water.</summary>
    public static readonly IReadOnlySet<string> LiquidKinds = new HashSet<string>
    {
        "water", "tank", "water tank", "pool", "aquarium", "pond", "fish tank", "basin",
    };

    /// <summary>Kinds of which a scene has one however often they are named (the rack is all the billiard balls).</summary>
    public static readonly IReadOnlySet<string> OnePerScene = new HashSet<string> { "billiard balls", "newtons cradle", "water" };

    /// <summary>Things a ball or crate travels down: the thing moving goes on it.</summary>
    public static readonly IReadOnlySet<string> Slopes = new HashSet<string> { "ramp" };

    /// <summary>Verbs after which "off a table" or "from a shelf" names where the thing starts.</summary>
    public static readonly IReadOnlySet<string> LeavingVerbs = new HashSet<string>
    {
        "fall", "drop", "tumble", "topple", "roll", "slide", "tip over", "knock over", "slip", "bounce",
    };

    private static readonly Dictionary<string, string> Canonical = new()
    {
        ["pour out"] = "pour", ["pour down"] = "pour", ["spill out"] = "spill", ["knock down"] = "knock over",
        ["knock off"] = "knock over", ["topple over"] = "topple", ["fall down"] = "fall", ["fall over"] = "topple",
        ["roll down"] = "roll", ["roll off"] = "roll", ["slide down"] = "slide", ["slide off"] = "slide", ["tip"] = "tip over",
        ["swing back and forth"] = "swing", ["smash"] = "shatter", ["crash down"] = "fall", ["fall off"] = "fall",
    };

    /// <summary>The spelling of a verb the physical set-ups look for.</summary>
    public static string CanonicalVerb(string verb) => Canonical.TryGetValue(verb, out var c) ? c : verb;
}
