using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A ballroom: a tall ivory hall with a gilt cornice, its back wall in bays of round-headed windows hung with red
/// drapes and gilt pier mirrors between white columns, three lit crystal chandeliers hanging over a polished parquet
/// floor, gilt chairs along the wall and a grand piano to one side. What tells it from a large room is the height and
/// the glitter: the chandeliers glow by day too, and the floor shines under them.
/// </summary>
internal static class BallroomSet
{
    /// <summary>m from the band to the back wall: the columns, the chairs and the chandeliers' reach.</summary>
    private const float Depth = 6.5f;
    /// <summary>m; the hall's height, twice a home's, and the width of one bay (a window or a mirror between columns).</summary>
    private const float Height = 7.5f, Bay = 4.2f;
    /// <summary>A hall chandelier is 1.8 m across: the prop's 1.3 m candle ring, scaled.</summary>
    private const float ChandelierScale = 1.4f;

    private static readonly Material Wall = Paints.Srgb(236, 226, 204, 0.8f, 0, "ballroomwall");
    private static readonly Material Parquet = Paints.Srgb(165, 105, 55, 0.18f, 0, "parquet") with { Pattern = "wood" };
    private static readonly Material ChairSeat = Paints.Srgb(150, 25, 35, 0.85f, 0, "chairvelvet") with { Pattern = "fabric" };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, Height, Wall);
        var cx = room.CentreX;
        VenueHall.Floor(d, room, Parquet, 24);
        var trim = d.Layer("walls", cx).Paint(BallroomProps.Gilt);
        trim.Box(new Vector3(cx, Height - 0.3f, room.Wall + 0.06f), new Vector3(30, 0.18f, 0.08f)); // cornice
        trim.Box(new Vector3(cx, 1.0f, room.Wall + 0.03f), new Vector3(30, 0.03f, 0.03f));         // dado rail
        var window = BallroomProps.TallWindow(1.9f, 4.6f, 0.7f, d.Dark);
        var mirror = BallroomProps.PierMirror(1.3f, 3.6f, 1.1f);
        var column = BallroomProps.Column(Height - 0.5f);
        for (var i = -4; i <= 4; i++)
        {
            var x = cx + i * Bay;
            // Windows in the even bays, mirrors in the odd ones: the mirrors give back the chandeliers' light.
            d.Lay("windows", (i & 1) == 0 ? window : mirror, Kit.At(new Vector3(x, 0, room.Wall + 0.02f)));
            d.Put("columns", column, new Vector3(x + Bay / 2, 0, room.Wall + 0.45f), 0, 1, 0.4f);
            if ((i & 1) == 1)
                foreach (var s in new[] { -0.55f, 0.55f })
                    d.Put("chairs", GiltChair, new Vector3(x + s, 0, room.Wall + 0.45f), 0, 1, 0.25f);
        }
        // Three chandeliers over the floor behind the action; lit at any hour.
        var hang = Height - 0.4f;
        foreach (var dx in new[] { -Bay * 1.5f, 0, Bay * 1.5f })
        {
            var at = new Vector3(cx + dx, hang - 1.6f * ChandelierScale, room.Wall + 3.2f);
            if (d.Put("chandeliers", BallroomProps.Chandelier(1.6f), at, 0, ChandelierScale, 0.8f))
                d.Light(new LightSource(at + BallroomProps.ChandelierHeart * ChandelierScale, new Vector3(1f, 0.82f, 0.6f) * 7f, 14));
        }
        d.Put("piano", StillKinds.Of("piano"), new Vector3(cx + 2 * Bay + 0.6f, 0, room.Wall + 2.4f), -0.5f, 1, 0.9f);
        d.Vista = VenueHall.Frame(room, 4.6f, Height - 1.2f, 3.8f);
    }

    /// <summary>A gilt ballroom chair with a red velvet seat, facing +Z.</summary>
    private static Kit GiltChair { get; } = MakeGiltChair();

    private static Kit MakeGiltChair()
    {
        var k = new Kit();
        var gilt = k.Paint(BallroomProps.Gilt);
        foreach (var x in new[] { -0.19f, 0.19f })
            foreach (var z in new[] { -0.18f, 0.18f })
                gilt.Rod(new Vector3(x, 0, z), new Vector3(x, z < 0 ? 0.95f : 0.45f, z), 0.02f, 0.016f, 5);
        gilt.Box(new Vector3(0, 0.92f, -0.18f), new Vector3(0.2f, 0.05f, 0.02f));
        k.Paint(ChairSeat).Box(new Vector3(0, 0.47f, 0), new Vector3(0.21f, 0.035f, 0.21f));
        k.Paint(ChairSeat).Box(new Vector3(0, 0.7f, -0.18f), new Vector3(0.16f, 0.16f, 0.015f));
        return k;
    }
}
