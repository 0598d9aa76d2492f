using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A city street seen from across the road: the action's band is the near lane; beyond it a far lane with parked
/// cars and a dashed centre line, a kerb and a 4 m pavement with lamp posts, street trees, bins and passers-by,
/// then an unbroken row of shop-fronted buildings (6–16 m wide, 3–9 floors) and a second row of towers behind for
/// the skyline. The camera looks down about 18°, so the ground floors fill the top of the frame: shop windows,
/// awnings and, after dark, lit windows, neon and pools of lamplight carry the scene. Rain makes the road a mirror.
/// </summary>
public static class StreetSet
{
    private const float LaneWidth = 3.5f, PavementWidth = 4f, KerbHeight = 0.15f;

    /// <summary>m either side of the action within which parked cars are the full car model (what a frame shows).</summary>
    private const float NearCars = 5;

    /// <summary>People standing on the far pavement: enough to say "city", few enough to stay cheap (~4k triangles each).</summary>
    private const int Passersby = 2;

    public static void Dress(SetDresser d, bool wet)
    {
        var road = wet ? Palette.Asphalt with { Roughness = 0.18f, Name = "wetroad" } : Palette.Asphalt;
        var farKerb = d.Zone.Back - LaneWidth;
        var pavementBack = farKerb - PavementWidth;
        var ground = d.Layer("road");
        Landforms.Slab(ground, road, d.Left - 20, d.Right + 20, farKerb, d.Zone.Front + LaneWidth, 0.012f);
        // Pavements on both sides, a kerb high (the near one lies under the camera: flat).
        Landforms.Slab(ground, Palette.Pavement, d.Left - 20, d.Right + 20, pavementBack, farKerb, KerbHeight, 0.2f);
        Landforms.Slab(ground, Palette.Pavement, d.Left - 20, d.Right + 20, d.Zone.Front + LaneWidth, d.Zone.Front + LaneWidth + PavementWidth, KerbHeight, 0.2f);
        for (var x = d.Left - 20; x < d.Right + 20; x += 6)
        {
            Landforms.Slab(ground, Palette.RoadPaint, x, x + 3, d.Zone.Back - 0.08f, d.Zone.Back + 0.08f, 0.018f, 0.01f);
            // Kerb stones' joints every 6 m are too fine to see; a white edge line says "road" from afar.
        }
        Landforms.Slab(ground, Palette.RoadPaint, d.Left - 20, d.Right + 20, farKerb + 0.25f, farKerb + 0.37f, 0.018f, 0.01f);

        // Parked cars along the far kerb, nose to tail with a few gaps, so every framing of the action has some
        // behind it: near where the camera looks they are the cast's own car model, farther off the low-poly one.
        for (var x = d.Left; x < d.Right; x += d.Range(5.6f, 7.5f))
        {
            if (!d.Chance(0.8f)) continue;
            var near = MathF.Abs(x - d.Zone.CentreX) < NearCars;
            var car = near ? StreetLife.Car(d.Pick(StreetLife.CarVariants)) : ParkedCars.All[d.Pick(ParkedCars.All.Length)];
            d.Put(near ? "parked cars near" : "parked cars", car, new Vector3(x, 0, farKerb + 1.2f), d.Chance(0.5f) ? 0 : MathF.PI, 1, 1.0f);
        }
        // A few passers-by on the far pavement, standing about, turned along it or towards the road.
        for (var i = 0; i < Passersby; i++)
        {
            var x = d.Zone.CentreX + (i % 2 == 0 ? 1 : -1) * d.Range(2.5f, 11f);
            var yaw = d.Chance(0.5f) ? d.Range(-0.5f, 0.5f) : MathF.PI + d.Range(-0.5f, 0.5f);
            d.Put("passers-by", StreetLife.Person(i + d.Pick(StreetLife.PersonVariants)), new Vector3(x, KerbHeight, farKerb - d.Range(1.2f, 3f)), yaw, d.Range(0.95f, 1.05f), 0.3f);
        }

        // Pavement: lamps every 14 m (lit after dark), trees between some of them, bins.
        var lampZ = farKerb - 0.6f;
        for (var x = d.Zone.CentreX - 28; x < d.Right; x += 14)
        {
            var lamp = new Vector3(x, KerbHeight, lampZ);
            if (!d.Put("street lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, lamp, 0, 1, 0.3f)) continue;
            if (d.Dark) d.Light(StreetProps.LampLight(lamp + StreetProps.StreetLampHead));
        }
        for (var x = d.Left; x < d.Right; x += 14)
        {
            if (d.Chance(0.6f)) d.Put("street trees", Trees.Broadleaf, new Vector3(x + 7, KerbHeight, pavementBack + 1.4f), d.Range(0, MathF.Tau), d.Range(0.7f, 0.85f), 0.3f);
            if (d.Chance(0.5f)) d.Put("street furniture", StreetProps.Bin, new Vector3(x + 3.5f, KerbHeight, lampZ), 0, 1, 0.3f);
            if (d.Chance(0.3f)) d.Put("street furniture", StreetProps.Bench, new Vector3(x + 10, KerbHeight, pavementBack + 0.6f), 0, 1, 0.3f);
        }

        // Buildings: an unbroken front row at the back of the pavement, towers behind it.
        var neon = d.Style.Contains("cyberpunk") || d.Style.Contains("neon") ? 0.95f : 0.3f;
        for (var x = d.Left - 10; x < d.Right + 10;)
        {
            var width = d.Range(6f, 16f);
            var floors = (int)d.Range(3, 9.99f);
            Buildings.Add(d, x, width - 0.2f, floors * Buildings.FloorHeight + 0.6f, 14, pavementBack, neon);
            x += width;
        }
        for (var x = d.Left - 20; x < d.Right + 20;)
        {
            var width = d.Range(14f, 26f);
            Buildings.Add(d, x, width - 2, d.Range(30, 70), 18, pavementBack - 24, 0, shopFront: false);
            x += width;
        }
        // The establishing view: across the road to the pavement and the shop fronts' lower floors.
        var cx = d.Zone.CentreX;
        d.Vista = new Vista(new(cx - 12, 0, pavementBack - 1), new(cx + 12, 11, d.Zone.Back + 1));
    }
}
