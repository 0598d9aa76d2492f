using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets;

/// <summary>Adds a kind's geometry to the builder in natural units (metres, y = 0 on the ground, facing +X).</summary>
public delegate void KindModeller(ModelBuilder model, ref SeededRandom random);

/// <summary>
/// A modelled kind: its typical size (largest extent, metres), the physical material it is made of (density,
/// friction, sound), the look of its main surface (which colour traits replace) and the modeller.
/// </summary>
public sealed record KindSpec(string Kind, double TypicalSize, string Material, Material Body, KindModeller Build)
{
    /// <summary>
    /// The way the model's front faces in the entity frame: +X (side to the camera) for animals and vehicles, +Z
    /// (towards the camera) for people, screens, signs and seats, which are read from the front.
    /// </summary>
    public Vector3 Front { get; init; } = Vector3.UnitX;

    /// <summary>Other words the plan may use for the same kind.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
