using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;

namespace Kinora.Render.Scene;

/// <summary>
/// The frame's skinning matrices for every rigged entity, in world space, one block of the rig's joint count per
/// entity. The rig's palette bends the model in model space (v_model·palette[j]); the passes place a vertex in the
/// world first (v·Local·Pose) and bend it there, so each joint's world matrix is Pose⁻¹·palette[j]·Pose and a
/// vertex ends at v·Local·palette[j]·Pose, which is the contract's q = Σ wᵢ·(p·Local)·palette[jᵢ] then the pose.
/// Bending in world space keeps every pass's rigid path (one World matrix per draw) untouched for the skinned path.
/// Allocation-free per frame: the buffers are sized once for the world.
/// </summary>
internal sealed class Skinning
{
    private readonly Rig?[] _rigs;          // per entity
    private readonly int[] _base;           // per entity: first matrix of its block, −1 without a rig
    private readonly bool[] _posed;         // per entity: the track gave it joint rotations this frame
    private readonly Matrix4x4[] _palette = new Matrix4x4[Rig.MaxJoints];

    public Skinning(IReadOnlyList<Entity> entities)
    {
        _rigs = new Rig?[entities.Count];
        _base = new int[entities.Count];
        _posed = new bool[entities.Count];
        var count = 0;
        for (var i = 0; i < entities.Count; i++)
        {
            var rig = entities[i].Model.Rig;
            var skinned = false;
            foreach (var part in entities[i].Model.Parts) skinned |= part.Mesh.IsSkinned;
            _rigs[i] = rig is { Joints.Count: > 0 } && skinned ? rig : null;
            _base[i] = _rigs[i] is null ? -1 : count;
            count += _rigs[i]?.Joints.Count ?? 0;
        }
        Matrices = new Matrix4x4[count];
    }

    /// <summary>All entities' blocks for the current frame (empty when no entity is rigged).</summary>
    public Matrix4x4[] Matrices { get; }

    /// <summary>Whether entity <paramref name="entity"/> is bent this frame (its skinned draws take the skinned path).</summary>
    public bool Posed(int entity) => _posed[entity];

    /// <summary>First matrix of the entity's block.</summary>
    public int Base(int entity) => _base[entity];

    /// <summary>Fills the matrices for one frame.</summary>
    public void Fill(Track track, int frame, ReadOnlySpan<Pose> poses)
    {
        for (var i = 0; i < _rigs.Length; i++)
        {
            var rig = _rigs[i];
            _posed[i] = false;
            if (rig is null) continue;
            var rotations = track.JointsAt(frame, i);
            if (rotations.IsEmpty) continue;
            _posed[i] = true;
            var count = rig.Joints.Count;
            var palette = _palette.AsSpan(0, count);
            rig.Palette(rotations, palette);
            var pose = Matrix4x4.CreateFromQuaternion(Quaternion.Normalize(poses[i].Rotation)) * Matrix4x4.CreateTranslation(poses[i].Position);
            Matrix4x4.Invert(pose, out var unpose);
            var block = Matrices.AsSpan(_base[i], count);
            // A joint at rest stays exactly the identity, so an unbent limb lands on the very pixels of the rigid path.
            for (var j = 0; j < count; j++)
                block[j] = palette[j].IsIdentity ? Matrix4x4.Identity : unpose * palette[j] * pose;
        }
    }

    /// <summary>Joints that move a mesh's vertices (bit j: some vertex has weight on joint j); 0 for a rigid mesh.</summary>
    public static uint JointMask(Mesh mesh)
    {
        if (!mesh.IsSkinned) return 0;
        var mask = 0u;
        var joints = mesh.SkinJoints.Span;
        var weights = mesh.SkinWeights.Span;
        for (var v = 0; v < joints.Length; v++)
            for (var k = 0; k < 4; k++)
            {
                var w = weights[v][k];
                var j = (int)joints[v][k];
                if (w > 0 && (uint)j < Rig.MaxJoints) mask |= 1u << j;
            }
        return mask;
    }

    /// <summary>Bounding sphere of a skinned draw under this frame's matrices, from its rest sphere (world space). A
    /// bent vertex is a weighted mean of its rest position moved by each of its joints, and each joint moves the rest
    /// sphere rigidly, so the sphere around all the moved rest spheres holds it (a raised arm is not culled).</summary>
    public Vector4 Bound(Vector4 rest, int entity, uint jointMask)
    {
        var centre = new Vector3(rest.X, rest.Y, rest.Z);
        var reach = 0f;
        var block = Matrices.AsSpan(_base[entity]);
        for (var j = 0; jointMask != 0 && j < block.Length; j++, jointMask >>= 1)
            if ((jointMask & 1) != 0) reach = MathF.Max(reach, Vector3.Distance(Vector3.Transform(centre, block[j]), centre));
        return new Vector4(centre, rest.W + reach);
    }
}
