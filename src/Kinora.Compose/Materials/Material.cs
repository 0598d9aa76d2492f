using System.Numerics;

namespace Kinora.Compose;

/// <summary>
/// One row of the materials table, shared by physics, rendering and sound so a "rubber ball" bounces, shines and
/// sounds like rubber. Colour is linear RGB (0–1). Density kg/m³; friction is the Coulomb coefficient; restitution
/// the coefficient for a hit against a rigid surface of the same material; rolling resistance is the rolling
/// friction coefficient (dimensionless). <see cref="Acoustic"/> picks the impact sound model.
/// </summary>
public sealed record Material
{
    public required string Name { get; init; }
    public Vector3 BaseColor { get; init; } = new(0.8f);
    public float Roughness { get; init; } = 0.5f;
    public float Metallic { get; init; }
    /// <summary>Procedural surface pattern the renderer adds: "none", "wood", "checker", "grass", "tiles".</summary>
    public string Pattern { get; init; } = "none";
    public double Density { get; init; } = 1000;
    public double Friction { get; init; } = 0.6;
    public double Restitution { get; init; } = 0.3;
    public double RollingResistance { get; init; } = 0.01;
    public AcousticClass Acoustic { get; init; } = AcousticClass.Plastic;
    /// <summary>An image on the surface (a photo, a poster, a screen), sampled with the mesh's UVs and multiplied
    /// by <see cref="BaseColor"/>; null for plain or procedurally patterned surfaces.</summary>
    public Texture? Albedo { get; init; }
    /// <summary>Shown as it is, not lit, fogged, exposed or tone-mapped: a picture used as the frame itself keeps
    /// its own pixel values.</summary>
    public bool Unlit { get; init; }
    /// <summary>Light the surface gives off itself, linear RGB in the sun's units (1 ≈ a white surface in midday sun):
    /// lamp bulbs, lit windows, screens, neon, headlights, fire. Zero for ordinary surfaces.</summary>
    public System.Numerics.Vector3 Emission { get; init; }
    /// <summary>False for surfaces that must not darken others (picture layers, glows): they stay out of shadow maps.</summary>
    public bool CastsShadow { get; init; } = true;
    /// <summary>A picture brought to life (Kinora.Picture): its opaque image's texel alpha codes how each texel moves
    /// (sways, ripples, flickers). Only surfaces with this flag animate; any other image's alpha is left alone.</summary>
    public bool Living { get; init; }
    /// <summary>For unlit surfaces: how much the sun's shadow darkens them, 0 (never) to 1 (to black). A picture's
    /// ground receives the shadows of what is added to it while keeping its own pixels everywhere else.</summary>
    public float ShadowCatch { get; init; }
}

/// <summary>An sRGB RGBA8 image, top row first (the renderer flips to its convention). Immutable once made.</summary>
public sealed class Texture(string name, int width, int height, byte[] rgba)
{
    public string Name { get; } = name;
    public int Width { get; } = width;
    public int Height { get; } = height;
    public ReadOnlyMemory<byte> Rgba { get; } = rgba.Length == width * height * 4
        ? rgba : throw new ArgumentException($"texture {name}: {rgba.Length} bytes for {width}x{height} RGBA");
}

/// <summary>How a surface sounds when struck (chooses the modal bank in the Sound stage).</summary>
public enum AcousticClass { Wood, Metal, Glass, Stone, Plastic, Rubber, Ceramic, Soft, Water, Ground }
