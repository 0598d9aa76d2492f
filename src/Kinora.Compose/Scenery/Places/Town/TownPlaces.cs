using Kinora.Compose.Environments;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>The places of this group (streets, roads and what stands along them).</summary>
public static class TownPlaces
{
    public static readonly Place[] All =
    [
        new(["alley", "alleyway", "back alley", "backstreet"], SettingFamily.CityStreet, (d, _) => AlleySet.Dress(d)) { Ground = "asphalt", Air = AlleyAir },
        new(["arch", "triumphal arch", "archway"], SettingFamily.CityStreet, ArchSet.Dress) { Ground = "stone", Air = TownAir.Wide },
        new(["bridge", "suspension bridge", "footbridge"], SettingFamily.CityStreet, BridgeSet.Dress) { Ground = "grass", Air = TownAir.Wide },
        new(["crosswalk", "zebra crossing", "pedestrian crossing", "crossroads", "intersection"], SettingFamily.CityStreet, (d, _) => CrosswalkSet.Dress(d)) { Ground = "asphalt" },
        new(["downtown", "city centre", "city center", "business district", "financial district"], SettingFamily.CityStreet, (d, c) => DowntownSet.Dress(d, c.Wet)) { Ground = "asphalt", Air = TownAir.Wide },
        new(["driveway", "suburb", "suburban street"], SettingFamily.CityStreet, (d, _) => DrivewaySet.Dress(d)) { Ground = "grass" },
        new(["gas station", "petrol station", "filling station", "service station"], SettingFamily.CityStreet, (d, _) => GasStationSet.Dress(d)) { Ground = "concrete" },
        new(["highway", "motorway", "freeway", "expressway", "interstate"], SettingFamily.CityStreet, HighwaySet.Dress) { Ground = "grass", Air = TownAir.Wide },
        new(["parking lot", "car park", "parking"], SettingFamily.CityStreet, (d, _) => ParkingLotSet.Dress(d)) { Ground = "asphalt" },
        new(["skyscraper", "high-rise", "office tower"], SettingFamily.CityStreet, (d, _) => SkyscraperSet.Dress(d)) { Ground = "concrete", Air = TownAir.Wide },
        new(["tower", "clock tower", "bell tower", "town square"], SettingFamily.CityStreet, ClockTowerSet.Dress) { Ground = "stone", Air = TownAir.Wide },
        // Railways and airports keep their family's sets; as places they also lay the track when nobody is cast, so a
        // bare "train station platform" shows the platform's edge over the rails.
        new(["station", "train station", "railway station", "subway station", "metro station", "station platform", "train platform", "platform", "railway", "railroad", "train track", "railway track"],
            SettingFamily.Station, (d, c) => TransitSet.Station(d, rails: c.Cast.Count == 0 || c.Cast.Any(e => e.Kind == "train"))),
        new(["airport", "airfield", "runway", "airport terminal"], SettingFamily.Station, (d, _) => TransitSet.Airport(d)),
        new(["forest road", "country road", "woodland road"], SettingFamily.Forest, ForestRoadSet.Dress) { Ground = "dirt" },
    ];

    /// <summary>An alley is 40 m deep: the street's smog (0.4 % a metre) veiled its far end and its walls by a sixth and
    /// the frame read as haze; a clear day's air (<see cref="OpenAir.Haze"/>) keeps the bricks' colour.</summary>
    private static WorldEnvironment AlleyAir(WorldEnvironment e) => e with { FogDensity = MathF.Min(e.FogDensity, OpenAir.Haze) };
}
