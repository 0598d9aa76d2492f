using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Places.Town;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// The Lujiazui skyline across the Huangpu, as seen from Shanghai's Bund, in its own metres: the Oriental Pearl
/// Tower (468 m: three columns through a 50 m sphere at ~100 m and a 30 m sphere at ~250 m, a spire above, the
/// spheres' pink-red glass), the Shanghai Tower (632 m, a glass cylinder tapering and twisting 120° as it rises),
/// the World Financial Center (492 m, a tapering slab with the trapezoid opening at its top) and Jin Mao (421 m,
/// stepped like a pagoda), among plainer glass towers. The glass is the renderer's curtain-wall pattern
/// (<see cref="Facades"/>): window grids without geometry, lit offices after dark, when the Pearl's spheres glow
/// magenta as they do every night. Built once by day and once by night; the set scales it to what the camera holds.
/// </summary>
public sealed class PudongSkyline
{
    private static readonly Material Concrete = Paints.Srgb(225, 222, 215, 0.7f, 0, "pearlconcrete");
    private static readonly Material Steel = Paints.Srgb(170, 175, 180, 0.35f, 0.8f, "towersteel");
    /// <summary>Linear RGB, sun units: the magenta floodlight on the Pearl's spheres at night.</summary>
    private static readonly Vector3 PearlNight = new(0.6f, 0.12f, 0.4f);

    public static PudongSkyline Day { get; } = new(false);
    public static PudongSkyline Night { get; } = new(true);

    private readonly bool _dark;
    private readonly Material _pearl, _shanghai, _financial, _jinMao;

    private PudongSkyline(bool dark)
    {
        _dark = dark;
        _pearl = Paints.Srgb(215, 60, 125, 0.25f, 0.35f, "pearlglass") with { Emission = dark ? PearlNight : Vector3.Zero };
        _shanghai = Facades.Curtain(Paints.Srgb(110, 145, 170, 0.12f, 0.6f, "shanghaitower"), dark);
        _financial = Facades.Curtain(Paints.Srgb(100, 118, 135, 0.14f, 0.6f, "swfcglass"), dark);
        _jinMao = Facades.Curtain(Paints.Srgb(105, 112, 115, 0.25f, 0.7f, "jinmao"), dark);
        OrientalPearl = MakePearl();
        ShanghaiTower = MakeShanghaiTower();
        FinancialCenter = MakeFinancialCenter();
        JinMao = MakeJinMao();
    }

    public Kit OrientalPearl { get; }
    public Kit ShanghaiTower { get; }
    public Kit FinancialCenter { get; }
    public Kit JinMao { get; }

    /// <summary>A plain glass office tower of the given footprint half-size and height in one of the curtain-wall
    /// tints (<paramref name="tint"/> indexes <see cref="Facades.Tints"/>); <paramref name="shape"/> 0 a slab with a
    /// plant-room crown, 1 a slab with a setback top storey block, 2 a round tower.</summary>
    public Kit Tower(float half, float height, int tint, int shape)
    {
        var k = new Kit();
        // A shade deeper than a street's towers: seen across a kilometre of haze the street tints washed out to the sky.
        var skin = k.Paint(Facades.Curtain(Paints.Shade(Facades.Tints[tint % Facades.Tints.Length], 0.72f), _dark));
        switch (shape % 3)
        {
            case 0:
                skin.Box(new Vector3(0, height / 2, 0), new Vector3(half, height / 2, half * 0.8f));
                k.Paint(Steel).Box(new Vector3(0, height + 3, 0), new Vector3(half * 0.7f, 3, half * 0.55f));
                break;
            case 1:
                skin.Box(new Vector3(0, height * 0.4f, 0), new Vector3(half, height * 0.4f, half));
                skin.Box(new Vector3(0, height * 0.9f, 0), new Vector3(half * 0.72f, height * 0.1f, half * 0.72f));
                k.Paint(Steel).Rod(new Vector3(0, height, 0), new Vector3(0, height + half * 2, 0), half * 0.08f, half * 0.02f, 6);
                break;
            default:
                skin.Cylinder(Matrix4x4.CreateScale(half, height / 2, half) * Matrix4x4.CreateTranslation(0, height / 2, 0), 1, 16);
                k.Paint(Steel).Cylinder(Matrix4x4.CreateScale(half * 0.8f, 2.5f, half * 0.8f) * Matrix4x4.CreateTranslation(0, height + 2.5f, 0), 0.6f, 16);
                break;
        }
        return k;
    }

    private Kit MakePearl()
    {
        var k = new Kit();
        var c = k.Paint(Concrete);
        // Three columns leaning in from a tripod base, and three slim legs splayed out to the ground.
        for (var i = 0; i < 3; i++)
        {
            var a = i * MathF.Tau / 3;
            var (s, co) = (MathF.Sin(a), MathF.Cos(a));
            c.Rod(new Vector3(co * 9, 0, s * 9), new Vector3(co * 5, 350, s * 5), 4.5f, 3.5f, 10);
            c.Rod(new Vector3(co * 40, 0, s * 40), new Vector3(co * 8, 70, s * 8), 2.6f, 2.6f, 8);
        }
        var pink = k.Paint(_pearl);
        pink.Sphere(Matrix4x4.CreateScale(25) * Matrix4x4.CreateTranslation(0, 100, 0), 28, 18);
        pink.Sphere(Matrix4x4.CreateScale(16) * Matrix4x4.CreateTranslation(0, 260, 0), 24, 16);
        pink.Sphere(Matrix4x4.CreateScale(7) * Matrix4x4.CreateTranslation(0, 352, 0), 18, 12);
        // Small spheres strung between the great two, five more round the base, and the spire.
        foreach (var y in new[] { 150f, 175f, 200f, 225f }) pink.Sphere(Matrix4x4.CreateScale(5.5f) * Matrix4x4.CreateTranslation(0, y, 0), 14, 10);
        for (var i = 0; i < 3; i++)
        {
            var a = i * MathF.Tau / 3 + MathF.PI / 3;
            pink.Sphere(Matrix4x4.CreateScale(9) * Matrix4x4.CreateTranslation(MathF.Cos(a) * 24, 12, MathF.Sin(a) * 24), 14, 10);
        }
        k.Paint(Steel).Rod(new Vector3(0, 355, 0), new Vector3(0, 468, 0), 3, 0.6f, 8);
        return k;
    }

    private Kit MakeShanghaiTower()
    {
        var k = new Kit();
        var glass = k.Paint(_shanghai);
        // Stacked rounded-triangle drums, each smaller and turned further: a taper with a twist.
        const int Drums = 18;
        for (var i = 0; i < Drums; i++)
        {
            var t = (i + 0.5f) / Drums;
            var r = 40 * (1 - 0.55f * t);
            var y = 600f * i / Drums;
            glass.Cylinder(Matrix4x4.CreateScale(r, 600f / Drums / 2 + 0.5f, r * 0.88f) * Matrix4x4.CreateRotationY(t * 2.1f) * Matrix4x4.CreateTranslation(0, y + 600f / Drums / 2, 0), 0.98f, 3 * 6);
        }
        // The sloped crown.
        glass.Cylinder(Matrix4x4.CreateScale(17, 16, 15) * Matrix4x4.CreateRotationY(2.1f) * Matrix4x4.CreateTranslation(0, 616, 0), 0.3f, 18);
        return k;
    }

    private Kit MakeFinancialCenter()
    {
        var k = new Kit();
        var glass = k.Paint(_financial);
        // A slab tapering as it rises, and above it the trapezoid opening (the "bottle opener") between two slim
        // pillars under a top bar, through which the sky shows.
        glass.Extrude([new(-29, 0), new(29, 0), new(24, 440), new(-24, 440)], 44, Matrix4x4.Identity);
        foreach (var s in new[] { -1f, 1f })
            glass.Box(new Vector3(s * 21, 463, 0), new Vector3(3.5f, 23, 18));
        glass.Box(new Vector3(0, 488, 0), new Vector3(24.5f, 4, 17));
        return k;
    }

    private Kit MakeJinMao()
    {
        var k = new Kit();
        var g = k.Paint(_jinMao);
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
