using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A harbour. With no boat in the cast, a quay: the action on the quayside, a stone edge with mooring bollards a
/// few metres behind it, then the harbour water with moored boats (hull, cabin, mast), warehouses and a dockside
/// crane off to the sides, a far shore of buildings, and quay lamps lit at night. With boats in the cast, the boats
/// float in the basin between a near quay and the far one (<see cref="Basin"/>).
/// </summary>
public static class HarbourSet
{
    private static readonly Material Stone = Paints.Srgb(140, 135, 125, 0.9f, 0, "quaystone");
    private static readonly Material Hull = Paints.Srgb(240, 240, 238, 0.35f, 0, "hull");
    private static readonly Material HullBlue = Paints.Srgb(30, 60, 110, 0.35f, 0, "hullblue");
    private static readonly Material HullRed = Paints.Srgb(168, 40, 34, 0.35f, 0, "hullred");
    /// <summary>Shipping containers' paints: the colour a harbour photo is full of.</summary>
    private static readonly Material[] ContainerPaints =
    [
        Paints.Srgb(176, 48, 38, 0.7f, 0.2f, "containerred"),
        Paints.Srgb(36, 84, 156, 0.7f, 0.2f, "containerblue"),
        Paints.Srgb(222, 124, 36, 0.7f, 0.2f, "containerorange"),
        Paints.Srgb(44, 122, 84, 0.7f, 0.2f, "containergreen"),
        Paints.Srgb(226, 226, 220, 0.7f, 0.2f, "containerwhite"),
    ];
    private static readonly Material Warehouse = Paints.Srgb(120, 130, 135, 0.7f, 0.3f, "warehouse");
    private static readonly Material CraneYellow = Paints.Srgb(225, 170, 30, 0.6f, 0.3f, "crane");

    private static readonly Kit Bollard = MakeBollard();
    private static readonly Kit[] Boats = [MakeBoat(Hull), MakeBoat(HullBlue), MakeBoat(Hull), MakeBoat(HullRed)];
    private static readonly Kit Crane = MakeCrane();

    /// <summary>m the quayside's view box stands above the quay.</summary>
    private const float ViewLift = 12;
    /// <summary>x span, relative to the action's centre, of the pier the crane works from (clear of the warehouse to its
    /// right, which stands from 26 m).</summary>
    private const float PierFrom = 6, PierTo = 25;

    /// <summary>m above the ground of the basin's water where the cast's boats float, and of the quays' tops.</summary>
    private const float BasinWater = 0.2f, QuayTop = 0.7f;

    /// <summary>The harbour's air: a port on a fine day is clear across the basin. The family's sea haze (0.003/m) and
    /// the renderer's clear-air haze for land that ends at the quay together paled boats 50 m off and hid the far
    /// shore in fog; the water runs to 500 m, so the land's reach is given and the sea haze thinned. A fog the weather
    /// brings (0.01/m and more) stays.</summary>
    public static WorldEnvironment Air(WorldEnvironment e) => e.FogDensity >= 0.01f
        ? e
        : e with { FogDensity = MathF.Min(e.FogDensity, 0.0004f), LandReach = MathF.Max(e.LandReach, 400) };

    public static void Dress(SetDresser d, bool afloat)
    {
        if (afloat) Basin(d);
        else Quayside(d);
    }

    /// <summary>
    /// Boats in the cast float: the action's band is the harbour basin itself, its water over the ground, with the
    /// near quay's stone edge on the camera's side and the far quay behind — bollards, lamps, moored boats,
    /// warehouses and a crane with its boom over the water, the town beyond.
    /// </summary>
    private static void Basin(SetDresser d)
    {
        var quay = d.Zone.Back - 16;
        var near = d.Zone.Front + 4;
        Landforms.Slab(d.Layer("water"), Palette.Sea with { Name = "harbourwater", BaseColor = Palette.Sea.BaseColor * 0.8f },
            d.Left - 60, d.Right + 60, quay, near, BasinWater, 0.3f);
        Landforms.Slab(d.Layer("quay"), Stone, d.Left - 60, d.Right + 60, near, near + 40, QuayTop, QuayTop + 0.1f);
        Landforms.Slab(d.Layer("quay"), Stone, d.Left - 60, d.Right + 60, quay - 70, quay, QuayTop, QuayTop + 0.1f);
        for (var x = d.Left; x < d.Right; x += 9)
            d.Put("bollards", Bollard, new Vector3(x, QuayTop, quay - 0.5f), 0, 1, 0.2f);
        for (var x = d.Zone.CentreX - 30; x < d.Right; x += 15)
        {
            var at = new Vector3(x + 4, QuayTop, quay - 1.2f);
            if (d.Put("quay lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, at, 0, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(at + StreetProps.StreetLampHead));
        }
        // Boats moored bow to stern along the far quay, afloat at the basin's waterline.
        for (var x = d.Left; x < d.Right; x += d.Range(9, 14))
            d.Put("boats", Boats[d.Pick(Boats.Length)], new Vector3(x, BasinWater - 0.1f, quay + 2), d.Chance(0.5f) ? 0 : MathF.PI, d.Range(0.8f, 1.2f), 2.5f);
        foreach (var side in new[] { -1f, 1f })
        {
            var x = d.Zone.CentreX + side * 30;
            d.Layer("warehouses", x).Paint(Warehouse).Box(new Vector3(x, QuayTop + 5, quay - 16), new Vector3(12, 5, 9));
            d.Layer("warehouses", x).Paint(Paints.Srgb(150, 60, 45, 0.7f, 0.2f, "warehouseroof")).Box(new Vector3(x, QuayTop + 10.3f, quay - 16), new Vector3(12.3f, 0.3f, 9.3f));
        }
        // The crane's boom reaches out over the basin (towards +Z).
        d.Put("cranes", Crane, new Vector3(d.Zone.CentreX + 14, QuayTop, quay - 5), MathF.PI, 1, 3);
        for (var x = d.Left - 100; x < d.Right + 100;)
        {
            var w = d.Range(10, 22);
            Buildings.Add(d, x, w - 1, d.Range(8, 28), 12, quay - 60, 0, shopFront: false);
            x += w;
        }
    }

    /// <summary>The action on the quayside, the water behind it.</summary>
    private static void Quayside(SetDresser d)
    {
        var edge = d.Zone.Back - 2.5f;
        var water = d.Layer("water");
        Landforms.Slab(water, Palette.Sea with { Name = "harbourwater", BaseColor = Palette.Sea.BaseColor * 0.8f }, d.Left - 300, d.Right + 300, edge - 500, edge - 0.5f, 0.03f, 0.05f);
        Landforms.Slab(d.Layer("quay"), Stone, d.Left - 20, d.Right + 20, edge - 0.5f, edge + 0.5f, 0.25f, 0.3f);
        for (var x = d.Left; x < d.Right; x += 9)
            d.Put("bollards", Bollard, new Vector3(x, 0.25f, edge), 0, 1, 0.2f);
        for (var x = d.Zone.CentreX - 30; x < d.Right; x += 15)
        {
            var at = new Vector3(x + 4, 0.25f, edge + 0.3f);
            if (d.Put("quay lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, at, MathF.PI, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(at + new Vector3(0, StreetProps.StreetLampHead.Y, -StreetProps.StreetLampHead.Z)));
        }
        // A pier out into the basin, its crane and stacks of containers on it.
        var (pier0, pier1) = (d.Zone.CentreX + PierFrom, d.Zone.CentreX + PierTo);
        Landforms.Slab(d.Layer("quay", pier0), Stone, pier0, pier1, edge - 20, edge - 0.5f, 0.25f, 0.3f);
        Containers(d, pier0 + 1, pier0 + 9, edge - 19, edge - 2);
        // Boats moored along the quay (not where the pier is) and out in the basin, bows along X.
        for (var x = d.Left; x < d.Right; x += d.Range(10, 16))
            if (x < pier0 - 4 || x > pier1 + 4) d.Put("boats", Boats[d.Pick(Boats.Length)], new Vector3(x, 0, edge - 3), d.Chance(0.5f) ? 0 : MathF.PI, d.Range(0.8f, 1.2f), 2.5f);
        for (var i = 0; i < 10; i++)
        {
            var at = new Vector3(d.Range(d.Left, d.Right), 0, edge - d.Range(15, 60));
            var (kit, yaw, scale) = (Boats[d.Pick(Boats.Length)], d.Range(0, MathF.Tau), d.Range(0.9f, 1.4f));
            if (at.X < pier0 - 5 || at.X > pier1 + 5 || at.Z < edge - 26) d.Put("boats", kit, at, yaw, scale, 2.5f);
        }
        // Warehouses and a crane off to the sides, a far shore of buildings.
        foreach (var side in new[] { -1f, 1f })
        {
            var x = d.Zone.CentreX + side * 38;
            d.Layer("warehouses", x).Paint(Warehouse).Box(new Vector3(x, 5, edge - 14), new Vector3(12, 5, 9));
            d.Layer("warehouses", x).Paint(Paints.Srgb(150, 60, 45, 0.7f, 0.2f, "warehouseroof")).Box(new Vector3(x, 10.3f, edge - 14), new Vector3(12.3f, 0.3f, 9.3f));
        }
        d.Put("cranes", Crane, new Vector3(pier1 - 5, 0.25f, edge - 8), 0, 1, 3);
        for (var x = d.Left - 100; x < d.Right + 100;)
        {
            var w = d.Range(10, 22);
            Buildings.Add(d, x, w - 1, d.Range(8, 28), 12, edge - 160, 0, shopFront: false);
            x += w;
        }
        // The view: the quay's edge, the moored boats and the water, the crane and a warehouse.
        // Held high (the box stands above the quay), so the camera looks down across the basin: water and boats fill
        // the frame, where from the quay's height its bare concrete filled the lower half.
        d.Vista = new Vista(new(d.Zone.CentreX - 22, ViewLift, edge - 30), new(d.Zone.CentreX + 30, 14 + ViewLift, edge + 1));
    }

    /// <summary>Containers (12 m × 2.6 m × 2.4 m) lying along Z in rows across x ∈ [x0, x1], z ∈ [z0, z1], stacked one to
    /// three high in seeded colours.</summary>
    private static void Containers(SetDresser d, float x0, float x1, float z0, float z1)
    {
        const float Long = 12.2f, Wide = 2.44f, High = 2.6f;
        for (var x = x0 + Wide / 2; x + Wide / 2 <= x1; x += Wide + 0.2f)
            for (var z = z1 - Long / 2; z - Long / 2 >= z0; z -= Long + 0.4f)
            {
                var tiers = 1 + d.Pick(3);
                for (var t = 0; t < tiers; t++)
                    d.Layer("containers", x).Paint(ContainerPaints[d.Pick(ContainerPaints.Length)])
                        .Box(new Vector3(x, 0.25f + High * (t + 0.5f), z), new Vector3(Wide / 2 - 0.03f, High / 2 - 0.02f, Long / 2));
            }
    }

    private static Kit MakeBollard()
    {
        var k = new Kit();
        k.Paint(Paints.Black).Lathe([new(0.14f, 0), new(0.12f, 0.45f), new(0.2f, 0.5f), new(0.18f, 0.6f)], Matrix4x4.Identity, 10);
        return k;
    }

    private static Kit MakeBoat(Material hull)
    {
        var k = new Kit();
        // A 7 m hull: a pointed bow at +X, a square stern, its waterline at y = 0.
        k.Paint(hull).Extrude([new(-3.2f, 0.9f), new(3.6f, 0.9f), new(2.4f, 0.1f), new(-2.8f, 0.1f)], 2.3f, Matrix4x4.Identity);
        k.Paint(hull).Extrude([new(2.2f, 0.9f), new(3.6f, 0.9f), new(2.2f, 0.2f)], 0.9f, Matrix4x4.CreateScale(1, 1, 1) * Matrix4x4.CreateTranslation(0.5f, 0, 0));
        k.Paint(Paints.White).Box(new Vector3(-0.6f, 1.45f, 0), new Vector3(1.2f, 0.55f, 0.85f));
        k.Paint(Paints.Glass).Box(new Vector3(-0.6f, 1.55f, 0), new Vector3(1.22f, 0.22f, 0.87f));
        k.Paint(Paints.Srgb(200, 40, 30, 0.6f, 0, "boatstripe")).Box(new Vector3(0.2f, 0.75f, 0), new Vector3(3.0f, 0.06f, 1.17f));
        k.Paint(Paints.Steel).Rod(new Vector3(0.6f, 0.9f, 0), new Vector3(0.6f, 7.5f, 0), 0.06f, 0.04f, 6);
        return k;
    }

    private static Kit MakeCrane()
    {
        var k = new Kit();
        var y = k.Paint(CraneYellow);
        foreach (var x in new[] { -2.5f, 2.5f })
            foreach (var z in new[] { -2.5f, 2.5f })
                y.Box(new Vector3(x, 9, z), new Vector3(0.3f, 9, 0.3f));
        y.Box(new Vector3(0, 18.5f, 0), new Vector3(3, 0.6f, 3));
        y.Box(new Vector3(0, 19.5f, -12), new Vector3(0.5f, 0.5f, 16)); // the boom, out over the water
        k.Paint(Paints.White).Box(new Vector3(0, 17, 2), new Vector3(1.5f, 1.2f, 1.2f)); // the cab
        return k;
    }
}
