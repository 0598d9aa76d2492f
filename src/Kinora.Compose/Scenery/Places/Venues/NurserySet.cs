using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A nursery: pastel walls with painted stars, a white cot with a mobile over it, a rocking chair with a teddy bear
/// beside it, a changing dresser, toys on a soft rug, and a curtained window. The cot and the mobile name it.
/// </summary>
internal static class NurserySet
{
    private const float Depth = 2.4f;

    private static readonly Material Mint = Paints.Srgb(200, 228, 215, 0.9f, 0, "nurserywall");
    private static readonly Material Rug = Paints.Srgb(240, 210, 220, 0.95f, 0, "nurseryrug") with { Pattern = "fabric" };
    private static readonly Material StarPaint = Paints.Srgb(250, 215, 90, 0.6f, 0, "wallstar");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = RoomShell.Build(d, Depth, Mint);
        var cx = room.CentreX;
        d.Put("furniture", NurseryProps.Cot, new Vector3(cx - 0.2f, 0, room.Wall + 0.5f), 0, 1, 0.4f);
        d.Put("furniture", NurseryProps.RockingChair, new Vector3(cx + 1.5f, 0, room.Wall + 0.9f), -0.5f, 1, 0.4f);
        d.Put("furniture", StillKinds.Of("teddy bear"), new Vector3(cx + 2.3f, 0, room.Wall + 0.7f), -0.3f, 1, 0.25f);
        d.Put("furniture", NurseryProps.Dresser, new Vector3(cx - 2.1f, 0, room.Wall + 0.3f), 0, 1, 0.3f);
        d.Put("toys", NurseryProps.Toys, new Vector3(cx + 0.4f, 0, room.Wall + 1.6f), 0.3f, 1, 0.3f);
        var (back, front) = (room.Wall + 1.0f, MathF.Min(d.Zone.Back - 0.05f, room.Wall + 2.6f));
        if (front - back > 0.6f) RoomSets.Rug(d, new Vector3(cx + 0.3f, 0, (back + front) / 2), 3.0f, front - back, Rug);
        var stars = d.Layer("walls", cx).Paint(StarPaint);
        var r = new Kinora.Plan.SeededRandom(ctx.Plan.Seed, "nurserystars");
        for (var i = 0; i < 14; i++)
            stars.Extrude(NurseryProps.Star(r.RangeF(0.06f, 0.12f)), 0.01f, Matrix4x4.CreateTranslation(cx + r.RangeF(-3.5f, 3.5f), r.RangeF(1.6f, 2.8f), room.Wall + 0.01f));
        room.Window(d, cx + 3.6f, 1.3f, 0.9f, 1.3f);
        room.Hang(d, Paintings.Framed(0.5f, 0.4f, 77), cx - 2.1f, 1.7f);
        d.Put("lamps", d.Dark ? HomeFurniture.FloorLampLit : HomeFurniture.FloorLamp, new Vector3(cx + 2.4f, 0, room.Wall + 0.3f), 0, 0.8f, 0.05f);
        if (d.Dark) d.Light(HomeFurniture.LampLight(new Vector3(cx + 2.4f, 0, room.Wall + 0.3f) + HomeFurniture.FloorLampBulb * 0.8f, 2));
        d.Vista = VenueHall.Frame(room, 2.6f, 2.1f, 2.0f);
    }
}
