using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// An indoor swimming pool: six lanes running away from the camera, so the lane ropes and the dark lane lines on the
/// aqua tiles recede in perspective to the starting blocks at the far end — the view a viewer names as a pool at
/// once, where the same pool side-on read as a blue floor. A glassy water surface over the tiles, white coping,
/// ladders on the sides, backstroke flags across, a tiled deck, and a tall hall lit by high windows either side of a
/// scoreboard.
/// </summary>
internal static class PoolSet
{
    /// <summary>m from the band to the back wall: the pool's length plus the deck at the blocks' end.</summary>
    private const float Depth = 15f;
    private const int Lanes = 6;
    private const float LaneWidth = 2.2f, Height = 8f;

    private static readonly Material Deck = Paints.Srgb(225, 226, 222, 0.35f, 0, "pooldeck") with { Pattern = "tiles" };
    private static readonly Material Coping = Paints.Srgb(245, 245, 240, 0.4f, 0, "coping");
    /// <summary>The tank's tiles seen through the water: aqua, with a faint glow of the underwater lamps.</summary>
    private static readonly Material PoolTiles = Paints.Srgb(95, 195, 220, 0.3f, 0, "pooltiles") with
    {
        Pattern = "tiles", Emission = new Vector3(0.02f, 0.09f, 0.12f),
    };
    private static readonly Material LaneLine = Paints.Srgb(20, 40, 110, 0.4f, 0, "laneline");
    /// <summary>The surface: a transparent sheet whose Fresnel reflection of the hall grows towards the far end.</summary>
    private static readonly Material Water = Paints.Srgb(60, 150, 190, 0.02f, 0, "poolwater") with { Pattern = "glass" };
    private static readonly Material WallTiles = Paints.Srgb(150, 200, 215, 0.3f, 0, "poolwalltiles") with { Pattern = "tiles" };
    private static readonly Material WallPaint = Paints.Srgb(232, 234, 230, 0.85f, 0, "poolwall");
    private static readonly Material Board = Paints.Srgb(18, 18, 20, 0.5f, 0, "scoreboard");
    private static readonly Material Digits = Palette.Glow(255, 180, 60, 2.5f, "scoredigits");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, Height, WallPaint);
        var cx = room.CentreX;
        VenueHall.Floor(d, room, Deck, 24);
        var walls = d.Layer("walls", cx);
        walls.Paint(WallTiles).Box(new Vector3(cx, 1.2f, room.Wall + 0.01f), new Vector3(30, 1.2f, 0.01f));
        HighWindows(d, room);
        var (x0, x1) = (cx - Lanes * LaneWidth / 2, cx + Lanes * LaneWidth / 2);
        var (far, near) = (room.Wall + 2.2f, d.Zone.Back - 1.0f);
        var length = near - far;
        var pool = d.Layer("pool", cx);
        Landforms.Slab(pool, PoolTiles, x0, x1, far, near, 0.006f, 0.004f);
        for (var lane = 0; lane < Lanes; lane++)
        {
            var x = x0 + (lane + 0.5f) * LaneWidth;
            Landforms.Slab(pool, LaneLine, x - 0.12f, x + 0.12f, far + 2, near - 2, 0.008f, 0.002f);
            foreach (var end in new[] { far + 2, near - 2 })
                Landforms.Slab(pool, LaneLine, x - 0.5f, x + 0.5f, end - 0.12f, end + 0.12f, 0.008f, 0.002f);
            d.Put("blocks", PoolProps.StartingBlock(lane + 1), new Vector3(x, 0, far - 0.45f), 0, 1, 0.3f);
        }
        Landforms.Slab(d.Layer("water", cx), Water, x0, x1, far, near, 0.05f, 0.001f);
        // Coping round the edge, standing just proud of the water.
        var edge = d.Layer("pool", cx);
        Landforms.Slab(edge, Coping, x0 - 0.35f, x1 + 0.35f, far - 0.35f, far, 0.06f, 0.06f);
        Landforms.Slab(edge, Coping, x0 - 0.35f, x1 + 0.35f, near, near + 0.35f, 0.06f, 0.06f);
        Landforms.Slab(edge, Coping, x0 - 0.35f, x0, far, near, 0.06f, 0.06f);
        Landforms.Slab(edge, Coping, x1, x1 + 0.35f, far, near, 0.06f, 0.06f);
        var rope = PoolProps.LaneRope(length);
        for (var lane = 1; lane < Lanes; lane++)
            d.Put("ropes", rope, new Vector3(x0 + lane * LaneWidth, 0.05f, near), 0, 1, 0.1f);
        foreach (var z in new[] { far + 1.5f, near - 2.5f })
        {
            d.Put("ladders", PoolProps.Ladder, new Vector3(x0, 0.06f, z), MathF.PI / 2, 1, 0.3f);
            d.Put("ladders", PoolProps.Ladder, new Vector3(x1, 0.06f, z), -MathF.PI / 2, 1, 0.3f);
        }
        var flags = PoolProps.Flags(x1 - x0 + 1.2f);
        if (length > 11) d.Put("flags", flags, new Vector3(cx, 0, near - 5), 0, 1, 0.1f);
        d.Put("flags", flags, new Vector3(cx, 0, far + 5), 0, 1, 0.1f);
        d.Put("benches", LeisureFurniture.GalleryBench, new Vector3(x1 + 2.5f, 0, far + 2), MathF.PI / 2, 1.2f, 0.3f);
        RoofLights(d, room);
        d.Vista = VenueHall.Frame(room, 5.2f, 4.5f, Depth - 1.5f);
    }

    /// <summary>High windows along the wall above the tiles, either side of the scoreboard.</summary>
    private static void HighWindows(SetDresser d, Sets.RoomShell room)
    {
        var cx = room.CentreX;
        var glass = d.Dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : Palette.Glow(215, 232, 250, 1.2f, "daypane");
        var k = d.Layer("windows", cx);
        var (y0, y1) = (3.4f, 7.0f);
        foreach (var s in new[] { -1f, 1f })
        {
            var (a, b) = (cx + s * 3.2f, cx + s * 18f);
            k.Paint(glass).Box(new Vector3((a + b) / 2, (y0 + y1) / 2, room.Wall + 0.01f), new Vector3(MathF.Abs(b - a) / 2, (y1 - y0) / 2, 0.01f));
            for (var x = MathF.Min(a, b); x <= MathF.Max(a, b) + 1e-3f; x += 1.6f)
                k.Paint(Palette.WindowFrame).Box(new Vector3(x, (y0 + y1) / 2, room.Wall + 0.04f), new Vector3(0.05f, (y1 - y0) / 2, 0.04f));
            foreach (var y in new[] { y0, (y0 + y1) / 2, y1 })
                k.Paint(Palette.WindowFrame).Box(new Vector3((a + b) / 2, y, room.Wall + 0.04f), new Vector3(MathF.Abs(b - a) / 2, 0.05f, 0.04f));
        }
        // The scoreboard: a black board with rows of amber figures.
        k.Paint(Board).Box(new Vector3(cx, 5.2f, room.Wall + 0.08f), new Vector3(2.6f, 1.1f, 0.08f));
        for (var row = 0; row < 4; row++)
            for (var col = 0; col < 3; col++)
                k.Paint(Digits).Box(new Vector3(cx - 1.5f + col * 1.5f + (row % 2) * 0.2f, 5.95f - row * 0.45f, room.Wall + 0.165f), new Vector3(0.5f - 0.1f * ((row + col) % 3), 0.1f, 0.004f));
    }

    /// <summary>After dark, rows of lamps high over the pool light the hall.</summary>
    private static void RoofLights(SetDresser d, Sets.RoomShell room)
    {
        if (!d.Dark) return;
        for (var x = room.CentreX - 6; x <= room.CentreX + 6; x += 6)
            for (var z = room.Wall + 3; z < d.Zone.Back - 2; z += 5)
            {
                var at = new Vector3(x, Height - 0.5f, z);
                d.Layer("lamps", x).Paint(Palette.LampGlow).Box(at, new Vector3(0.5f, 0.04f, 0.5f));
                d.Light(new LightSource(at - new Vector3(0, 0.2f, 0), new Vector3(1, 0.95f, 0.85f) * 8, 16));
            }
    }
}
