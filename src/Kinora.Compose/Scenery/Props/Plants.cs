using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Small growth: grass tufts (a fan of thin three-sided blades), flowers (a stem and a coloured head), bushes
/// (clumped lumps) and a saguaro cactus. Sizes are the plants' own: a tuft 0.35 m, a flower 0.4 m, a bush 1.2 m,
/// a saguaro 3.5 m.
/// </summary>
public static class Plants
{
    public static Kit GrassTuft { get; } = MakeTuft(Palette.GrassBlade);
    public static Kit DryTuft { get; } = MakeTuft(Palette.DryGrass);
    public static Kit[] Flowers { get; } =
    [
        MakeFlower(Paints.Srgb(220, 40, 50, 0.6f, 0, "petalred")),
        MakeFlower(Paints.Srgb(245, 205, 40, 0.6f, 0, "petalyellow")),
        MakeFlower(Paints.Srgb(240, 240, 245, 0.6f, 0, "petalwhite")),
        MakeFlower(Paints.Srgb(150, 80, 200, 0.6f, 0, "petalviolet")),
    ];
    public static Kit Bush { get; } = MakeBush();
    public static Kit Saguaro { get; } = MakeSaguaro();

    private static Kit MakeTuft(Material blade)
    {
        var k = new Kit();
        var m = k.Paint(blade);
        for (var i = 0; i < 5; i++)
        {
            var a = i * 2.4f; // golden-angle fan
            var lean = new Vector3(MathF.Cos(a), 0, MathF.Sin(a)) * (0.06f + 0.02f * (i % 3));
            // Pointed blades (no tip cap, no base cap seen): 6 triangles each.
            m.Rod(new Vector3(lean.X * 0.3f, 0, lean.Z * 0.3f), lean + new Vector3(0, 0.25f + 0.04f * (i % 4), 0), 0.02f, 0, 3);
        }
        return k;
    }

    private static Kit MakeFlower(Material petals)
    {
        var k = new Kit();
        k.Paint(Palette.GrassBlade).Rod(Vector3.Zero, new Vector3(0, 0.42f, 0), 0.008f, 0, 3);
        k.Paint(Palette.GrassBlade).Ellipsoid(new Vector3(0.05f, 0.12f, 0), new Vector3(0.06f, 0.01f, 0.025f), 0.4f, 0, 4, 3);
        k.Paint(petals).Ellipsoid(new Vector3(0, 0.41f, 0), new Vector3(0.06f, 0.025f, 0.06f), 0, 0, 6, 3);
        return k;
    }

    private static Kit MakeBush()
    {
        var k = new Kit();
        var m = k.Paint(Palette.DarkLeaves);
        m.Ellipsoid(new Vector3(0, 0.5f, 0), new Vector3(0.7f, 0.55f, 0.7f), 0, 0, 9, 6);
        m.Ellipsoid(new Vector3(0.45f, 0.4f, 0.2f), new Vector3(0.45f, 0.4f, 0.45f), 0, 0.5f, 7, 5);
        m.Ellipsoid(new Vector3(-0.4f, 0.38f, -0.15f), new Vector3(0.45f, 0.38f, 0.4f), 0, 1.1f, 7, 5);
        return k;
    }

    private static Kit MakeSaguaro()
    {
        var k = new Kit();
        var m = k.Paint(Palette.Cactus);
        m.Capsule(Vector3.Zero, new Vector3(0, 3.3f, 0), 0.22f, 0.2f, 8);
        // Two arms: out, then up.
        m.Capsule(new Vector3(0, 1.5f, 0), new Vector3(0.6f, 1.6f, 0), 0.13f, 0.13f, 6);
        m.Capsule(new Vector3(0.6f, 1.6f, 0), new Vector3(0.62f, 2.6f, 0), 0.13f, 0.12f, 6);
        m.Capsule(new Vector3(0, 2.0f, 0), new Vector3(-0.5f, 2.1f, 0), 0.12f, 0.12f, 6);
        m.Capsule(new Vector3(-0.5f, 2.1f, 0), new Vector3(-0.52f, 2.9f, 0), 0.12f, 0.11f, 6);
        return k;
    }
}
