using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A farmyard: a post-and-rail fence along the back of the action, then crop fields in rows, a red barn with a
/// gabled roof, white trim and big doors, a silo with a domed cap, round hay bales, and a tree line behind.
/// </summary>
public static class FarmSet
{
    private static readonly Material BarnRed = Paints.Srgb(150, 35, 30, 0.85f, 0, "barnred");
    private static readonly Material Roof = Paints.Srgb(70, 70, 75, 0.6f, 0.3f, "barnroof");
    private static readonly Material Hay = Paints.Srgb(205, 170, 90, 0.95f, 0, "hay");
    private static readonly Material Crop = Paints.Srgb(95, 140, 50, 0.9f, 0, "crop");
    private static readonly Material Wheat = Paints.Srgb(200, 170, 80, 0.9f, 0, "wheat");

    private static readonly Kit Barn = MakeBarn();
    /// <summary>A 13 m grey silo with a domed cap; a round hay bale (shared with the barn's own set).</summary>
    internal static readonly Kit Silo = MakeSilo();
    internal static readonly Kit Bale = MakeBale();

    public static void Dress(SetDresser d)
    {
        var fenceZ = d.Zone.Back - 0.3f;
        for (var x = d.Left; x < d.Right; x += 1.2f)
            d.Put("fence", StreetProps.Fence, new Vector3(x, 0, fenceZ), 0, 1, 0.1f);
        // Fields: long rows of crop ridges on either side of the farmyard.
        var rows = d.Layer("fields");
        for (var i = 0; i < 22; i++)
        {
            var z = fenceZ - 3 - i * 1.1f;
            rows.Paint(i < 11 ? Crop : Wheat).Box(new Vector3(d.Zone.CentreX + (i < 11 ? -45 : 45), 0.18f, z), new Vector3(40, 0.18f, 0.35f));
        }
        var yard = d.Zone.CentreX + d.Range(-6, 6);
        d.Put("barn", Barn, new Vector3(yard, 0, fenceZ - 22), 0, 1, 7);
        d.Put("silo", Silo, new Vector3(yard + 12, 0, fenceZ - 24), 0, 1, 2.5f);
        for (var i = 0; i < 6; i++)
            d.Put("hay bales", Bale, new Vector3(yard + d.Range(-18, 18), 0, fenceZ - d.Range(4, 12)), d.Range(0, MathF.Tau), 1, 0.9f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 30, d.Left - 20, d.Right + 20, fenceZ - 40, fenceZ - 60, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Scatter("grass", [Plants.GrassTuft], 80, d.Left, d.Right, fenceZ - 0.3f, fenceZ - 3, 1f, 1.6f, 0.1f);
        // The establishing view: the barn and silo over the crop rows, the fence along the bottom of the frame.
        d.Vista = new Vista(new Vector3(yard - 10, 0, fenceZ - 30), new Vector3(yard + 16, 13, fenceZ - 4));
    }

    private static Kit MakeBarn()
    {
        var k = new Kit();
        // 12 m wide (x), 16 m deep, 6 m eaves, gable to 10 m; the gable end faces the camera (+Z).
        k.Paint(BarnRed).Box(new Vector3(0, 3, 0), new Vector3(6, 3, 8));
        k.Paint(BarnRed).Extrude([new(-6, 6), new(6, 6), new(0, 10)], 16, Matrix4x4.Identity);
        k.Paint(Roof).Box(new Vector3(-3.1f, 8.05f, 0), new Vector3(3.75f, 0.12f, 8.3f), rotZ: 0.588f);
        k.Paint(Roof).Box(new Vector3(3.1f, 8.05f, 0), new Vector3(3.75f, 0.12f, 8.3f), rotZ: -0.588f);
        var white = k.Paint(Paints.White);
        white.Box(new Vector3(0, 2.2f, 8.05f), new Vector3(2.4f, 2.2f, 0.06f));
        k.Paint(BarnRed with { Name = "barndoor" }).Box(new Vector3(0, 2.1f, 8.1f), new Vector3(2.2f, 2.0f, 0.06f));
        white.Box(new Vector3(0, 2.1f, 8.15f), new Vector3(2.2f, 0.1f, 0.03f), rotZ: 0.74f); // the X brace
        white.Box(new Vector3(0, 2.1f, 8.15f), new Vector3(2.2f, 0.1f, 0.03f), rotZ: -0.74f);
        white.Box(new Vector3(0, 7.4f, 8.05f), new Vector3(0.8f, 0.8f, 0.06f)); // hayloft door
        return k;
    }

    private static Kit MakeSilo()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(175, 178, 180, 0.5f, 0.5f, "silo")).Cylinder(Matrix4x4.CreateScale(2.2f, 6.5f, 2.2f) * Matrix4x4.CreateTranslation(0, 6.5f, 0), 1, 14);
        k.Paint(Roof).Sphere(Matrix4x4.CreateScale(2.25f, 1.6f, 2.25f) * Matrix4x4.CreateTranslation(0, 13f, 0), 14, 6);
        return k;
    }

    private static Kit MakeBale()
    {
        var k = new Kit();
        k.Paint(Hay).Cylinder(Matrix4x4.CreateScale(0.75f, 0.65f, 0.75f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.75f, 0), 1, 12);
        return k;
    }
}
