namespace Kinora.Compose.Environments;

/// <summary>The scene families Kinora dresses (the VBench scene list grouped by what they look like).</summary>
public enum SettingFamily
{
    Studio,
    CityStreet, Park, Forest, Beach, Mountain, Desert, Snow, Farm, Harbour, Station, Stadium,
    Kitchen, LivingRoom, Bedroom, Bathroom, Office, Classroom, Library, Restaurant, Shop, Gallery, Gym,
}

/// <summary>
/// Names the family of a plan's setting. Settings are free nouns from the planner ("amusement park", "glacier",
/// "coffee shop"), so the family is found by the words they contain, most specific first; a setting no word names
/// falls back on the plan's indoor flag and ground (sand outdoors is a beach, snow a snowfield, grass a park).
/// </summary>
public static class SettingFamilies
{
    // Order matters: "coffee shop" is a café before it is a shop, "train station" a station before a train.
    private static readonly (string Word, SettingFamily Family)[] Words =
    [
        // Places whose name holds a word of another family come first: a music studio is a room, not the bare
        // studio; a gas station is a roadside, not a railway; a cafeteria is a café though "cafe" is not a word in it.
        ("music studio", SettingFamily.LivingRoom), ("recording studio", SettingFamily.LivingRoom), ("gas station", SettingFamily.CityStreet),
        ("cafeteria", SettingFamily.Restaurant), ("food court", SettingFamily.Restaurant),
        ("supermarket", SettingFamily.Shop), ("pharmacy", SettingFamily.Shop), ("gymnasium", SettingFamily.Gym),
        ("hospital", SettingFamily.Office), ("laboratory", SettingFamily.Office), ("iceberg", SettingFamily.Snow),
        ("crosswalk", SettingFamily.CityStreet), ("skyscraper", SettingFamily.CityStreet), ("lighthouse", SettingFamily.Beach),
        ("windmill", SettingFamily.Farm), ("campsite", SettingFamily.Forest), ("raceway", SettingFamily.Stadium),
        ("train track", SettingFamily.Station), ("railroad", SettingFamily.Station), ("track", SettingFamily.Stadium),
        ("studio", SettingFamily.Studio), ("underwater", SettingFamily.Studio), // under the sea: nothing dressed, see Underwater
        ("kitchen", SettingFamily.Kitchen), ("bathroom", SettingFamily.Bathroom), ("shower", SettingFamily.Bathroom),
        ("bedroom", SettingFamily.Bedroom), ("nursery", SettingFamily.Bedroom), ("dorm", SettingFamily.Bedroom),
        ("living room", SettingFamily.LivingRoom), ("lounge", SettingFamily.LivingRoom), ("home", SettingFamily.LivingRoom),
        ("office", SettingFamily.Office), ("classroom", SettingFamily.Classroom), ("school", SettingFamily.Classroom),
        ("library", SettingFamily.Library), ("bookstore", SettingFamily.Library),
        ("restaurant", SettingFamily.Restaurant), ("cafe", SettingFamily.Restaurant), ("café", SettingFamily.Restaurant),
        ("coffee", SettingFamily.Restaurant), ("bar", SettingFamily.Restaurant), ("pub", SettingFamily.Restaurant),
        ("diner", SettingFamily.Restaurant), ("bakery", SettingFamily.Shop),
        ("gallery", SettingFamily.Gallery), ("museum", SettingFamily.Gallery),
        ("gym", SettingFamily.Gym), ("court", SettingFamily.Gym), ("fitness", SettingFamily.Gym),
        ("stadium", SettingFamily.Stadium), ("arena", SettingFamily.Stadium), ("field", SettingFamily.Stadium),
        ("station", SettingFamily.Station), ("airport", SettingFamily.Station), ("platform", SettingFamily.Station),
        ("railway", SettingFamily.Station), ("runway", SettingFamily.Station), ("terminal", SettingFamily.Station),
        ("harbour", SettingFamily.Harbour), ("harbor", SettingFamily.Harbour), ("port", SettingFamily.Harbour),
        ("pier", SettingFamily.Harbour), ("dock", SettingFamily.Harbour), ("marina", SettingFamily.Harbour),
        ("shop", SettingFamily.Shop), ("store", SettingFamily.Shop), ("market", SettingFamily.Shop), ("mall", SettingFamily.Shop),
        ("beach", SettingFamily.Beach), ("ocean", SettingFamily.Beach), ("sea", SettingFamily.Beach), ("coast", SettingFamily.Beach),
        ("lake", SettingFamily.Beach), ("river", SettingFamily.Beach), ("shore", SettingFamily.Beach),
        ("desert", SettingFamily.Desert), ("dune", SettingFamily.Desert), ("canyon", SettingFamily.Desert),
        ("snow", SettingFamily.Snow), ("snowy", SettingFamily.Snow), ("snowfield", SettingFamily.Snow),
        ("glacier", SettingFamily.Snow), ("ice", SettingFamily.Snow), ("arctic", SettingFamily.Snow),
        ("ski", SettingFamily.Snow), ("mountain", SettingFamily.Mountain), ("cliff", SettingFamily.Mountain),
        ("valley", SettingFamily.Mountain), ("volcano", SettingFamily.Mountain), ("hill", SettingFamily.Mountain),
        ("forest", SettingFamily.Forest), ("wood", SettingFamily.Forest), ("jungle", SettingFamily.Forest),
        ("farm", SettingFamily.Farm), ("barn", SettingFamily.Farm), ("pasture", SettingFamily.Farm), ("ranch", SettingFamily.Farm),
        ("park", SettingFamily.Park), ("garden", SettingFamily.Park), ("meadow", SettingFamily.Park), ("lawn", SettingFamily.Park),
        ("street", SettingFamily.CityStreet), ("city", SettingFamily.CityStreet), ("road", SettingFamily.CityStreet),
        ("town", SettingFamily.CityStreet), ("downtown", SettingFamily.CityStreet), ("alley", SettingFamily.CityStreet),
        ("parking", SettingFamily.CityStreet), ("sidewalk", SettingFamily.CityStreet), ("highway", SettingFamily.CityStreet),
        ("room", SettingFamily.LivingRoom),
    ];

    public static SettingFamily Of(string? setting, bool indoor, string? ground)
    {
        var s = (setting ?? "").Trim().ToLowerInvariant();
        // A place a setting names more narrowly (Scenery.Places: "gas station", "jail cell") brings its own family.
        if (Scenery.Places.Places.Of(s) is { } place) return place.Family;
        foreach (var (word, family) in Words)
            if (ContainsWord(s, word)) return family;
        if (indoor) return SettingFamily.LivingRoom;
        return (ground ?? "").ToLowerInvariant() switch
        {
            "sand" => SettingFamily.Beach,
            "snow" or "ice" => SettingFamily.Snow,
            "grass" => SettingFamily.Park,
            "dirt" => SettingFamily.Forest,
            "asphalt" => SettingFamily.CityStreet,
            _ => s.Length == 0 ? SettingFamily.Studio : SettingFamily.CityStreet,
        };
    }

    public static bool IsInterior(SettingFamily f) => f >= SettingFamily.Kitchen;

    /// <summary>Whole words only, so "bar" is not found in "barn" nor "sea" in "season".</summary>
    private static readonly string[] Prepositions = [" by ", " of ", " in ", " on ", " at ", " near ", " with ", " under ", " along ", " beside ", " over ", " above ", " below "];

    /// <summary>Whether <paramref name="word"/> (or its plural) is the head of <paramref name="text"/>: its last word
    /// before any preposition ("sandy beach by the sea" is a beach).</summary>
    public static bool EndsWithWord(string text, string word)
    {
        foreach (var p in Prepositions)
            if (text.IndexOf(p, StringComparison.Ordinal) is var at and > 0) text = text[..at];
        var end = text.EndsWith(word, StringComparison.Ordinal) ? text.Length : text.EndsWith(word + "s", StringComparison.Ordinal) ? text.Length - 1 : -1;
        if (end < 0) return false;
        var start = end - word.Length;
        return start == 0 || !char.IsLetter(text[start - 1]);
    }

    public static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var end = i + word.Length;
            // A plural or possessive still names the word ("stores", "farmer's" is not "farm").
            var after = end == text.Length || !char.IsLetter(text[end]) || (text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])));
            if (before && after) return true;
        }
        return false;
    }
}
