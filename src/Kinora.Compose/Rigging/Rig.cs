using System.Numerics;

namespace Kinora.Compose;

/// <summary>
/// One bone of a <see cref="Rig"/>: it turns about <see cref="Pivot"/> (model space, rest pose) and carries its
/// children with it. <see cref="Parent"/> is the index of the joint it hangs from, −1 for a root, and always less
/// than its own index, so a palette can be built in one pass.
/// </summary>
public sealed record Joint(string Name, int Parent, Vector3 Pivot);

/// <summary>
/// The skeleton a model's skinned meshes bend with. The rest pose is the model as built: every joint's rotation is
/// identity there. Motion gives each joint a rotation per frame (in the model's own axes, about the joint's pivot,
/// applied before its parent's); <see cref="Palette"/> turns those into the matrices a vertex shader blends.
/// Joint names follow <see cref="JointNames"/>, so motion generators find a leg or a jaw on any model.
/// </summary>
public sealed record Rig
{
    /// <summary>Most joints a rig may have (the renderer's uniform palette is this long).</summary>
    public const int MaxJoints = 32;

    public IReadOnlyList<Joint> Joints { get; }

    public Rig(IReadOnlyList<Joint> joints)
    {
        if (joints.Count > MaxJoints) throw new ArgumentException($"a rig holds at most {MaxJoints} joints", nameof(joints));
        for (var i = 0; i < joints.Count; i++)
            if (joints[i].Parent >= i || joints[i].Parent < -1)
                throw new ArgumentException($"joint {joints[i].Name}'s parent must come before it", nameof(joints));
        Joints = joints;
    }

    /// <summary>The joint's index, or −1 when the rig has no joint of that name.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Joints.Count; i++)
            if (string.Equals(Joints[i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>
    /// Model-space skinning matrices (row vectors, System.Numerics order: a vertex v moves to v·palette[j]) for
    /// one set of joint rotations. <paramref name="rotations"/> may be empty (the rest pose) or hold one per joint.
    /// </summary>
    public void Palette(ReadOnlySpan<Quaternion> rotations, Span<Matrix4x4> palette)
    {
        if (palette.Length < Joints.Count) throw new ArgumentException("palette is shorter than the rig", nameof(palette));
        for (var j = 0; j < Joints.Count; j++)
        {
            var joint = Joints[j];
            var rotation = rotations.Length > j ? rotations[j] : Quaternion.Identity;
            var local = Matrix4x4.CreateTranslation(-joint.Pivot) * Matrix4x4.CreateFromQuaternion(rotation) * Matrix4x4.CreateTranslation(joint.Pivot);
            palette[j] = joint.Parent < 0 ? local : local * palette[joint.Parent];
        }
    }
}
