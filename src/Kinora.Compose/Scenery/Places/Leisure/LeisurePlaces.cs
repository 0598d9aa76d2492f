namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>The places of this group (grounds people play, race and camp on).</summary>
public static class LeisurePlaces
{
    public static readonly Place[] All = [];
}
