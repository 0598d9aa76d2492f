namespace Kinora.Render.Backend;

/// <summary>Procedural surface patterns the shaders know; the numeric values are shared with the shader code.</summary>
public enum SurfacePattern
{
    None = 0,
    Wood = 1,
    Checker = 2,
    Grass = 3,
    Tiles = 4,
}

public static class SurfacePatterns
{
    /// <summary>Maps a material's pattern name ("wood", "checker", "grass", "tiles"); anything else is None.</summary>
    public static SurfacePattern Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "wood" => SurfacePattern.Wood,
        "checker" => SurfacePattern.Checker,
        "grass" => SurfacePattern.Grass,
        "tiles" => SurfacePattern.Tiles,
        _ => SurfacePattern.None,
    };
}
