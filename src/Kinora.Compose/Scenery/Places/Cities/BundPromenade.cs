using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// Shanghai's Bund: the action on the granite riverside promenade, a cast-iron and stone balustrade along its edge,
/// lamp posts, then the wide brown-green Huangpu with a ferry or two, and across it the Lujiazui skyline
/// (<see cref="PudongSkyline"/>) drawn at the size it looks from a kilometre off (its 632 m tower, true size, would
/// pass the camera's 1000 m far plane): scaled to ~0.25 and set 600 m back. At night its towers glow.
/// </summary>
public static class BundPromenade
{
    private static readonly Material Granite = Paints.Srgb(160, 156, 150, 0.8f, 0, "granite");
    private static readonly Material River = Paints.Srgb(70, 82, 70, 0.1f, 0, "huangpu") with { Name = "riverwater" };
    private static readonly Material Rail = Paints.Srgb(60, 62, 60, 0.5f, 0.5f, "railing");

    /// <summary>Skyline scale and distance behind the action.</summary>
    public const float SkylineScale = 0.25f, SkylineBack = 600;

    public static void Dress(SetDresser d, PlaceContext c)
    {
        var afloat = c.Cast.Any(e => e.Kind == "boat");
        var cx = d.Zone.CentreX;
        var edge = d.Zone.Back - 2;
        Landforms.Slab(d.Layer("river"), River, d.Left - 400, d.Right + 400, d.Zone.Back - SkylineBack + 40, afloat ? d.Zone.Front + 60 : edge, 0.02f, 0.04f);
        if (!afloat)
        {
            Landforms.Slab(d.Layer("promenade"), Granite, d.Left - 300, d.Right + 300, edge, d.Zone.Front + 60, 0.06f, 0.06f);
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
        // The far bank: an embankment, then the towers — the landmarks together a little left of the camera's axis.
        var bank = d.Zone.Back - SkylineBack + 40;
        Landforms.Slab(d.Layer("farbank"), Granite, d.Left - 400, d.Right + 400, bank - 300, bank, 2, 2);
        var s = SkylineScale;
        var z = d.Zone.Back - SkylineBack;
        var left = cx - 200; // the camera looks 20° right of −Z, so the view's middle 600 m back is ~200 m left
        Place(d, PudongSkyline.OrientalPearl, new Vector3(left - 40, 2, z + 60), s);
        Place(d, PudongSkyline.JinMao, new Vector3(left + 60, 2, z - 40), s);
        Place(d, PudongSkyline.ShanghaiTower, new Vector3(left + 95, 2, z - 60), s);
        Place(d, PudongSkyline.FinancialCenter, new Vector3(left + 130, 2, z - 30), s, MathF.PI / 2 - 0.3f);
        for (var x = left - 260f; x < left + 330; x += d.Range(18, 34))
        {
            if (MathF.Abs(x - left + 40) < 22) continue;
            var h = d.Range(40, 240) * (MathF.Abs(x - left - 60) < 140 ? 1 : 0.6f);
            Place(d, PudongSkyline.Tower(d.Range(10, 20), h, d.Chance(0.5f)), new Vector3(x, 2, z - d.Range(-20, 120)), s);
        }
        // Bare prompt ("the Bund"): the view is the skyline across the water, its tall cluster filling the frame.
        d.Vista = new Vista(new(left - 90, 0, z - 60), new(left + 160, 110, z + 80));
    }

    private static void Place(SetDresser d, Kit kit, Vector3 at, float scale, float yaw = 0) =>
        d.Layer("skyline", at.X).Add(kit, Kit.At(at, yaw, scale));
}
