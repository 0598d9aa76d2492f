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
        // Metals, ceramics and the rest by name, so "an iron block", "a steel ball", "a porcelain plate" each get
        // their own density (iron sinks, wood floats), bounce and sound. Hardened steel on steel is very elastic
        // (e ≈ 0.9, which is what makes a Newton's cradle work); cast iron less so.
        ["iron"] = new() { Name = "iron", BaseColor = new(0.33f, 0.32f, 0.31f), Roughness = 0.6f, Metallic = 1, Density = 7870, Friction = 0.5, Restitution = 0.5, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["steel"] = new() { Name = "steel", BaseColor = new(0.7f, 0.7f, 0.72f), Roughness = 0.2f, Metallic = 1, Density = 7850, Friction = 0.4, Restitution = 0.9, RollingResistance = 0.001, Acoustic = AcousticClass.Metal },
        ["aluminium"] = new() { Name = "aluminium", BaseColor = new(0.91f, 0.92f, 0.92f), Roughness = 0.3f, Metallic = 1, Density = 2700, Friction = 0.45, Restitution = 0.6, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["aluminum"] = new() { Name = "aluminium", BaseColor = new(0.91f, 0.92f, 0.92f), Roughness = 0.3f, Metallic = 1, Density = 2700, Friction = 0.45, Restitution = 0.6, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["copper"] = new() { Name = "copper", BaseColor = new(0.95f, 0.64f, 0.54f), Roughness = 0.3f, Metallic = 1, Density = 8960, Friction = 0.5, Restitution = 0.5, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["brass"] = new() { Name = "brass", BaseColor = new(0.91f, 0.78f, 0.42f), Roughness = 0.3f, Metallic = 1, Density = 8500, Friction = 0.45, Restitution = 0.6, RollingResistance = 0.002, Acoustic = AcousticClass.Metal },
        ["porcelain"] = new() { Name = "porcelain", BaseColor = new(0.93f, 0.93f, 0.9f), Roughness = 0.1f, Density = 2400, Friction = 0.5, Restitution = 0.45, RollingResistance = 0.005, Acoustic = AcousticClass.Ceramic },
        ["clay"] = new() { Name = "clay", BaseColor = new(0.6f, 0.3f, 0.18f), Roughness = 0.85f, Density = 1800, Friction = 0.6, Restitution = 0.2, RollingResistance = 0.02, Acoustic = AcousticClass.Ceramic },
        ["resin"] = new() { Name = "resin", BaseColor = new(0.85f, 0.82f, 0.7f), Roughness = 0.1f, Density = 1700, Friction = 0.06, Restitution = 0.93, RollingResistance = 0.005, Acoustic = AcousticClass.Plastic },
        ["felt"] = new() { Name = "felt", BaseColor = new(0.05f, 0.3f, 0.12f), Roughness = 0.95f, Density = 300, Friction = 0.2, Restitution = 0.5, RollingResistance = 0.01, Acoustic = AcousticClass.Soft },
        ["cork"] = new() { Name = "cork", BaseColor = new(0.6f, 0.45f, 0.3f), Roughness = 0.9f, Density = 240, Friction = 0.6, Restitution = 0.5, RollingResistance = 0.03, Acoustic = AcousticClass.Wood },
        ["foam"] = new() { Name = "foam", BaseColor = new(0.9f, 0.85f, 0.5f), Roughness = 0.95f, Density = 30, Friction = 0.8, Restitution = 0.2, RollingResistance = 0.1, Acoustic = AcousticClass.Soft },
        ["paper"] = new() { Name = "paper", BaseColor = new(0.9f, 0.9f, 0.88f), Roughness = 0.9f, Density = 800, Friction = 0.4, Restitution = 0.1, RollingResistance = 0.05, Acoustic = AcousticClass.Soft },
        ["cardboard"] = new() { Name = "cardboard", BaseColor = new(0.55f, 0.4f, 0.25f), Roughness = 0.9f, Density = 200, Friction = 0.5, Restitution = 0.15, RollingResistance = 0.05, Acoustic = AcousticClass.Soft },
        ["leather"] = new() { Name = "leather", BaseColor = new(0.35f, 0.2f, 0.1f), Roughness = 0.7f, Density = 900, Friction = 0.6, Restitution = 0.3, RollingResistance = 0.03, Acoustic = AcousticClass.Soft },
        // A liquid's row: its density buoys bodies up (LiquidShape); it has no surface friction or bounce.
        ["water"] = new() { Name = "water", BaseColor = new(0.05f, 0.18f, 0.28f), Roughness = 0.05f, Density = 1000, Friction = 0, Restitution = 0, RollingResistance = 0, Acoustic = AcousticClass.Water },
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
