using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>The places of this group (buildings and grounds a viewer names by their landmark).</summary>
public static class LandmarkPlaces
{
    public static readonly Place[] All =
    [
        new(["house", "family house", "suburban house", "cottage", "front yard", "front lawn"], SettingFamily.Park, HouseSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["mansion", "manor", "manor house", "stately home", "country house"], SettingFamily.Park, MansionSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["palace", "royal palace", "chateau", "château"], SettingFamily.Park, PalaceSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["castle", "fortress", "citadel"], SettingFamily.Park, CastleSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["courtyard", "cloister", "patio"], SettingFamily.CityStreet, CourtyardSet.Dress) { Ground = "concrete", Air = OpenAir.Wide },
        new(["fountain", "fountain square"], SettingFamily.CityStreet, FountainSet.Dress) { Ground = "concrete", Air = OpenAir.Wide },
        new(["lighthouse"], SettingFamily.Beach, LighthouseSet.Dress) { Ground = "sand", Air = OpenAir.Wide },
        new(["windmill", "wind mill", "tulip field"], SettingFamily.Farm, WindmillSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["barn", "barnyard", "farmyard"], SettingFamily.Farm, BarnSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["cemetery", "graveyard", "churchyard"], SettingFamily.Park, CemeterySet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["campus", "university campus", "college campus", "quad"], SettingFamily.Park, CampusSet.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["construction site", "building site", "construction"], SettingFamily.CityStreet, ConstructionSet.Dress) { Ground = "dirt", Air = OpenAir.Wide },
        new(["industrial area", "industrial zone", "industrial estate", "industrial park", "industrial"], SettingFamily.CityStreet, IndustrialSet.Dress) { Ground = "asphalt", Air = OpenAir.Wide },
        new(["junkyard", "junk yard", "scrapyard", "scrap yard", "salvage yard"], SettingFamily.CityStreet, JunkyardSet.Dress) { Ground = "dirt", Air = OpenAir.Wide },
    ];
}
