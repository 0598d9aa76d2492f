using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A cafeteria: a steel self-service counter along the back wall with its food pans under a glass guard, a tray slide
/// and a stack of trays, lit menu boards above it, and rows of long laminate tables with chairs down both sides —
/// the canteen's scale (many seats at shared tables) is what tells it from a café's little tables.
/// </summary>
internal static class CafeteriaSet
{
    private const float Depth = 5.6f;

    private static readonly Material Wall = Paints.Srgb(214, 222, 200, 0.85f, 0, "canteenwall");
    private static readonly Material Tiles = Paints.Srgb(235, 235, 228, 0.3f, 0, "canteentiles") with { Pattern = "tiles" };
    private static readonly Material Board = Palette.Glow(35, 60, 45, 0.8f, "canteenboard");
    private static readonly Material Chalk = Palette.Glow(245, 240, 220, 2f, "canteenchalk");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, 3.4f, Wall);
        var cx = room.CentreX;
        d.Layer("walls", cx).Paint(Tiles).Box(new Vector3(cx, 0.75f, room.Wall + 0.01f), new Vector3(30, 0.75f, 0.01f));
        d.Put("counter", EateryProps.ServingCounter(7.2f), new Vector3(cx + 0.4f, 0, room.Wall + 0.55f), 0, 1, 0.45f);
        var walls = d.Layer("walls", cx);
        for (var i = -1; i <= 1; i++)
        {
            var x = cx + 0.4f + i * 2.4f;
            walls.Paint(Board).Box(new Vector3(x, 2.45f, room.Wall + 0.02f), new Vector3(1.0f, 0.4f, 0.02f));
            for (var line = 0; line < 3; line++)
                walls.Paint(Chalk).Box(new Vector3(x - 0.1f + (line % 2) * 0.2f, 2.65f - line * 0.2f, room.Wall + 0.042f), new Vector3(0.65f - 0.1f * line, 0.035f, 0.003f));
        }
        var table = EateryProps.LongTable(3.6f, ctx.Plan.Seed % 97 == 0 ? 1 : (int)(ctx.Plan.Seed % 97));
        for (var row = 0; row < 2; row++)
        {
            var z = row == 0 ? room.Wall + 2.4f : room.Wall + 4.1f;
            if (z + 0.85f > d.Zone.Back) break;
            for (var x = cx - 8.4f + row * 1.0f; x < cx + 8.4f; x += 4.4f)
            {
                // The row nearest the counter leaves its middle clear: the queue's aisle, and the counter in view.
                if (row == 0 && MathF.Abs(x - cx - 0.4f) < 3.2f) continue;
                d.Put("tables", table, new Vector3(x, 0, z), 0, 1, 0.85f);
            }
        }
        room.Window(d, cx - 6.8f, 2.0f, 1.0f, 1.6f);
        room.Window(d, cx + 7.0f, 2.0f, 1.0f, 1.6f);
        RoomSets.CeilingLights(d, room, 2.5f, panel: true);
        d.Vista = VenueHall.Frame(room, 3.8f, 2.9f, 3.0f);
    }
}
