namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>The places of this group (rooms people go out to: bars, ballrooms, pools, museums).</summary>
public static class VenuePlaces
{
    public static readonly Place[] All = [];
}
