using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// A supermarket's shelving, stocked: what makes a shop read as a shop rather than a stand of seats is the many small,
/// different packages — tall cereal boxes with a label band, bottles with necks, stacked cans — each facing a run of
/// one product, with a price strip on every shelf edge. Units are 1.2 m long along X: a wall unit (one side, 2 m
/// tall, back to −Z), a double-sided aisle gondola (1.6 m, stocked on ±Z) and an end cap facing +Z. Every unit is a
/// prototype built once and merged into the set, so a whole store is a few draws; products are 12–40 triangles.
/// </summary>
public static class ShopStock
{
    private static readonly Material Frame = Paints.Srgb(225, 226, 228, 0.45f, 0.2f, "gondola");
    private static readonly Material Kick = Paints.Srgb(70, 72, 78, 0.6f, 0, "gondolakick");
    private static readonly Material PriceStrip = Paints.Srgb(250, 215, 60, 0.5f, 0, "pricestrip");
    private static readonly Material Label = Paints.Srgb(245, 243, 235, 0.6f, 0, "packlabel");
    private static readonly Material Cap = Paints.Srgb(235, 235, 235, 0.3f, 0.5f, "bottlecap");

    /// <summary>Packaging colours as a shelf shows them: saturated brand reds, yellows, blues, greens, and white.</summary>
    private static readonly Material[] Packs =
    [
        Paints.Srgb(210, 35, 40, 0.5f, 0, "packred"), Paints.Srgb(245, 190, 30, 0.5f, 0, "packyellow"),
        Paints.Srgb(35, 95, 190, 0.5f, 0, "packblue"), Paints.Srgb(50, 150, 70, 0.5f, 0, "packgreen"),
        Paints.Srgb(240, 240, 236, 0.5f, 0, "packwhite"), Paints.Srgb(235, 120, 30, 0.5f, 0, "packorange"),
        Paints.Srgb(120, 55, 140, 0.5f, 0, "packpurple"), Paints.Srgb(120, 75, 45, 0.5f, 0, "packbrown"),
    ];

    /// <summary>Bottle glass and plastic: clear, green, amber, a dark cola.</summary>
    private static readonly Material[] Bottles =
    [
        Paints.Srgb(190, 215, 225, 0.1f, 0, "bottleclear"), Paints.Srgb(60, 120, 70, 0.1f, 0, "bottlegreen"),
        Paints.Srgb(150, 85, 30, 0.1f, 0, "bottleamber"), Paints.Srgb(45, 25, 20, 0.1f, 0, "bottlecola"),
    ];

    private static readonly Material Tin = Paints.Srgb(190, 192, 196, 0.3f, 0.9f, "tin");

    public static Kit[] WallUnits { get; } = [Unit(1, 2.0f, 5, false), Unit(2, 2.0f, 5, false), Unit(3, 2.0f, 5, false)];
    public static Kit[] AisleUnits { get; } = [Unit(11, 1.55f, 4, true), Unit(12, 1.55f, 4, true), Unit(13, 1.55f, 4, true)];
    public static Kit EndCap { get; } = MakeEndCap(21);
    public static Kit Cart { get; } = MakeCart();

    /// <summary>m; an aisle gondola's depth across its two faces (shelves 0.4 m each side of the spine).</summary>
    public const float AisleDepth = 0.9f;

    /// <summary>A 1.2 m unit: a spine at z = 0, a kick plate, <paramref name="shelves"/> shelves each stocked along
    /// its length (both faces when <paramref name="doubleSided"/>), price strips on the shelf edges.</summary>
    private static Kit Unit(int seed, float height, int shelves, bool doubleSided)
    {
        var k = new Kit();
        var r = new SeededRandom(seed, "shopstock");
        var depth = 0.4f;
        k.Paint(Frame).Box(new Vector3(0, height / 2, 0), new Vector3(0.6f, height / 2, 0.02f));
        foreach (var x in new[] { -0.59f, 0.59f }) k.Paint(Frame).Box(new Vector3(x, height / 2, 0), new Vector3(0.012f, height / 2, doubleSided ? 0.05f : 0.03f));
        foreach (var side in doubleSided ? new[] { 1f, -1f } : [1f])
        {
            k.Paint(Kick).Box(new Vector3(0, 0.06f, side * depth / 2), new Vector3(0.6f, 0.06f, depth / 2));
            var pitch = (height - 0.2f) / shelves;
            for (var s = 0; s < shelves; s++)
            {
                var y = 0.12f + s * pitch;
                k.Paint(Frame).Box(new Vector3(0, y, side * depth / 2), new Vector3(0.6f, 0.012f, depth / 2));
                k.Paint(PriceStrip).Box(new Vector3(0, y - 0.01f, side * (depth + 0.005f)), new Vector3(0.6f, 0.022f, 0.005f));
                Stock(k, r, -0.58f, 0.58f, y + 0.012f, MathF.Min(pitch - 0.06f, 0.34f), side, depth);
            }
        }
        return k;
    }

    /// <summary>
    /// Fills a shelf from x0 to x1 at height y with facings: runs of one product (a box, a bottle or a can in one
    /// colour), 2–5 wide, their fronts flush with the shelf edge on <paramref name="side"/> (+1 faces +Z).
    /// </summary>
    private static void Stock(Kit k, SeededRandom r, float x0, float x1, float y, float room, float side, float depth)
    {
        var front = side * (depth - 0.04f);
        for (var x = x0; x < x1 - 0.05f;)
        {
            var type = r.NextDouble();
            var count = 2 + (int)(r.NextDouble() * 4);
            if (type < 0.5)
            {
                // Boxes: cereal-tall to biscuit-flat, a pale label band across the front.
                var paint = Packs[(int)(r.NextDouble() * Packs.Length) % Packs.Length];
                var w = (float)r.Range(0.06, 0.16);
                var h = MathF.Min(room, (float)r.Range(0.12, 0.32));
                var d = (float)r.Range(0.06, 0.09);
                for (var i = 0; i < count && x + w <= x1; i++, x += w + 0.006f)
                {
                    var c = new Vector3(x + w / 2, y + h / 2, front - side * d);
                    k.Paint(paint).Box(c, new Vector3(w / 2, h / 2, d));
                    k.Paint(Label).Box(new Vector3(c.X, y + h * 0.6f, front + side * 0.002f), new Vector3(w * 0.4f, h * 0.14f, 0.002f));
                }
            }
            else if (type < 0.78)
            {
                // Bottles: a body, a shoulder narrowing to the neck, a cap (a small box: round at this size costs triangles).
                var glass = Bottles[(int)(r.NextDouble() * Bottles.Length) % Bottles.Length];
                var h = MathF.Min(room, (float)r.Range(0.2, 0.3));
                var rad = (float)r.Range(0.03, 0.042);
                for (var i = 0; i < count + 1 && x + 2 * rad <= x1; i++, x += 2 * rad + 0.01f)
                {
                    var c = new Vector3(x + rad, y, front - side * rad);
                    k.Paint(glass).Rod(c, c + new Vector3(0, h * 0.62f, 0), rad, rad, 6);
                    k.Paint(glass).Rod(c + new Vector3(0, h * 0.62f, 0), c + new Vector3(0, h * 0.9f, 0), rad, rad * 0.35f, 6);
                    k.Paint(Cap).Box(c + new Vector3(0, h * 0.94f, 0), new Vector3(rad * 0.38f, h * 0.04f, rad * 0.38f));
                }
            }
            else
            {
                // Cans, stacked two high where the shelf has room: a coloured wrap over a tin rim.
                var paint = Packs[(int)(r.NextDouble() * Packs.Length) % Packs.Length];
                var rad = 0.034f;
                var tiers = room > 0.26f ? 2 : 1;
                for (var i = 0; i < count + 2 && x + 2 * rad <= x1; i++, x += 2 * rad + 0.004f)
                    for (var t = 0; t < tiers; t++)
                    {
                        var c = new Vector3(x + rad, y + t * 0.122f, front - side * rad);
                        k.Paint(t == tiers - 1 ? Tin : paint).Rod(c, c + new Vector3(0, 0.012f, 0), rad * 0.95f, rad * 0.95f, 7);
                        k.Paint(paint).Rod(c + new Vector3(0, 0.012f, 0), c + new Vector3(0, 0.118f, 0), rad, rad, 7);
                    }
            }
            x += 0.02f;
        }
    }

    /// <summary>An end cap: the short face of an aisle, 0.9 m wide, facing +Z — a promotional stack of one product
    /// on three shelves under a red header board.</summary>
    private static Kit MakeEndCap(int seed)
    {
        var k = new Kit();
        var r = new SeededRandom(seed, "endcap");
        var w = AisleDepth / 2;
        k.Paint(Frame).Box(new Vector3(0, 0.78f, -0.02f), new Vector3(w, 0.78f, 0.02f));
        k.Paint(Kick).Box(new Vector3(0, 0.06f, 0.15f), new Vector3(w, 0.06f, 0.15f));
        for (var s = 0; s < 3; s++)
        {
            var y = 0.12f + s * 0.45f;
            k.Paint(Frame).Box(new Vector3(0, y, 0.15f), new Vector3(w, 0.012f, 0.15f));
            k.Paint(PriceStrip).Box(new Vector3(0, y - 0.01f, 0.305f), new Vector3(w, 0.022f, 0.005f));
            Stock(k, r, -w + 0.02f, w - 0.02f, y + 0.012f, 0.34f, 1, 0.3f);
        }
        k.Paint(Paints.Srgb(200, 30, 35, 0.5f, 0, "promoboard")).Box(new Vector3(0, 1.72f, 0), new Vector3(w, 0.14f, 0.02f));
        k.Paint(Label).Box(new Vector3(0, 1.72f, 0.022f), new Vector3(w * 0.7f, 0.06f, 0.002f));
        return k;
    }

    /// <summary>A shopping trolley 0.9 m long along X (handle at −X): a wire basket, a chrome frame on four castors.</summary>
    private static Kit MakeCart()
    {
        var k = new Kit();
        var wire = k.Paint(Paints.Chrome);
        // Basket: the bottom and four sides as thin bars, the front narrower, as a nesting trolley's is.
        foreach (var y in new[] { 0.5f, 0.7f, 0.9f })
        {
            wire.Rod(new Vector3(-0.4f, y, -0.26f), new Vector3(0.4f, y, -0.22f), 0.006f, 0.006f, 4);
            wire.Rod(new Vector3(-0.4f, y, 0.26f), new Vector3(0.4f, y, 0.22f), 0.006f, 0.006f, 4);
            wire.Rod(new Vector3(0.4f, y, -0.22f), new Vector3(0.4f, y, 0.22f), 0.006f, 0.006f, 4);
        }
        for (var x = -0.4f; x <= 0.41f; x += 0.1f)
        {
            var half = 0.26f - 0.04f * (x + 0.4f) / 0.8f;
            wire.Rod(new Vector3(x, 0.5f, -half), new Vector3(x, 0.9f, -half), 0.005f, 0.005f, 4);
            wire.Rod(new Vector3(x, 0.5f, half), new Vector3(x, 0.9f, half), 0.005f, 0.005f, 4);
        }
        k.Paint(Paints.Srgb(200, 200, 205, 0.3f, 0.6f, "cartfloor")).Box(new Vector3(0, 0.5f, 0), new Vector3(0.4f, 0.005f, 0.23f));
        k.Paint(Paints.Srgb(210, 40, 40, 0.5f, 0, "carthandle")).Rod(new Vector3(-0.48f, 0.98f, -0.27f), new Vector3(-0.48f, 0.98f, 0.27f), 0.018f, 0.018f, 6);
        foreach (var z in new[] { -0.27f, 0.27f }) wire.Rod(new Vector3(-0.4f, 0.9f, z), new Vector3(-0.48f, 0.98f, z), 0.008f, 0.008f, 4);
        // Chassis and castors.
        foreach (var z in new[] { -0.22f, 0.22f }) wire.Rod(new Vector3(-0.4f, 0.12f, z), new Vector3(0.4f, 0.12f, z * 0.8f), 0.01f, 0.01f, 4);
        foreach (var (x, z) in new[] { (-0.38f, -0.22f), (-0.38f, 0.22f), (0.38f, -0.18f), (0.38f, 0.18f) })
        {
            wire.Rod(new Vector3(x, 0.12f, z), new Vector3(x, 0.5f, z * 1.1f), 0.01f, 0.01f, 4);
            k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.05f, 0.015f, 0.05f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.05f, z), 1, 8);
        }
        return k;
    }
}
