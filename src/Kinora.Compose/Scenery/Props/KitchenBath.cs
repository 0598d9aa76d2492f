using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Fitted kitchen and bathroom pieces, backs against −Z: a 0.6 m base cabinet with worktop (0.9 m high), a wall
/// cabinet (hung 1.45–2.15 m), a fridge (1.8 m), a cooker with four rings and a hood, a sink unit; a bathtub
/// lying along X (1.7 m), a toilet, a vanity basin and a mirror. Kitchen units are 0.6 m wide and tile along a wall.
/// </summary>
public static class KitchenBath
{
    private static readonly Material Door = Paints.Srgb(105, 130, 112, 0.45f, 0, "cabinetdoor"); // sage: reads against a pale wall
    private static readonly Material Worktop = Paints.Srgb(60, 58, 55, 0.3f, 0, "worktop");
    private static readonly Material Handle = Paints.Srgb(190, 190, 195, 0.25f, 1, "handle");
    private static readonly Material Enamel = Paints.Srgb(245, 245, 243, 0.15f, 0, "enamel");
    private static readonly Material Mirror = Paints.Srgb(200, 205, 210, 0.02f, 1, "mirror");

    public static Kit BaseUnit { get; } = MakeBaseUnit(false);
    public static Kit SinkUnit { get; } = MakeBaseUnit(true);
    public static Kit WallUnit { get; } = MakeWallUnit();
    public static Kit Fridge { get; } = MakeFridge();
    public static Kit Cooker { get; } = MakeCooker();
    public static Kit Bathtub { get; } = MakeBathtub();
    public static Kit Toilet { get; } = MakeToilet();
    public static Kit Vanity { get; } = MakeVanity();

    private static Kit MakeBaseUnit(bool sink)
    {
        var k = new Kit();
        k.Paint(Door).Box(new Vector3(0, 0.45f, 0), new Vector3(0.295f, 0.43f, 0.29f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.05f, 0.22f), new Vector3(0.3f, 0.05f, 0.05f)); // plinth
        k.Paint(Worktop).Box(new Vector3(0, 0.9f, 0.01f), new Vector3(0.3f, 0.02f, 0.31f));
        k.Paint(Handle).Box(new Vector3(0, 0.78f, 0.3f), new Vector3(0.12f, 0.01f, 0.012f));
        if (sink)
        {
            k.Paint(Paints.Steel).Box(new Vector3(0, 0.915f, 0.04f), new Vector3(0.22f, 0.005f, 0.18f));
            k.Paint(Paints.Chrome).Rod(new Vector3(0, 0.92f, -0.2f), new Vector3(0, 1.2f, -0.2f), 0.015f, 0.015f, 6);
            k.Paint(Paints.Chrome).Rod(new Vector3(0, 1.2f, -0.2f), new Vector3(0, 1.2f, -0.02f), 0.012f, 0.012f, 6);
        }
        return k;
    }

    private static Kit MakeWallUnit()
    {
        var k = new Kit();
        k.Paint(Door).Box(new Vector3(0, 1.8f, -0.12f), new Vector3(0.295f, 0.35f, 0.17f));
        k.Paint(Handle).Box(new Vector3(0, 1.5f, 0.055f), new Vector3(0.12f, 0.01f, 0.012f));
        return k;
    }

    private static Kit MakeFridge()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(215, 218, 220, 0.3f, 0.4f, "fridge")).Box(new Vector3(0, 0.9f, 0), new Vector3(0.3f, 0.9f, 0.32f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.2f, 0.325f), new Vector3(0.29f, 0.005f, 0.005f));
        k.Paint(Handle).Box(new Vector3(0.24f, 1.45f, 0.34f), new Vector3(0.012f, 0.15f, 0.012f));
        k.Paint(Handle).Box(new Vector3(0.24f, 0.95f, 0.34f), new Vector3(0.012f, 0.15f, 0.012f));
        return k;
    }

    private static Kit MakeCooker()
    {
        var k = new Kit();
        k.Paint(Paints.Steel).Box(new Vector3(0, 0.45f, 0), new Vector3(0.3f, 0.45f, 0.3f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.42f, 0.3f), new Vector3(0.24f, 0.2f, 0.005f)); // oven door glass
        k.Paint(Paints.Black).Box(new Vector3(0, 0.91f, 0), new Vector3(0.3f, 0.01f, 0.3f));
        foreach (var x in new[] { -0.14f, 0.14f })
            foreach (var z in new[] { -0.13f, 0.13f })
                k.Paint(Paints.Srgb(70, 70, 72, 0.6f, 0.5f, "ring")).Cylinder(Matrix4x4.CreateScale(0.08f, 0.01f, 0.08f) * Matrix4x4.CreateTranslation(x, 0.925f, z), 1, 10);
        k.Paint(Paints.Steel).Cylinder(Matrix4x4.CreateScale(0.32f, 0.18f, 0.25f) * Matrix4x4.CreateTranslation(0, 1.75f, -0.05f), 0.35f, 4); // hood
        return k;
    }

    private static Kit MakeBathtub()
    {
        var k = new Kit();
        k.Paint(Enamel).Box(new Vector3(0, 0.28f, 0), new Vector3(0.85f, 0.28f, 0.38f));
        k.Paint(Paints.Srgb(170, 200, 215, 0.05f, 0, "bathwater")).Box(new Vector3(0, 0.5f, 0), new Vector3(0.77f, 0.07f, 0.3f));
        k.Paint(Paints.Chrome).Rod(new Vector3(-0.75f, 0.56f, -0.3f), new Vector3(-0.75f, 0.75f, -0.3f), 0.02f, 0.02f, 6);
        return k;
    }

    private static Kit MakeToilet()
    {
        var k = new Kit();
        var e = k.Paint(Enamel);
        e.Cylinder(Matrix4x4.CreateScale(0.15f, 0.2f, 0.13f) * Matrix4x4.CreateTranslation(0, 0.2f, 0.05f), 1.2f, 10);
        e.Box(new Vector3(0, 0.42f, 0.08f), new Vector3(0.19f, 0.025f, 0.24f));
        e.Box(new Vector3(0, 0.6f, -0.22f), new Vector3(0.2f, 0.2f, 0.08f)); // cistern
        return k;
    }

    private static Kit MakeVanity()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Box(new Vector3(0, 0.4f, 0), new Vector3(0.4f, 0.4f, 0.24f));
        k.Paint(Enamel).Box(new Vector3(0, 0.83f, 0), new Vector3(0.42f, 0.04f, 0.25f));
        k.Paint(Paints.Chrome).Rod(new Vector3(0, 0.86f, -0.18f), new Vector3(0, 1.05f, -0.1f), 0.015f, 0.015f, 6);
        k.Paint(Mirror).Box(new Vector3(0, 1.55f, -0.2f), new Vector3(0.38f, 0.45f, 0.015f));
        return k;
    }
}
