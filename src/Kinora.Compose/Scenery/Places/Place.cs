using Kinora.Compose.Environments;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Places;

/// <summary>
/// A place narrower than its family: the words that name it ("gas station", "lighthouse", "jail cell"), the family
/// whose light, air and walls it takes (<see cref="FamilyLook"/>: a jail cell is lit like an office), and how its set
/// is dressed. A family says what a place is like; a place says what stands in it, so "bridge" and "alley" share a
/// street's sky yet are different sets.
/// </summary>
/// <param name="Words">Whole words or phrases of the plan's setting that name the place; the longest match wins.</param>
/// <param name="Family">Light, air, walls and ground size (rooms are indoors whatever the plan's flag).</param>
/// <param name="Dress">Dresses the set: props through <see cref="SetDresser.Put"/>, and its <see cref="SetDresser.Vista"/>.</param>
public sealed record Place(string[] Words, SettingFamily Family, Action<SetDresser, PlaceContext> Dress)
{
    /// <summary>Material name (<see cref="MaterialLibrary"/>) of the place's own ground, over the plan's default for the
    /// family (a parking lot is asphalt even where the planner's WordNet family said grass); null keeps the plan's.</summary>
    public string? Ground { get; init; }

    /// <summary>How the place changes its room's air and light over the family's: a hall dark at any hour (an aquarium,
    /// lit by its tanks), or deeper than a home's room (a pool hall), whose far wall must not dissolve into the room's
    /// edge haze (<see cref="WorldEnvironment.LandReach"/>); null keeps the family's.</summary>
    public Func<WorldEnvironment, WorldEnvironment>? Air { get; init; }
}

/// <summary>What a place's dresser may read besides the <see cref="SetDresser"/>: the plan, the cast, and the paint of
/// a room's walls (the family's wall colour as a paint; grey outdoors).</summary>
public sealed record PlaceContext(ScenePlan Plan, IReadOnlyList<Entity> Cast, Material WallPaint)
{
    public bool Wet => Plan.World.Weather is "rain" or "storm";
}
