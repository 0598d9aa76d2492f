namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>The places of this group (rooms of public buildings: wards, labs, cells, halls, stairs).</summary>
public static class PublicRoomPlaces
{
    public static readonly Place[] All = [];
}
