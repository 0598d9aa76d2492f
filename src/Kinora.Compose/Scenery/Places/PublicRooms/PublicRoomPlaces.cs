using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>The places of this group (rooms of public buildings: wards, labs, cells, halls, stairs).</summary>
public static class PublicRoomPlaces
{
    public static readonly Place[] All =
    [
        new(["hospital", "hospital room", "hospital ward", "ward", "infirmary", "clinic", "emergency room", "intensive care"],
            SettingFamily.Office, HospitalWard.Dress) { Ground = "tile" },
        new(["laboratory", "lab", "science lab", "chemistry lab", "research lab"], SettingFamily.Office, Laboratory.Dress) { Ground = "tile" },
        new(["jail cell", "prison cell", "jail", "prison", "cell block", "holding cell"], SettingFamily.Office, JailCell.Dress) { Ground = "concrete" },
        new(["corridor", "hallway", "hospital corridor", "school corridor", "passageway"], SettingFamily.Office, Hallway.Dress)
            { Ground = "tile", Air = Hallway.Air },
        // A stairwell is in a home as often as in an office: warm walls, a wooden floor.
        new(["staircase", "stair", "stairway", "stairwell"], SettingFamily.LivingRoom, Stairwell.Dress) { Ground = "wood" },
        new(["basement", "cellar", "boiler room"], SettingFamily.Office, Basement.Dress)
            { Ground = "concrete", Air = Basement.Air },
        new(["pharmacy", "drugstore", "drug store", "chemist", "apothecary"], SettingFamily.Shop, Pharmacy.Dress) { Ground = "tile" },
        new(["phone booth", "telephone booth", "phone box", "telephone box", "telephone kiosk", "phonebooth", "call box"],
            SettingFamily.CityStreet, PhoneBooth.Dress) { Ground = "asphalt" },
    ];
}
