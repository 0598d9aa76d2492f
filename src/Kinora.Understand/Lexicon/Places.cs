namespace Kinora.Understand.Lexicon;

/// <summary>A place word: the setting family, whether it is indoors, and its usual ground.</summary>
public sealed record PlaceSense(string Setting, bool Indoor, string Ground, string[] Ambience);

/// <summary>Settings and surfaces ("park", "kitchen", "wooden floor", "on grass").</summary>
public static class Places
{
    public static readonly IReadOnlyDictionary<string, PlaceSense> Settings = new Dictionary<string, PlaceSense>
    {
        ["park"] = new("park", false, "grass", ["park", "birds"]),
        ["garden"] = new("park", false, "grass", ["park", "birds"]),
        ["lawn"] = new("park", false, "grass", ["park", "birds"]),
        ["meadow"] = new("park", false, "grass", ["park", "birds"]),
        ["field"] = new("park", false, "grass", ["park", "birds"]),
        ["forest"] = new("forest", false, "dirt", ["forest", "birds"]),
        ["woods"] = new("forest", false, "dirt", ["forest", "birds"]),
        ["beach"] = new("beach", false, "sand", ["ocean"]),
        ["desert"] = new("desert", false, "sand", ["wind"]),
        ["street"] = new("city street", false, "asphalt", ["city"]),
        ["road"] = new("city street", false, "asphalt", ["city"]),
        ["city"] = new("city street", false, "asphalt", ["city"]),
        ["parking"] = new("city street", false, "asphalt", ["city"]),
        ["sidewalk"] = new("city street", false, "concrete", ["city"]),
        ["downtown"] = new("downtown", false, "asphalt", ["city"]),   // "walks downtown": an adverb that is a place
        ["snow"] = new("snow", false, "snow", ["wind"]),
        ["room"] = new("living room", true, "wood", ["room tone"]),
        ["living"] = new("living room", true, "wood", ["room tone"]),
        ["kitchen"] = new("kitchen", true, "tile", ["room tone"]),
        ["bathroom"] = new("bathroom", true, "tile", ["room tone"]),
        ["bedroom"] = new("bedroom", true, "carpet", ["room tone"]),
        ["office"] = new("office", true, "carpet", ["room tone"]),
        ["gym"] = new("gym", true, "wood", ["room tone"]),
        ["studio"] = new("studio", true, "concrete", ["room tone"]),
        ["warehouse"] = new("warehouse", true, "concrete", ["room tone"]),
        ["garage"] = new("garage", true, "concrete", ["room tone"]),
        ["hall"] = new("hall", true, "marble", ["room tone"]),
        ["museum"] = new("museum", true, "marble", ["room tone"]),
        ["classroom"] = new("classroom", true, "tile", ["room tone"]),
        ["court"] = new("gym", true, "wood", ["room tone"]),
        ["track"] = new("running track", false, "grass", ["outdoor air"]),   // the ground one runs round, not a trace
        // Famous places WordNet lacks (it knows "Shanghai" and "the Seine", not Shanghai's waterfront): "the Bund" alone
        // was read as nothing and gave an empty studio.
        ["bund"] = new("bund", false, "stone", ["city"]),
        ["port"] = new("harbor", false, "concrete", ["ocean"]),   // WordNet's first concrete sense is the wine
        ["pudong"] = new("pudong", false, "stone", ["city"]),
        ["lujiazui"] = new("lujiazui", false, "stone", ["city"]),
        ["huangpu"] = new("huangpu", false, "stone", ["city"]),
    };

    /// <summary>Surface nouns: what one stands on. With a material word before them they set the ground.</summary>
    public static readonly IReadOnlyDictionary<string, (string Ground, bool? Indoor)> Surfaces = new Dictionary<string, (string, bool?)>
    {
        ["floor"] = ("wood", true), ["floors"] = ("wood", true), ["ground"] = ("dirt", false), ["grass"] = ("grass", false),
        ["sand"] = ("sand", false), ["carpet"] = ("carpet", true), ["rug"] = ("carpet", true), ["tiles"] = ("tile", true),
        ["pavement"] = ("concrete", false), ["asphalt"] = ("asphalt", false), ["ice"] = ("ice", false), ["dirt"] = ("dirt", false),
        ["mud"] = ("dirt", false), ["surface"] = ("concrete", null), ["deck"] = ("wood", false), ["stage"] = ("wood", true),
        ["cobblestones"] = ("stone", false), ["cobbles"] = ("stone", false),
    };
}
