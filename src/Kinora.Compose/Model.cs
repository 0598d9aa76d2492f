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
}

/// <summary>One drawable piece of a model: a mesh placed by <see cref="Local"/> with a surface look.</summary>
public sealed record ModelPart(Mesh Mesh, Matrix4x4 Local, Material Material);

/// <summary>What an entity looks like: parts in the entity's local frame.</summary>
public sealed record Model(IReadOnlyList<ModelPart> Parts);
