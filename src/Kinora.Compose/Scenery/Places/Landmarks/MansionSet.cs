using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A stately mansion at the end of its lawn: a symmetrical three-storey facade of many tall windows, a columned
/// portico with a pediment over the door, projecting end wings, a slate hipped roof with chimneys; a gravel drive
/// sweeping round an oval lawn with a fountain, clipped hedges and cone topiary, and tall trees flanking it.
/// </summary>
internal static class MansionSet
{
    private static readonly Material[] Facades = [Masonry.PaleStone, Paints.Srgb(160, 80, 60, 0.9f, 0, "mansionbrick"), Paints.Srgb(232, 228, 215, 0.8f, 0, "whitestucco")];

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1;
        var front = d.Zone.Back - 26;
        d.Put("mansion", Mansion(d, Facades[d.Pick(Facades.Length)]), new Vector3(cx, 0, front - 7), 0, 1, 7);
        // The drive: a gravel forecourt before the door, a ring round the oval lawn, a straight run to the action.
        var drive = d.Layer("drive", cx);
        Landforms.Slab(drive, Masonry.Gravel, cx - 20, cx + 20, front - 0.5f, front + 6, 0.02f, 0.04f);
        drive.Paint(Masonry.Gravel).Cylinder(Matrix4x4.CreateScale(11, 0.02f, 7) * Matrix4x4.CreateTranslation(cx, 0.02f, front + 12), 1, 32);
        drive.Paint(Paints.Srgb(70, 120, 50, 0.9f, 0, "finelawn")).Cylinder(Matrix4x4.CreateScale(7.5f, 0.03f, 4.2f) * Matrix4x4.CreateTranslation(cx, 0.03f, front + 12), 1, 32);
        Landforms.Slab(drive, Masonry.Gravel, cx - 2, cx + 2, front + 18, d.Zone.Back, 0.02f, 0.04f);
        d.Put("fountain", FountainSet.Basin(1.8f), new Vector3(cx, 0, front + 12), 0, 1, 2);
        // Hedges along the forecourt and cone topiary in pairs.
        foreach (var s in new[] { -1f, 1f })
        {
            d.Layer("hedges", cx).Paint(Masonry.Hedge).Box(new Vector3(cx + s * 16, 0.6f, front + 12), new Vector3(3.5f, 0.6f, 5));
            for (var z = front + 7; z < d.Zone.Back - 2; z += 4)
                d.Put("topiary", Topiary, new Vector3(cx + s * 12.5f, 0, z), 0, 1, 0.6f);
            for (var z = front + 2; z < d.Zone.Back - 4; z += 9)
                d.Put("trees", Trees.Conifer, new Vector3(cx + s * 24, 0, z), d.Range(0, MathF.Tau), 1.5f, Trees.ConiferRadius);
        }
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 30, d.Left - 20, d.Right + 20, front - 18, front - 45, 1.3f, 1.8f, Trees.BroadleafRadius);
        d.Vista = Masonry.Around(cx - 20, cx + 20, 16, front - 6, front + 14);
    }

    private static readonly Kit Topiary = MakeTopiary();

    /// <summary>The house: 36 m of facade, three floors of 3.6 m, its footprint centred on the origin, front at z = +7.</summary>
    private static Kit Mansion(SetDresser d, Material wall)
    {
        var k = new Kit();
        const float half = 18, deep = 7, h = 11.5f;
        Masonry.Block(k, wall, 0, 0, half, h, deep);
        k.Paint(Masonry.Trim).Box(new Vector3(0, h + 0.25f, 0), new Vector3(half + 0.3f, 0.25f, deep + 0.3f)); // cornice
        k.Paint(Masonry.Trim).Box(new Vector3(0, 4.0f, deep + 0.05f), new Vector3(half, 0.12f, 0.06f)); // string course
        Masonry.Gable(k, wall, Masonry.Slate, 0, 0, 2 * half - 2, 2 * deep - 2, h + 0.5f, 4.0f, ridgeAlongX: true, 0.6f);
        // End wings standing forward of the main block, with their own roofs.
        foreach (var s in new[] { -1f, 1f })
        {
            var wx = s * (half - 3.5f);
            Masonry.Block(k, wall, wx, deep + 0.9f, 3.5f, h + 0.8f, 0.9f);
            Masonry.Windows(k, d.Dark, wx, 2.2f, deep + 1.8f, 2, 3.0f, 1.2f, 2.2f);
            Masonry.Windows(k, d.Dark, wx, 6.0f, deep + 1.8f, 2, 3.0f, 1.2f, 2.0f);
            Masonry.Windows(k, d.Dark, wx, 9.4f, deep + 1.8f, 2, 3.0f, 1.1f, 1.4f);
            k.Paint(Masonry.Trim).Box(new Vector3(wx, h + 1.05f, deep + 0.9f), new Vector3(3.7f, 0.25f, 1.1f));
            foreach (var cz in new[] { -3f, 3f })
                Masonry.Block(k, wall, s * 9, cz, 0.6f, h + 6.5f, 0.6f); // chimneys
        }
        // The main front: windows either side of the portico.
        foreach (var s in new[] { -1f, 1f })
        {
            var x = s * 7.9f;
            Masonry.Windows(k, d.Dark, x, 2.2f, deep, 3, 2.6f, 1.2f, 2.2f);
            Masonry.Windows(k, d.Dark, x, 6.0f, deep, 3, 2.6f, 1.2f, 2.0f);
            Masonry.Windows(k, d.Dark, x, 9.4f, deep, 3, 2.6f, 1.1f, 1.4f);
        }
        Masonry.Windows(k, d.Dark, 0, 6.0f, deep, 3, 2.0f, 1.1f, 2.0f);
        Masonry.Windows(k, d.Dark, 0, 9.4f, deep, 3, 2.0f, 1.0f, 1.4f);
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 2.2f, deep + 0.05f), new Vector3(0.9f, 1.5f, 0.05f)); // the door
        Portico.Add(k, 0, deep + 3.2f, 7.5f, 4, 7.5f, 0.8f);
        return k;
    }

    private static Kit MakeTopiary()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(150, 140, 130, 0.8f, 0, "urn")).Box(new Vector3(0, 0.25f, 0), new Vector3(0.35f, 0.25f, 0.35f));
        k.Paint(Masonry.Hedge).Cylinder(Matrix4x4.CreateScale(0.55f, 1.0f, 0.55f) * Matrix4x4.CreateTranslation(0, 1.5f, 0), 0.05f, 10);
        return k;
    }
}
