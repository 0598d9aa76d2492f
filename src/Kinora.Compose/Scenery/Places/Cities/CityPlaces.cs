namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>The places of this group (famous city views: a river quay under a landmark tower, a waterfront skyline).</summary>
public static class CityPlaces
{
    public static readonly Place[] All = [];
}
