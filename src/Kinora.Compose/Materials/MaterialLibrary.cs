using System.Numerics;

namespace Kinora.Compose;

/// <summary>
/// The materials table. Physical values are typical handbook figures (density kg/m³; Coulomb friction against a
/// like surface; restitution of a drop onto a rigid floor), good to the first digit, which is what the eye and ear
/// can tell. Colours are linear RGB.
/// </summary>
public static class MaterialLibrary
{
    private static readonly Dictionary<string, Material> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rubber"] = new() { Name = "rubber", BaseColor = new(0.6f, 0.05f, 0.04f), Roughness = 0.55f, Density = 1100, Friction = 0.9, Restitution = 0.85, RollingResistance = 0.01, Acoustic = AcousticClass.Rubber },
        ["wood"] = new() { Name = "wood", BaseColor = new(0.42f, 0.22f, 0.09f), Roughness = 0.5f, Pattern = "wood", Density = 700, Friction = 0.5, Restitution = 0.6, RollingResistance = 0.02, Acoustic = AcousticClass.Wood },
        ["metal"] = new() { Name = "metal", BaseColor = new(0.63f, 0.62f, 0.6f), Roughness = 0.3f, Metallic = 1, Density = 7850, Friction = 0.4, Restitution = 0.6, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["gold"] = new() { Name = "gold", BaseColor = new(1.0f, 0.77f, 0.34f), Roughness = 0.25f, Metallic = 1, Density = 19300, Friction = 0.4, Restitution = 0.5, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["glass"] = new() { Name = "glass", BaseColor = new(0.8f, 0.85f, 0.85f), Roughness = 0.05f, Density = 2500, Friction = 0.4, Restitution = 0.6, RollingResistance = 0.002, Acoustic = AcousticClass.Glass },
        ["stone"] = new() { Name = "stone", BaseColor = new(0.35f, 0.34f, 0.32f), Roughness = 0.8f, Density = 2600, Friction = 0.7, Restitution = 0.3, RollingResistance = 0.01, Acoustic = AcousticClass.Stone },
        ["concrete"] = new() { Name = "concrete", BaseColor = new(0.45f, 0.44f, 0.42f), Roughness = 0.9f, Pattern = "tiles", Density = 2400, Friction = 0.7, Restitution = 0.5, RollingResistance = 0.01, Acoustic = AcousticClass.Stone },
        ["marble"] = new() { Name = "marble", BaseColor = new(0.8f, 0.78f, 0.74f), Roughness = 0.15f, Pattern = "tiles", Density = 2700, Friction = 0.5, Restitution = 0.4, RollingResistance = 0.005, Acoustic = AcousticClass.Stone },
        ["plastic"] = new() { Name = "plastic", BaseColor = new(0.7f, 0.7f, 0.7f), Roughness = 0.35f, Density = 950, Friction = 0.4, Restitution = 0.55, RollingResistance = 0.008, Acoustic = AcousticClass.Plastic },
        ["ceramic"] = new() { Name = "ceramic", BaseColor = new(0.85f, 0.85f, 0.82f), Roughness = 0.2f, Density = 2300, Friction = 0.5, Restitution = 0.4, RollingResistance = 0.005, Acoustic = AcousticClass.Ceramic },
        ["tile"] = new() { Name = "tile", BaseColor = new(0.75f, 0.75f, 0.72f), Roughness = 0.25f, Pattern = "tiles", Density = 2300, Friction = 0.5, Restitution = 0.45, RollingResistance = 0.005, Acoustic = AcousticClass.Ceramic },
        ["fabric"] = new() { Name = "fabric", BaseColor = new(0.5f, 0.5f, 0.55f), Roughness = 0.95f, Density = 300, Friction = 0.8, Restitution = 0.1, RollingResistance = 0.05, Acoustic = AcousticClass.Soft },
        ["carpet"] = new() { Name = "carpet", BaseColor = new(0.35f, 0.12f, 0.1f), Roughness = 0.95f, Density = 300, Friction = 0.8, Restitution = 0.1, RollingResistance = 0.08, Acoustic = AcousticClass.Soft },
        ["grass"] = new() { Name = "grass", BaseColor = new(0.12f, 0.3f, 0.06f), Roughness = 0.9f, Pattern = "grass", Density = 1500, Friction = 0.6, Restitution = 0.25, RollingResistance = 0.06, Acoustic = AcousticClass.Ground },
        ["sand"] = new() { Name = "sand", BaseColor = new(0.65f, 0.53f, 0.35f), Roughness = 0.95f, Density = 1600, Friction = 0.6, Restitution = 0.05, RollingResistance = 0.2, Acoustic = AcousticClass.Ground },
        ["dirt"] = new() { Name = "dirt", BaseColor = new(0.25f, 0.17f, 0.1f), Roughness = 0.95f, Density = 1500, Friction = 0.6, Restitution = 0.15, RollingResistance = 0.1, Acoustic = AcousticClass.Ground },
        ["snow"] = new() { Name = "snow", BaseColor = new(0.9f, 0.92f, 0.95f), Roughness = 0.8f, Density = 300, Friction = 0.3, Restitution = 0.05, RollingResistance = 0.2, Acoustic = AcousticClass.Soft },
        ["ice"] = new() { Name = "ice", BaseColor = new(0.7f, 0.8f, 0.9f), Roughness = 0.05f, Density = 917, Friction = 0.03, Restitution = 0.3, RollingResistance = 0.001, Acoustic = AcousticClass.Glass },
        ["asphalt"] = new() { Name = "asphalt", BaseColor = new(0.08f, 0.08f, 0.08f), Roughness = 0.85f, Density = 2300, Friction = 0.7, Restitution = 0.3, RollingResistance = 0.01, Acoustic = AcousticClass.Stone },
    };

    /// <summary>Names a prompt or plan can use for a material.</summary>
    public static IEnumerable<string> Names => Table.Keys;

    public static bool TryGet(string name, out Material material)
    {
        if (Table.TryGetValue(name, out var m)) { material = m; return true; }
        material = Table["plastic"];
        return false;
    }

    /// <summary>The named material, or plastic for an unknown name.</summary>
    public static Material Get(string? name) => TryGet(name ?? "", out var m) ? m : Table["plastic"];
}
