using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Open land. A beach: sand to a shoreline a few metres behind the action, then sea to the horizon, with palms in
/// clumps to either side and a headland far off. Mountains: rocks and conifers on the slope behind, a range of
/// peaks (60–160 m, snow-capped above ~100 m) 150–400 m away. A desert: dunes, saguaros, red boulders and mesas.
/// Snow: snow-laden conifers, drifts, white peaks.
/// </summary>
public static class WildSets
{
    public static void Beach(SetDresser d)
    {
        var shore = d.Zone.Back - 8;
        var water = d.Layer("sea");
        Landforms.Slab(water, Palette.Sea, d.Left - 400, d.Right + 400, shore - 600, shore, 0.03f, 0.05f);
        // Surf: a pale band where the waves break.
        Landforms.Slab(water, Paints.Srgb(215, 225, 228, 0.4f, 0, "surf"), d.Left - 400, d.Right + 400, shore - 0.9f, shore + 0.4f, 0.04f, 0.05f);
        Landforms.Slab(water, Paints.Srgb(170, 140, 100, 0.5f, 0, "wetsand"), d.Left - 400, d.Right + 400, shore + 0.4f, shore + 2.5f, 0.012f, 0.03f);
        // Palms in two clumps off to the sides of where the camera first looks, and a few scattered.
        foreach (var side in new[] { -1f, 1f })
            for (var i = 0; i < 5; i++)
            {
                var x = d.Zone.CentreX + side * d.Range(9, 26);
                d.Put("palms", Trees.Palm, new Vector3(x, 0, d.Zone.Back - d.Range(5.5f, 7f)), d.Range(0, MathF.Tau), d.Range(0.8f, 1.15f), Trees.PalmRadius);
            }
        d.Scatter("rocks", Rocks.Grey, 8, d.Left, d.Right, shore + 2.6f, shore + 5.5f, 0.4f, 1.0f, Rocks.Radius);
        d.Scatter("beach grass", [Plants.DryTuft], 50, d.Left, d.Right, shore + 2.8f, d.Zone.Back - 0.2f, 1f, 1.8f, 0.1f);
        // A headland far across the water.
        d.Lay("headland", Landforms.Peak(false), Matrix4x4.CreateScale(220, 45, 60) * Matrix4x4.CreateTranslation(d.Zone.CentreX - 260, -5, shore - 420));
    }

    public static void Mountain(SetDresser d, bool snow)
    {
        var edge = d.Zone.Back;
        Range(d, snow, edge - 60, 28);
        // Crags: boulders the size of a van close behind the action say "mountainside" even when the framing,
        // looking down at the subject, leaves the far peaks above the top of the frame.
        d.Scatter("crags", snow ? [Rocks.Make(Palette.SnowCover, 2), Rocks.Grey[0]] : Rocks.Grey, 10, d.Left, d.Right, edge - 4, edge - 30, 3f, 6f, Rocks.Radius);
        d.Scatter("rocks", snow ? [Rocks.Make(Palette.SnowCover, 0), Rocks.Make(Palette.Rock, 1)] : Rocks.Grey, 30, d.Left, d.Right, edge - 0.5f, edge - 25, 0.5f, 2.2f, Rocks.Radius);
        Kit[] trees = snow ? [Trees.SnowyConifer] : [Trees.Conifer];
        d.Scatter("trees", trees, snow ? 40 : 30, d.Left - 20, d.Right + 20, edge - 6, edge - 60, 0.9f, 1.6f, Trees.ConiferRadius);
        if (!snow) d.Scatter("grass", [Plants.DryTuft, Plants.GrassTuft], 120, d.Left, d.Right, edge - 0.3f, edge - 15, 0.9f, 1.5f, 0.1f);
        else
            for (var i = 0; i < 14; i++) // drifts: long low mounds of snow
                d.Put("drifts", SnowDrift, new Vector3(d.Range(d.Left, d.Right), 0, edge - d.Range(3, 30)), d.Range(-0.4f, 0.4f), d.Range(2, 5), 0.9f);
    }

    public static void Desert(SetDresser d)
    {
        var edge = d.Zone.Back;
        for (var i = 0; i < 16; i++)
        {
            var x = d.Range(d.Left - 40, d.Right + 40);
            var z = edge - d.Range(14, 90);
            var h = d.Range(3, 9);
            d.Lay("dunes", Landforms.Dune, Matrix4x4.CreateScale(h * d.Range(4, 7), h, h * d.Range(3, 5)) * Matrix4x4.CreateRotationY(d.Range(-0.4f, 0.4f)) * Matrix4x4.CreateTranslation(x, 0, z - h * 2));
        }
        for (var i = 0; i < 5; i++)
            d.Lay("mesas", Landforms.Mesa, Matrix4x4.CreateScale(d.Range(40, 90), d.Range(25, 55), d.Range(40, 70)) * Matrix4x4.CreateTranslation(d.Zone.CentreX + d.Range(-300, 300), 0, edge - d.Range(250, 420)));
        d.Scatter("cacti", [Plants.Saguaro], 16, d.Left, d.Right, edge - 1, edge - 30, 0.7f, 1.3f, 0.6f);
        d.Scatter("rocks", Rocks.Red, 24, d.Left, d.Right, edge - 0.5f, edge - 30, 0.4f, 1.8f, Rocks.Radius);
        d.Scatter("scrub", [Plants.DryTuft], 60, d.Left, d.Right, edge - 0.3f, edge - 20, 1f, 2f, 0.1f);
    }

    /// <summary>A range of peaks across the horizon, their feet behind <paramref name="near"/> (a z, negative).</summary>
    private static void Range(SetDresser d, bool snow, float near, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var x = d.Zone.CentreX + (i / (float)(count - 1) - 0.5f) * 700 + d.Range(-25, 25);
            var h = d.Range(60, 170);
            var (rx, rz) = (h * d.Range(1.3f, 2f), h * d.Range(1.1f, 1.6f));
            // The foot of the peak (turned any way, so its widest radius counts) stays behind `near`.
            var z = near - MathF.Max(rx, rz) * 1.1f - d.Range(0, 120);
            d.Lay("mountains", Landforms.Peak(snow || h > 110), Matrix4x4.CreateScale(rx, h, rz) * Matrix4x4.CreateRotationY(d.Range(0, MathF.Tau)) * Matrix4x4.CreateTranslation(x, -2, z));
        }
    }

    private static readonly Kit SnowDrift = MakeDrift();

    private static Kit MakeDrift()
    {
        var k = new Kit();
        k.Paint(Palette.SnowCover).Ellipsoid(Vector3.Zero, new Vector3(1, 0.3f, 0.5f), 0, 0, 10, 5);
        return k;
    }
}
