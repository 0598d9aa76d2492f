namespace Kinora.Understand.Lexicon;

/// <summary>Material and size words that modify a noun ("wooden", "metal", "tiny").</summary>
public static class Adjectives
{
    /// <summary>Word → materials-table name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Materials = new Dictionary<string, string>
    {
        ["wooden"] = "wood", ["wood"] = "wood", ["oak"] = "wood", ["pine"] = "wood",
        ["metal"] = "metal", ["metallic"] = "metal", ["steel"] = "metal", ["iron"] = "metal", ["aluminium"] = "metal", ["aluminum"] = "metal", ["chrome"] = "metal", ["copper"] = "metal",
        ["glass"] = "glass", ["crystal"] = "glass",
        ["rubber"] = "rubber", ["plastic"] = "plastic",
        ["stone"] = "stone", ["rock"] = "stone", ["granite"] = "stone", ["cobblestone"] = "stone", ["cobbled"] = "stone",
        ["concrete"] = "concrete", ["cement"] = "concrete",
        ["marble"] = "marble", ["ceramic"] = "ceramic", ["porcelain"] = "ceramic", ["tiled"] = "tile", ["tile"] = "tile",
        ["fabric"] = "fabric", ["cloth"] = "fabric", ["woolen"] = "fabric", ["carpeted"] = "carpet",
        ["ice"] = "ice", ["icy"] = "ice",
    };

    /// <summary>Size words as a factor on the kind's typical size.</summary>
    public static readonly IReadOnlyDictionary<string, double> Sizes = new Dictionary<string, double>
    {
        ["tiny"] = 0.4, ["little"] = 0.6, ["small"] = 0.6, ["mini"] = 0.5, ["big"] = 1.6, ["large"] = 1.6,
        ["huge"] = 2.5, ["giant"] = 3.0, ["enormous"] = 3.0, ["massive"] = 2.5, ["medium"] = 1.0,
    };

    /// <summary>Shade words that adjust a colour name.</summary>
    public static readonly IReadOnlySet<string> Shades = new HashSet<string> { "light", "dark", "bright", "pale", "pastel", "deep", "vivid" };
}
