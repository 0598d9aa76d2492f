using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>The places of this group (grounds people play, race and camp on).</summary>
public static class LeisurePlaces
{
    public static readonly Place[] All =
    [
        new(["amusement park", "theme park", "fairground", "funfair", "fun fair", "carnival", "ferris wheel", "roller coaster", "rollercoaster"],
            SettingFamily.Park, AmusementPark.Dress) { Air = OpenAir.Wide },
        new(["carousel", "carrousel", "merry-go-round", "merry go round", "roundabout ride"], SettingFamily.Park, CarouselSet.Dress),
        new(["campsite", "campground", "camping", "camp site", "camping ground", "tent"], SettingFamily.Forest, Campsite.Dress) { Ground = "grass", Air = LeisureAir.Clearing },
        new(["golf course", "golf", "putting green", "fairway", "golf links"], SettingFamily.Park, GolfCourse.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["raceway", "race track", "racetrack", "racing circuit", "race circuit", "motor racing", "speedway", "grand prix"],
            SettingFamily.Stadium, Raceway.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["ski slope", "ski resort", "ski run", "ski area", "piste", "ski lift", "ski hill", "chairlift"], SettingFamily.Snow, SkiSlope.Dress) { Ground = "snow" },
        new(["baseball stadium", "baseball field", "baseball diamond", "ballpark", "ball park", "baseball park", "softball field", "baseball"],
            SettingFamily.Stadium, Ballpark.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["football field", "football pitch", "gridiron", "american football field", "football stadium"], SettingFamily.Stadium, FootballField.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["running track", "track", "outdoor track", "athletics track", "track and field", "athletic track", "athletics stadium"],
            SettingFamily.Stadium, RunningTrack.Dress) { Ground = "grass", Air = OpenAir.Wide },
        new(["botanical garden", "botanic garden", "botanical gardens", "greenhouse", "glasshouse", "palm house", "arboretum"],
            SettingFamily.Park, BotanicalGarden.Dress) { Ground = "grass", Air = OpenAir.Wide },
    ];
}
