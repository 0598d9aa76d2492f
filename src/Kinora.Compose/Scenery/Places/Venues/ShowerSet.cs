using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A walk-in shower: an alcove 1.3 m wide tiled floor to ceiling in warm white tiles laid in brick bond, its floor a
/// grey mosaic with a drain, a niche let into the back wall lined in green with bottles on its shelf, a matte black
/// rain head and mixer, a black-framed glass screen on the open side, and water falling from the head in streaks of
/// drops. Outside it, sage walls over a warm grey tiled floor, an oak bench with folded towels, a plant, a mat, and a
/// ladder rail of towels under a frosted window. Black metal on white tiles and
/// the falling water name it at a glance; chrome on grey tiles read as a grey booth.
/// </summary>
internal static class ShowerSet
{
    /// <summary>m from the band to the room's wall: the alcove (1.0 m) and a step out of it.</summary>
    private const float Depth = 1.35f;
    /// <summary>m; the alcove's half width and depth, and how far its tiled back wall stands out from the room's wall
    /// (the niche is let into that thickness).</summary>
    private const float Half = 0.65f, Deep = 1.0f, Skin = 0.12f;

    private static readonly Material Wall = Paints.Srgb(165, 178, 160, 0.9f, 0, "showerroom");
    private static readonly Material Tile = Paints.Srgb(236, 232, 224, 0.12f, 0, "showertile");
    private static readonly Material Tile2 = Paints.Srgb(226, 222, 213, 0.12f, 0, "showertile2");
    private static readonly Material Grout = Paints.Srgb(190, 186, 178, 0.9f, 0, "showergrout");
    private static readonly Material Mosaic = Paints.Srgb(95, 98, 100, 0.3f, 0, "showermosaic");
    private static readonly Material NicheTile = Paints.Srgb(45, 105, 88, 0.12f, 0, "nichetile");
    private static readonly Material Screen = Paints.Srgb(210, 228, 235, 0.02f, 0, "showerscreen") with { Pattern = "glass" };
    private static readonly Material MatteBlack = Paints.Srgb(28, 28, 30, 0.45f, 0.3f, "matteblack");
    /// <summary>Falling water: bright, a little glow of the light it catches, so the streaks read against the tiles.</summary>
    private static readonly Material Water = Palette.Glow(210, 232, 250, 1.4f, "showerwater") with { Roughness = 0.05f };
    private static readonly Material Towel = Paints.Srgb(200, 120, 95, 0.95f, 0, "showertowel") with { Pattern = "fabric" };
    private static readonly Material Towel2 = Paints.Srgb(235, 228, 212, 0.95f, 0, "showertowel2") with { Pattern = "fabric" };
    private static readonly Material Frosted = Palette.Glow(225, 235, 240, 0.9f, "frostedpane");
    private static readonly Material[] Floor = [Paints.Srgb(200, 194, 184, 0.35f, 0, "showerfloor"), Paints.Srgb(188, 182, 172, 0.35f, 0, "showerfloor2")];
    private static readonly Material Bench = Paints.Srgb(170, 120, 75, 0.5f, 0, "benchoak") with { Pattern = "wood" };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = RoomShell.Build(d, Depth, Wall);
        var cx = room.CentreX;
        var w = room.Wall;
        var face = w + Skin; // the alcove's tiled back face
        Alcove(d, cx, w, face);
        var head = Fittings(d, cx, face);
        Falling(d, head, new Kinora.Plan.SeededRandom(ctx.Plan.Seed, "showerdrops"));
        // Outside: an oak bench with towels, a plant, a mat on the step out.
        var bench = d.Layer("fixtures", cx);
        bench.Paint(Bench).Box(new Vector3(cx + 1.35f, 0.44f, w + 0.3f), new Vector3(0.4f, 0.025f, 0.18f));
        foreach (var x in new[] { 1.0f, 1.7f }) bench.Paint(Bench).Box(new Vector3(cx + x, 0.21f, w + 0.3f), new Vector3(0.025f, 0.21f, 0.16f));
        bench.Paint(Towel2).Box(new Vector3(cx + 1.2f, 0.51f, w + 0.3f), new Vector3(0.17f, 0.045f, 0.14f));
        bench.Paint(Towel).Box(new Vector3(cx + 1.2f, 0.585f, w + 0.3f), new Vector3(0.16f, 0.03f, 0.13f));
        bench.Paint(Paints.Chrome).Rod(new Vector3(cx + 1.0f, 1.45f, w + 0.02f), new Vector3(cx + 1.0f, 1.45f, w + 0.08f), 0.012f, 0.012f, 6); // hook
        bench.Paint(Towel).Box(new Vector3(cx + 1.0f, 1.15f, w + 0.07f), new Vector3(0.2f, 0.3f, 0.025f));
        d.Put("furniture", HomeFurniture.Plant, new Vector3(cx + 2.1f, 0, w + 0.35f), 0.4f, 1.2f, 0.05f);
        // Left of the alcove a ladder rail of towels under a frosted window, so the frame's other side is the room too.
        d.Put("fixtures", BathroomProps.TowelRail, new Vector3(cx - 1.3f, 0, w), 0, 1, 0.05f);
        var window = d.Layer("fixtures", cx);
        window.Paint(d.Dark ? Paints.Srgb(20, 26, 45, 0.1f, 0, "nightpane") : Frosted).Box(new Vector3(cx - 2.2f, 1.75f, w + 0.005f), new Vector3(0.35f, 0.45f, 0.01f));
        foreach (var y in new[] { 1.28f, 2.22f }) window.Paint(Palette.WindowFrame).Box(new Vector3(cx - 2.2f, y, w + 0.04f), new Vector3(0.41f, 0.03f, 0.05f));
        foreach (var x in new[] { -2.57f, -1.83f }) window.Paint(Palette.WindowFrame).Box(new Vector3(cx + x, 1.75f, w + 0.03f), new Vector3(0.03f, 0.45f, 0.03f));
        // The room's floor: large warm grey tiles from the wall to past the action (flat, so they may lie under it).
        var floor = Floor.Length;
        var depth = MathF.Max(d.Zone.Front + 2, w + 7) - w;
        WallTiles.Panel(d.Layer("floor", cx), new Vector3(cx - 5, 0, w + depth), Vector3.UnitX, Vector3.UnitY, new Vector2(10, depth), new Vector2(0.4f, 0.4f),
            Grout, (_, _) => Floor[d.Pick(floor)]);
        RoomSets.Rug(d, new Vector3(cx + 0.1f, 0, face + Deep + 0.3f), 0.8f, 0.5f, Towel2);
        // A warm downlight just outside the alcove: inside it, a metre from the white tiles, it blew them out.
        d.Light(new LightSource(new Vector3(cx + 0.3f, 2.7f, face + Deep + 0.3f), new Vector3(1f, 0.9f, 0.78f) * 0.7f, 5));
        // Photographed as one stands in the room: from head height at the action spot, the lens filling the frame's
        // height with the alcove and the bench beside it; framed from the three-quarter view above it was a small
        // booth in a wide frame of wall and floor.
        d.Vista = new Vista(new Vector3(cx - Half - 0.25f, 0, w), new Vector3(cx + 1.6f, 2.3f, face + Deep)) { FromGround = true };
    }

    /// <summary>The tiled alcove: its back wall (round the niche), its left wall, the mosaic floor with a drain, and
    /// the niche itself lined in green with three bottles on its floor.</summary>
    private static void Alcove(SetDresser d, float cx, float w, float face)
    {
        var k = d.Layer("cubicle", cx);
        var size = new Vector2(0.2f, 0.1f);
        Material Glaze(int col, int row) => d.Chance(0.5f) ? Tile : Tile2;
        const float Top = RoomShell.Height;
        // The back skin round the niche (0.5 m wide, 1.2–1.55 m up, right of the middle): four panels, the same bond.
        var (n0, n1, y0, y1) = (cx + 0.05f, cx + 0.55f, 1.2f, 1.55f);
        void Back(float x0, float x1, float b0, float b1)
        {
            k.Paint(Tile).Box(new Vector3((x0 + x1) / 2, (b0 + b1) / 2, w + Skin / 2), new Vector3((x1 - x0) / 2, (b1 - b0) / 2, Skin / 2 - 0.006f));
            WallTiles.Panel(k, new Vector3(x0, b0, face - 0.006f), Vector3.UnitX, Vector3.UnitZ, new Vector2(x1 - x0, b1 - b0), size, Grout, Glaze);
        }
        Back(cx - Half, n0, 0, Top);
        Back(n1, cx + Half, 0, Top);
        Back(n0, n1, 0, y0);
        Back(n0, n1, y1, Top);
        // The niche: green tiles on its back and sides, bottles of shampoo and gel on its floor.
        WallTiles.Panel(k, new Vector3(n0, y0, w), Vector3.UnitX, Vector3.UnitZ, new Vector2(n1 - n0, y1 - y0), new Vector2(0.05f, 0.05f), Grout, (_, _) => NicheTile);
        k.Paint(NicheTile).Box(new Vector3((n0 + n1) / 2, y0 + 0.005f, w + Skin / 2), new Vector3((n1 - n0) / 2, 0.005f, Skin / 2));
        var bottles = new[] { (0.1f, 0.2f, Paints.Srgb(240, 240, 236, 0.3f, 0, "bottlewhite")), (0.22f, 0.16f, Paints.Srgb(60, 62, 66, 0.3f, 0, "bottleblack")), (0.34f, 0.22f, Paints.Srgb(205, 150, 90, 0.2f, 0, "bottleamber")) };
        foreach (var (x, h, paint) in bottles)
            k.Paint(paint).Rod(new Vector3(n0 + x, y0 + 0.01f, w + 0.06f), new Vector3(n0 + x, y0 + 0.01f + h, w + 0.06f), 0.032f, 0.028f, 10);
        // The left wall, tiled on its inner face.
        k.Paint(Tile).Box(new Vector3(cx - Half - 0.05f, Top / 2, face + Deep / 2), new Vector3(0.05f, Top / 2, Deep / 2));
        WallTiles.Panel(k, new Vector3(cx - Half, 0, face + Deep), Vector3.UnitZ * -1, Vector3.UnitX, new Vector2(Deep, Top), size, Grout, Glaze);
        // The floor: dark mosaic round a drain, a step of 1.5 cm over the room's tiles (level with them, the two fought).
        WallTiles.Panel(k, new Vector3(cx - Half, 0.015f, face + Deep), Vector3.UnitX, Vector3.UnitY, new Vector2(2 * Half, Deep), new Vector2(0.05f, 0.05f), Grout, (_, _) => Mosaic);
        k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.06f, 0.003f, 0.06f) * Matrix4x4.CreateTranslation(cx, 0.023f, face + 0.5f), 1, 12);
    }

    /// <summary>The black rain head on its arm, the mixer and hand spray, and the black-framed glass screen on the open
    /// side; returns where the water leaves the head.</summary>
    private static Vector3 Fittings(SetDresser d, float cx, float face)
    {
        var k = d.Layer("cubicle", cx);
        var black = k.Paint(MatteBlack);
        var head = new Vector3(cx - 0.1f, 2.15f, face + 0.45f);
        black.Rod(new Vector3(head.X, 2.25f, face), new Vector3(head.X, 2.25f, head.Z), 0.013f, 0.013f, 8);
        black.Rod(new Vector3(head.X, 2.25f, head.Z), head + new Vector3(0, 0.02f, 0), 0.013f, 0.013f, 8);
        black.Cylinder(Matrix4x4.CreateScale(0.15f, 0.012f, 0.15f) * Matrix4x4.CreateTranslation(head), 1, 20);
        black.Cylinder(Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateScale(0.07f, 0.07f, 0.02f) * Matrix4x4.CreateTranslation(cx - 0.1f, 1.1f, face + 0.02f), 1, 16);
        black.Rod(new Vector3(cx - 0.1f, 1.1f, face + 0.04f), new Vector3(cx - 0.1f, 1.1f, face + 0.1f), 0.012f, 0.012f, 6);
        black.Rod(new Vector3(cx - 0.45f, 0.9f, face + 0.02f), new Vector3(cx - 0.45f, 1.5f, face + 0.02f), 0.01f, 0.01f, 6); // the hand spray's rail
        black.Rod(new Vector3(cx - 0.45f, 1.35f, face + 0.05f), new Vector3(cx - 0.45f, 1.5f, face + 0.07f), 0.018f, 0.022f, 8);
        // The screen: glass in a thin black frame with a transom bar, 2 m high, fixed to the back wall on the open side.
        var (x, z0, z1) = (cx + Half, face, face + Deep * 0.9f);
        k.Paint(Screen).Box(new Vector3(x, 1.05f, (z0 + z1) / 2), new Vector3(0.005f, 1.0f, (z1 - z0) / 2));
        foreach (var y in new[] { 0.05f, 1.05f, 2.05f }) black.Box(new Vector3(x, y, (z0 + z1) / 2), new Vector3(0.012f, 0.012f, (z1 - z0) / 2));
        foreach (var z in new[] { z0 + 0.01f, z1 }) black.Box(new Vector3(x, 1.05f, z), new Vector3(0.012f, 1.0f, 0.012f));
        return head;
    }

    /// <summary>The water: streaks of drops falling from the head, spreading a little, on to the floor.</summary>
    private static void Falling(SetDresser d, Vector3 head, Kinora.Plan.SeededRandom r)
    {
        var drops = d.Layer("water", head.X).Paint(Water);
        for (var i = 0; i < 70; i++)
        {
            var a = r.RangeF(0, MathF.Tau);
            var rr = MathF.Sqrt(r.RangeF(0, 1)) * 0.14f;
            var spread = 1.6f + r.RangeF(0, 0.5f);
            var top = head + new Vector3(MathF.Cos(a) * rr, -0.03f, MathF.Sin(a) * rr);
            for (var y = top.Y - r.RangeF(0, 0.25f); y > 0.1f; y -= r.RangeF(0.22f, 0.4f))
            {
                var fall = (top.Y - y) / top.Y;
                var p = top + new Vector3(MathF.Cos(a) * rr * spread * fall, y - top.Y, MathF.Sin(a) * rr * spread * fall);
                drops.Rod(p, p - new Vector3(0, 0.14f, 0), 0.006f, 0.004f, 3);
            }
        }
    }
}
