using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A suspension bridge over a river that runs away from the camera (along Z) between grassy, tree-lined banks. The
/// deck runs along X, the way the cast travels. With someone cast the deck lies at ground level under the action
/// (walkers and cars stay on y = 0) with the river on both sides of it, and only its far side is built up: the
/// railing, a tower's leg just behind the action, the main cable sweeping down from it and its hangers. With nobody
/// cast the whole bridge stands 9 m over the water behind the band, both cable planes and portal towers, seen from
/// downstream: the postcard view. Painted international orange, which a viewer reads as "suspension bridge" at once.
/// </summary>
internal static class BridgeSet
{
    private static readonly Material Orange = Paints.Srgb(192, 70, 40, 0.6f, 0.2f, "bridgeorange");
    private static readonly Material DeckSide = Paints.Srgb(120, 118, 112, 0.85f, 0, "deckside");
    private const float RiverHalf = 55, TowerAbove = 28, CableLow = 1.6f;

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var cast = ctx.Cast.Count > 0;
        // Deck level and its edges (z of the far and near side).
        var (deckY, zFar, zNear) = cast ? (0f, d.Zone.Back - 0.9f, d.Zone.Front + 1.2f) : (9f, d.Zone.Back - 16, d.Zone.Back - 4);
        var (towerA, towerB) = cast ? (cx - 5, cx + 65) : (cx - 32, cx + 32);

        River(d, cx);
        Deck(d, cx - 140, cx + 140, deckY, zFar, zNear, cast);
        foreach (var z in cast ? [zFar - 1.2f] : new[] { zFar - 1.2f, zNear + 1.2f })
        {
            Tower(d, towerA, z, deckY);
            Tower(d, towerB, z, deckY);
            Cables(d, towerA, towerB, z, deckY);
        }
        if (!cast)
        {
            // Portal beams joining each tower's two legs, and piers carrying the approach spans over the banks.
            foreach (var x in new[] { towerA, towerB })
                foreach (var y in new[] { deckY + 12, deckY + TowerAbove - 1 })
                    TownPaint.Box(d, "bridge", Orange, new Vector3(x, y, (zFar + zNear) / 2), new Vector3(0.7f, 0.9f, (zNear - zFar) / 2 + 1.2f));
            for (var x = cx - 130f; x <= cx + 130; x += 22)
                if (MathF.Abs(x - cx) > RiverHalf - 5)
                    TownPaint.Box(d, "bridge", TownPaint.Concrete, new Vector3(x, deckY / 2, (zFar + zNear) / 2), new Vector3(1.2f, deckY / 2, (zNear - zFar) / 2 - 1));
            d.Vista = new Vista(new(cx - 40, 0, zFar - 2), new(cx + 40, deckY + TowerAbove, zNear + 2));
        }
        else
            d.Vista = new Vista(new(cx - 8, 0, zFar - 2), new(cx + 8, 9, zNear));
        Banks(d, cx);
    }

    /// <summary>The river: water along Z between the banks, out past where the haze swallows it.</summary>
    private static void River(SetDresser d, float cx)
    {
        var k = d.Layer("river", cx);
        Landforms.Slab(k, TownPaint.Water, cx - RiverHalf, cx + RiverHalf, -400, 200, 0.012f, 0.01f);
        var land = d.Layer("banks", cx);
        foreach (var s in new[] { -1f, 1f })
        {
            var edge = cx + s * RiverHalf;
            Landforms.Slab(land, TownPaint.Lawn, MathF.Min(edge, edge + s * 400), MathF.Max(edge, edge + s * 400), -400, 200, 0.02f, 0.02f);
            // A stone embankment wall at the water's edge, kerb-low on the camera's side of the action.
            Landforms.Slab(land, TownPaint.Stone, edge - 0.6f, edge + 0.6f, -400, d.Zone.Back - 1, 0.6f, 0.6f);
            Landforms.Slab(land, TownPaint.Stone, edge - 0.6f, edge + 0.6f, d.Zone.Back - 1, 200, 0.25f, 0.25f);
        }
    }

    /// <summary>Trees and houses along both banks, receding upstream, so the river has a far shore to lead to.</summary>
    private static void Banks(SetDresser d, float cx)
    {
        foreach (var s in new[] { -1f, 1f })
        {
            for (var z = d.Zone.Back - 6; z > -260; z -= d.Range(6, 14))
                d.Put("bank trees", d.Chance(0.5f) ? Trees.Broadleaf : Trees.BroadleafDark, new Vector3(cx + s * (RiverHalf + d.Range(4, 12)), 0, z), d.Range(0, MathF.Tau), d.Range(1.1f, 1.6f), 1);
            for (var z = d.Zone.Back - 40; z > -300; z -= d.Range(18, 30))
            {
                var x0 = cx + s * (RiverHalf + 20) + (s < 0 ? -16 : 0);
                Buildings.Add(d, x0, 14, d.Range(10, 28), 12, z, 0, shopFront: false);
            }
        }
    }

    /// <summary>The deck along X: a slab with a dark steel girder face, a road, a footway and railings.</summary>
    private static void Deck(SetDresser d, float x0, float x1, float y, float zFar, float zNear, bool atGround)
    {
        var k = d.Layer("deck", (x0 + x1) / 2);
        var thickness = atGround ? 0.3f : 2.2f;
        Landforms.Slab(k, DeckSide, x0, x1, zFar, zNear, y + 0.03f, thickness);
        Landforms.Slab(k, Palette.Asphalt, x0, x1, zFar + 2.2f, zNear - (atGround ? 0.4f : 2.2f), y + 0.045f, 0.02f);
        Landforms.Slab(k, Palette.Pavement, x0, x1, zFar, zFar + 2.2f, y + 0.18f, 0.16f);
        for (var x = x0; x < x1; x += 6)
            Landforms.Slab(k, Palette.RoadPaint, x, x + 3, (zFar + zNear) / 2 + 0.6f - 0.07f, (zFar + zNear) / 2 + 0.6f + 0.07f, y + 0.06f, 0.02f);
        Railing(d, x0, x1, zFar + 0.1f, y + 0.18f);
        if (!atGround)
        {
            Landforms.Slab(k, Palette.Pavement, x0, x1, zNear - 2.2f, zNear, y + 0.18f, 0.16f);
            Railing(d, x0, x1, zNear - 0.1f, y + 0.18f);
        }
    }

    private static void Railing(SetDresser d, float x0, float x1, float z, float y)
    {
        for (var x = x0; x < x1; x += 24)
        {
            var k = d.Layer("railing", x + 12).Paint(Orange);
            k.Box(new Vector3(x + 12, y + 1.1f, z), new Vector3(12, 0.04f, 0.05f));
            k.Box(new Vector3(x + 12, y + 0.55f, z), new Vector3(12, 0.025f, 0.03f));
            for (var p = x; p < x + 24; p += 2)
                k.Box(new Vector3(p, y + 0.55f, z), new Vector3(0.04f, 0.55f, 0.04f));
        }
    }

    /// <summary>One tower leg from the water to <see cref="TowerAbove"/> m over the deck, stepped in twice.</summary>
    private static void Tower(SetDresser d, float x, float z, float deckY)
    {
        var top = deckY + TowerAbove;
        var k = d.Layer("bridge", x).Paint(Orange);
        k.Box(new Vector3(x, top * 0.3f, z), new Vector3(1.1f, top * 0.3f, 1.1f));
        k.Box(new Vector3(x, top * 0.75f, z), new Vector3(0.9f, top * 0.15f + 0.05f, 0.9f));
        k.Box(new Vector3(x, top * 0.95f, z), new Vector3(0.75f, top * 0.05f + 0.05f, 0.75f));
        // Vertical ribs up the faces: the towers' art-deco fluting.
        foreach (var s in new[] { -0.55f, 0.55f })
            k.Box(new Vector3(x + s, top * 0.5f, z + 1.12f), new Vector3(0.08f, top * 0.5f, 0.05f));
        // A concrete pier foot at the water line (none where the deck itself lies on the water).
        if (deckY > 0) d.Layer("bridge", x).Paint(TownPaint.Concrete).Box(new Vector3(x, 0.8f, z), new Vector3(2.2f, 0.8f, 2.2f));
    }

    /// <summary>The main cable sagging between the tower tops, side cables down to the deck ends, hangers every 4 m.</summary>
    private static void Cables(SetDresser d, float a, float b, float z, float deckY)
    {
        var top = deckY + TowerAbove;
        var low = deckY + CableLow;
        var mid = (a + b) / 2;
        var half = (b - a) / 2;
        float Main(float x) => low + (top - low) * MathF.Pow((x - mid) / half, 2);
        const int steps = 24;
        for (var i = 0; i < steps; i++)
        {
            var x0 = a + (b - a) * i / steps;
            var x1 = a + (b - a) * (i + 1) / steps;
            d.Layer("cables", x0).Paint(Orange).Rod(new Vector3(x0, Main(x0), z), new Vector3(x1, Main(x1), z), 0.3f, 0.3f, 6);
        }
        for (var x = a + 4; x < b - 1; x += 4)
            d.Layer("cables", x).Paint(Orange).Box(new Vector3(x, (Main(x) + deckY) / 2, z), new Vector3(0.03f, (Main(x) - deckY) / 2, 0.03f));
        // Side spans: the cable falls from each tower top to the deck 45 m out.
        foreach (var (from, to) in new[] { (a, a - 45), (b, b + 45) })
        {
            d.Layer("cables", to).Paint(Orange).Rod(new Vector3(from, top, z), new Vector3(to, deckY + 0.5f, z), 0.3f, 0.3f, 6);
            var dir = MathF.Sign(to - from);
            for (var t = 4f; t < 44; t += 4)
            {
                var y = top + (deckY + 0.5f - top) * t / 45;
                d.Layer("cables", from + dir * t).Paint(Orange).Box(new Vector3(from + dir * t, (y + deckY) / 2, z), new Vector3(0.03f, (y - deckY) / 2, 0.03f));
            }
        }
    }
}
