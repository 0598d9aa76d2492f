using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Furniture of a home, standing with its back to −Z (against a back wall) and its front to +Z: a three-seat sofa
/// (2.1 m), a bed lying along X (2.0 × 1.5 m), a nightstand, a wardrobe, a floor lamp (1.6 m, its shade lit after
/// dark), a potted plant and a framed picture (hung by its centre). Sizes are catalogue sizes.
/// </summary>
public static class HomeFurniture
{
    private static readonly Material Fabric = Paints.Srgb(70, 90, 120, 0.95f, 0, "sofafabric");
    private static readonly Material Cushion = Paints.Srgb(200, 160, 90, 0.95f, 0, "cushion");
    private static readonly Material Linen = Paints.Srgb(235, 232, 225, 0.9f, 0, "linen");
    private static readonly Material Duvet = Paints.Srgb(120, 150, 175, 0.95f, 0, "duvet");
    private static readonly Material Pot = Paints.Srgb(170, 95, 60, 0.8f, 0, "terracotta");
    private static readonly Material Shade = Paints.Srgb(235, 225, 200, 0.9f, 0, "lampshade");

    public static readonly Vector3 FloorLampBulb = new(0, 1.45f, 0);
    public static Kit Sofa { get; } = MakeSofa();
    public static Kit Bed { get; } = MakeBed();
    public static Kit Nightstand { get; } = MakeNightstand();
    public static Kit Wardrobe { get; } = MakeWardrobe();
    public static Kit FloorLamp { get; } = MakeFloorLamp(false);
    public static Kit FloorLampLit { get; } = MakeFloorLamp(true);
    public static Kit Plant { get; } = MakePlant();

    /// <summary>A room lamp's light: warm, 3 sun-units at 1 m (≈ 0.2 on a wall 4 m away), reaching 9 m.</summary>
    public static LightSource LampLight(Vector3 bulb, float strength = 3) => new(bulb, new Vector3(1, 0.75f, 0.45f) * strength, 9);

    private static Kit MakeSofa()
    {
        var k = new Kit();
        var f = k.Paint(Fabric);
        f.Box(new Vector3(0, 0.22f, 0), new Vector3(1.05f, 0.2f, 0.45f));          // base
        f.Box(new Vector3(0, 0.6f, -0.35f), new Vector3(1.05f, 0.35f, 0.12f));     // back
        foreach (var x in new[] { -0.98f, 0.98f }) f.Box(new Vector3(x, 0.4f, 0), new Vector3(0.1f, 0.22f, 0.45f)); // arms
        for (var i = -1; i <= 1; i++) f.Box(new Vector3(i * 0.6f, 0.47f, 0.05f), new Vector3(0.29f, 0.07f, 0.38f)); // seat cushions
        k.Paint(Cushion).Box(new Vector3(-0.6f, 0.7f, -0.16f), new Vector3(0.2f, 0.18f, 0.06f), rotZ: 0.15f);
        k.Paint(Cushion).Box(new Vector3(0.65f, 0.7f, -0.16f), new Vector3(0.2f, 0.18f, 0.06f), rotZ: -0.15f);
        return k;
    }

    private static Kit MakeBed()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Box(new Vector3(0, 0.18f, 0), new Vector3(1.0f, 0.16f, 0.78f));
        k.Paint(Paints.Wood).Box(new Vector3(-1.02f, 0.55f, 0), new Vector3(0.04f, 0.55f, 0.8f)); // headboard at −X
        k.Paint(Linen).Box(new Vector3(0, 0.42f, 0), new Vector3(0.98f, 0.1f, 0.75f));
        k.Paint(Duvet).Box(new Vector3(0.22f, 0.53f, 0), new Vector3(0.76f, 0.05f, 0.78f));
        foreach (var z in new[] { -0.38f, 0.38f }) k.Paint(Linen).Ellipsoid(new Vector3(-0.8f, 0.58f, z), new Vector3(0.14f, 0.08f, 0.3f), 0, 0, 8, 5);
        return k;
    }

    private static Kit MakeNightstand()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Box(new Vector3(0, 0.28f, 0), new Vector3(0.24f, 0.28f, 0.2f));
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 0.4f, 0.205f), new Vector3(0.2f, 0.08f, 0.01f));
        return k;
    }

    private static Kit MakeWardrobe()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Box(new Vector3(0, 1.0f, 0), new Vector3(0.6f, 1.0f, 0.3f));
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 1.0f, 0.305f), new Vector3(0.005f, 0.95f, 0.005f));
        foreach (var x in new[] { -0.06f, 0.06f }) k.Paint(Paints.Chrome).Box(new Vector3(x, 1.0f, 0.32f), new Vector3(0.01f, 0.1f, 0.015f));
        return k;
    }

    private static Kit MakeFloorLamp(bool lit)
    {
        var k = new Kit();
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.16f, 0.015f, 0.16f) * Matrix4x4.CreateTranslation(0, 0.015f, 0), 1, 10);
        k.Paint(Paints.Black).Rod(Vector3.Zero, new Vector3(0, 1.4f, 0), 0.015f, 0.015f, 6);
        k.Paint(lit ? Palette.Glow(255, 215, 150, 1.5f, "shadelit") : Shade)
            .Cylinder(Matrix4x4.CreateScale(0.2f, 0.14f, 0.2f) * Matrix4x4.CreateTranslation(FloorLampBulb), 0.7f, 12);
        return k;
    }

    private static Kit MakePlant()
    {
        var k = new Kit();
        k.Paint(Pot).Cylinder(Matrix4x4.CreateScale(0.17f, 0.18f, 0.17f) * Matrix4x4.CreateTranslation(0, 0.18f, 0), 1.2f, 10);
        var leaves = k.Paint(Palette.Leaves);
        for (var i = 0; i < 6; i++)
        {
            var a = i * MathF.Tau / 6;
            leaves.Ellipsoid(new Vector3(MathF.Cos(a) * 0.18f, 0.62f + (i % 2) * 0.15f, MathF.Sin(a) * 0.18f), new Vector3(0.22f, 0.05f, 0.08f), 0.5f, -a, 6, 4);
        }
        leaves.Ellipsoid(new Vector3(0, 0.75f, 0), new Vector3(0.15f, 0.25f, 0.15f), 0, 0, 7, 5);
        return k;
    }

    /// <summary>A framed picture w × h (m) facing +Z, centred at the origin: a frame, a canvas, and blocks of colour
    /// (a landscape-like horizon or an abstract) chosen by <paramref name="seed"/>.</summary>
    public static Kit Picture(float w, float h, int seed)
    {
        var k = new Kit();
        k.Paint(seed % 3 == 0 ? Paints.Srgb(180, 140, 60, 0.4f, 0.6f, "giltframe") : Paints.DarkWood).Box(Vector3.Zero, new Vector3(w / 2 + 0.05f, h / 2 + 0.05f, 0.025f));
        var r = new Kinora.Plan.SeededRandom(seed, "picture");
        var sky = Paints.Srgb((byte)r.Range(60, 230), (byte)r.Range(90, 230), (byte)r.Range(140, 250), 0.8f, 0, "canvas" + seed % 5);
        k.Paint(sky).Box(new Vector3(0, 0, 0.02f), new Vector3(w / 2, h / 2, 0.01f));
        for (var i = 0; i < 3; i++)
        {
            var c = Paints.Srgb((byte)r.Range(20, 250), (byte)r.Range(20, 220), (byte)r.Range(10, 200), 0.8f, 0, $"paint{seed % 7}-{i}");
            var bw = (float)r.Range(0.2, 0.9) * w / 2;
            var bh = (float)r.Range(0.15, 0.5) * h / 2;
            k.Paint(c).Box(new Vector3((float)r.Range(-1, 1) * (w / 2 - bw), (float)r.Range(-1, 1) * (h / 2 - bh), 0.031f), new Vector3(bw, bh, 0.003f));
        }
        return k;
    }
}
