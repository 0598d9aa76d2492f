namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>The places of this group (streets, roads and what stands along them).</summary>
public static class TownPlaces
{
    public static readonly Place[] All = [];
}
