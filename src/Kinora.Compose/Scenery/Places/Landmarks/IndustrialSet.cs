using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// An industrial area on asphalt: a brick factory hall under a sawtooth roof of glazed north lights, two tall
/// chimneys with smoke drifting off them, white storage tanks linked by pipe runs, a corrugated warehouse with
/// roller doors, shipping containers and pallets along a chain-link fence by the action.
/// </summary>
internal static class IndustrialSet
{
    private static readonly Material Sheet = Paints.Srgb(125, 140, 150, 0.6f, 0.4f, "cladding");
    private static readonly Material Tank = Paints.Srgb(225, 225, 220, 0.5f, 0.2f, "tankwhite");
    private static readonly Material Pipe = Paints.Srgb(160, 160, 165, 0.4f, 0.7f, "pipe");
    private static readonly Material Smoke = Paints.Srgb(200, 200, 198, 0.95f, 0, "smoke") with { CastsShadow = false };
    private static readonly Material RollerDoor = Paints.Srgb(175, 178, 180, 0.5f, 0.5f, "rollerdoor");
    private static readonly Material[] Boxes =
    [
        Paints.Srgb(170, 50, 35, 0.7f, 0.3f, "containerred"), Paints.Srgb(35, 80, 140, 0.7f, 0.3f, "containerblue"),
        Paints.Srgb(60, 120, 70, 0.7f, 0.3f, "containergreen"), Paints.Srgb(200, 140, 40, 0.7f, 0.3f, "containeryellow"),
    ];

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 2;
        var front = d.Zone.Back - 16; // the factory's face
        d.Put("factory", Factory(d), new Vector3(cx, 0, front - 12), 0, 1, 12);
        foreach (var (x, z) in new[] { (-9f, -30f), (8f, -34f) })
            d.Put("chimneys", Chimney(d), new Vector3(cx + x, 0, front + z), 0, 1, 2.5f);
        foreach (var (x, z) in new[] { (28f, -6f), (39f, -9f), (31f, -18f) })
            d.Put("tanks", StorageTank, new Vector3(cx + x, 0, front + z), 0, 1, 5);
        var pipes = d.Layer("pipes", cx + 20);
        foreach (var y in new[] { 4.5f, 5.2f })
            pipes.Paint(Pipe).Rod(new Vector3(cx + 18, y, front - 4), new Vector3(cx + 28, y, front - 4), 0.25f, 0.25f, 8);
        for (var x = cx + 19f; x < cx + 28; x += 3)
            pipes.Paint(Paints.Steel).Box(new Vector3(x, 2.5f, front - 4), new Vector3(0.1f, 2.5f, 0.1f));
        d.Put("warehouse", Warehouse(d), new Vector3(cx - 32, 0, front - 8), 0, 1, 8);
        // Containers and pallets in the yard, a chain-link fence along the action.
        for (var i = 0; i < 5; i++)
        {
            var at = new Vector3(cx - 18 + i * 3.0f, 0, d.Zone.Back - 9 - (i % 2) * 0.3f);
            d.Put("containers", Container(Boxes[d.Pick(Boxes.Length)]), at, MathF.PI / 2 + d.Range(-0.05f, 0.05f), 1, 3);
            if (i % 2 == 0) d.Put("containers", Container(Boxes[d.Pick(Boxes.Length)]), at + new Vector3(0, 2.6f, 0), MathF.PI / 2, 1, 3);
        }
        for (var x = d.Left; x < d.Right; x += 3)
            d.Put("fence", ChainLink, new Vector3(x, 0, d.Zone.Back - 0.6f), 0, 1, 0.1f);
        for (var x = cx - 30; x < cx + 50; x += 20)
        {
            var at = new Vector3(x, 0, d.Zone.Back - 1.2f);
            if (d.Put("lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, at, MathF.PI, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(at + new Vector3(0, StreetProps.StreetLampHead.Y, -StreetProps.StreetLampHead.Z)));
        }
        Landforms.Slab(d.Layer("markings", cx), Palette.RoadPaint, d.Left, d.Right, d.Zone.Back - 4.1f, d.Zone.Back - 3.95f, 0.012f, 0.02f);
        d.Vista = Masonry.Around(cx - 20, cx + 24, 16, front - 8, front + 6);
    }

    private static readonly Kit StorageTank = MakeTank();
    private static readonly Kit ChainLink = MakeChainLink();

    /// <summary>The factory hall, 44 × 24 m, brick walls 7 m high under seven sawtooth bays whose glazed faces look
    /// left (north lights); its footprint centred on the origin, front at z = +12.</summary>
    private static Kit Factory(SetDresser d)
    {
        var k = new Kit();
        const float half = 22, deep = 12, h = 7, tooth = 44f / 7;
        Masonry.Block(k, Masonry.Brick, 0, 0, half, h, deep);
        for (var i = 0; i < 7; i++)
        {
            var x0 = -half + i * tooth;
            k.Paint(Sheet).Extrude([new(x0, h), new(x0 + tooth, h), new(x0, h + 3.2f)], 2 * deep, Matrix4x4.Identity);
            k.Paint(d.Dark ? Palette.LitWindow : Palette.WindowGlass).Box(new Vector3(x0 - 0.03f, h + 1.6f, 0), new Vector3(0.03f, 1.3f, deep - 0.3f));
        }
        // Loading doors and high windows along the front.
        for (var i = 0; i < 3; i++)
            k.Paint(RollerDoor).Box(new Vector3(-12 + i * 12, 2.3f, deep + 0.05f), new Vector3(2.2f, 2.3f, 0.05f));
        Masonry.Windows(k, d.Dark, 0, 5.6f, deep, 10, 4.2f, 2.4f, 1.2f);
        k.Paint(Masonry.Trim).Box(new Vector3(0, 4.4f, deep + 0.1f), new Vector3(6, 0.5f, 0.05f)); // a sign board
        return k;
    }

    /// <summary>A tapering brick chimney 34 m tall, a dark band at its lip and a plume of smoke leaning off downwind.</summary>
    private static Kit Chimney(SetDresser d)
    {
        var k = new Kit();
        k.Paint(Masonry.Brick).Lathe([new(2.0f, 0), new(1.2f, 34)], Matrix4x4.Identity, 16);
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(1.35f, 0.6f, 1.35f) * Matrix4x4.CreateTranslation(0, 33.6f, 0), 1, 16);
        var smoke = k.Paint(Smoke);
        for (var i = 0; i < 6; i++)
        {
            var r = 1.3f + i * 0.7f;
            smoke.Ellipsoid(new Vector3(i * 2.2f + d.Range(-0.3f, 0.3f), 35 + i * 1.0f + d.Range(0, 0.5f), 0), new Vector3(r * 1.2f, r * 0.8f, r), 0, 0, 10, 6);
        }
        return k;
    }

    private static Kit MakeTank()
    {
        var k = new Kit();
        k.Paint(Tank).Cylinder(Matrix4x4.CreateScale(4.5f, 5.5f, 4.5f) * Matrix4x4.CreateTranslation(0, 5.5f, 0), 1, 24);
        k.Paint(Tank).Ellipsoid(new Vector3(0, 11, 0), new Vector3(4.5f, 1.2f, 4.5f), 0, 0, 24, 6);
        foreach (var y in new[] { 3.5f, 7.5f })
            k.Paint(Paints.Srgb(150, 150, 150, 0.5f, 0.5f, "tankband")).Torus(4.52f, 0.06f, Matrix4x4.CreateTranslation(0, y, 0), 24, 4);
        k.Paint(Paints.Steel).Box(new Vector3(0, 5.8f, 4.6f), new Vector3(0.3f, 5.8f, 0.05f)); // the ladder's cage
        return k;
    }

    private static Kit Warehouse(SetDresser d)
    {
        var k = new Kit();
        Masonry.Block(k, Sheet, 0, 0, 14, 9, 8);
        Masonry.Gable(k, Sheet, Paints.Srgb(90, 100, 105, 0.6f, 0.4f, "warehouseroof"), 0, 0, 28, 16, 9, 2, ridgeAlongX: true, 0.4f);
        for (var x = -14f; x <= 14; x += 1.0f) // the cladding's ribs
            k.Paint(Paints.Srgb(105, 120, 130, 0.6f, 0.4f, "claddingrib")).Box(new Vector3(x, 4.5f, 8.03f), new Vector3(0.05f, 4.5f, 0.03f));
        foreach (var x in new[] { -7f, 0f, 7f })
            k.Paint(RollerDoor).Box(new Vector3(x, 2.6f, 8.08f), new Vector3(2.4f, 2.6f, 0.04f));
        return k;
    }

    /// <summary>A 12 m shipping container lying along X, ribbed sides, doors at one end.</summary>
    private static Kit Container(Material paint)
    {
        var k = new Kit();
        k.Paint(paint).Box(new Vector3(0, 1.3f, 0), new Vector3(6, 1.3f, 1.2f));
        var rib = Paints.Shade(paint, 0.75f) with { Name = paint.Name + "rib" };
        for (var x = -5.7f; x < 6; x += 0.6f)
            foreach (var s in new[] { -1f, 1f })
                k.Paint(rib).Box(new Vector3(x, 1.3f, s * 1.22f), new Vector3(0.08f, 1.2f, 0.03f));
        return k;
    }

    /// <summary>3 m of chain-link fence: posts, a top rail and the mesh as a see-through lattice of wires.</summary>
    private static Kit MakeChainLink()
    {
        var k = new Kit();
        var steel = k.Paint(Pipe);
        steel.Rod(new Vector3(0, 0, 0), new Vector3(0, 2.2f, 0), 0.04f, 0.04f, 6);
        steel.Rod(new Vector3(0, 2.1f, 0), new Vector3(3, 2.1f, 0), 0.025f, 0.025f, 4);
        for (var x = 0.15f; x < 3; x += 0.15f)
        {
            steel.Box(Matrix4x4.CreateScale(0.006f, 1.1f, 0.006f) * Matrix4x4.CreateRotationZ(0.2f) * Matrix4x4.CreateTranslation(x, 1.05f, 0));
            steel.Box(Matrix4x4.CreateScale(0.006f, 1.1f, 0.006f) * Matrix4x4.CreateRotationZ(-0.2f) * Matrix4x4.CreateTranslation(x, 1.05f, 0));
        }
        return k;
    }
}
