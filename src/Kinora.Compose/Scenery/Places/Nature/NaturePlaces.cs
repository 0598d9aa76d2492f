using Kinora.Compose.Environments;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>The places of this group (wild land, water and sky). Families give the air: a river and a marsh take a
/// park's or a forest's, the open-water places a beach's wide plain (their ground is water where the sea runs to
/// the horizon), the reef the underwater look (<see cref="Underwater"/>).</summary>
public static class NaturePlaces
{
    /// <summary>A park's floor dissolves from 30 m: a far bank, a lake's far shore or a cliff behind a pool stand
    /// beyond that, so the land reaches on (the hills behind stay land, not haze).</summary>
    private static WorldEnvironment FarBank(WorldEnvironment e) => e with { LandReach = 400 };

    public static readonly Place[] All =
    [
        new(["river", "riverbank", "riverside", "stream", "creek", "brook"], SettingFamily.Park, RiverSet.Dress) { Ground = "grass", Air = FarBank },
        new(["lake", "lakeside", "lakeshore", "pond", "reservoir"], SettingFamily.Park, RiverSet.Lake) { Ground = "grass", Air = FarBank },
        new(["waterfall", "waterfalls", "falls", "cascade"], SettingFamily.Park, WaterfallSet.Dress) { Ground = "grass", Air = FarBank },
        new(["marsh", "marshland", "swamp", "wetland", "bog", "fen", "bayou"], SettingFamily.Forest, MarshSet.Dress) { Ground = "grass" },
        new(["ocean", "sea", "open sea", "open ocean"], SettingFamily.Beach, SeaSets.Ocean) { Ground = "water" },
        new(["iceberg", "ice floe", "pack ice"], SettingFamily.Beach, IcebergSet.Dress) { Ground = "water" },
        // Asphalt is the library's nearest to the black basalt of a lava field.
        new(["volcano", "volcanic", "lava", "crater"], SettingFamily.Beach, VolcanoSet.Dress) { Ground = "asphalt" },
        new(["sky", "skies", "clouds", "blue sky", "cloudy sky"], SettingFamily.Beach, SkySet.Dress) { Ground = "grass", Air = SkySet.Air },
        new(["underwater", "coral reef", "reef", "seabed", "sea floor", "ocean floor", "under the sea", "undersea"], SettingFamily.Studio, ReefSet.Dress) { Ground = "sand" },
        new(["harbor", "harbour", "port", "seaport", "marina", "dock", "docks", "quay", "wharf"], SettingFamily.Harbour,
            (d, c) => HarbourSet.Dress(d, afloat: c.Cast.Any(e => e.Kind == "boat"))) { Ground = "concrete", Air = HarbourSet.Air },
        new(["glacier", "ice field", "icefield"], SettingFamily.Snow, GlacierSet.Dress) { Ground = "ice", Air = GlacierSet.Air },
        new(["cliff", "cliffs", "cliff edge", "sea cliff", "clifftop"], SettingFamily.Mountain, CliffSet.Dress) { Ground = "grass", Air = CliffSet.Air },
        new(["valley", "river valley", "mountain valley", "dale"], SettingFamily.Mountain, ValleySet.Dress) { Ground = "grass" },
        // A canyon's rim is high land whose own terrain is the ground (the mountain family's small ledge), whether it
        // is a snowy gorge or a desert canyon (the plan's ground says which).
        new(["canyon", "gorge", "ravine", "grand canyon", "mountain canyon", "snowy canyon", "desert canyon"], SettingFamily.Mountain, CanyonSet.Dress) { Air = CanyonSet.Air },
        new(["beach", "seaside", "seashore", "shore", "coast", "coastline"], SettingFamily.Beach, (d, _) => WildSets.Beach(d)) { Ground = "sand" },
        new(["desert", "dune", "dunes", "sand dunes"], SettingFamily.Desert, (d, c) => WildSets.Desert(d, bare: c.Cast.Count == 0)) { Ground = "sand", Air = WildSets.DesertAir },
    ];
}
