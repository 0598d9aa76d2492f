using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A filling station off a road: the road runs along X under the action; behind it a concrete forecourt under a
/// broad flat canopy on pillars (white, a red band round its edge, lit from beneath after dark), two pump islands
/// with two pumps each and a car filling up, a price pylon by the road with its digit rows, and the shop at the
/// back with a glass front and a red sign band. The canopy over pumps is what a viewer names at a glance.
/// </summary>
internal static class GasStationSet
{
    private static readonly Material Red = Paints.Srgb(200, 30, 35, 0.5f, 0, "brandred");
    private static readonly Material Canopy = Paints.Srgb(238, 238, 235, 0.5f, 0, "canopywhite");
    private static readonly Material PumpBody = Paints.Srgb(225, 225, 222, 0.4f, 0, "pumpbody");
    private static readonly Material Display = Paints.Srgb(20, 25, 30, 0.2f, 0, "pumpdisplay");
    private static readonly Material Digits = Palette.Glow(255, 190, 40, 1.2f, "pricedigits");
    private const float CanopyHalfX = 12, CanopyHalfZ = 6, CanopyUnder = 5.0f, CanopyDepth = 1.0f;

    public static void Dress(SetDresser d)
    {
        var cx = d.Zone.CentreX;
        var edge = d.Zone.Back - 0.5f;
        TownPaint.Road(d, d.Left - 20, d.Right + 20, edge, d.Zone.Front + 7);
        TownPaint.LineAlongX(d, d.Left - 20, d.Right + 20, (edge + d.Zone.Front + 7) / 2, dashed: true);
        Landforms.Slab(d.Layer("road paint", cx), Palette.Kerb, d.Left - 20, cx - 16, edge - 0.25f, edge, 0.15f, 0.15f);
        Landforms.Slab(d.Layer("road paint", cx), Palette.Kerb, cx + 18, d.Right + 20, edge - 0.25f, edge, 0.15f, 0.15f);
        // The forecourt: pale concrete slabs with joint lines.
        var court = d.Layer("forecourt", cx);
        Landforms.Slab(court, TownPaint.Concrete, cx - 16, cx + 18, edge - 34, edge, 0.02f, 0.02f);
        for (var x = cx - 16f; x < cx + 18; x += 4)
            Landforms.Slab(court, Paints.Srgb(120, 118, 112, 0.9f, 0, "joint"), x, x + 0.04f, edge - 34, edge, 0.025f, 0.01f);

        var mid = new Vector3(cx + 1, 0, edge - 8.5f);
        Roof(d, mid);
        foreach (var dz in new[] { -2.6f, 2.6f })
        {
            var island = mid + new Vector3(0, 0, dz);
            var k = d.Layer("pumps", island.X);
            k.Paint(Palette.Kerb).Box(island + new Vector3(0, 0.1f, 0), new Vector3(5.5f, 0.1f, 0.6f));
            foreach (var dx in new[] { -2.6f, 2.6f }) d.Put("pumps", Pump, island + new Vector3(dx, 0.2f, 0), 0, 1, 0.5f);
            foreach (var dx in new[] { -5.0f, 5.0f })
                k.Paint(Canopy).Box(island + new Vector3(dx, CanopyUnder / 2, 0), new Vector3(0.25f, CanopyUnder / 2, 0.25f));
        }
        // A car at the front island, filling up, and one waiting at the back.
        TownPaint.Car(d, mid + new Vector3(-2.0f, 0, 4.6f), 0, 14);
        TownPaint.Car(d, mid + new Vector3(3.5f, 0, -4.6f), MathF.PI, 14);
        Shop(d, new Vector3(cx + 2, 0, edge - 20));
        PriceSign(d, new Vector3(cx - 13.5f, 0, edge - 1.2f));
        // Beyond the station: the roadside's low buildings and trees, lamps along the road.
        for (var x = d.Left - 10; x < d.Right + 10; x += d.Range(12, 20))
            if (x < cx - 24 || x > cx + 26) Buildings.Add(d, x, d.Range(9, 14), d.Range(4, 9), 12, edge - 6, 0, shopFront: true);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 18, d.Left, d.Right, edge - 36, edge - 55, 1.1f, 1.5f, Trees.BroadleafRadius);
        TownPaint.Lamps(d, cx - 50, cx - 18, edge - 2.2f, 16);
        TownPaint.Lamps(d, cx + 34, d.Right, edge - 2.2f, 16);
        d.Vista = new Vista(new(cx - 14.5f, 0, edge - 14), new(cx + 13, 7.5f, edge - 1));
    }

    private static void Roof(SetDresser d, Vector3 mid)
    {
        var k = d.Layer("canopy", mid.X);
        var y = CanopyUnder + CanopyDepth / 2;
        k.Paint(Canopy).Box(mid + new Vector3(0, y, 0), new Vector3(CanopyHalfX, CanopyDepth / 2, CanopyHalfZ));
        // The red band round the fascia, proud of it on every side.
        k.Paint(Red).Box(mid + new Vector3(0, y, CanopyHalfZ + 0.03f), new Vector3(CanopyHalfX + 0.03f, 0.22f, 0.03f));
        k.Paint(Red).Box(mid + new Vector3(0, y, -CanopyHalfZ - 0.03f), new Vector3(CanopyHalfX + 0.03f, 0.22f, 0.03f));
        foreach (var s in new[] { -1f, 1f })
            k.Paint(Red).Box(mid + new Vector3(s * (CanopyHalfX + 0.03f), y, 0), new Vector3(0.03f, 0.22f, CanopyHalfZ + 0.03f));
        // Lamp panels under it: lit after dark, the forecourt's light.
        var lamp = d.Dark ? Palette.LampGlow : Paints.Srgb(245, 245, 240, 0.3f, 0, "canopylamp");
        for (var x = -9f; x <= 9; x += 4.5f)
            foreach (var z in new[] { -3f, 3f })
            {
                k.Paint(lamp).Box(mid + new Vector3(x, CanopyUnder - 0.02f, z), new Vector3(0.6f, 0.03f, 0.6f));
                if (d.Dark && z > 0) d.Light(StreetProps.LampLight(mid + new Vector3(x, CanopyUnder - 0.2f, z), 10) with { Range = 14 });
            }
    }

    private static void Shop(SetDresser d, Vector3 front)
    {
        var k = d.Layer("shop", front.X);
        const float halfW = 9, h = 4.6f, depth = 10;
        k.Paint(TownPaint.Concrete).Box(front + new Vector3(0, h / 2, -depth / 2), new Vector3(halfW, h / 2, depth / 2));
        k.Paint(d.Dark ? Palette.Glow(255, 240, 215, 0.5f, "shopglow") : Palette.WindowGlass).Box(front + new Vector3(-1.5f, 1.4f, 0.03f), new Vector3(6.5f, 1.2f, 0.05f));
        k.Paint(Paints.Srgb(60, 70, 80, 0.2f, 0.3f, "shopdoor")).Box(front + new Vector3(6.5f, 1.15f, 0.04f), new Vector3(0.9f, 1.15f, 0.05f));
        k.Paint(Red).Box(front + new Vector3(0, h - 0.6f, 0.1f), new Vector3(halfW + 0.1f, 0.55f, 0.1f));
        for (var i = 0; i < 5; i++) // white letters on the sign band
            k.Paint(Paints.White).Box(front + new Vector3(-3.2f + i * 1.6f, h - 0.6f, 0.21f), new Vector3(0.5f, 0.32f, 0.02f));
        // Ice chest and a bin by the door.
        k.Paint(Paints.Srgb(40, 110, 190, 0.4f, 0, "icechest")).Box(front + new Vector3(4.4f, 0.55f, 0.6f), new Vector3(0.8f, 0.55f, 0.45f));
        d.Put("pumps", StreetProps.Bin, front + new Vector3(8.3f, 0, 0.6f), 0, 1, 0.3f);
    }

    /// <summary>A price pylon: a 7 m post, the brand panel on top, three rows of glowing price digits below it.</summary>
    private static void PriceSign(SetDresser d, Vector3 foot)
    {
        if (!d.Zone.Behind(foot, 0.8f)) return;
        var k = d.Layer("sign", foot.X);
        k.Paint(Palette.PostMetal).Box(foot + new Vector3(0, 2.5f, 0), new Vector3(0.2f, 2.5f, 0.2f));
        k.Paint(Paints.White).Box(foot + new Vector3(0, 6.0f, 0), new Vector3(1.3f, 1.9f, 0.2f));
        k.Paint(Red).Box(foot + new Vector3(0, 7.3f, 0.02f), new Vector3(1.32f, 0.6f, 0.2f));
        k.Paint(Paints.White).Box(foot + new Vector3(0, 7.3f, 0.23f), new Vector3(0.8f, 0.25f, 0.01f));
        for (var row = 0; row < 3; row++)
        {
            var y = 6.2f - row * 0.85f;
            k.Paint(Display).Box(foot + new Vector3(0.25f, y, 0.21f), new Vector3(0.95f, 0.33f, 0.01f));
            k.Paint(Paints.Black).Box(foot + new Vector3(-0.9f, y, 0.21f), new Vector3(0.3f, 0.33f, 0.01f));
            for (var c = 0; c < 4; c++)
                k.Paint(Digits).Box(foot + new Vector3(-0.35f + c * 0.38f + (c > 0 ? 0.1f : 0), y, 0.225f), new Vector3(0.14f, 0.24f, 0.01f));
        }
    }

    private static readonly Kit Pump = MakePump();

    /// <summary>A fuel dispenser 1.9 m tall, its faces towards ±Z: white body, a dark display, a red top, hoses.</summary>
    private static Kit MakePump()
    {
        var k = new Kit();
        k.Paint(PumpBody).Box(new Vector3(0, 0.95f, 0), new Vector3(0.55f, 0.95f, 0.3f));
        k.Paint(Red).Box(new Vector3(0, 1.95f, 0), new Vector3(0.58f, 0.12f, 0.33f));
        foreach (var s in new[] { -1f, 1f })
        {
            k.Paint(Display).Box(new Vector3(0, 1.45f, s * 0.31f), new Vector3(0.35f, 0.22f, 0.01f));
            k.Paint(Digits).Box(new Vector3(0, 1.5f, s * 0.32f), new Vector3(0.25f, 0.06f, 0.01f));
            k.Paint(Paints.Black).Box(new Vector3(-0.3f, 0.95f, s * 0.34f), new Vector3(0.08f, 0.18f, 0.05f)); // nozzle holster
            k.Paint(Paints.Rubber).Rod(new Vector3(-0.3f, 0.85f, s * 0.36f), new Vector3(-0.1f, 0.25f, s * 0.4f), 0.02f, 0.02f, 5);
            k.Paint(Paints.Rubber).Rod(new Vector3(-0.1f, 0.25f, s * 0.4f), new Vector3(0.25f, 1.2f, s * 0.33f), 0.02f, 0.02f, 5);
        }
        return k;
    }
}
