using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// Shanghai's Bund: the action on the granite riverside promenade, a cast-iron and stone balustrade along its edge,
/// lamp posts, then the wide brown-green Huangpu with sightseeing boats, and across it the Lujiazui skyline
/// (<see cref="PudongSkyline"/>): the Pearl Tower by the far bank, the three supertall towers behind it, and rows
/// of glass towers either side. The skyline is drawn at the size it looks from a couple of kilometres off (its 632 m
/// tower at true size would pass the camera's 1000 m far plane): scaled to <see cref="SkylineScale"/> and set across a
/// river <see cref="RiverWidth"/> wide. At night its windows and the Pearl's spheres glow.
/// </summary>
public static class BundPromenade
{
    private static readonly Material Granite = Paints.Srgb(160, 156, 150, 0.8f, 0, "granite");
    private static readonly Material River = Paints.Srgb(92, 94, 74, 0.16f, 0, "huangpu") with { Name = "riverwater" };
    private static readonly Material Paving = Paints.Srgb(150, 144, 136, 0.8f, 0, "bundpaving") with { Pattern = "tiles" };
    private static readonly Material Rail = Paints.Srgb(60, 62, 60, 0.5f, 0.5f, "railing");
    private static readonly Material Lawn = Paints.Srgb(70, 110, 55, 0.95f, 0, "riverlawn") with { Pattern = "grass" };

    /// <summary>Skyline scale; m of river from the promenade's edge to the far bank.</summary>
    public const float SkylineScale = 0.28f, RiverWidth = 380;

    /// <summary>Chosen so the camera, which looks ~20° right of −Z from the action, sees the landmarks across its axis.</summary>
    private const float ViewSkew = 0.36f;   // tan 20°

    public static void Dress(SetDresser d, PlaceContext c)
    {
        var afloat = c.Cast.Any(e => e.Kind == "boat");
        var cx = d.Zone.CentreX;
        var edge = d.Zone.Back - 2;
        var bank = d.Zone.Back - RiverWidth;
        Landforms.Slab(d.Layer("river"), River, d.Left - 500, d.Right + 500, bank, afloat ? d.Zone.Front + 60 : edge, 0.02f, 0.04f);
        if (!afloat) Promenade(d, cx, edge);
        Boats(d, cx, edge, bank);

        // The far bank: an embankment with a lawn along it, city blocks behind, then the towers.
        Landforms.Slab(d.Layer("farbank"), Granite, d.Left - 500, d.Right + 500, bank - 10, bank, 2, 2);
        Landforms.Slab(d.Layer("farbank"), CityGround, d.Left - 500, d.Right + 500, bank - 400, bank - 10, 2, 2);
        Landforms.Slab(d.Layer("farbank"), Lawn, d.Left - 500, d.Right + 500, bank - 30, bank - 4, 2.05f, 2.05f);
        // Lit after dark, and under a cyberpunk look, whose neon grade wants the city's lights on at any hour.
        var lit = d.Dark || d.Style.Contains("cyberpunk");
        var sky = lit ? PudongSkyline.Night : PudongSkyline.Day;
        var s = SkylineScale;
        var mid = cx - ViewSkew * (RiverWidth + 100);
        // The Pearl stands by the water, half as far from the Bund as the three towers, so it looks nearly as tall as
        // the Shanghai Tower: drawn a third larger than the skyline's scale, which puts it at that nearer distance.
        var pearl = new Vector3(mid - 55, 2, bank - 30);
        Place(d, sky.OrientalPearl, pearl, s * 1.3f);
        Place(d, sky.JinMao, new Vector3(mid + 35, 2, bank - 170), s);
        Place(d, sky.FinancialCenter, new Vector3(mid + 72, 2, bank - 185), s, MathF.PI / 2 - 0.3f);
        Place(d, sky.ShanghaiTower, new Vector3(mid + 105, 2, bank - 160), s);
        // Glass towers in rows: lower ones along the bank, taller behind, tallest round the three; the Pearl and the
        // three keep a clear line of sight from across the river.
        for (var row = 0; row < 3; row++)
            for (var x = mid - 330f; x < mid + 380; x += d.Range(16, 30))
            {
                var z = bank - 25 - row * 75 - d.Range(0, 40);
                var near = MathF.Abs(x - mid - 70) < 170;
                var h = d.Range(90, 260) * (near ? 1 : 0.65f) * (row == 0 ? 0.55f : 1);
                if (MathF.Abs(x - pearl.X) < 34 && row < 2) continue;
                if (row == 0 && MathF.Abs(x - mid - 70) < 60) h *= 0.6f;
                Place(d, sky.Tower(d.Range(12, 26), h, d.Pick(5), d.Pick(3)), new Vector3(x, 2, z), s);
            }
        LowRise(d, mid, bank, pearl);
        // Bare prompt ("the Bund"): the skyline across the water, its tall cluster filling the frame over the river.
        // The box holds the four landmarks only (a deeper one, reaching over the water, set the camera a kilometre
        // off); the river shows below it, in front of the far bank.
        var x0 = pearl.X - 30;
        var x1 = mid + 135;
        var top = 2 + 632 * s;
        d.Vista = new Vista(new(x0, 0, bank - 195), new(x1, top, bank - 20));
        // With someone on the promenade: the same towers over the river behind them.
        d.Backdrop = d.Vista;
    }

    private static void Promenade(SetDresser d, float cx, float edge)
    {
        Landforms.Slab(d.Layer("promenade"), Paving, d.Left - 300, d.Right + 300, edge, d.Zone.Front + 60, 0.06f, 0.06f);
        var rail = d.Layer("balustrade", cx);
        rail.Paint(Granite).Box(new Vector3(cx, 0.3f, edge + 0.2f), new Vector3(300, 0.25f, 0.2f));
        rail.Paint(Rail).Box(new Vector3(cx, 1.05f, edge + 0.2f), new Vector3(300, 0.05f, 0.08f));
        for (var x = cx - 150; x < cx + 150; x += 0.6f)
            rail.Paint(Rail).Box(new Vector3(x, 0.78f, edge + 0.2f), new Vector3(0.03f, 0.25f, 0.03f));
        for (var x = d.Left; x < d.Right; x += 14)
        {
            var at = new Vector3(x, 0.06f, edge + 0.6f);
            if (d.Put("lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, at, MathF.PI, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(at + new Vector3(0, StreetProps.StreetLampHead.Y, -StreetProps.StreetLampHead.Z)));
        }
    }

    /// <summary>Blocks of 5–12 storeys (scaled) filling the ground between the towers: without them the far bank was
    /// a bare pale plane under the towers and the skyline read as a model on a table.</summary>
    private static void LowRise(SetDresser d, float mid, float bank, Vector3 pearl)
    {
        for (var z = bank - 16f; z > bank - 330; z -= d.Range(16, 26))
            for (var x = mid - 420f; x < mid + 460; x += d.Range(14, 24))
            {
                if (MathF.Abs(x - pearl.X) < 16 && MathF.Abs(z - pearl.Z) < 16) continue;
                var h = d.Range(15, 45) * SkylineScale;
                var half = new Vector3(d.Range(4, 7), h / 2, d.Range(4, 7));
                d.Layer("lowrise", x).Paint(Blocks[d.Pick(Blocks.Length)]).Box(new Vector3(x, 2 + h / 2, z), half);
            }
    }

    private static readonly Material CityGround = Paints.Srgb(74, 80, 72, 0.9f, 0, "pudongground");
    private static readonly Material[] Blocks =
    [
        Paints.Srgb(200, 190, 170, 0.8f, 0, "blockstone"), Paints.Srgb(225, 225, 220, 0.7f, 0, "blockwhite"),
        Paints.Srgb(130, 135, 140, 0.6f, 0, "blockgrey"), Paints.Srgb(95, 115, 130, 0.3f, 0.3f, "blockglass"),
    ];

    /// <summary>Sightseeing boats on the river, some each way, none in the cast's band.</summary>
    private static void Boats(SetDresser d, float cx, float edge, float bank)
    {
        var boat = HuangpuBoat.Make(d.Dark);
        for (var i = 0; i < 3; i++)
        {
            var at = new Vector3(cx - ViewSkew * 200 + d.Range(-140, 140), 0, edge - 90 - i * 85 - d.Range(0, 30));
            if (at.Z < bank + 25) continue;
            d.Put("boats", boat, at, d.Chance(0.5f) ? 0 : MathF.PI, 1, 20);
        }
    }

    private static void Place(SetDresser d, Kit kit, Vector3 at, float scale, float yaw = 0) =>
        d.Layer("skyline", at.X).Add(kit, Kit.At(at, yaw, scale));
}
