using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A detached family house seen from the pavement: two storeys under a pitched roof with a front gable, a porch
/// over the door, windows either side, a chimney and a garage wing; a path across the front lawn to a picket fence
/// and the pavement the action walks along; neighbours' houses and trees to the sides.
/// </summary>
internal static class HouseSet
{
    private static readonly Material[] Sidings =
    [
        Paints.Srgb(236, 232, 220, 0.8f, 0, "sidingwhite"), Paints.Srgb(226, 208, 165, 0.8f, 0, "sidingcream"),
        Paints.Srgb(160, 186, 202, 0.8f, 0, "sidingblue"), Paints.Srgb(165, 178, 142, 0.8f, 0, "sidingsage"),
    ];
    private static readonly Material[] Roofs = [Paints.Srgb(68, 68, 74, 0.75f, 0, "shingles"), Paints.Srgb(105, 70, 55, 0.75f, 0, "brownshingles")];
    private static readonly Material[] Doors = [Paints.Srgb(130, 30, 35, 0.5f, 0, "reddoor"), Paints.Srgb(35, 55, 95, 0.5f, 0, "bluedoor"), Paints.Srgb(40, 75, 50, 0.5f, 0, "greendoor")];

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1.5f;
        var walk = (d.Zone.Back + d.Zone.Front) / 2;
        var front = d.Zone.Back - 10; // the house's front wall
        // The pavement along the action and a path from it to the front door.
        Landforms.Slab(d.Layer("pavement"), Palette.Pavement, d.Left - 20, d.Right + 20, walk - 1.3f, walk + 1.3f, 0.04f, 0.06f);
        Landforms.Slab(d.Layer("pavement"), Palette.Pavement, cx + 1.1f - 0.6f, cx + 1.1f + 0.6f, front, walk - 1.3f, 0.03f, 0.05f);
        d.Put("house", House(d, Sidings[d.Pick(Sidings.Length)], Roofs[d.Pick(Roofs.Length)], Doors[d.Pick(Doors.Length)]), new Vector3(cx, 0, front - 4), 0, 1, 4.5f);
        // Neighbours either side, turned a little, in other colours.
        foreach (var side in new[] { -1f, 1f })
            d.Put("house", House(d, Sidings[d.Pick(Sidings.Length)], Roofs[d.Pick(Roofs.Length)], Doors[d.Pick(Doors.Length)]), new Vector3(cx + side * 22, 0, front - 6), 0, 0.95f, 4.5f);
        // A white picket fence along the front of the lawn, open where the path meets it.
        for (var x = cx - 12f; x < cx + 13f; x += Picket.Length)
            if (MathF.Abs(x + Picket.Length / 2 - (cx + 1.1f)) > 1.6f)
                d.Put("fence", Picket.Kit, new Vector3(x, 0, d.Zone.Back - 0.6f), 0, 1, 0.1f);
        for (var x = cx - 5.2f; x < cx + 5.4f; x += 1.3f)
            if (MathF.Abs(x - (cx + 1.1f)) > 1.2f)
                d.Put("bushes", Plants.Bush, new Vector3(x, 0, front + 0.8f), d.Range(0, MathF.Tau), d.Range(0.55f, 0.75f), 0.5f);
        d.Put("trees", Trees.Broadleaf, new Vector3(cx - 9.5f, 0, front + 2.5f), d.Range(0, MathF.Tau), 1.1f, Trees.BroadleafRadius);
        d.Put("trees", Trees.BroadleafDark, new Vector3(cx + 12.5f, 0, front - 1), d.Range(0, MathF.Tau), 1.2f, Trees.BroadleafRadius);
        d.Put("mailbox", Mailbox, new Vector3(cx + 2.2f, 0, d.Zone.Back - 0.9f), 0, 1, 0.2f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 26, d.Left, d.Right, front - 12, front - 30, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Scatter("grass", [Plants.GrassTuft], 60, cx - 14, cx + 14, d.Zone.Back - 1, front + 1, 0.8f, 1.2f, 0.1f);
        if (d.Dark) d.Light(new LightSource(new Vector3(cx + 1.1f, 2.6f, front + 1.2f), new Vector3(1, 0.8f, 0.55f) * 4, 10));
        d.Vista = Masonry.Around(cx - 9, cx + 10, 9, front - 4, front + 5);
    }

    /// <summary>The house, its footprint centred on the origin, its front wall at z = +4.</summary>
    private static Kit House(SetDresser d, Material wall, Material roof, Material door)
    {
        var k = new Kit();
        const float w = 11, depth = 8, eaves = 5.6f;
        Masonry.Block(k, wall, 0, 0, w / 2, eaves, depth / 2);
        k.Paint(Paints.Srgb(120, 115, 108, 0.9f, 0, "foundation")).Box(new Vector3(0, 0.2f, 0), new Vector3(w / 2 + 0.05f, 0.2f, depth / 2 + 0.05f));
        Masonry.Gable(k, wall, roof, 0, 0, w, depth, eaves, 3.0f, ridgeAlongX: true, 0.5f);
        // A front gable over a bay on the left, its ridge towards the camera.
        const float bayX = -2.6f, bayW = 4.4f, bayFront = depth / 2 + 1.0f;
        Masonry.Block(k, wall, bayX, bayFront / 2, bayW / 2, eaves, bayFront / 2);
        Masonry.Gable(k, wall, roof, bayX, bayFront / 2, bayW, bayFront, eaves, 2.4f, ridgeAlongX: false, 0.4f);
        Masonry.Windows(k, d.Dark, bayX, 1.7f, bayFront, 2, 1.5f, 1.1f, 1.6f, 2);
        Masonry.Windows(k, d.Dark, bayX, 4.0f, bayFront, 1, 1, 1.0f, 1.3f, 2);
        k.Paint(Masonry.Trim).Box(new Vector3(bayX, eaves + 0.9f, bayFront + 0.05f), new Vector3(0.35f, 0.35f, 0.04f)); // an attic vent
        // The door under a porch roof on two posts, a step before it.
        const float doorX = 1.1f, z = depth / 2;
        k.Paint(Masonry.Trim).Box(new Vector3(doorX, 1.1f, z + 0.04f), new Vector3(0.62f, 1.15f, 0.04f));
        k.Paint(door).Box(new Vector3(doorX, 1.05f, z + 0.09f), new Vector3(0.5f, 1.05f, 0.03f));
        k.Paint(Paints.Chrome).Box(new Vector3(doorX + 0.35f, 1.05f, z + 0.13f), new Vector3(0.04f, 0.04f, 0.03f));
        k.Paint(roof).Box(new Vector3(doorX, 2.75f, z + 0.9f), new Vector3(1.3f, 0.08f, 0.95f), 0, 0);
        foreach (var px in new[] { doorX - 1.15f, doorX + 1.15f })
            k.Paint(Masonry.Trim).Box(new Vector3(px, 1.35f, z + 1.7f), new Vector3(0.07f, 1.35f, 0.07f));
        k.Paint(Palette.Kerb).Box(new Vector3(doorX, 0.12f, z + 0.9f), new Vector3(1.3f, 0.12f, 0.9f));
        Masonry.Windows(k, d.Dark, 3.7f, 1.7f, z, 1, 1, 1.1f, 1.6f, 2);
        Masonry.Windows(k, d.Dark, 2.0f, 4.0f, z, 2, 2.6f, 1.0f, 1.3f, 2);
        // A brick chimney up the left gable end.
        k.Paint(Masonry.Brick).Box(new Vector3(-w / 2 + 1.2f, 5.5f, -1.2f), new Vector3(0.45f, 5.2f, 0.45f));
        // A garage wing on the right, lower, its door facing the street.
        const float gx = w / 2 + 2.9f, gw = 5.6f, gd = 6.5f, gh = 3.0f;
        Masonry.Block(k, wall, gx, depth / 2 - gd / 2, gw / 2, gh, gd / 2);
        Masonry.Gable(k, wall, roof, gx, depth / 2 - gd / 2, gw, gd, gh, 1.4f, ridgeAlongX: true, 0.3f);
        k.Paint(Paints.Srgb(225, 225, 220, 0.6f, 0, "garagedoor")).Box(new Vector3(gx, 1.15f, depth / 2 + 0.05f), new Vector3(2.2f, 1.15f, 0.04f));
        for (var y = 0.45f; y < 2.3f; y += 0.5f)
            k.Paint(Paints.Srgb(190, 190, 186, 0.6f, 0, "garagegroove")).Box(new Vector3(gx, y, depth / 2 + 0.1f), new Vector3(2.2f, 0.015f, 0.015f));
        return k;
    }

    private static readonly Kit Mailbox = MakeMailbox();

    private static Kit MakeMailbox()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Box(new Vector3(0, 0.55f, 0), new Vector3(0.05f, 0.55f, 0.05f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.15f, 0), new Vector3(0.12f, 0.12f, 0.25f));
        return k;
    }
}

/// <summary>A 2.4 m run of white picket fence: pointed pickets on two rails.</summary>
internal static class Picket
{
    public const float Length = 2.4f;
    public static readonly Kit Kit = Make();

    private static Kit Make()
    {
        var k = new Kit();
        var white = k.Paint(Masonry.Trim);
        white.Box(new Vector3(Length / 2, 0.35f, -0.03f), new Vector3(Length / 2, 0.04f, 0.02f));
        white.Box(new Vector3(Length / 2, 0.8f, -0.03f), new Vector3(Length / 2, 0.04f, 0.02f));
        for (var x = 0.08f; x < Length; x += 0.16f)
            white.Extrude([new(-0.045f, 0), new(0.045f, 0), new(0.045f, 0.95f), new(0, 1.05f), new(-0.045f, 0.95f)], 0.02f, Matrix4x4.CreateTranslation(x, 0, 0));
        return k;
    }
}
