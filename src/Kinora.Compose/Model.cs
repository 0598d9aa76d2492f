using System.Numerics;

namespace Kinora.Compose;

/// <summary>
/// Triangle mesh in a local frame: positions and normals per vertex, counter-clockwise triangles seen from
/// outside. Meshes are shared between models (the renderer uploads each instance once).
/// </summary>
public sealed class Mesh(string name, Vector3[] positions, Vector3[] normals, Vector2[] uvs, uint[] indices)
{
    public string Name { get; } = name;
    public ReadOnlyMemory<Vector3> Positions { get; } = positions;
    public ReadOnlyMemory<Vector3> Normals { get; } = normals;
    public ReadOnlyMemory<Vector2> Uvs { get; } = uvs;
    public ReadOnlyMemory<uint> Indices { get; } = indices;
    public int TriangleCount => Indices.Length / 3;

    /// <summary>
    /// Skinning, for meshes that bend with a <see cref="Rig"/> (empty when the mesh is rigid): per vertex, up to four
    /// joint indices (into the model's <see cref="Rig.Joints"/>, stored as floats) and their weights, which sum to 1.
    /// A vertex follows Σ wᵢ·palette[jointᵢ] applied to its model-space position (the part's Local first).
    /// </summary>
    public ReadOnlyMemory<Vector4> SkinJoints { get; init; }
    public ReadOnlyMemory<Vector4> SkinWeights { get; init; }
    public bool IsSkinned => SkinJoints.Length == Positions.Length && SkinWeights.Length == Positions.Length && Positions.Length > 0;
}

/// <summary>One drawable piece of a model: a mesh placed by <see cref="Local"/> with a surface look.</summary>
public sealed record ModelPart(Mesh Mesh, Matrix4x4 Local, Material Material);

/// <summary>What an entity looks like: parts in the entity's local frame, and the skeleton its skinned parts
/// bend with (null: rigid).</summary>
public sealed record Model(IReadOnlyList<ModelPart> Parts)
{
    public Rig? Rig { get; init; }
}
