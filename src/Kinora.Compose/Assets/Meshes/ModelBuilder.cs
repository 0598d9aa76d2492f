using System.Numerics;

namespace Kinora.Compose.Assets.Meshes;

/// <summary>
/// Builds a <see cref="Model"/> from primitives grouped by surface: one <see cref="MeshBuilder"/> (one mesh, one
/// draw) per paint. Kinds model in natural units (metres, y = 0 on the ground, facing +X); <see cref="Finish"/>
/// then scales the whole to the wanted size and centres it on its bounds, so the collider is the box that holds
/// it and the lowest point sits at −HalfHeight.
/// </summary>
public sealed class ModelBuilder(string kind, Material body)
{
    private readonly List<(Material Paint, MeshBuilder Mesh)> _slots = [];

    public string Kind { get; } = kind;

    /// <summary>The main surface: colour traits tint it.</summary>
    public Material BodyPaint { get; } = body;

    /// <summary>The builder for the main surface.</summary>
    public MeshBuilder Body => Paint(BodyPaint);

    /// <summary>The builder for a surface; the same material record returns the same builder.</summary>
    public MeshBuilder Paint(Material paint)
    {
        foreach (var (p, m) in _slots)
            if (ReferenceEquals(p, paint) || p == paint) return m;
        var mesh = new MeshBuilder();
        _slots.Add((paint, mesh));
        return mesh;
    }

    /// <summary>A surface of a colour given in sRGB bytes (the swatch a person pictures), with roughness and metalness.</summary>
    public MeshBuilder Paint(byte r, byte g, byte b, float roughness = 0.5f, float metallic = 0, string name = "paint") =>
        Paint(Paints.Srgb(r, g, b, roughness, metallic, name));

    /// <summary>Moves every surface added so far by <paramref name="m"/>.</summary>
    public void Transform(Matrix4x4 m)
    {
        foreach (var (_, mesh) in _slots) mesh.Transform(m);
    }

    /// <summary>Bounds of everything added so far, in natural units.</summary>
    public (Vector3 Min, Vector3 Max) Bounds()
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var (_, m) in _slots)
        {
            if (m.IsEmpty) continue;
            var (a, b) = m.Bounds();
            min = Vector3.Min(min, a);
            max = Vector3.Max(max, b);
        }
        return (min, max);
    }

    /// <summary>
    /// Scales the model so its largest extent is <paramref name="size"/> metres and centres it on its bounds.
    /// Returns the fitted box collider and the model.
    /// </summary>
    public (BoxShape Shape, Model Model) Finish(float size)
    {
        var (min, max) = Bounds();
        var extent = max - min;
        var scale = size / MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z));
        var centre = (min + max) / 2;
        var local = Matrix4x4.CreateTranslation(-centre) * Matrix4x4.CreateScale(scale);
        var parts = new List<ModelPart>();
        var n = 0;
        foreach (var (paint, mesh) in _slots)
        {
            if (mesh.IsEmpty) continue;
            parts.Add(new ModelPart(mesh.Build($"{Kind}/{paint.Name}/{n++}"), local, paint));
        }
        return (new BoxShape(extent * scale / 2), new Model(parts));
    }
}
