using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A bakery shop: the back wall lined with pine racks of loaves and baguettes, a glass display counter of cakes,
/// doughnuts and croissants in front of them with a till, a chalkboard menu, warm pendant lamps. Bread on the wall
/// and cakes under glass are what tell it from a café's coffee counter.
/// </summary>
internal static class BakerySet
{
    private const float Depth = 3.2f;

    private static readonly Material Wall = Paints.Srgb(238, 226, 200, 0.85f, 0, "bakerywall");
    private static readonly Material Tiles = Paints.Srgb(245, 242, 232, 0.3f, 0, "bakerytiles") with { Pattern = "tiles" };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, 3.2f, Wall);
        var cx = room.CentreX;
        d.Layer("walls", cx).Paint(Tiles).Box(new Vector3(cx, 1.3f, room.Wall + 0.01f), new Vector3(30, 1.3f, 0.01f));
        var i = 0;
        for (var x = cx - 4.2f; x <= cx + 4.21f; x += 1.2f, i++)
        {
            if (MathF.Abs(x - (cx + 1.8f)) < 0.1f) continue; // the chalkboard hangs there
            d.Put("racks", BakeryProps.Rack(i + 3), new Vector3(x, 0, room.Wall), 0, 1, 0.05f);
        }
        d.Lay("wall", CafeFurniture.MenuBoard, Kit.At(new Vector3(cx + 1.8f, 0.3f, room.Wall + 0.03f)));
        d.Put("counter", BakeryProps.Counter(4.8f, 5), new Vector3(cx - 0.3f, 0, room.Wall + 1.5f), 0, 1, 0.45f);
        d.Put("counter", WorkFurniture.Checkout, new Vector3(cx + 3.0f, 0, room.Wall + 1.5f), 0, 0.9f, 0.45f);
        for (var x = cx - 2.1f; x <= cx + 1.6f; x += 1.8f)
        {
            var foot = new Vector3(x, 0.2f, room.Wall + 1.4f);
            d.Put("pendants", LeisureFurniture.PendantLit, foot, 0, 1, 0.05f);
            d.Light(HomeFurniture.LampLight(foot + LeisureFurniture.PendantBulb, d.Dark ? 2.5f : 1.5f));
        }
        room.Window(d, cx - 6.4f, 1.6f, 0.6f, 2.0f);
        room.Window(d, cx + 6.4f, 1.6f, 0.6f, 2.0f);
        RoomSets.CeilingLights(d, room, 2.4f);
        d.Vista = VenueHall.Frame(room, 2.9f, 2.7f, 2.4f);
    }
}
