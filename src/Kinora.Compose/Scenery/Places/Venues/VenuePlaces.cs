using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>The places of this group (rooms people go out to: bars, ballrooms, pools, museums).</summary>
public static class VenuePlaces
{
    public static readonly Place[] All =
    [
        new(["ballroom", "ball room", "dance hall", "dancehall", "banquet hall", "grand hall"], SettingFamily.LivingRoom, BallroomSet.Dress)
            { Ground = "wood", Air = e => VenueHall.Deep(e, 40) },
        new(["bar", "pub", "tavern", "saloon", "cocktail bar", "wine bar", "taproom", "brewpub", "alehouse"], SettingFamily.Restaurant, BarSet.Dress)
            { Ground = "wood", Air = BarSet.Air },
        new(["swimming pool", "indoor swimming pool", "indoor pool", "natatorium", "swimming hall", "swimming baths", "lap pool"], SettingFamily.Gym, PoolSet.Dress)
            { Ground = "tile", Air = e => VenueHall.Deep(e, 40) },
        new(["aquarium", "oceanarium"], SettingFamily.Gallery, AquariumSet.Dress) { Ground = "stone", Air = AquariumSet.Air },
        new(["museum", "science museum", "natural history museum", "history museum", "indoor museum", "exhibition hall", "dinosaur hall"], SettingFamily.Gallery, MuseumSet.Dress)
            { Ground = "marble", Air = e => VenueHall.Deep(e, 40) },
        new(["gymnasium", "indoor gymnasium", "basketball court", "sports hall", "indoor court", "gym hall"], SettingFamily.Gym, GymnasiumSet.Dress)
            { Ground = "wood", Air = e => VenueHall.Deep(e, 35) },
        new(["cafeteria", "canteen", "lunchroom", "dining hall", "mess hall", "school cafeteria"], SettingFamily.Restaurant, CafeteriaSet.Dress) { Ground = "tile" },
        new(["food court", "food hall"], SettingFamily.Restaurant, FoodCourtSet.Dress) { Ground = "tile", Air = e => VenueHall.Deep(e, 30) },
        new(["bakery", "bakery shop", "bakeshop", "boulangerie", "bread shop", "cake shop", "pastry shop"], SettingFamily.Shop, BakerySet.Dress) { Ground = "tile" },
        new(["nursery", "baby room", "baby's room", "nursery room"], SettingFamily.Bedroom, NurserySet.Dress) { Ground = "wood" },
        new(["shower", "shower stall", "shower cubicle", "shower room"], SettingFamily.Bathroom, ShowerSet.Dress) { Ground = "tile" },
        new(["art gallery", "gallery", "art museum", "art exhibition", "exhibition"], SettingFamily.Gallery, GallerySet.Dress) { Ground = "wood" },
    ];
}
