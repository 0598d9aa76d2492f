using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery;

/// <summary>
/// Triangles grouped by surface, in natural units (metres, y = 0 on the ground): a prop's prototype (one tree, one
/// lamp post), or a batch of many props merged. Scenery never moves, so a whole row of trees is merged into one
/// mesh per surface: the renderer then draws (and shadows) a forest in a handful of calls instead of one per tree,
/// which is what keeps llvmpipe's per-draw cost out of the frame time.
/// </summary>
public sealed class Kit
{
    private readonly List<(Material Paint, MeshBuilder Mesh)> _slots = [];

    /// <summary>The builder for a surface; an equal material (records compare by value) shares one builder.</summary>
    public MeshBuilder Paint(Material paint)
    {
        foreach (var (p, m) in _slots)
            if (ReferenceEquals(p, paint) || p == paint) return m;
        var mesh = new MeshBuilder();
        _slots.Add((paint, mesh));
        return mesh;
    }

    public bool IsEmpty => _slots.TrueForAll(s => s.Mesh.IsEmpty);

    /// <summary>Appends a copy of <paramref name="prototype"/> placed by <paramref name="m"/> (scale, turn, move).</summary>
    public Kit Add(Kit prototype, Matrix4x4 m)
    {
        foreach (var (paint, mesh) in prototype._slots)
            if (!mesh.IsEmpty) Paint(paint).Append(mesh, m);
        return this;
    }

    /// <summary>A kit holding a built model's surfaces in its pose at rest (a cast kind reused as still dressing: a
    /// parked car, a passer-by), placed by <paramref name="m"/>.</summary>
    public static Kit FromModel(Model model, Matrix4x4 m)
    {
        var kit = new Kit();
        foreach (var part in model.Parts)
        {
            var mesh = part.Mesh;
            kit.Paint(part.Material).Triangles(mesh.Positions.ToArray(), mesh.Normals.ToArray(), mesh.Uvs.ToArray(), mesh.Indices.ToArray(), part.Local * m);
        }
        return kit;
    }

    /// <summary>Middle of the box holding every vertex (the origin for an empty kit).</summary>
    public Vector3 Centre()
    {
        var (min, max) = Bounds();
        return (min + max) / 2;
    }

    /// <summary>The box holding every vertex (zero size at the origin for an empty kit).</summary>
    public (Vector3 Min, Vector3 Max) Bounds()
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var (_, mesh) in _slots)
        {
            if (mesh.IsEmpty) continue;
            var (a, b) = mesh.Bounds();
            min = Vector3.Min(min, a);
            max = Vector3.Max(max, b);
        }
        return min.X <= max.X ? (min, max) : (Vector3.Zero, Vector3.Zero);
    }

    /// <summary>Moves everything in the kit by <paramref name="offset"/>.</summary>
    public void Shift(Vector3 offset)
    {
        var m = Matrix4x4.CreateTranslation(offset);
        foreach (var (_, mesh) in _slots) mesh.Transform(m);
    }

    /// <summary>The drawable model: one part per surface, parts in the kit's own units (identity local).</summary>
    public Model ToModel(string name)
    {
        var parts = new List<ModelPart>();
        var n = 0;
        foreach (var (paint, mesh) in _slots)
            if (!mesh.IsEmpty) parts.Add(new ModelPart(mesh.Build($"scenery/{name}/{paint.Name}/{n++}"), Matrix4x4.Identity, paint));
        return new Model(parts);
    }

    /// <summary>Placement of a prop: uniform scale, a turn about Y (radians), then a move.</summary>
    public static Matrix4x4 At(Vector3 position, float yaw = 0, float scale = 1) =>
        Matrix4x4.CreateScale(scale) * Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(position);
}
