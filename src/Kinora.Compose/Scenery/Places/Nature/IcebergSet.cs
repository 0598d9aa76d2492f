using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// An iceberg: a faceted mass of white ice ~<see cref="Height"/> m high floating in a dark cold sea, its flanks
/// blue where the ice is old and dense and a band of pale turquoise at the waterline, smaller bergs and a scatter
/// of flat floes round it. The action stands on a broad floe (the place's ground is water).
/// </summary>
public static class IcebergSet
{
    public const float Height = 26;

    private static readonly Material Ice = Paints.Srgb(236, 244, 250, 0.35f, 0, "bergice");
    private static readonly Material BlueIce = Paints.Srgb(140, 190, 225, 0.2f, 0, "blueice");
    private static readonly Material Waterline = Paints.Srgb(120, 200, 210, 0.15f, 0, "icewaterline");
    private static readonly Material Floe = Paints.Srgb(225, 235, 242, 0.5f, 0, "floe");

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        // The cold sea over the floor (its ground is water; this darker slab is the sea near the ice).
        Landforms.Slab(d.Layer("sea"), WaterKit.ColdSea, d.Left - 300, d.Right + 300, d.Zone.Back - 600, d.Zone.Back - 2, 0.03f, 0.05f);
        // The floe the action stands on.
        WaterKit.Pool(d.Layer("floe", cx), Floe, d, new Vector3(cx + 10, 0, (d.Zone.Back + d.Zone.Front) / 2 + 3), 60, 9, 0.15f, 0.06f, 20);
        var berg = new Vector3(cx - 8, 0, d.Zone.Back - 70);
        Berg(d.Layer("iceberg", berg.X), d, berg, 1);
        // Smaller bergs farther off, and floes on the water between.
        for (var i = 0; i < 5; i++)
        {
            var at = new Vector3(cx + d.Range(-220, 260), 0, d.Zone.Back - d.Range(140, 420));
            Berg(d.Layer("bergs", at.X), d, at, d.Range(0.25f, 0.6f));
        }
        var floes = d.Layer("floes", cx);
        for (var i = 0; i < 40; i++)
        {
            var at = new Vector3(cx + d.Range(-70, 90), 0, d.Zone.Back - d.Range(4, 90));
            var size = d.Range(0.8f, 5);
            WaterKit.Pool(floes, Floe, d, at, size * d.Range(1, 1.8f), size, 0.3f, 0.12f, 9);
        }
        d.Vista = new Vista(new(berg.X - 30, 0, berg.Z - 5), new(berg.X + 30, Height + 2, berg.Z + 20));
    }

    /// <summary>One berg at <paramref name="at"/> scaled by <paramref name="s"/>: a tabular body with a peak and
    /// shoulders, all low-poly so its facets catch the sun, blue ice showing on the flanks and the waterline.</summary>
    private static void Berg(Kit k, SetDresser d, Vector3 at, float s)
    {
        var spin = d.Range(0, MathF.Tau);
        Vector3 P(float x, float y, float z) => at + s * Vector3.Transform(new Vector3(x, y, z), Matrix4x4.CreateRotationY(spin));
        k.Paint(Ice).Ellipsoid(P(0, 6, 0), s * new Vector3(30, 12, 18), 0, spin, 9, 5);
        k.Paint(Ice).Cylinder(Matrix4x4.CreateScale(s * 13, s * 10, s * 11) * Matrix4x4.CreateRotationY(spin + 0.4f) * Matrix4x4.CreateTranslation(P(-6, 16, 0)), 0.15f, 6);
        k.Paint(Ice).Ellipsoid(P(12, 10, 3), s * new Vector3(11, 9, 10), 0.3f, spin + 1, 7, 4);
        k.Paint(BlueIce).Ellipsoid(P(3, 4, 5), s * new Vector3(22, 8, 14), 0.1f, spin + 0.5f, 8, 4);
        k.Paint(BlueIce).Ellipsoid(P(-14, 7, -2), s * new Vector3(9, 9, 12), -0.2f, spin + 2, 6, 4);
        k.Paint(Waterline).Ellipsoid(P(0, 0.3f, 0), s * new Vector3(33, 1.6f, 21), 0, spin, 12, 3);
    }
}
