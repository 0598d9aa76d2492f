using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery;

/// <summary>
/// Surfaces of the scenery, as the sRGB swatches a person pictures (decoded to linear by <see cref="Paints"/>).
/// Glowing surfaces carry <see cref="Material.Emission"/> in the sun's units (1 ≈ a white wall in midday sun): a lit
/// window ≈ 0.4 (a bright interior seen from outside at night), a lamp globe ≈ 4 (bright enough to bloom), neon ≈ 2.5.
/// Glows cast no shadow, so a bulb never darkens what it lights.
/// </summary>
public static class Palette
{
    public static Material Bark { get; } = Paints.Srgb(88, 64, 45, 0.9f, 0, "bark");
    public static Material Leaves { get; } = Paints.Srgb(58, 112, 42, 0.8f, 0, "leaves");
    public static Material DarkLeaves { get; } = Paints.Srgb(38, 82, 40, 0.8f, 0, "darkleaves");
    public static Material AutumnLeaves { get; } = Paints.Srgb(170, 105, 40, 0.8f, 0, "autumnleaves");
    public static Material Needles { get; } = Paints.Srgb(30, 72, 48, 0.85f, 0, "needles");
    public static Material PalmFrond { get; } = Paints.Srgb(70, 130, 50, 0.75f, 0, "frond");
    public static Material PalmTrunk { get; } = Paints.Srgb(140, 112, 80, 0.9f, 0, "palmtrunk");
    public static Material SnowCover { get; } = Paints.Srgb(240, 244, 250, 0.7f, 0, "snowcover");
    public static Material GrassBlade { get; } = Paints.Srgb(70, 125, 45, 0.85f, 0, "tuft");
    public static Material DryGrass { get; } = Paints.Srgb(170, 150, 90, 0.9f, 0, "drygrass");
    public static Material Cactus { get; } = Paints.Srgb(70, 120, 70, 0.7f, 0, "cactus");
    public static Material Rock { get; } = Paints.Srgb(120, 116, 110, 0.9f, 0, "rock");
    public static Material RedRock { get; } = Paints.Srgb(170, 100, 65, 0.9f, 0, "redrock");
    /// <summary>A mountainside's thin turf over rock: a dull olive-brown, darker than a park's lawn.</summary>
    public static Material Hillside { get; } = Paints.Srgb(105, 110, 72, 0.95f, 0, "hillside");
    public static Material MountainRock { get; } = Paints.Srgb(105, 105, 110, 0.95f, 0, "mountain");
    public static Material Dune { get; } = Paints.Srgb(215, 175, 115, 0.95f, 0, "dune");
    public static Material Sea { get; } = Paints.Srgb(30, 85, 120, 0.08f, 0, "sea");
    public static Material Asphalt { get; } = Paints.Srgb(50, 50, 52, 0.85f, 0, "road");
    public static Material Pavement { get; } = Paints.Srgb(150, 148, 142, 0.85f, 0, "pavement") with { Pattern = "tiles" };
    public static Material Kerb { get; } = Paints.Srgb(175, 172, 165, 0.8f, 0, "kerb");
    public static Material RoadPaint { get; } = Paints.Srgb(235, 235, 225, 0.6f, 0, "roadpaint");
    public static Material PathGravel { get; } = Paints.Srgb(180, 165, 135, 0.95f, 0, "path");
    public static Material PostMetal { get; } = Paints.Srgb(45, 50, 48, 0.5f, 0.6f, "postmetal");
    public static Material BenchWood { get; } = Paints.Srgb(135, 90, 55, 0.7f, 0, "benchwood");
    public static Material FenceWood { get; } = Paints.Srgb(150, 120, 85, 0.85f, 0, "fencewood");
    public static Material WindowGlass { get; } = Paints.Srgb(55, 70, 88, 0.08f, 0.3f, "windowglass");
    public static Material WindowFrame { get; } = Paints.Srgb(220, 218, 210, 0.5f, 0, "windowframe");

    /// <summary>A window lit from inside at night: warm, glowing.</summary>
    public static Material LitWindow { get; } = Glow(255, 205, 140, 0.4f, "litwindow");
    /// <summary>A lamp's globe or tube, lit.</summary>
    public static Material LampGlow { get; } = Glow(255, 220, 170, 4f, "lampglow");
    /// <summary>The same lamp by day: frosted glass, off.</summary>
    public static Material LampOff { get; } = Paints.Srgb(225, 225, 215, 0.3f, 0, "lampoff");

    /// <summary>A glowing surface: the swatch as its own light, times <paramref name="strength"/> (sun units).</summary>
    public static Material Glow(byte r, byte g, byte b, float strength, string name) =>
        Paints.Srgb(r, g, b, 0.4f, 0, name) with
        {
            Emission = new Vector3(Paints.ToLinear(r), Paints.ToLinear(g), Paints.ToLinear(b)) * strength,
            CastsShadow = false,
        };

    /// <summary>A plain painted surface of a building or room, from a linear colour.</summary>
    public static Material Linear(Vector3 color, string name, float roughness = 0.85f) => new()
    {
        Name = name, BaseColor = color, Roughness = roughness,
    };
}
