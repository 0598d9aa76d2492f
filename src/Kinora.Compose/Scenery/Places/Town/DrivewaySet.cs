using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A suburban driveway: the action's band is the residential street; behind a pavement and a lawn stands a
/// two-storey house with a gabled roof, a porch, and an attached garage whose panelled door opens onto a concrete
/// drive running down to the street, a car parked on it. Hedges, a mailbox by the drive, a tree, and neighbouring
/// houses either side. The view holds the house front, the garage and the drive from the street.
/// </summary>
internal static class DrivewaySet
{
    private static readonly Material[] Sidings =
    [
        Paints.Srgb(225, 220, 205, 0.8f, 0, "sidingcream"), Paints.Srgb(170, 190, 205, 0.8f, 0, "sidingblue"),
        Paints.Srgb(200, 200, 195, 0.8f, 0, "sidinggrey"), Paints.Srgb(215, 195, 160, 0.8f, 0, "sidingtan"),
    ];
    private static readonly Material Shingles = Paints.Srgb(70, 65, 65, 0.9f, 0, "shingles");
    private static readonly Material Trim = Paints.Srgb(245, 245, 240, 0.5f, 0, "trim");
    private static readonly Material Hedge = Paints.Srgb(45, 95, 40, 0.9f, 0, "hedge") with { Pattern = "leaves" };

    public static void Dress(SetDresser d)
    {
        var cx = d.Zone.CentreX;
        var walk = d.Zone.Back - 0.2f;
        TownPaint.Road(d, d.Left - 20, d.Right + 20, walk, d.Zone.Front + 6);
        Landforms.Slab(d.Layer("pavement", cx), TownPaint.Concrete, d.Left - 20, d.Right + 20, walk - 1.8f, walk, 0.12f, 0.12f);
        Landforms.Slab(d.Layer("pavement", cx), Palette.Kerb, d.Left - 20, d.Right + 20, walk - 0.15f, walk, 0.13f, 0.13f);
        // The plots: a house every 22 m, this one's drive and garage towards the action's right.
        for (var i = -3; i <= 4; i++)
        {
            var x = cx - 3 + i * 22;
            House(d, new Vector3(x, 0, walk - 15), Sidings[(i + 8 + d.Pick(2)) % Sidings.Length], i == 0);
        }
        d.Vista = new Vista(new(cx - 9, 0, walk - 24), new(cx + 11, 8, walk + 1));
    }

    /// <summary>A house whose front is at <paramref name="front"/> (its middle), the garage to its +X side, the
    /// drive from the garage to the pavement; the main plot gets the parked car, the mailbox and the tree.</summary>
    private static void House(SetDresser d, Vector3 front, Material siding, bool main)
    {
        const float w = 10, depth = 9, wall = 5.8f, rise = 3.2f;
        var k = d.Layer("houses", front.X);
        var mid = front + new Vector3(0, 0, -depth / 2);
        k.Paint(TownPaint.Concrete).Box(mid + new Vector3(0, 0.2f, 0), new Vector3(w / 2 + 0.1f, 0.2f, depth / 2 + 0.1f));
        k.Paint(siding).Box(mid + new Vector3(0, wall / 2, 0), new Vector3(w / 2, wall / 2, depth / 2));
        Gable(k, mid + new Vector3(0, wall, 0), w + 0.8f, depth + 1.0f, rise);
        // Windows: two up, one down beside the door, white frames; a porch roof over the door.
        foreach (var (x, y) in new[] { (-2.6f, 4.3f), (2.6f, 4.3f), (-2.6f, 1.6f) })
        {
            k.Paint(Trim).Box(front + new Vector3(x, y, 0.03f), new Vector3(0.8f, 0.75f, 0.04f));
            k.Paint(d.Dark ? Palette.LitWindow : Palette.WindowGlass).Box(front + new Vector3(x, y, 0.07f), new Vector3(0.68f, 0.63f, 0.02f));
            k.Paint(Trim).Box(front + new Vector3(x, y, 0.09f), new Vector3(0.04f, 0.63f, 0.01f));
        }
        k.Paint(Paints.Srgb(120, 35, 35, 0.5f, 0, "frontdoor")).Box(front + new Vector3(1.6f, 1.4f, 0.05f), new Vector3(0.5f, 1.05f, 0.04f));
        k.Paint(Trim).Box(front + new Vector3(1.6f, 2.75f, 0.8f), new Vector3(1.3f, 0.08f, 0.8f));
        foreach (var s in new[] { -1f, 1f }) k.Paint(Trim).Box(front + new Vector3(1.6f + s * 1.15f, 1.35f, 1.5f), new Vector3(0.07f, 1.35f, 0.07f));
        // The garage on the +X side, lower, with its own gable and a panelled door.
        var gx = front.X + w / 2 + 3.2f;
        var g = new Vector3(gx, 0, front.Z - 0.5f);
        k.Paint(siding).Box(g + new Vector3(0, 1.6f, -4), new Vector3(3.2f, 1.6f, 4));
        Gable(k, g + new Vector3(0, 3.2f, -4), 6.8f, 8.8f, 1.6f);
        k.Paint(Trim).Box(g + new Vector3(0, 1.15f, 0.03f), new Vector3(2.6f, 1.15f, 0.04f));
        for (var y = 0.35f; y < 2.3f; y += 0.55f) k.Paint(Paints.Srgb(205, 205, 200, 0.5f, 0, "doorpanel")).Box(g + new Vector3(0, y, 0.08f), new Vector3(2.5f, 0.02f, 0.01f));
        // The drive: concrete from the garage door to the street, joints every 3 m, crossing the pavement.
        var drive = d.Layer("drive", gx);
        var street = d.Zone.Back - 0.2f;
        Landforms.Slab(drive, TownPaint.Concrete, gx - 2.9f, gx + 2.9f, street - 1.8f, g.Z, 0.05f, 0.05f);
        Landforms.Slab(drive, TownPaint.Concrete, gx - 2.9f, gx + 2.9f, street - 1.85f, street, 0.125f, 0.01f);
        for (var z = g.Z + 3; z < street - 2; z += 3)
            Landforms.Slab(drive, Paints.Srgb(110, 108, 104, 0.9f, 0, "drivejoint"), gx - 2.9f, gx + 2.9f, z, z + 0.03f, 0.055f, 0.01f);
        // A path from the porch to the pavement, hedges along the lawn's front.
        Landforms.Slab(drive, TownPaint.Concrete, front.X + 1.0f, front.X + 2.2f, street - 1.8f, front.Z, 0.04f, 0.04f);
        var hedge = d.Layer("hedges", front.X);
        hedge.Paint(Hedge).Box(new Vector3(front.X - 2.4f, 0.45f, street - 2.4f), new Vector3(3.0f, 0.45f, 0.35f));
        hedge.Paint(Hedge).Box(new Vector3(front.X - 2.6f, 0.5f, front.Z + 0.6f), new Vector3(2.2f, 0.5f, 0.5f));
        if (main || d.Chance(0.5f)) TownPaint.Car(d, new Vector3(gx, 0.05f, g.Z + 4.2f), d.Chance(0.5f) ? MathF.PI / 2 : -MathF.PI / 2, 10);
        if (!main) return;
        d.Put("mailbox", Mailbox, new Vector3(gx - 3.4f, 0, street - 0.7f), 0, 1, 0.2f);
        d.Put("trees", Trees.Broadleaf, new Vector3(front.X - 4.5f, 0, street - 5.5f), d.Range(0, MathF.Tau), 0.9f, 0.6f);
    }

    /// <summary>A gabled roof, its ridge along X: <paramref name="span"/> along X, <paramref name="across"/> along Z,
    /// <paramref name="rise"/> from eaves to ridge, its eaves at <paramref name="eaves"/>.</summary>
    private static void Gable(Kit k, Vector3 eaves, float span, float across, float rise)
    {
        Vector2[] profile = [new(-across / 2, 0), new(across / 2, 0), new(0, rise)];
        k.Paint(Shingles).Extrude(profile, span, Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(eaves));
    }

    private static readonly Kit Mailbox = MakeMailbox();

    private static Kit MakeMailbox()
    {
        var k = new Kit();
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 0.55f, 0), new Vector3(0.05f, 0.55f, 0.05f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.15f, 0.05f), new Vector3(0.12f, 0.12f, 0.25f));
        k.Paint(Paints.Srgb(200, 30, 30, 0.5f, 0, "mailflag")).Box(new Vector3(0.13f, 1.25f, 0), new Vector3(0.01f, 0.1f, 0.04f));
        return k;
    }
}
