using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenery.Places.Venues;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A home kitchen, one run of units 5.7 m long against a warm cream wall: a fridge, blue base units with an oak
/// worktop, a sink under a window with herbs on its sill, a range cooker under a steel chimney hood, cream wall
/// cabinets lit underneath, a tall larder; a white subway-tiled splashback; a kettle, jars, a crock of spoons and a
/// saucepan where a cook leaves them. In front stands an island with a bowl of fruit, two stools and warm pendants
/// over it, unless the cast brings its own counter or table (the station is then the room's island). A run of a
/// real kitchen's length, not a showroom wall of units: beyond it the wall is plain, with a plant and a picture.
/// </summary>
internal static class KitchenSet
{
    /// <summary>m from the cast's band back to the wall: the run (0.65 m), a 1 m aisle, the island, and stools.</summary>
    private const float DepthWithIsland = 2.9f, DepthWithout = 0.9f;
    /// <summary>m; the island's middle out from the wall.</summary>
    private const float IslandOut = 1.9f;
    /// <summary>m; the run's ends either side of the centre, and the window's middle (over the sink).</summary>
    private const float RunLeft = -2.7f, RunRight = 3.0f, WindowX = -0.6f;

    private static readonly Material Wall = Paints.Srgb(205, 190, 165, 0.9f, 0, "kitchenwall");
    private static readonly Material Grout = Paints.Srgb(150, 148, 140, 0.9f, 0, "grout");
    private static readonly Material[] Subway =
        [Paints.Srgb(240, 238, 232, 0.12f, 0, "subway"), Paints.Srgb(226, 226, 220, 0.12f, 0, "subway2")];
    private static readonly Material Blind = Paints.Srgb(225, 215, 190, 0.9f, 0, "linenblind") with { Pattern = "fabric" };
    /// <summary>LED strip under the wall cabinets: warm, bright enough to pool on the splashback.</summary>
    private static readonly Material UnderLight = Palette.Glow(255, 225, 180, 2.5f, "undercabinet");

    public static void Dress(SetDresser d)
    {
        var island = !d.Stations.Contains(StationKind.Counter) && !d.Stations.Contains(StationKind.Table);
        var room = RoomShell.Build(d, island ? DepthWithIsland : DepthWithout, Wall);
        var (cx, w) = (room.CentreX, room.Wall);
        Run(d, cx, w);
        Splashback(d, cx, w);
        Window(d, cx + WindowX, w);
        WorktopThings(d, cx, w);
        if (island) Island(d, cx, w);
        d.Put("furniture", HomeFurniture.Plant, new Vector3(cx + RunRight + 0.7f, 0, w + 0.4f), 0.4f, 1.2f, 0.05f);
        room.Hang(d, HomeFurniture.Picture(0.7f, 0.9f, 7), cx + RunLeft - 1.2f, 1.6f);
        // After dark the pendants and the strips under the wall cabinets light a kitchen with an island; ceiling globes
        // as well blew its walls and floor out to white.
        if (!island) RoomSets.CeilingLights(d, room, 1.0f);
        // The run from the fridge's edge to the larder's, sink and cooker in the middle, at eye level: the camera fits
        // a cylinder round the box with room to spare, so the fridge and larder still show, and from its three-quarter
        // view the island stands in the foreground.
        d.Vista = room.Frame(cx - 2.2f, cx + 2.5f, w + 0.65f, 2.2f, 0.4f);
    }

    /// <summary>The fitted units along the wall, left to right: fridge, drawers, cupboard, sink, cupboard, range
    /// cooker under its hood, cupboard, drawers, tall larder; cream wall cabinets either side of the window and hood.</summary>
    private static void Run(SetDresser d, float cx, float w)
    {
        var k = d.Layer("kitchen units", cx);
        d.Put("kitchen units", KitchenBath.Fridge, new Vector3(cx - 2.4f, 0, w + 0.32f), 0, 1, 0.05f);
        Upper(k, cx - 2.4f, w, 1.85f, 2.2f);
        foreach (var (x, drawers) in new[] { (-1.8f, true), (-1.2f, false), (-0.6f, false), (0.0f, false), (1.5f, false), (2.1f, true) })
            Base(k, cx + x, w, drawers, sink: x == WindowX);
        d.Put("kitchen units", KitchenProps.RangeCooker, new Vector3(cx + 0.75f, 0, w + 0.3f), 0, 1, 0.05f);
        d.Put("kitchen units", KitchenProps.Hood, new Vector3(cx + 0.75f, 0, w + 0.3f), 0, 1, 0.05f);
        foreach (var x in new[] { -1.8f, -1.2f, 1.5f, 2.1f }) Upper(k, cx + x, w, 1.45f, 2.2f);
        // Tall larder: two doors, floor to 2.2 m.
        k.Paint(KitchenProps.UpperDoor).Box(new Vector3(cx + 2.7f, 1.1f, w + 0.3f), new Vector3(0.295f, 1.1f, 0.3f));
        k.Paint(Paints.Shade(KitchenProps.UpperDoor, 0.7f)).Box(new Vector3(cx + 2.7f, 1.25f, w + 0.601f), new Vector3(0.29f, 0.004f, 0.002f));
        k.Paint(KitchenProps.Brass).Box(new Vector3(cx + 2.47f, 1.1f, w + 0.615f), new Vector3(0.01f, 0.12f, 0.012f));
        k.Paint(KitchenProps.Brass).Box(new Vector3(cx + 2.47f, 1.45f, w + 0.615f), new Vector3(0.01f, 0.12f, 0.012f));
        // Light strips under the wall cabinets; they light the worktop below them.
        foreach (var (x0, x1) in new[] { (-2.1f, -0.9f), (1.2f, 2.4f) })
        {
            k.Paint(UnderLight).Box(new Vector3(cx + (x0 + x1) / 2, 1.44f, w + 0.26f), new Vector3((x1 - x0) / 2 - 0.05f, 0.005f, 0.01f));
            d.Light(new LightSource(new Vector3(cx + (x0 + x1) / 2, 1.38f, w + 0.3f), new Vector3(1, 0.85f, 0.65f) * 0.5f, 2.5f));
        }
    }

    /// <summary>A 0.6 m base unit: blue doors (or three drawers), brass pulls, the oak worktop, a steel sink and a
    /// gooseneck tap where <paramref name="sink"/>.</summary>
    private static void Base(Kit k, float x, float w, bool drawers, bool sink)
    {
        var z = w + 0.3f;
        k.Paint(KitchenProps.LowerDoor).Box(new Vector3(x, 0.48f, z), new Vector3(0.297f, 0.4f, 0.29f));
        k.Paint(Paints.Black).Box(new Vector3(x, 0.04f, z - 0.04f), new Vector3(0.3f, 0.04f, 0.25f)); // recessed plinth
        k.Paint(KitchenProps.Worktop).Box(new Vector3(x, KitchenProps.Top - 0.02f, z + 0.02f), new Vector3(0.3f, 0.02f, 0.31f));
        var seam = k.Paint(Paints.Shade(KitchenProps.LowerDoor, 0.55f));
        var brass = k.Paint(KitchenProps.Brass);
        if (drawers)
            foreach (var y in new[] { 0.62f, 0.36f })
                seam.Box(new Vector3(x, y, z + 0.291f), new Vector3(0.29f, 0.004f, 0.002f));
        else seam.Box(new Vector3(x, 0.48f, z + 0.291f), new Vector3(0.003f, 0.38f, 0.002f)); // two doors meeting
        foreach (var y in drawers ? new[] { 0.76f, 0.5f, 0.24f } : [0.74f])
            brass.Box(new Vector3(x, y, z + 0.305f), new Vector3(0.1f, 0.008f, 0.012f));
        if (!sink) return;
        k.Paint(Paints.Steel).Box(new Vector3(x, KitchenProps.Top + 0.001f, z + 0.04f), new Vector3(0.24f, 0.002f, 0.2f));
        k.Paint(Paints.Black).Box(new Vector3(x, KitchenProps.Top + 0.002f, z + 0.04f), new Vector3(0.21f, 0.002f, 0.17f)); // the bowl's shadowed inside
        var tap = k.Paint(Paints.Chrome);
        tap.Rod(new Vector3(x, KitchenProps.Top, z - 0.22f), new Vector3(x, KitchenProps.Top + 0.3f, z - 0.22f), 0.014f, 0.012f, 8);
        tap.Rod(new Vector3(x, KitchenProps.Top + 0.3f, z - 0.22f), new Vector3(x, KitchenProps.Top + 0.28f, z - 0.04f), 0.012f, 0.01f, 8);
    }

    /// <summary>A cream wall cabinet, 0.34 m deep, from <paramref name="y0"/> to <paramref name="y1"/>, a brass pull low on its door.</summary>
    private static void Upper(Kit k, float x, float w, float y0, float y1)
    {
        k.Paint(KitchenProps.UpperDoor).Box(new Vector3(x, (y0 + y1) / 2, w + 0.17f), new Vector3(0.297f, (y1 - y0) / 2, 0.17f));
        k.Paint(Paints.Shade(KitchenProps.UpperDoor, 0.75f)).Box(new Vector3(x, (y0 + y1) / 2, w + 0.341f), new Vector3(0.28f, (y1 - y0) / 2 - 0.02f, 0.001f));
        k.Paint(KitchenProps.UpperDoor).Box(new Vector3(x, (y0 + y1) / 2, w + 0.345f), new Vector3(0.26f, (y1 - y0) / 2 - 0.04f, 0.004f)); // shaker panel
        k.Paint(KitchenProps.Brass).Box(new Vector3(x + 0.2f, y0 + 0.1f, w + 0.36f), new Vector3(0.008f, 0.05f, 0.01f));
    }

    /// <summary>White subway tiles in brick bond from the worktop to the wall cabinets, round the window, and up to the
    /// ceiling behind the hood. Panel edges sit on whole tiles (multiples of 0.15 m) so their joints line up.</summary>
    private static void Splashback(SetDresser d, float cx, float w)
    {
        var k = d.Layer("splashback", cx);
        var size = new Vector2(0.15f, 0.075f);
        Material Glaze(int col, int row) => Subway[d.Pick(2)];
        void Panel(float x0, float x1, float y0, float y1) =>
            WallTiles.Panel(k, new Vector3(cx + x0, y0, w), Vector3.UnitX, Vector3.UnitZ, new Vector2(x1 - x0, y1 - y0), size, Grout, Glaze, bond: true);
        var y = KitchenProps.Top + 0.015f;
        Panel(-2.1f, -1.05f, y, 1.45f);
        Panel(-1.05f, -0.15f, y, 1.02f); // under the window's sill
        Panel(-0.15f, 2.4f, y, 1.45f);
        Panel(0.3f, 1.2f, 1.45f, 3.0f); // behind the hood, to the ceiling
    }

    /// <summary>The window over the sink: daylight (night-blue after dark), a white frame, an oak sill with herbs, a
    /// linen blind half down. No curtains: they would hang into the wall cabinets either side.</summary>
    private static void Window(SetDresser d, float x, float w)
    {
        var k = d.Layer("windows", x);
        const float Half = 0.42f, Sill = 1.1f, Head = 2.15f;
        var glass = d.Dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : Palette.Glow(200, 225, 250, 1.1f, "daypane");
        k.Paint(glass).Box(new Vector3(x, (Sill + Head) / 2, w + 0.005f), new Vector3(Half, (Head - Sill) / 2, 0.01f));
        var frame = k.Paint(Palette.WindowFrame);
        frame.Box(new Vector3(x, Head, w + 0.03f), new Vector3(Half + 0.05f, 0.04f, 0.03f));
        frame.Box(new Vector3(x, (Sill + Head) / 2, w + 0.03f), new Vector3(0.025f, (Head - Sill) / 2, 0.03f));
        foreach (var s in new[] { -1f, 1f }) frame.Box(new Vector3(x + s * Half, (Sill + Head) / 2, w + 0.03f), new Vector3(0.04f, (Head - Sill) / 2, 0.03f));
        k.Paint(KitchenProps.Worktop).Box(new Vector3(x, Sill, w + 0.06f), new Vector3(Half + 0.08f, 0.02f, 0.07f));
        k.Paint(Blind).Box(new Vector3(x, Head - 0.2f, w + 0.05f), new Vector3(Half - 0.02f, 0.18f, 0.01f));
        d.Put("worktop", KitchenProps.Herbs, new Vector3(x - 0.22f, Sill + 0.02f, w + 0.07f), 0, 1, 0.05f);
        d.Put("worktop", KitchenProps.Herbs, new Vector3(x + 0.2f, Sill + 0.02f, w + 0.07f), 1, 0.85f, 0.05f);
    }

    /// <summary>What a cook leaves out: jars by the fridge, the kettle, a crock of spoons by the hob, a saucepan on it,
    /// a board and a loaf beyond.</summary>
    private static void WorktopThings(SetDresser d, float cx, float w)
    {
        var top = KitchenProps.Top;
        d.Put("worktop", KitchenProps.Jars, new Vector3(cx - 1.9f, top, w + 0.16f), 0, 1, 0.05f);
        d.Put("worktop", KitchenProps.Kettle, new Vector3(cx - 1.3f, top, w + 0.3f), -0.5f, 1, 0.05f);
        d.Put("worktop", KitchenProps.UtensilCrock, new Vector3(cx + 0.1f, top, w + 0.15f), 0, 1, 0.05f);
        d.Put("worktop", KitchenProps.Saucepan, new Vector3(cx + 0.47f, top + 0.015f, w + 0.44f), 0.3f, 1, 0.05f);
        var k = d.Layer("worktop", cx);
        k.Paint(Paints.Wood).Box(new Vector3(cx + 1.75f, top + 0.2f, w + 0.05f), new Vector3(0.2f, 0.2f, 0.012f), 0, 0); // a board leant on the tiles
        k.Paint(Paints.Srgb(180, 120, 60, 0.8f, 0, "loaf")).Ellipsoid(new Vector3(cx + 1.75f, top + 0.06f, w + 0.3f), new Vector3(0.14f, 0.06f, 0.07f), 0, 0.2f, 10, 6);
    }

    /// <summary>The island with a bowl of fruit, two stools on the room's side and two pendants over it.</summary>
    private static void Island(SetDresser d, float cx, float w)
    {
        var at = new Vector3(cx + 0.2f, 0, w + IslandOut);
        if (!d.Put("island", KitchenProps.Island, at, 0, 1, 0.5f)) return;
        d.Put("island", KitchenProps.FruitBowl, at + new Vector3(-0.35f, KitchenProps.Top, -0.1f), 0, 1, 0.05f);
        foreach (var x in new[] { -0.45f, 0.45f })
        {
            d.Put("island", BarProps.Stool, at + new Vector3(x, 0, 0.68f), 0, 0.88f, 0.2f);
            var foot = at + new Vector3(x, 0, 0);
            d.Put("pendants", LeisureFurniture.PendantLit, foot, 0, 1, 0.05f); // lit by day too: the warm pools are the room's welcome
            d.Light(HomeFurniture.LampLight(foot + LeisureFurniture.PendantBulb, d.Dark ? 1.5f : 0.8f));
        }
    }
}
