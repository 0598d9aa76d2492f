using Kinora.Compose;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Chooses and renders the bed under the event sounds from the plan's ambience words, its setting, weather and
/// hour: room tone indoors (with a café's murmur where it is one), outdoor air elsewhere, and on top the families
/// the scene asks for — traffic, birds, trees, surf, rain, a storm with thunder, night insects, wind, fire. Levels
/// are absolute (dBFS RMS) against a programme normalized to −14 LUFS, so the bed sits well under the action:
/// room tone ~28 LU under it, a busy street or surf ~15 LU.
/// </summary>
public static class AmbienceBed
{
    private static readonly string[] BirdWords =
        ["bird", "park", "forest", "garden", "meadow", "field", "woods", "woodland", "countryside", "jungle", "backyard", "farm", "lake", "river"];
    private static readonly (AmbienceFamily Family, string[] Words)[] FamilyWords =
    [
        (AmbienceFamily.City, ["city", "street", "traffic", "road", "downtown", "urban", "parking", "sidewalk", "crosswalk"]),
        (AmbienceFamily.Forest, ["forest", "woods", "woodland", "jungle", "trees"]),
        (AmbienceFamily.Ocean, ["ocean", "beach", "sea", "surf", "waves", "shore", "coast"]),
        (AmbienceFamily.Storm, ["storm", "thunder", "lightning"]),
        (AmbienceFamily.Rain, ["rain", "drizzle", "downpour"]),
        (AmbienceFamily.Cafe, ["cafe", "café", "coffee", "restaurant", "bar", "diner", "pub", "crowd", "murmur"]),
        (AmbienceFamily.Night, ["night", "insects", "crickets", "cicadas"]),
        (AmbienceFamily.Wind, ["wind", "windy", "desert", "snow", "blizzard", "mountain"]),
        (AmbienceFamily.Fire, ["fire", "campfire", "fireplace", "bonfire", "flames"]),
    ];

    /// <summary>Bed levels, dBFS RMS.</summary>
    public const double CityDbfs = -30, OceanDbfs = -28, RainDbfs = -31, StormDbfs = -28, CafeDbfs = -33,
        NightDbfs = -37, LeavesDbfs = -37, WindDbfs = -33, FireDbfs = -32;
    /// <summary>Thunder's loudest moments sit this far above the storm bed's RMS.</summary>
    public const double ThunderAboveBedDb = 14;

    public static bool IsIndoor(World world) => world.Environment.Indoor || world.Plan.World.Indoor;

    /// <summary>The families this world's bed is made of, base first.</summary>
    public static IReadOnlyList<AmbienceFamily> FamiliesOf(World world)
    {
        var plan = world.Plan;
        var words = new List<string>(plan.Audio.Ambience) { plan.World.Setting, plan.World.Weather };
        bool Says(params string[] keys) => words.Any(w => keys.Any(k => w.Contains(k, StringComparison.OrdinalIgnoreCase)));
        var indoor = IsIndoor(world);
        var hour = plan.World.TimeOfDay;
        var night = hour >= 20.5 || hour < 5 || Says("night", "insects", "crickets");
        var families = new List<AmbienceFamily> { indoor ? AmbienceFamily.Room : AmbienceFamily.Outdoor };
        foreach (var (family, keys) in FamilyWords)
        {
            if (family == AmbienceFamily.Night) continue;
            if (Says(keys)) families.Add(family);
        }
        if (families.Contains(AmbienceFamily.Storm)) families.Remove(AmbienceFamily.Rain);
        if (indoor)
            // Indoors only what is in the room (a café, a fire) or loud enough to come through the walls (rain, storm).
            families.RemoveAll(f => f is AmbienceFamily.City or AmbienceFamily.Forest or AmbienceFamily.Ocean or AmbienceFamily.Wind);
        else
        {
            families.Remove(AmbienceFamily.Cafe);
            if (!night && Says(BirdWords) && !families.Contains(AmbienceFamily.Storm) && !families.Contains(AmbienceFamily.Rain)
                && !families.Contains(AmbienceFamily.Forest)) families.Add(AmbienceFamily.Park);
            var wet = families.Contains(AmbienceFamily.Rain) || families.Contains(AmbienceFamily.Storm);
            if (night && !wet && !families.Contains(AmbienceFamily.City) && !families.Contains(AmbienceFamily.Wind)) families.Add(AmbienceFamily.Night);
        }
        return families;
    }

    /// <summary>
    /// Whether the bed can be a clip's whole soundtrack at programme loudness: places that are loud by nature
    /// (traffic, surf, rain, storm, a café, wind, fire). Room tone, plain air, birds and insects are not: raised to
    /// −14 LUFS they would become a roar.
    /// </summary>
    public static bool CarriesAClip(World world) => FamiliesOf(world).Any(f => f is AmbienceFamily.City or AmbienceFamily.Ocean
        or AmbienceFamily.Rain or AmbienceFamily.Storm or AmbienceFamily.Cafe or AmbienceFamily.Wind or AmbienceFamily.Fire);

    /// <summary>Kept for callers that only ask about birds.</summary>
    public static bool HasBirds(World world)
    {
        var f = FamiliesOf(world);
        return f.Contains(AmbienceFamily.Park) || f.Contains(AmbienceFamily.Forest);
    }

    /// <summary>Writes (overwrites) the bed into an interleaved stereo buffer.</summary>
    public static void Render(World world, Span<float> stereo, int sampleRate)
    {
        var seed = world.Plan.Seed;
        stereo.Clear();
        var families = FamiliesOf(world);
        var indoor = IsIndoor(world);
        foreach (var family in families) Add(family, stereo, seed, sampleRate, indoor);
    }

    /// <summary>Adds one family's layers into the bed.</summary>
    public static void Add(AmbienceFamily family, Span<float> stereo, long seed, int sampleRate, bool indoor = false)
    {
        // Through walls rain and storm arrive 10 dB quieter.
        var muffle = indoor ? -10 : 0;
        switch (family)
        {
            case AmbienceFamily.Room: Overwrite(stereo, s => RoomTone.Render(s, seed, sampleRate)); break;
            case AmbienceFamily.Outdoor: Overwrite(stereo, s => OutdoorAir.Render(s, seed, sampleRate)); break;
            case AmbienceFamily.Park: BirdChirps.Add(stereo, seed, sampleRate); break;
            case AmbienceFamily.Forest:
                Layers.Add(new Leaves(), stereo, LeavesDbfs, seed, sampleRate);
                BirdChirps.Add(stereo, seed, sampleRate, density: 2);
                break;
            case AmbienceFamily.City: Layers.Add(new CityTraffic(), stereo, CityDbfs, seed, sampleRate); break;
            case AmbienceFamily.Ocean: Layers.Add(new OceanWaves(), stereo, OceanDbfs, seed, sampleRate); break;
            case AmbienceFamily.Rain: Layers.Add(new Rain(), stereo, RainDbfs + muffle, seed, sampleRate); break;
            case AmbienceFamily.Storm:
                Layers.Add(new Storm(), stereo, StormDbfs + muffle, seed, sampleRate);
                foreach (var strike in Thunder.Strikes(seed, (double)stereo.Length / 2 / sampleRate))
                    Thunder.Add(stereo, strike, seed, sampleRate, Dsp.Levels.DbToGain(StormDbfs + muffle + ThunderAboveBedDb));
                break;
            case AmbienceFamily.Cafe: Layers.Add(new CafeMurmur(), stereo, CafeDbfs, seed, sampleRate); break;
            case AmbienceFamily.Night: Layers.Add(new NightInsects(), stereo, NightDbfs, seed, sampleRate); break;
            case AmbienceFamily.Wind: Layers.Add(new Wind(), stereo, WindDbfs, seed, sampleRate); break;
            case AmbienceFamily.Fire: Layers.Add(new FireCrackle(), stereo, FireDbfs, seed, sampleRate); break;
        }
    }

    /// <summary>The base beds write their buffer whole; mix them in instead so any order works.</summary>
    private static void Overwrite(Span<float> stereo, SpanAction render)
    {
        var scratch = new float[stereo.Length];
        render(scratch);
        for (var i = 0; i < stereo.Length; i++) stereo[i] += scratch[i];
    }

    private delegate void SpanAction(Span<float> buffer);
}
