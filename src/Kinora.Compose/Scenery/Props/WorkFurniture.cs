using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Furniture of offices, schools, libraries and shops, backs to −Z: a 1.4 m desk with a glowing monitor and a
/// swivel chair, a school desk with its chair, a chalkboard (3.6 m), a 1 m bookcase unit full of books of varied
/// heights and colours, a shop gondola stocked with packets, a checkout counter. Units tile along a wall.
/// </summary>
public static class WorkFurniture
{
    private static readonly Material Laminate = Paints.Srgb(200, 185, 160, 0.5f, 0, "laminate");
    private static readonly Material ChairFabric = Paints.Srgb(40, 42, 48, 0.9f, 0, "chairfabric");
    private static readonly Material Board = Paints.Srgb(35, 70, 50, 0.85f, 0, "chalkboard");
    private static readonly Material Chalk = Paints.Srgb(225, 228, 220, 0.9f, 0, "chalk");
    private static readonly Material ShelfWhite = Paints.Srgb(230, 230, 228, 0.5f, 0, "shelfwhite");

    /// <summary>A monitor's screen, lit: cool white, 0.6 (an office screen is about as bright as a sunlit page).</summary>
    private static readonly Material ScreenLit = Palette.Glow(170, 200, 240, 0.6f, "screenlit");
    public static Kit Desk { get; } = MakeDesk();
    public static Kit SchoolDesk { get; } = MakeSchoolDesk();
    public static Kit Chalkboard { get; } = MakeChalkboard();
    public static Kit[] Bookcases { get; } = [MakeBookcase(1), MakeBookcase(2), MakeBookcase(3)];
    public static Kit[] Gondolas { get; } = [MakeGondola(1), MakeGondola(2)];
    public static Kit Checkout { get; } = MakeCheckout();


    private static Kit MakeDesk()
    {
        var k = new Kit();
        k.Paint(Laminate).Box(new Vector3(0, 0.73f, 0), new Vector3(0.7f, 0.02f, 0.35f));
        foreach (var x in new[] { -0.66f, 0.66f }) k.Paint(Paints.Steel).Box(new Vector3(x, 0.36f, 0), new Vector3(0.02f, 0.36f, 0.32f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.06f, -0.15f), new Vector3(0.3f, 0.19f, 0.02f));
        k.Paint(ScreenLit).Box(new Vector3(0, 1.06f, -0.128f), new Vector3(0.28f, 0.17f, 0.003f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.82f, -0.16f), new Vector3(0.03f, 0.08f, 0.03f));
        k.Paint(Paints.Srgb(50, 50, 55, 0.5f, 0, "keyboard")).Box(new Vector3(0, 0.76f, 0.05f), new Vector3(0.22f, 0.01f, 0.07f));
        // The chair, pushed in a little, its back towards the camera.
        var c = k.Paint(ChairFabric);
        c.Box(new Vector3(0, 0.48f, 0.42f), new Vector3(0.24f, 0.05f, 0.23f));
        c.Box(new Vector3(0, 0.8f, 0.64f), new Vector3(0.22f, 0.26f, 0.04f));
        k.Paint(Paints.Black).Rod(new Vector3(0, 0.05f, 0.42f), new Vector3(0, 0.45f, 0.42f), 0.025f, 0.025f, 6);
        k.Paint(Paints.Black).Box(new Vector3(0, 0.04f, 0.42f), new Vector3(0.28f, 0.02f, 0.03f), 0, 0.6f);
        k.Paint(Paints.Black).Box(new Vector3(0, 0.04f, 0.42f), new Vector3(0.28f, 0.02f, 0.03f), 0, -0.6f);
        return k;
    }

    private static Kit MakeSchoolDesk()
    {
        var k = new Kit();
        k.Paint(Laminate).Box(new Vector3(0, 0.7f, 0), new Vector3(0.35f, 0.015f, 0.25f));
        var legs = k.Paint(Paints.Srgb(60, 90, 140, 0.5f, 0.5f, "desklegs"));
        foreach (var x in new[] { -0.32f, 0.32f })
            foreach (var z in new[] { -0.22f, 0.22f }) legs.Box(new Vector3(x, 0.35f, z), new Vector3(0.015f, 0.35f, 0.015f));
        // Its chair behind it (+Z), facing the board at −Z.
        k.Paint(Laminate).Box(new Vector3(0, 0.44f, 0.42f), new Vector3(0.2f, 0.015f, 0.19f));
        k.Paint(Laminate).Box(new Vector3(0, 0.72f, 0.6f), new Vector3(0.2f, 0.12f, 0.015f));
        foreach (var x in new[] { -0.18f, 0.18f })
            foreach (var z in new[] { 0.26f, 0.58f }) legs.Box(new Vector3(x, 0.22f, z), new Vector3(0.012f, 0.22f, 0.012f));
        foreach (var x in new[] { -0.18f, 0.18f }) legs.Box(new Vector3(x, 0.58f, 0.6f), new Vector3(0.012f, 0.14f, 0.012f));
        return k;
    }

    private static Kit MakeChalkboard()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Box(new Vector3(0, 1.5f, 0), new Vector3(1.85f, 0.65f, 0.03f));
        k.Paint(Board).Box(new Vector3(0, 1.5f, 0.02f), new Vector3(1.78f, 0.58f, 0.02f));
        // Lines of chalk writing and a sum, as strokes.
        var r = new Kinora.Plan.SeededRandom(7, "chalk");
        for (var line = 0; line < 4; line++)
            for (var x = -1.6f; x < 1.2f;)
            {
                var w = (float)r.Range(0.08, 0.35);
                k.Paint(Chalk).Box(new Vector3(x + w / 2, 1.85f - line * 0.2f, 0.042f), new Vector3(w / 2, 0.018f, 0.002f));
                x += w + 0.07f;
            }
        k.Paint(Paints.Wood).Box(new Vector3(0, 0.9f, 0.06f), new Vector3(1.8f, 0.015f, 0.05f)); // chalk ledge
        return k;
    }

    private static Kit MakeBookcase(int seed)
    {
        var k = new Kit();
        var wood = k.Paint(Paints.DarkWood);
        wood.Box(new Vector3(0, 1.1f, -0.15f), new Vector3(0.5f, 1.1f, 0.01f));
        foreach (var x in new[] { -0.49f, 0.49f }) wood.Box(new Vector3(x, 1.1f, 0), new Vector3(0.01f, 1.1f, 0.16f));
        var r = new Kinora.Plan.SeededRandom(seed, "books");
        Material[] covers =
        [
            Paints.Srgb(130, 30, 30, 0.7f, 0, "book1"), Paints.Srgb(30, 60, 110, 0.7f, 0, "book2"), Paints.Srgb(40, 90, 50, 0.7f, 0, "book3"),
            Paints.Srgb(200, 170, 110, 0.7f, 0, "book4"), Paints.Srgb(60, 40, 30, 0.7f, 0, "book5"), Paints.Srgb(220, 215, 200, 0.7f, 0, "book6"),
        ];
        for (var shelf = 0; shelf < 5; shelf++)
        {
            var y = 0.05f + shelf * 0.43f;
            wood.Box(new Vector3(0, y, 0), new Vector3(0.48f, 0.015f, 0.15f));
            for (var x = -0.46f; x < 0.42f;)
            {
                var t = (float)r.Range(0.025, 0.06);
                var h = (float)r.Range(0.22, 0.33);
                var cover = covers[(int)(r.NextDouble() * covers.Length) % covers.Length];
                k.Paint(cover).Box(new Vector3(x + t / 2, y + 0.015f + h / 2, 0.0f), new Vector3(t / 2 - 0.002f, h / 2, 0.12f));
                x += t;
                if (r.NextDouble() < 0.06) x += 0.08f; // a gap
            }
        }
        return k;
    }

    private static Kit MakeGondola(int seed)
    {
        var k = new Kit();
        var frame = k.Paint(ShelfWhite);
        frame.Box(new Vector3(0, 0.8f, -0.3f), new Vector3(0.6f, 0.8f, 0.02f));
        var r = new Kinora.Plan.SeededRandom(seed, "stock");
        Material[] packs =
        [
            Paints.Srgb(220, 40, 40, 0.5f, 0, "pack1"), Paints.Srgb(250, 200, 40, 0.5f, 0, "pack2"), Paints.Srgb(40, 120, 210, 0.5f, 0, "pack3"),
            Paints.Srgb(60, 170, 70, 0.5f, 0, "pack4"), Paints.Srgb(240, 240, 235, 0.5f, 0, "pack5"), Paints.Srgb(240, 130, 30, 0.5f, 0, "pack6"),
        ];
        for (var shelf = 0; shelf < 4; shelf++)
        {
            var y = 0.12f + shelf * 0.42f;
            frame.Box(new Vector3(0, y, -0.05f), new Vector3(0.6f, 0.015f, 0.25f));
            var pack = packs[(int)(r.NextDouble() * packs.Length) % packs.Length];
            var h = (float)r.Range(0.15, 0.3);
            for (var x = -0.52f; x < 0.5f; x += 0.13f)
                k.Paint(pack).Box(new Vector3(x + 0.06f, y + 0.015f + h / 2, -0.05f), new Vector3(0.055f, h / 2, 0.18f));
        }
        return k;
    }

    private static Kit MakeCheckout()
    {
        var k = new Kit();
        k.Paint(Laminate).Box(new Vector3(0, 0.45f, 0), new Vector3(1.0f, 0.45f, 0.35f));
        k.Paint(Paints.Black).Box(new Vector3(0.3f, 0.91f, 0), new Vector3(0.6f, 0.01f, 0.3f)); // belt
        k.Paint(Paints.Black).Box(new Vector3(-0.7f, 1.1f, -0.1f), new Vector3(0.18f, 0.12f, 0.03f));
        k.Paint(ScreenLit).Box(new Vector3(-0.7f, 1.1f, -0.068f), new Vector3(0.16f, 0.1f, 0.003f));
        return k;
    }
}
