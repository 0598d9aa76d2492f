using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// Downtown: a busy four-lane street under office towers. The near lanes are the action's; beyond them two more
/// lanes with traffic, a wide pavement with lamps, trees and people, then a wall of glass towers (40–120 m) and
/// stone office blocks with shop fronts, and taller towers behind. The view holds the street and the towers' lower
/// floors, their tops running out of the frame.
/// </summary>
internal static class DowntownSet
{
    private const float Lane = 3.4f, Pavement = 6;

    /// <summary>People on the far pavement: each is the cast's full person model (~36k triangles).</summary>
    private const int Passersby = 2;
    private static readonly Material Yellow = Paints.Srgb(230, 185, 40, 0.6f, 0, "centreyellow");

    public static void Dress(SetDresser d, bool wet)
    {
        var cx = d.Zone.CentreX;
        var farKerb = d.Zone.Back - Lane * 2;
        var back = farKerb - Pavement;
        TownPaint.Road(d, d.Left - 40, d.Right + 40, farKerb, d.Zone.Front + Lane);
        if (wet) Landforms.Slab(d.Layer("road", cx), Palette.Asphalt with { Roughness = 0.18f, Name = "wetroad" }, d.Left - 40, d.Right + 40, farKerb, d.Zone.Front + Lane, 0.014f, 0.01f);
        TownPaint.LineAlongX(d, d.Left - 40, d.Right + 40, d.Zone.Back - 0.2f, dashed: false, 0.12f, Yellow);
        TownPaint.LineAlongX(d, d.Left - 40, d.Right + 40, d.Zone.Back - 0.45f, dashed: false, 0.12f, Yellow);
        TownPaint.LineAlongX(d, d.Left - 40, d.Right + 40, farKerb + Lane, dashed: true);
        TownPaint.Pavement(d, d.Left - 40, d.Right + 40, back, farKerb);
        TownPaint.Pavement(d, d.Left - 40, d.Right + 40, d.Zone.Front + Lane, d.Zone.Front + Lane + 4);
        // Traffic on the far lanes: a car every 9–16 m, some in each lane, facing −X (the far side's direction).
        for (var x = d.Left; x < d.Right; x += d.Range(9, 16))
            TownPaint.Car(d, new Vector3(x, 0, farKerb + (d.Chance(0.5f) ? 0.5f : 1.5f) * Lane), MathF.PI, 5);
        // People on the pavement, lamps, trees in pits.
        for (var i = 0; i < Passersby; i++)
        {
            var x = cx + (i % 2 == 0 ? 1 : -1) * d.Range(2, 16);
            d.Put("passers-by", StreetLife.Person(i), new Vector3(x, 0.15f, farKerb - d.Range(1.2f, 4.5f)), d.Chance(0.5f) ? d.Range(-0.4f, 0.4f) : MathF.PI + d.Range(-0.4f, 0.4f), 1, 0.3f);
        }
        TownPaint.Lamps(d, cx - 40, d.Right, farKerb - 0.6f, 16, 0.15f);
        for (var x = cx - 48f; x < d.Right; x += 24)
            d.Put("street trees", Trees.Broadleaf, new Vector3(x, 0.15f, farKerb - 1.2f), d.Range(0, MathF.Tau), 0.7f, 0.3f);
        // The wall of towers along the pavement, then the taller ones behind.
        for (var x = d.Left - 20; x < d.Right + 20;)
        {
            var w = d.Range(14, 24);
            if (d.Chance(0.6f)) GlassTowers.Add(d, x, w - 0.4f, d.Range(40, 120), 20, back);
            else Buildings.Add(d, x, w - 0.4f, (int)d.Range(8, 14.99f) * Buildings.FloorHeight + 0.6f, 20, back, 0.4f);
            x += w;
        }
        for (var x = d.Left - 40; x < d.Right + 40;)
        {
            var w = d.Range(22, 34);
            GlassTowers.Add(d, x, w - 5, d.Range(90, 190), 24, back - 30, crown: d.Chance(0.3f));
            x += w;
        }
        d.Vista = new Vista(new(cx - 16, 0, back - 2), new(cx + 16, 32, d.Zone.Back + 1));
    }
}
