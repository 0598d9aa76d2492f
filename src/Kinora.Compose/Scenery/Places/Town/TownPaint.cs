using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// Surfaces and small pieces the town sets share: brick, stone, glass curtain wall, concrete, steel, and the road
/// pieces every set lays (an asphalt strip with its paint, a kerbed pavement). Roads run along X, where the cast
/// travels, unless a set says otherwise.
/// </summary>
internal static class TownPaint
{
    public static readonly Material Brick = Paints.Srgb(140, 68, 50, 0.92f, 0, "alleybrick");
    public static readonly Material DarkBrick = Paints.Srgb(95, 60, 50, 0.92f, 0, "alleydarkbrick");
    public static readonly Material Stone = Paints.Srgb(200, 188, 165, 0.85f, 0, "townstone") with { Pattern = "stone" };
    public static readonly Material PaleStone = Paints.Srgb(222, 214, 196, 0.8f, 0, "palestone");
    public static readonly Material Concrete = Paints.Srgb(168, 166, 160, 0.9f, 0, "townconcrete");
    public static readonly Material Mullion = Paints.Srgb(175, 180, 185, 0.35f, 0.8f, "mullion");
    public static readonly Material Steel = Paints.Srgb(95, 100, 105, 0.45f, 0.7f, "townsteel");
    public static readonly Material Iron = Paints.Srgb(35, 35, 38, 0.6f, 0.5f, "fireescape");
    public static readonly Material Water = Paints.Srgb(45, 90, 110, 0.06f, 0, "river");
    public static readonly Material Setts = Paints.Srgb(150, 140, 128, 0.9f, 0, "setts") with { Pattern = "tiles" };
    public static readonly Material Lawn = Paints.Srgb(70, 120, 50, 0.95f, 0, "lawn") with { Pattern = "grass" };
    public static readonly Material SignGreen = Paints.Srgb(20, 110, 60, 0.5f, 0, "signgreen");
    public static readonly Material SignText = Paints.Srgb(240, 240, 240, 0.5f, 0, "signtext");

    /// <summary>An asphalt strip along X over z ∈ [z0, z1], from <paramref name="x0"/> to <paramref name="x1"/>.</summary>
    public static void Road(SetDresser d, float x0, float x1, float z0, float z1) =>
        Landforms.Slab(d.Layer("road", (x0 + x1) / 2), Palette.Asphalt, x0, x1, z0, z1, 0.012f);

    /// <summary>White paint lines along X at z: dashed (6 m period, 3 m dash) or solid.</summary>
    public static void LineAlongX(SetDresser d, float x0, float x1, float z, bool dashed, float width = 0.15f, Material? paint = null)
    {
        var k = d.Layer("road paint", (x0 + x1) / 2);
        if (!dashed) { Landforms.Slab(k, paint ?? Palette.RoadPaint, x0, x1, z - width / 2, z + width / 2, 0.02f, 0.01f); return; }
        for (var x = x0; x < x1; x += 6)
            Landforms.Slab(k, paint ?? Palette.RoadPaint, x, x + 3, z - width / 2, z + width / 2, 0.02f, 0.01f);
    }

    /// <summary>A raised pavement along X over z ∈ [z0, z1] with a kerb-stone edge on its +Z side.</summary>
    public static void Pavement(SetDresser d, float x0, float x1, float z0, float z1, float height = 0.15f)
    {
        var k = d.Layer("pavement", (x0 + x1) / 2);
        Landforms.Slab(k, Palette.Pavement, x0, x1, z0, z1, height, height + 0.05f);
        Landforms.Slab(k, Palette.Kerb, x0, x1, z1 - 0.2f, z1, height + 0.01f, height + 0.06f);
    }

    /// <summary>Street lamps along X at z, every <paramref name="step"/> m, lit after dark; arms reach towards +Z.</summary>
    public static void Lamps(SetDresser d, float x0, float x1, float z, float step, float y = 0, float yaw = 0)
    {
        for (var x = x0; x < x1; x += step)
        {
            var at = new Vector3(x, y, z);
            if (!d.Put("street lamps", d.Dark ? StreetProps.StreetLampLit : StreetProps.StreetLamp, at, yaw, 1, 0.3f)) continue;
            if (d.Dark) d.Light(StreetProps.LampLight(at + Vector3.Transform(StreetProps.StreetLampHead, Matrix4x4.CreateRotationY(yaw))));
        }
    }

    /// <summary>A parked car: the full cast model within <paramref name="near"/> m of the action (what a frame shows
    /// close), the low-poly one farther off. Faces +X at yaw 0.</summary>
    public static bool Car(SetDresser d, Vector3 at, float yaw, float near = 8)
    {
        var close = MathF.Abs(at.X - d.Zone.CentreX) < near && MathF.Abs(at.Z - d.Zone.Back) < 14;
        var car = close ? StreetLife.Car(d.Pick(StreetLife.CarVariants)) : ParkedCars.All[d.Pick(ParkedCars.All.Length)];
        return d.Put(close ? "parked cars near" : "parked cars", car, at, yaw, 1, 1.0f);
    }

    // Paving casts no shadow: it lies flat, and its 5 cm bands only darkened the square in a patch where the sun's
    // shadow map reached.
    public static readonly Material PlazaStone = Paints.Srgb(128, 118, 106, 0.85f, 0, "plazastone") with { Pattern = "tiles", CastsShadow = false };
    public static readonly Material PlazaBand = Paints.Srgb(78, 72, 68, 0.85f, 0, "plazaband") with { CastsShadow = false };

    /// <summary>A paved square over x ∈ [x0, x1], z ∈ [z0, z1]: warm grey setts crossed by bands of dark granite every
    /// <paramref name="cell"/> m. A plain pale ground seen from a camera standing 100 m off at 7° had no lines to show
    /// its perspective and read as fog; the bands converge towards the landmark and say "paved square".</summary>
    public static void Plaza(SetDresser d, float x0, float x1, float z0, float z1, float cell = 9, float y = 0.02f)
    {
        var k = d.Layer("plaza", (x0 + x1) / 2);
        Landforms.Slab(k, PlazaStone, x0, x1, z0, z1, y, y);
        for (var x = x0 + cell / 2; x < x1; x += cell)
            Landforms.Slab(k, PlazaBand, x - 0.35f, x + 0.35f, z0, z1, y + 0.05f, 0.05f);
        for (var z = z0 + cell / 2; z < z1; z += cell)
            Landforms.Slab(k, PlazaBand, x0, x1, z - 0.35f, z + 0.35f, y + 0.05f, 0.05f);
    }

    /// <summary>A merged box in a layer: centre and half extents.</summary>
    public static void Box(SetDresser d, string kind, Material paint, Vector3 centre, Vector3 half) =>
        d.Layer(kind, centre.X).Paint(paint).Box(centre, half);
}
