using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A mall food court: a row of food stalls along the back, each with a counter under a glowing sign box in its own
/// colour and a lit menu, a mall's upper floor with its glass balustrade above them, and a floor full of small
/// tables with chairs and planters in front. The many lit signs over many tables are what name it.
/// </summary>
internal static class FoodCourtSet
{
    private const float Depth = 7.5f, Height = 6.5f;

    private static readonly Material Wall = Paints.Srgb(225, 222, 215, 0.8f, 0, "mallwall");
    private static readonly Material MallFloor = Paints.Srgb(215, 210, 200, 0.2f, 0, "mallfloor") with { Pattern = "tiles" };
    private static readonly Material Balustrade = Paints.Srgb(200, 220, 225, 0.03f, 0, "balustrade") with { Pattern = "glass" };
    private static readonly (byte R, byte G, byte B)[] Brands = [(210, 40, 35), (240, 170, 30), (40, 140, 70), (30, 90, 180), (200, 60, 140), (240, 110, 30)];

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, Height, Wall);
        var cx = room.CentreX;
        VenueHall.Floor(d, room, MallFloor, 22);
        var first = d.Pick(Brands.Length);
        for (var i = 0; i < 5; i++)
        {
            var (r, g, b) = Brands[(first + i) % Brands.Length];
            d.Put("stalls", EateryProps.Stall(r, g, b, i), new Vector3(cx + (i - 2) * 3.5f, 0, room.Wall + 0.05f), 0, 1, 0.05f);
        }
        // The upper floor's slab and glass balustrade over the stalls.
        var upper = d.Layer("walls", cx);
        upper.Paint(Wall).Box(new Vector3(cx, 3.55f, room.Wall + 1.3f), new Vector3(30, 0.25f, 1.3f));
        upper.Paint(Balustrade).Box(new Vector3(cx, 4.3f, room.Wall + 2.58f), new Vector3(30, 0.5f, 0.01f));
        upper.Paint(Paints.Steel).Rod(new Vector3(cx - 30, 4.82f, room.Wall + 2.6f), new Vector3(cx + 30, 4.82f, room.Wall + 2.6f), 0.03f, 0.03f, 6);
        upper.Paint(Palette.Glow(255, 240, 210, 2f, "soffitlights")).Box(new Vector3(cx, 3.29f, room.Wall + 2.2f), new Vector3(30, 0.01f, 0.06f));
        for (var row = 0; row < 3; row++)
        {
            var z = room.Wall + 3.0f + row * 1.6f;
            if (z + 0.85f > d.Zone.Back) break;
            for (var x = cx - 9f + (row % 2) * 1.1f; x < cx + 9f; x += 2.2f)
                d.Put("tables", LeisureFurniture.CafeTable, new Vector3(x + d.Range(-0.15f, 0.15f), 0, z), d.Range(-0.3f, 0.3f), 1, 0.85f);
        }
        foreach (var x in new[] { cx - 10.5f, cx + 10.5f })
            d.Put("plants", HomeFurniture.Plant, new Vector3(x, 0, room.Wall + 3.2f), 0.3f, 1.6f, 0.3f);
        for (var x = cx - 6; x <= cx + 6; x += 6)
            d.Light(new LightSource(new Vector3(x, 3.1f, room.Wall + 2.6f), new Vector3(1f, 0.9f, 0.75f) * 4, 10));
        d.Vista = VenueHall.Frame(room, 5.2f, 4.2f, 5.2f);
    }
}
