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
            rig._thigh[leg] = m.Joint(thighs[leg], root, top with { Z = top.Z * side });
            rig._shin[leg] = m.Joint(shins[leg], rig._thigh[leg], knee with { Z = knee.Z * side });
        }
        return rig;
    }

    /// <summary>Leg index (0 FL, 1 FR, 2 BL, 3 BR) of the front or hind leg on side <paramref name="s"/> (+1 right, −1 left).</summary>
    public static int Leg(bool front, float s) => (front ? 0 : 2) + (s > 0 ? 1 : 0);

    public int Thigh(bool front, float s) => _thigh[Leg(front, s)];

    public int Shin(bool front, float s) => _shin[Leg(front, s)];
}
