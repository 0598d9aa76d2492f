using System.Numerics;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A hospital ward: beds in a row with their heads to a pale green wall, each with its drip stand, a monitor on a
/// wall arm and a locker, a service rail with outlets along the wall at head height, and privacy curtains on ceiling
/// tracks between the bays, some drawn, some bunched back. The establishing shot holds the middle bed and the
/// curtains either side of it.
/// </summary>
internal static class HospitalWard
{
    /// <summary>m between bed centres: a bay each, as wards are laid out.</summary>
    private const float Bay = 2.6f;
    private const float Depth = 2.6f;

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var room = RoomShell.Build(d, Depth, RoomPaints.Sheet);
        var wall = room.Wall;
        var walls = d.Layer("walls", cx);
        // Pale green below the rail, white above: the two-tone of hospital walls.
        walls.Paint(RoomPaints.WardGreen).Box(new Vector3(cx, 0.65f, wall + 0.01f), new Vector3(RoomShell.HalfLength, 0.65f, 0.01f));
        walls.Paint(RoomPaints.FrameWhite).Box(new Vector3(cx, 1.32f, wall + 0.03f), new Vector3(RoomShell.HalfLength, 0.03f, 0.03f));
        // The bedhead service rail: a beige trunking strip with outlets at head height.
        walls.Paint(Assets.Paints.Plastic(225, 218, 200)).Box(new Vector3(cx, 1.5f, wall + 0.05f), new Vector3(RoomShell.HalfLength, 0.08f, 0.05f));
        var bedZ = wall + 0.12f + WardFurniture.BedLength / 2;
        for (var i = -3; i <= 3; i++)
        {
            var x = cx + i * Bay;
            if (!d.Put("beds", WardFurniture.Bed, new Vector3(x, 0, bedZ), 0, 1, 0.05f)) continue;
            d.Put("ward gear", WardFurniture.DripStand, new Vector3(x - 0.75f, 0, wall + 0.6f), 0.3f * i, 1, 0.05f);
            d.Put("ward gear", WardFurniture.Locker, new Vector3(x + 0.78f, 0, wall + 0.3f), 0, 1, 0.05f);
            d.Lay("ward gear", WardFurniture.Monitor, Matrix4x4.CreateTranslation(x + 0.55f, 1.85f, wall + 0.02f));
            var curtains = d.Layer("curtains", x);
            var between = x + Bay / 2;
            // Alternate bays: a curtain drawn along the divider, or bunched against the wall.
            var reach = i % 2 == 0 ? Depth - 0.35f : 0.7f;
            WardFurniture.Curtain(curtains, new Vector3(between, 0, wall + 0.1f), new Vector3(between, 0, wall + 0.1f + reach));
        }
        for (var x = cx - 5 * Bay / 2; x <= cx + 5 * Bay / 2 + 0.01f; x += 2 * Bay)
            room.Window(d, x, 0.9f, 1.65f, 0.95f, RoomPaints.WardCurtain);
        RoomSets.CeilingLights(d, room, 1.6f, panel: true);
        d.Vista = new Vista(new Vector3(cx - 1.8f, 0.2f, wall), new Vector3(cx + 1.8f, 1.7f, wall + Depth - 0.2f));
    }
}
