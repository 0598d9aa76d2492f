using Kinora.Understand.Lexicon.WordNet;

namespace Kinora.Understand.Lexicon;

/// <summary>
/// Place nouns to settings through WordNet: a noun whose sense descends from a room, a shop, a building, a road,
/// a landform, a body of water, a tract of land… is a setting, named by the noun itself ("amusement park",
/// "gas station", "glacier"), with the family's indoor/outdoor, usual ground and ambience. Families are anchored
/// at WordNet 3.0 synset offsets; the nearest anchor by hypernym distance wins, so a kitchen (a room in a
/// building) is indoors and a lighthouse (a tower, a structure) is outdoors. Places365 names a few scenes with
/// "indoor"/"outdoor" prefixes; the reader applies those words over the family's default.
/// </summary>
public static class Scenes
{
    private static readonly PlaceSense Room = new("", true, "wood", ["room tone"]);
    private static readonly PlaceSense Shop = new("", true, "tile", ["room tone"]);
    private static readonly PlaceSense Urban = new("", false, "concrete", ["city"]);
    private static readonly PlaceSense Road = new("", false, "asphalt", ["city"]);
    private static readonly PlaceSense Rock = new("", false, "dirt", ["wind"]);
    private static readonly PlaceSense Water = new("", false, "sand", ["ocean"]);
    private static readonly PlaceSense Ice = new("", false, "snow", ["wind"]);
    private static readonly PlaceSense Green = new("", false, "grass", ["park", "birds"]);
    private static readonly PlaceSense Open = new("", false, "grass", ["outdoor air"]);

    /// <summary>Family anchors: synset offset → family (the setting name is filled from the noun).</summary>
    private static readonly Dictionary<long, PlaceSense> Families = new()
    {
        [04105893] = Room,    // room: kitchen, ballroom, bathroom, cell, nursery
        [03112099] = Shop,    // corridor
        [03365991] = Room,    // floor, storey: basement, attic, mezzanine (a structure, but one is inside it)
        [04298308] = Shop,    // stairway: staircase (a way, but inside a building, not a street)
        [03748162] = Shop,    // mercantile establishment: shop, bakery, pharmacy, supermarket
        [04081281] = Room,    // restaurant, cafeteria
        [03297735] = Room,    // establishment: bar, hotel, laboratory
        [02913152] = Urban,   // building: house, castle, hospital, skyscraper
        [04341686] = Urban,   // structure: bridge, arch, fountain, tower
        [04564698] = Road,    // way: street, alley, highway, driveway
        [09287968] = Rock,    // geological formation: mountain, cliff, valley, volcano
        [09225146] = Water,   // body of water: ocean, river, lake, marsh
        [09433442] = Water,   // shore: beach, coast
        [09309292] = Ice,     // ice mass: glacier, iceberg
        [09334396] = Rock,    // land
        [09335240] = Rock,    // land (the ground's top layer): wetland, marsh
        [09477890] = Water with { Ground = "dirt" },   // wetland: marsh, swamp, bog
        [04048075] = Road with { Ground = "dirt" },    // railroad track, railway
        [04088797] = Green,   // ride: carousel, Ferris wheel
        [03765561] = Green,   // mill: windmill, watermill
        [03969259] = Shop,    // plumbing fixture as a place: shower, bathtub
        [09436708] = Open,    // sky
        [08673395] = Green,   // tract: field, park, cemetery, golf course
        [03417345] = Green,   // garden
        [03322099] = Green,   // farm
        [03315023] = Urban,   // facility: gas station, stadium, parking lot
        [08574314] = Urban,   // geographical area: downtown, industrial area, campus
        [08630039] = Open,    // region
        [00027167] = Open,    // location (everything in noun.location)
    };

    /// <summary>
    /// Subtrees under a family anchor that are things, not places one is in: a conduit (a chimney, a pipe, a drain,
    /// a duct) is a passage, and so a "way" like a street, but smoke rises from a chimney, no one walks down it. The
    /// nearer of a thing anchor and a family anchor wins, as between families.
    /// </summary>
    private static readonly HashSet<long> Things =
    [
        03089014, // conduit: chimney, flue, pipe, drain, duct, gutter
    ];

    private const long CityOffset = 08524735;      // city, metropolis, urban center: Paris, Shanghai (instances)
    private const long DwellingOffset = 03259505;  // dwelling, home, abode: house, cottage, cabin, apartment

    /// <summary>A city's name ("Paris", "Shanghai", "New York"): a proper noun whose sense is an instance of a city.</summary>
    public static bool IsCity(string noun) => CityMemo.TryGet(noun, out _);

    /// <summary>A building one lives in ("house", "cottage", "cabin"): inside it is a home's room.</summary>
    public static bool IsDwelling(string noun) => DwellingMemo.TryGet(noun, out _);

    private static readonly WordMemo<bool> CityMemo = new((string noun, out bool yes) => yes = Descends(noun, CityOffset, properOnly: true));
    private static readonly WordMemo<bool> DwellingMemo = new((string noun, out bool yes) => yes = Descends(noun, DwellingOffset, properOnly: false));

    private static bool Descends(string noun, long anchor, bool properOnly)
    {
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var lemma in wn.BaseForms(noun.Replace(' ', '_'), PartOfSpeech.Noun))
        {
            var senses = wn.Senses(lemma, PartOfSpeech.Noun);
            // A dwelling by its usual senses only ("home" the base in baseball is not one); a city by any of its names.
            foreach (var sense in properOnly ? senses.Where(s => s.IsProper) : senses.Where(s => !s.IsProper).Take(2))
                if (sense.Offset == anchor || wn.Ancestors(sense).Any(a => a.Synset.Offset == anchor)) return true;
        }
        return false;
    }

    /// <summary>The setting a place noun (base or inflected form, words joined by spaces or underscores) stands for.</summary>
    public static bool TryResolve(string noun, out PlaceSense place) => Memo.TryGet(noun, out place);

    private static readonly WordMemo<PlaceSense> Memo = new(Resolve);

    private static bool Resolve(string noun, out PlaceSense place)
    {
        place = null!;
        var wn = WordNetDatabase.Shared;
        if (wn is null) return false;
        foreach (var lemma in wn.BaseForms(noun, PartOfSpeech.Noun))
        {
            // Common senses first; a proper name ("Salmon" the river) only when the word has no common sense.
            var senses = wn.Senses(lemma, PartOfSpeech.Noun);
            var common = senses.Where(s => !s.IsProper).ToList();
            foreach (var sense in (common.Count > 0 ? common : senses).Take(4))
            {
                if (sense.LexFile is not (LexFiles.NounLocation or LexFiles.NounArtifact or LexFiles.NounObject)) continue;
                var family = Families.GetValueOrDefault(sense.Offset);
                if (family is null && !Things.Contains(sense.Offset))
                    foreach (var (ancestor, _) in wn.Ancestors(sense))
                    {
                        if (Things.Contains(ancestor.Offset)) break;
                        if (Families.TryGetValue(ancestor.Offset, out family)) break;
                    }
                if (family is null) continue;
                place = family with { Setting = lemma.Replace('_', ' ') };
                return true;
            }
        }
        return false;
    }
}
