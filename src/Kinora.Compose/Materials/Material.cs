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
}

/// <summary>How a surface sounds when struck (chooses the modal bank in the Sound stage).</summary>
public enum AcousticClass { Wood, Metal, Glass, Stone, Plastic, Rubber, Ceramic, Soft, Water, Ground }
