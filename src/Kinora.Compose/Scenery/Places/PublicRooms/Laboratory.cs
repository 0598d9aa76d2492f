using System.Numerics;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A laboratory: a white room with a run of benches along the back wall under shelves of bottles, fume hoods at
/// intervals along it, and, between that run and the action, island benches with reagent shelves of bottles along
/// their spines; glassware with coloured liquids on every black bench top, a microscope among them. Panel lights
/// overhead. The establishing shot holds an island and the wall run behind it.
/// </summary>
internal static class Laboratory
{
    /// <summary>m from the action's band to the back wall: the island, an aisle, the wall benches.</summary>
    private const float Depth = 3.3f;
    private const float Span = 9;

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var room = RoomShell.Build(d, Depth, RoomPaints.Cabinet with { Name = "labwall", Roughness = 0.85f });
        var wallBench = room.Wall + LabGear.BenchDepth / 2 + 0.02f;
        var n = 0;
        for (var x = cx - Span; x < cx + Span; x += LabGear.BenchWidth, n++)
        {
            var centre = x + LabGear.BenchWidth / 2;
            // A fume hood every seventh unit, off the middle so the shot's centre is glass on a bench.
            if (n % 7 == 4) d.Put("fume hoods", LabGear.FumeHood, new Vector3(centre, 0, room.Wall + 0.44f), 0, 1, 0.05f);
            else d.Put("benches", LabGear.Benches[n % LabGear.Benches.Length], new Vector3(centre, 0, wallBench), 0, 1, 0.05f);
        }
        var shelves = d.Layer("bottle shelves", cx);
        for (var x = cx - Span; x < cx + Span; x += LabGear.BenchWidth)
        {
            var i = (int)MathF.Round((x - cx + Span) / LabGear.BenchWidth);
            if (i % 7 == 4) continue; // the hood stands there
            LabGear.BottleShelf(shelves, x + 0.02f, x + LabGear.BenchWidth - 0.02f, 1.45f, room.Wall, i);
            if (MathF.Abs(x - cx) < 4) LabGear.BottleShelf(shelves, x + 0.02f, x + LabGear.BenchWidth - 0.02f, 1.85f, room.Wall, i + 3);
        }
        // Islands in a row parallel to the wall, a 1.2 m aisle in front of the wall run, a gap between each pair.
        var islandZ = d.Zone.Back - 0.8f;
        for (var x = cx - 7.5f; x <= cx + 7.5f; x += 3.0f)
            for (var u = 0; u < 2; u++)
                d.Put("islands", LabGear.Islands[u], new Vector3(x + (u - 0.5f) * LabGear.BenchWidth, 0, islandZ), 0, 1, 0.7f);
        room.Window(d, cx + 6.6f, 1.6f, 1.5f, 1.2f);
        RoomSets.CeilingLights(d, room, 2.0f, panel: true);
        // The island and its shelf fill the shot; the wall run shows over and past it.
        d.Vista = new Vista(new Vector3(cx - 1.7f, 0.5f, islandZ - 1.4f), new Vector3(cx + 1.7f, 1.8f, islandZ + 0.75f));
    }
}
