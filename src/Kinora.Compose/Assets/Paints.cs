using System.Numerics;

namespace Kinora.Compose.Assets;

/// <summary>
/// Surface looks for model parts. Colours are given as the sRGB swatch (0–255) a person pictures and decoded to
/// linear light (IEC 61966-2-1) because shading works in linear light. Parts only need the look; the entity's
/// physical material (density, friction, sound) comes from the kind's template.
/// </summary>
public static class Paints
{
    public static Material Srgb(byte r, byte g, byte b, float roughness = 0.5f, float metallic = 0, string name = "paint") => new()
    {
        Name = name,
        BaseColor = new Vector3(ToLinear(r), ToLinear(g), ToLinear(b)),
        Roughness = roughness,
        Metallic = metallic,
    };

    public static float ToLinear(byte v)
    {
        var c = v / 255.0;
        return (float)(c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4));
    }

    /// <summary>Multiplies a paint's colour by a factor (seeded shade variation), clamped to 1.</summary>
    public static Material Shade(Material m, float factor) => m with { BaseColor = Vector3.Min(m.BaseColor * factor, Vector3.One) };

    // Shared looks (records compare by value, so equal paints share one mesh slot).
    public static Material Black { get; } = Srgb(20, 20, 22, 0.5f, 0, "black");
    public static Material Rubber { get; } = Srgb(25, 25, 25, 0.85f, 0, "tyre");
    public static Material Chrome { get; } = Srgb(200, 200, 205, 0.2f, 1, "chrome");
    /// <summary>Painted alloy wheel: light grey, not a mirror (a mirror shows the dark lower hemisphere and reads as black).</summary>
    public static Material Alloy { get; } = Srgb(185, 187, 192, 0.35f, 0, "alloy");
    public static Material Steel { get; } = Srgb(140, 140, 145, 0.4f, 1, "steel");
    public static Material Glass { get; } = Srgb(40, 55, 70, 0.05f, 0, "glass");
    public static Material White { get; } = Srgb(235, 235, 235, 0.4f, 0, "white");
    public static Material Eye { get; } = Srgb(12, 10, 8, 0.15f, 0, "eye");
    public static Material Wood { get; } = Srgb(130, 85, 50, 0.6f, 0, "wood") with { Pattern = "wood" };
    public static Material DarkWood { get; } = Srgb(85, 52, 30, 0.55f, 0, "darkwood");
    public static Material Leaf { get; } = Srgb(50, 120, 40, 0.7f, 0, "leaf");
    public static Material Soil { get; } = Srgb(60, 40, 25, 0.95f, 0, "soil");
    public static Material Screen { get; } = Srgb(15, 18, 25, 0.1f, 0, "screen");
    public static Material Plastic(byte r, byte g, byte b) => Srgb(r, g, b, 0.35f, 0, "plastic");
}
