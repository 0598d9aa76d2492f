using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// An open-air car park: the action's band is a driving aisle; behind it rows of 2.6 m bays painted in white lines,
/// back to back, three in four taken by cars nosed in, then a second aisle and two more rows, light poles on
/// kerbed islands with a tree at each row's end, and a big-box store with its sign at the back. Painted bays lie
/// in front of the band too (flat), so the camera's foreground is parking, not blank tarmac.
/// </summary>
internal static class ParkingLotSet
{
    private const float Bay = 2.6f, Row = 5.2f;
    private static readonly Material StoreWall = Paints.Srgb(205, 200, 188, 0.85f, 0, "storewall");
    private static readonly Material StoreSign = Paints.Srgb(30, 80, 170, 0.5f, 0, "storesign");

    public static void Dress(SetDresser d)
    {
        var cx = d.Zone.CentreX;
        var back = d.Zone.Back - 0.3f;
        var (x0, x1) = (cx - 48, cx + 66);
        TownPaint.Road(d, d.Left - 20, d.Right + 20, back - 60, d.Zone.Front + 12);
        // Rows behind the band: A and B back to back, an aisle, C and D.
        float[] rowFronts = [back, back - Row, back - 2 * Row - 6.8f, back - 3 * Row - 6.8f];
        for (var r = 0; r < rowFronts.Length; r++)
        {
            var front = rowFronts[r];
            var facesBack = r % 2 == 0; // cars in rows A and C nose away from the camera
            Bays(d, x0, x1, front - Row, front);
            for (var x = x0 + Bay / 2; x < x1; x += Bay)
            {
                if (!d.Chance(0.75f)) continue;
                var at = new Vector3(x + d.Range(-0.1f, 0.1f), 0, front - Row / 2 + d.Range(-0.15f, 0.15f));
                var near = r == 0 && MathF.Abs(x - cx) < 7;
                var car = near ? StreetLife.Car(d.Pick(StreetLife.CarVariants)) : ParkedCars.All[d.Pick(ParkedCars.All.Length)];
                d.Put(near ? "parked cars near" : "parked cars", car, at, (facesBack ? 1 : -1) * MathF.PI / 2 + d.Range(-0.04f, 0.04f), 1, 1.0f);
            }
        }
        // A row of bays in front of the band too: lines only, flat.
        Bays(d, x0, x1, d.Zone.Front + 2.5f, d.Zone.Front + 2.5f + Row);
        // Islands: at both ends of the A/B and C/D double rows, a kerbed strip with a tree; light poles every 20 m
        // down the middle of each double row.
        foreach (var mid in new[] { back - Row, back - 3 * Row - 6.8f })
        {
            foreach (var x in new[] { x0 - 1.5f, x1 + 1.5f })
            {
                Landforms.Slab(d.Layer("islands", x), Palette.Kerb, x - 1.4f, x + 1.4f, mid - Row + 0.3f, mid + Row - 0.3f, 0.15f, 0.15f);
                d.Put("trees", Trees.Broadleaf, new Vector3(x, 0.15f, mid), d.Range(0, MathF.Tau), 0.8f, 0.5f);
            }
            for (var x = cx - 40f; x < x1; x += 20)
            {
                var foot = new Vector3(x + 0.05f, 0, mid);
                if (!d.Put("light poles", Pole, foot, 0, 1, 0.4f) || !d.Dark) continue;
                foreach (var s in new[] { -1f, 1f }) d.Light(StreetProps.LampLight(foot + new Vector3(0, 8.6f, s * 1.3f), 16) with { Range = 22 });
            }
        }
        Store(d, cx, back - 4 * Row - 6.8f - 8);
        d.Vista = new Vista(new(cx - 11, 0, back - 2 * Row - 4), new(cx + 11, 4, back + 1.5f));
    }

    /// <summary>A row of bays: a white line along the row's back and one between every two bays.</summary>
    private static void Bays(SetDresser d, float x0, float x1, float z0, float z1)
    {
        var k = d.Layer("bay lines", (x0 + x1) / 2);
        for (var x = x0; x <= x1 + 0.01f; x += Bay)
            Landforms.Slab(k, Palette.RoadPaint, x - 0.06f, x + 0.06f, z0 + 0.2f, z1 - 0.2f, 0.02f, 0.01f);
        Landforms.Slab(k, Palette.RoadPaint, x0, x1, z0 - 0.06f, z0 + 0.06f, 0.02f, 0.01f);
    }

    private static readonly Kit Pole = MakePole();

    /// <summary>A 9 m light pole on a concrete foot, two box luminaires on a cross arm (along Z, over both rows).</summary>
    private static Kit MakePole()
    {
        var k = new Kit();
        k.Paint(TownPaint.Concrete).Cylinder(Matrix4x4.CreateScale(0.3f, 0.35f, 0.3f) * Matrix4x4.CreateTranslation(0, 0.35f, 0), 1, 8);
        k.Paint(Palette.PostMetal).Rod(new Vector3(0, 0.7f, 0), new Vector3(0, 8.8f, 0), 0.09f, 0.07f, 8);
        k.Paint(Palette.PostMetal).Box(new Vector3(0, 8.8f, 0), new Vector3(0.05f, 0.05f, 1.4f));
        foreach (var s in new[] { -1f, 1f })
        {
            k.Paint(Palette.PostMetal).Box(new Vector3(0, 8.8f, s * 1.3f), new Vector3(0.3f, 0.1f, 0.35f));
            k.Paint(Palette.LampOff).Box(new Vector3(0, 8.68f, s * 1.3f), new Vector3(0.25f, 0.02f, 0.3f));
        }
        return k;
    }

    /// <summary>The store the car park serves: a long low box, glass entrance, a blue sign band with white letters.</summary>
    private static void Store(SetDresser d, float cx, float front)
    {
        var k = d.Layer("store", cx);
        k.Paint(StoreWall).Box(new Vector3(cx + 5, 4.5f, front - 20), new Vector3(45, 4.5f, 20));
        k.Paint(d.Dark ? Palette.Glow(255, 240, 215, 0.5f, "storeglow") : Palette.WindowGlass).Box(new Vector3(cx + 5, 1.6f, front + 0.03f), new Vector3(8, 1.6f, 0.05f));
        k.Paint(StoreSign).Box(new Vector3(cx + 5, 6.4f, front + 0.1f), new Vector3(11, 1.2f, 0.1f));
        for (var i = 0; i < 6; i++)
            k.Paint(Paints.White).Box(new Vector3(cx - 2.5f + i * 3, 6.4f, front + 0.21f), new Vector3(1.0f, 0.7f, 0.02f));
        k.Paint(StoreSign).Box(new Vector3(cx + 5, 3.5f, front + 1.5f), new Vector3(9, 0.15f, 1.5f)); // entrance canopy
    }
}
