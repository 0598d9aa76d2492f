using Kinora.Compose;

namespace Kinora.Sound.Events;

/// <summary>What a foot, a wheel or a sliding body meets, as far as its sound goes.</summary>
public enum Surface { Wood, Hard, Tile, Metal, Carpet, Grass, Gravel, Sand, Snow, Water }

public static class Surfaces
{
    /// <summary>The surface of a material: by name where the name says more than the acoustic class (grass vs sand vs dirt, all "Ground").</summary>
    public static Surface Of(Material material)
    {
        var name = material.Name.ToLowerInvariant();
        if (name.Contains("grass") || name.Contains("lawn") || name.Contains("leaves")) return Surface.Grass;
        if (name.Contains("sand")) return Surface.Sand;
        if (name.Contains("snow")) return Surface.Snow;
        if (name.Contains("gravel") || name.Contains("dirt") || name.Contains("mud") || name.Contains("earth")) return Surface.Gravel;
        if (name.Contains("carpet") || name.Contains("rug")) return Surface.Carpet;
        if (name.Contains("tile") || name.Contains("marble")) return Surface.Tile;
        return material.Acoustic switch
        {
            AcousticClass.Wood => Surface.Wood,
            AcousticClass.Metal => Surface.Metal,
            AcousticClass.Ceramic or AcousticClass.Glass => Surface.Tile,
            AcousticClass.Soft or AcousticClass.Rubber => Surface.Carpet,
            AcousticClass.Ground => Surface.Gravel,
            AcousticClass.Water => Surface.Water,
            _ => Surface.Hard,
        };
    }
}
