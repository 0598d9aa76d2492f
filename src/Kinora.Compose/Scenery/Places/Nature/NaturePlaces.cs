namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>The places of this group (wild land, water and sky).</summary>
public static class NaturePlaces
{
    public static readonly Place[] All = [];
}
