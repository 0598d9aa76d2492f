namespace Kinora.Render.Backend;

/// <summary>Procedural surface patterns the shaders know; the numeric values are shared with the shader code
/// (patterns.glsl's PATTERN define).</summary>
public enum SurfacePattern
{
    None = 0,
    Wood = 1,
    Checker = 2,
    Grass = 3,
    Tiles = 4,
    /// <summary>Hair strands along the body, darker roots, a soft sheen at grazing angles.</summary>
    Fur = 5,
    /// <summary>A woven cloth: over-under threads, fuzz sheen.</summary>
    Fabric = 6,
    /// <summary>Pores and blotches with a warm subsurface tint where the light wraps round.</summary>
    Skin = 7,
    /// <summary>Brushed metal: fine parallel scratches that stretch the highlight.</summary>
    Brushed = 8,
    /// <summary>Rough rock: mottled grains and cracks.</summary>
    Stone = 9,
    /// <summary>Leather: fine pebbled grain and creases.</summary>
    Leather = 10,
    /// <summary>Tree bark: deep vertical furrows between ridges.</summary>
    Bark = 11,
    /// <summary>Foliage: overlapping leaf shapes, light and dark greens, a little translucency.</summary>
    Leaves = 12,
    /// <summary>Transparent, with a Fresnel reflection; drawn after every opaque surface, far to near.</summary>
    Glass = 13,
    /// <summary>An office tower's glass curtain wall: panes one storey high between mullions, spandrel bands at the
    /// floors, each pane its own tint; after dark the material's emission lights a seeded share of them (lit offices).</summary>
    Facade = 14,
}

public static class SurfacePatterns
{
    public const int Count = 15;

    /// <summary>Maps a material's pattern name ("wood", "checker", "grass", "tiles", "fur", "fabric", "skin",
    /// "brushed", "stone", "leather", "bark", "leaves", "glass", "facade"); anything else is None.</summary>
    public static SurfacePattern Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "wood" => SurfacePattern.Wood,
        "checker" => SurfacePattern.Checker,
        "grass" => SurfacePattern.Grass,
        "tiles" => SurfacePattern.Tiles,
        "fur" => SurfacePattern.Fur,
        "fabric" => SurfacePattern.Fabric,
        "skin" => SurfacePattern.Skin,
        "brushed" => SurfacePattern.Brushed,
        "stone" => SurfacePattern.Stone,
        "leather" => SurfacePattern.Leather,
        "bark" => SurfacePattern.Bark,
        "leaves" => SurfacePattern.Leaves,
        "glass" => SurfacePattern.Glass,
        "facade" => SurfacePattern.Facade,
        _ => SurfacePattern.None,
    };

    /// <summary>True for surfaces that let the scene behind them show through (blended, drawn last).</summary>
    public static bool IsTransparent(SurfacePattern pattern) => pattern == SurfacePattern.Glass;
}
