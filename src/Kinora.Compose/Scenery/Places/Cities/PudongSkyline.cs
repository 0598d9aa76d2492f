using Kinora.Compose.Assets;
using System.Numerics;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// The Lujiazui skyline across the Huangpu, as seen from Shanghai's Bund, in its own metres: the Oriental Pearl
/// Tower (468 m: three columns through a 50 m sphere at ~100 m and a 30 m sphere at ~250 m, a spire above, the
/// spheres' pink-red glass), the Shanghai Tower (632 m, a glass cylinder tapering and twisting 120° as it rises),
/// the World Financial Center (492 m, a tapering slab with the trapezoid opening at its top) and Jin Mao (421 m,
/// stepped like a pagoda), among plainer glass towers. Built once; the set scales it to what the camera can hold.
/// </summary>
public static class PudongSkyline
{
    private static readonly Material Pearl = Paints.Srgb(200, 70, 110, 0.2f, 0.3f, "pearlglass");
    private static readonly Material Concrete = Paints.Srgb(215, 212, 205, 0.7f, 0, "pearlconcrete");
    private static readonly Material BlueGlass = Paints.Srgb(120, 150, 170, 0.15f, 0.6f, "towerglass");
    private static readonly Material GreyGlass = Paints.Srgb(150, 160, 168, 0.2f, 0.6f, "greyglass");
    private static readonly Material Steel = Paints.Srgb(170, 175, 180, 0.35f, 0.8f, "towersteel");

    public static Kit OrientalPearl { get; } = MakePearl();
    public static Kit ShanghaiTower { get; } = MakeShanghaiTower();
    public static Kit FinancialCenter { get; } = MakeFinancialCenter();
    public static Kit JinMao { get; } = MakeJinMao();

    /// <summary>A plain glass office tower of the given footprint half-size and height, with a lighter crown.</summary>
    public static Kit Tower(float half, float height, bool grey)
    {
        var k = new Kit();
        k.Paint(grey ? GreyGlass : BlueGlass).Box(new Vector3(0, height / 2, 0), new Vector3(half, height / 2, half * 0.8f));
        k.Paint(Steel).Box(new Vector3(0, height + 2, 0), new Vector3(half * 0.8f, 2, half * 0.65f));
        return k;
    }

    private static Kit MakePearl()
    {
        var k = new Kit();
        var c = k.Paint(Concrete);
        // Three columns leaning in from a tripod base, and three slim legs splayed out to the ground.
        for (var i = 0; i < 3; i++)
        {
            var a = i * MathF.Tau / 3;
            var (s, co) = (MathF.Sin(a), MathF.Cos(a));
            c.Rod(new Vector3(co * 9, 0, s * 9), new Vector3(co * 5, 350, s * 5), 4.5f, 3.5f, 10);
            c.Rod(new Vector3(co * 40, 0, s * 40), new Vector3(co * 8, 70, s * 8), 2.2f, 2.2f, 8);
        }
        var pink = k.Paint(Pearl);
        pink.Sphere(Matrix4x4.CreateScale(25) * Matrix4x4.CreateTranslation(0, 100, 0), 28, 18);
        pink.Sphere(Matrix4x4.CreateScale(16) * Matrix4x4.CreateTranslation(0, 260, 0), 24, 16);
        pink.Sphere(Matrix4x4.CreateScale(7) * Matrix4x4.CreateTranslation(0, 352, 0), 18, 12);
        // Small spheres strung between the great two, and the spire.
        foreach (var y in new[] { 150f, 175f, 200f, 225f }) pink.Sphere(Matrix4x4.CreateScale(5.5f) * Matrix4x4.CreateTranslation(0, y, 0), 14, 10);
        k.Paint(Steel).Rod(new Vector3(0, 355, 0), new Vector3(0, 468, 0), 3, 0.6f, 8);
        return k;
    }

    private static Kit MakeShanghaiTower()
    {
        var k = new Kit();
        var glass = k.Paint(BlueGlass);
        // Stacked rounded-triangle drums, each smaller and turned further: a taper with a twist.
        const int Drums = 18;
        for (var i = 0; i < Drums; i++)
        {
            var t = (i + 0.5f) / Drums;
            var r = 40 * (1 - 0.55f * t);
            var y = 600f * i / Drums;
            glass.Cylinder(Matrix4x4.CreateScale(r, 600f / Drums / 2 + 0.5f, r * 0.88f) * Matrix4x4.CreateRotationY(t * 2.1f) * Matrix4x4.CreateTranslation(0, y + 600f / Drums / 2, 0), 0.98f, 3 * 6);
        }
        // The notch running up one side and the sloped crown.
        glass.Cylinder(Matrix4x4.CreateScale(16, 16, 14) * Matrix4x4.CreateTranslation(0, 616, 0), 0.3f, 18);
        return k;
    }

    private static Kit MakeFinancialCenter()
    {
        var k = new Kit();
        var glass = k.Paint(GreyGlass);
        // A slab tapering as it rises, and above it the trapezoid opening (the "bottle opener") between two slim
        // pillars under a top bar, through which the sky shows.
        glass.Extrude([new(-29, 0), new(29, 0), new(24, 440), new(-24, 440)], 44, Matrix4x4.Identity);
        foreach (var s in new[] { -1f, 1f })
            glass.Box(new Vector3(s * 21, 463, 0), new Vector3(3.5f, 23, 18));
        glass.Box(new Vector3(0, 488, 0), new Vector3(24.5f, 4, 17));
        return k;
    }

    private static Kit MakeJinMao()
    {
        var k = new Kit();
        var g = k.Paint(Paints.Srgb(130, 135, 130, 0.3f, 0.7f, "jinmao"));
        // Setbacks of diminishing height, as a pagoda's eaves.
        var y = 0f;
        var half = 27f;
        for (var i = 0; i < 13 && half > 4; i++)
        {
            var h = 60 * MathF.Pow(0.85f, i);
            g.Box(new Vector3(0, y + h / 2, 0), new Vector3(half, h / 2, half));
            k.Paint(Steel).Box(new Vector3(0, y + h, 0), new Vector3(half + 1.2f, 0.8f, half + 1.2f));
            y += h;
            half *= 0.86f;
        }
        k.Paint(Steel).Rod(new Vector3(0, y, 0), new Vector3(0, 421, 0), 3, 0.5f, 8);
        return k;
    }
}
