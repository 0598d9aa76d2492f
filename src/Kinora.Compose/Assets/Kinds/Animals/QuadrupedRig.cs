using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// The skeleton of a four-legged animal (<see cref="JointNames"/>): the body is the root; neck → head (→ jaw) and
/// the tail hang from it, and each leg is a thigh from the shoulder or hip and a shin from the knee, elbow or
/// stifle down. Animals face +X, so their right side is +Z. Leg arrays are ordered FL, FR, BL, BR.
/// </summary>
public sealed class QuadrupedRig
{
    public int Body { get; private init; }
    public int Neck { get; private init; }
    public int Head { get; private init; }
    /// <summary>−1 where the species has no jaw that opens.</summary>
    public int Jaw { get; private init; } = -1;
    public int Tail { get; private init; }
    private readonly int[] _thigh = new int[4];
    private readonly int[] _shin = new int[4];
    private readonly Vector3[] _top = new Vector3[4];
    private readonly Vector3[] _knee = new Vector3[4];

    /// <summary>
    /// Share of the way from a leg's top to its knee where an upper-leg piece starts to follow the thigh (see
    /// <see cref="UpperLeg"/>): above it the piece stays with the body, so the thick top of a thigh never leaves the trunk.
    /// </summary>
    public const float BlendStart = 0.15f;

    /// <summary>
    /// Declares the joints. <paramref name="front"/> and <paramref name="hind"/> are the +Z (right) side's leg top and
    /// knee; the left side mirrors them.
    /// </summary>
    public static QuadrupedRig Declare(ModelBuilder m, Vector3 body, Vector3 neck, Vector3 head, Vector3? jaw, Vector3 tail,
        (Vector3 Top, Vector3 Knee) front, (Vector3 Top, Vector3 Knee) hind)
    {
        var root = m.Joint(JointNames.Body, -1, body);
        var neckJoint = m.Joint(JointNames.Neck, root, neck);
        var headJoint = m.Joint(JointNames.Head, neckJoint, head);
        var rig = new QuadrupedRig
        {
            Body = root, Neck = neckJoint, Head = headJoint,
            Jaw = jaw is { } j ? m.Joint(JointNames.Jaw, headJoint, j) : -1,
            Tail = m.Joint(JointNames.Tail, root, tail),
        };
        string[] thighs = [JointNames.ThighFL, JointNames.ThighFR, JointNames.ThighBL, JointNames.ThighBR];
        string[] shins = [JointNames.ShinFL, JointNames.ShinFR, JointNames.ShinBL, JointNames.ShinBR];
        for (var leg = 0; leg < 4; leg++)
        {
            var (top, knee) = leg < 2 ? front : hind;
            var side = leg % 2 == 1 ? 1f : -1f; // R is +Z
            rig._top[leg] = top with { Z = top.Z * side };
            rig._knee[leg] = knee with { Z = knee.Z * side };
            rig._thigh[leg] = m.Joint(thighs[leg], root, rig._top[leg]);
            rig._shin[leg] = m.Joint(shins[leg], rig._thigh[leg], rig._knee[leg]);
        }
        return rig;
    }

    /// <summary>Leg index (0 FL, 1 FR, 2 BL, 3 BR) of the front or hind leg on side <paramref name="s"/> (+1 right, −1 left).</summary>
    public static int Leg(bool front, float s) => (front ? 0 : 2) + (s > 0 ? 1 : 0);

    public int Thigh(bool front, float s) => _thigh[Leg(front, s)];

    public int Shin(bool front, float s) => _shin[Leg(front, s)];

    /// <summary>
    /// Draws upper-leg pieces (the thigh rod and the haunch or shoulder mass over it) skinned from the body into the
    /// thigh of the front or hind leg on side <paramref name="s"/>. A piece weighted wholly to the thigh swings its
    /// thick top out of the trunk (a lump behind the rump at a gallop), and a muscle left on the body hangs bare when
    /// the leg moves away. Here each vertex follows the thigh by how far down the leg it lies: none above
    /// <see cref="BlendStart"/> of the way to the knee, all of it at the knee (so the shin still meets the rod), a
    /// smoothstep between whose slope is zero at both ends so the bent rod meets the knee along the thigh's own line.
    /// <paramref name="draw"/> adds the pieces to the band builders it is given, as it would to the coat's.
    /// </summary>
    public void UpperLeg(Func<int, MeshBuilder> coat, bool front, float s, Action<Func<int, MeshBuilder>> draw)
    {
        var leg = Leg(front, s);
        var (top, axis) = (_top[leg], _knee[leg] - _top[leg]);
        var bands = new List<(int Band, MeshBuilder Mesh)>();
        draw(i =>
        {
            foreach (var (band, b) in bands) if (band == i) return b;
            var mesh = new MeshBuilder();
            bands.Add((i, mesh));
            return mesh;
        });
        foreach (var (band, b) in bands)
        {
            if (b.IsEmpty) continue;
            var mesh = b.Build("upper leg");
            var p = mesh.Positions.ToArray();
            var joints = new Vector4[p.Length];
            var weights = new Vector4[p.Length];
            for (var i = 0; i < p.Length; i++)
            {
                var t = Math.Clamp((Vector3.Dot(p[i] - top, axis) / axis.LengthSquared() - BlendStart) / (1 - BlendStart), 0, 1);
                var w = t * t * (3 - 2 * t);
                joints[i] = new Vector4(Body, _thigh[leg], 0, 0);
                weights[i] = new Vector4(1 - w, w, 0, 0);
            }
            coat(band).Triangles(p, mesh.Normals.ToArray(), mesh.Uvs.ToArray(), mesh.Indices.ToArray(), joints, weights, Matrix4x4.Identity);
        }
    }
}
