using System.Numerics;

namespace Kinora.Compose.Assets.Meshes;

/// <summary>
/// Builds a <see cref="Model"/> from primitives grouped by surface: one <see cref="MeshBuilder"/> (one mesh, one
/// draw) per paint. Kinds model in natural units (metres, y = 0 on the ground, facing +X); <see cref="Finish"/>
/// then scales the whole to the wanted size and centres it on its bounds, so the collider is the box that holds
/// it and the lowest point sits at −HalfHeight (a kind drawn with more than it collides as declares its own box,
/// <see cref="CollideAs"/>).
/// A kind that bends declares joints (<see cref="Joint"/>) and says which joint the primitives it adds next follow
/// (<see cref="Bone"/>); a soft surface brings its own per-vertex weights. Paints still merge into one mesh each,
/// now skinned; a kind that declares no joint comes out rigid, exactly as before (no skin arrays, no rig).
/// </summary>
public sealed class ModelBuilder(string kind, Material body)
{
    private readonly List<(Material Paint, MeshBuilder Mesh)> _slots = [];
    private readonly List<Joint> _joints = [];
    private readonly SkinCursor _cursor = new();

    public string Kind { get; } = kind;

    /// <summary>The main surface: colour traits tint it.</summary>
    public Material BodyPaint { get; } = body;

    /// <summary>The builder for the main surface.</summary>
    public MeshBuilder Body => Paint(BodyPaint);

    /// <summary>The cast member's traits (sex, age…), for kinds whose shape depends on more than colour and size.</summary>
    public Kinora.Plan.Traits Traits { get; init; } = new();

    /// <summary>The builder for a surface; the same material record returns the same builder.</summary>
    public MeshBuilder Paint(Material paint)
    {
        foreach (var (p, m) in _slots)
            if (ReferenceEquals(p, paint) || p == paint) return m;
        var mesh = new MeshBuilder(_cursor);
        _slots.Add((paint, mesh));
        return mesh;
    }

    /// <summary>The joints declared so far (pivots in natural units, as built).</summary>
    public IReadOnlyList<Joint> Joints => _joints;

    /// <summary>
    /// Declares a joint turning about <paramref name="pivot"/> (natural units, rest pose) under <paramref name="parent"/>
    /// (−1 for the root; parents come first) and returns its index. The first joint is the root that anything
    /// added before a <see cref="Bone"/> call follows.
    /// </summary>
    public int Joint(string name, int parent, Vector3 pivot)
    {
        if (parent >= _joints.Count) throw new ArgumentException($"joint {name}'s parent must be declared before it", nameof(parent));
        _joints.Add(new Joint(name, parent, pivot));
        return _joints.Count - 1;
    }

    /// <summary>The index of a declared joint by name, or −1.</summary>
    public int JointIndex(string name) => _joints.FindIndex(j => j.Name == name);

    /// <summary>Primitives added from now on, in every paint, follow joint <paramref name="joint"/> with weight 1.</summary>
    public ModelBuilder Bone(int joint)
    {
        if (joint < -1 || joint >= _joints.Count) throw new ArgumentOutOfRangeException(nameof(joint));
        _cursor.Joint = joint;
        return this;
    }

    /// <summary>The joint primitives follow now (−1 before any <see cref="Bone"/> call).</summary>
    public int CurrentBone => _cursor.Joint;

    /// <summary>A surface of a colour given in sRGB bytes (the swatch a person pictures), with roughness and metalness.</summary>
    public MeshBuilder Paint(byte r, byte g, byte b, float roughness = 0.5f, float metallic = 0, string name = "paint") =>
        Paint(Paints.Srgb(r, g, b, roughness, metallic, name));

    private (Vector3 Min, Vector3 Max)? _collider;

    /// <summary>
    /// Declares the box (natural units) the body collides as, when that is not the bounds of everything drawn: a
    /// dining table with its chairs tucked in collides as its top and legs, so a cup set on it rests on the top
    /// instead of inside a box up to the chair backs. <see cref="Finish"/> then sizes and centres the model on this
    /// box, and what lies outside it (the chairs) is drawn but never collides. A model that declares none is unchanged.
    /// </summary>
    public void CollideAs(Vector3 min, Vector3 max) => _collider = (Vector3.Min(min, max), Vector3.Max(min, max));

    /// <summary>The declared collider box (natural units, as built), or null when the collider is the bounds.</summary>
    public (Vector3 Min, Vector3 Max)? Collider => _collider;

    /// <summary>Moves every surface added so far by <paramref name="m"/>.</summary>
    public void Transform(Matrix4x4 m)
    {
        foreach (var (_, mesh) in _slots) mesh.Transform(m);
        if (_collider is var (cMin, cMax))
        {
            // The box that holds the turned box: its eight corners moved, then bounded again.
            var (lo, hi) = (new Vector3(float.MaxValue), new Vector3(float.MinValue));
            for (var k = 0; k < 8; k++)
            {
                var c = Vector3.Transform(new Vector3((k & 1) == 0 ? cMin.X : cMax.X, (k & 2) == 0 ? cMin.Y : cMax.Y, (k & 4) == 0 ? cMin.Z : cMax.Z), m);
                (lo, hi) = (Vector3.Min(lo, c), Vector3.Max(hi, c));
            }
            _collider = (lo, hi);
        }
        for (var i = 0; i < _joints.Count; i++) _joints[i] = _joints[i] with { Pivot = Vector3.Transform(_joints[i].Pivot, m) };
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
    /// Returns the fitted box collider and the model. With a declared collider (<see cref="CollideAs"/>) the size,
    /// the centre and the collider are that box's instead: a table's size is the table's, its chairs come on top.
    /// </summary>
    public (BoxShape Shape, Model Model) Finish(float size)
    {
        var (min, max) = _collider ?? Bounds();
        var extent = max - min;
        var scale = size / MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z));
        var centre = (min + max) / 2;
        var local = Matrix4x4.CreateTranslation(-centre) * Matrix4x4.CreateScale(scale);
        var parts = new List<ModelPart>();
        var n = 0;
        var rigged = _joints.Count > 0;
        foreach (var (paint, mesh) in _slots)
        {
            if (mesh.IsEmpty) continue;
            parts.Add(new ModelPart(mesh.Build($"{Kind}/{paint.Name}/{n++}", rigged), local, paint));
        }
        // Pivots live in the model's space, where skinning happens after each part's Local: the same fit applies.
        var rig = rigged ? new Rig([.. _joints.Select(j => j with { Pivot = Vector3.Transform(j.Pivot, local) })]) : null;
        return (new BoxShape(extent * scale / 2), new Model(parts) { Rig = rig });
    }
}
