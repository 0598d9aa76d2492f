using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A café: a zinc counter along the back wall with an espresso machine, a cake case and a till under pendant lamps,
/// a blackboard menu and a gilt mirror on the wall, tall windows, and small round marble tables with bentwood
/// chairs scattered in two staggered rows behind the action. What tells it from a restaurant is the scale: little
/// two-seat tables close together and the coffee machine, not a bar of bottles and tables for four.
/// </summary>
public static class CafeSet
{
    /// <summary>m from the action's band to the back wall: the counter and two rows of tables.</summary>
    private const float Depth = 4.8f;

    public static void Dress(SetDresser d, Material wall)
    {
        var room = RoomShell.Build(d, Depth, wall);
        var cx = room.CentreX;
        var counterX = cx + 1.6f;
        d.Put("counter", CafeFurniture.Counter, new Vector3(counterX, 0, room.Wall + 0.5f), 0, 1, 0.45f);
        d.Lay("wall", CafeFurniture.MenuBoard, Kit.At(new Vector3(counterX + 0.3f, 0.35f, room.Wall + 0.03f)));
        room.Hang(d, CafeFurniture.Mirror, cx - 2.4f, 0);
        room.Window(d, cx - 5.6f, 1.6f, 0.5f, 2.1f);
        room.Window(d, cx + 5.8f, 1.6f, 0.5f, 2.1f);
        for (var i = -1; i <= 1; i++)
        {
            var foot = new Vector3(counterX + i * 1.0f, 0, room.Wall + 0.75f);
            d.Put("pendants", d.Dark ? LeisureFurniture.PendantLit : LeisureFurniture.Pendant, foot, 0, 1, 0.05f);
            if (d.Dark) d.Light(HomeFurniture.LampLight(foot + LeisureFurniture.PendantBulb, 2));
        }
        // Two staggered rows of bistro tables; the far row leaves the counter's customers room.
        for (var row = 0; row < 2; row++)
        {
            var z = row == 0 ? d.Zone.Back - 0.9f : room.Wall + 2.0f;
            for (var x = cx - 7.2f + row * 0.95f; x < cx + 7.2f; x += 1.9f)
            {
                if (row == 1 && MathF.Abs(x - counterX) < 2.2f) continue;
                d.Put("tables", CafeFurniture.BistroTable, new Vector3(x + d.Range(-0.2f, 0.2f), 0, z + d.Range(-0.15f, 0.15f)), d.Range(-0.4f, 0.4f), 1, 0.82f);
            }
        }
        d.Put("plants", HomeFurniture.Plant, new Vector3(cx - 4.3f, 0, room.Wall + 0.4f), 0.4f, 1.1f, 0.05f);
        RoomSets.CeilingLights(d, room, 2.4f);
    }
}
