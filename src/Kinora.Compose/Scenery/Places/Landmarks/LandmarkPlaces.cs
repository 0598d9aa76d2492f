namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>The places of this group (buildings and grounds a viewer names by their landmark).</summary>
public static class LandmarkPlaces
{
    public static readonly Place[] All = [];
}
