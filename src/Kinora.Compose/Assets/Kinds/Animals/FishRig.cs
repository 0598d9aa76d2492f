using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A fish's skeleton: the head and fore-body are the root (<see cref="JointNames.Body"/>, rigid, as in a real fish
/// whose skull does not bend), then a chain of <see cref="Count"/> spine joints back to the tail stalk, each hanging
/// from the one before. The names are the fish's own (<see cref="Segment"/>), not the quadruped's "tail", so the
/// idle pose of four-legged animals (which droops a tail) leaves a fish alone and Motion's FishSwim finds the chain.
/// </summary>
public sealed class FishRig
{
    /// <summary>Spine joints behind the head.</summary>
    public const int Count = 3;

    /// <summary>The name of spine joint <paramref name="k"/> (0 just behind the head, <see cref="Count"/> − 1 at the tail stalk).</summary>
    public static string Segment(int k) => $"spine.fish.{k + 1}";

    /// <summary>Where along the body (0 nose, 1 tail stalk) the root and each spine joint turn.</summary>
    private static readonly float[] Stations = [0.3f, 0.5f, 0.72f, 0.96f];

    private readonly int[] _joint = new int[Count + 1];
    private readonly float[] _x = new float[Count + 1];
    /// <summary>Natural-unit x where each bone's weight peaks: the middle of each bone, the last one out in the fin.</summary>
    private readonly float[] _middle = new float[Count + 1];

    public static FishRig Declare(ModelBuilder m, FishShape s)
    {
        var rig = new FishRig();
        for (var k = 0; k <= Count; k++)
        {
            var t = Stations[k];
            rig._x[k] = FishBody.X(t);
            rig._joint[k] = m.Joint(k == 0 ? JointNames.Body : Segment(k - 1), k == 0 ? -1 : rig._joint[k - 1],
                new Vector3(rig._x[k], FishBody.Section(s, t).Y, 0));
        }
        for (var k = 0; k < Count; k++) rig._middle[k] = (rig._x[k] + rig._x[k + 1]) / 2;
        rig._middle[Count] = rig._x[Count] - s.TailLength * 0.4f;
        return rig;
    }

    /// <summary>
    /// Skin weights of a vertex at natural-unit <paramref name="x"/>: all on the root ahead of the first bone's middle,
    /// all on the last joint behind the tail fin's middle, and between two bones' middles a smoothstep blend of the
    /// two, so each joint's turn fades in and out along the body instead of kinking it at the pivot.
    /// </summary>
    public (Vector4 Joints, Vector4 Weights) Weights(float x)
    {
        if (x >= _middle[0]) return (new Vector4(_joint[0], 0, 0, 0), new Vector4(1, 0, 0, 0));
        for (var k = 0; k < Count; k++)
        {
            if (x < _middle[k + 1]) continue;
            var u = (_middle[k] - x) / (_middle[k] - _middle[k + 1]);
            var w = u * u * (3 - 2 * u);
            return (new Vector4(_joint[k], _joint[k + 1], 0, 0), new Vector4(1 - w, w, 0, 0));
        }
        return (new Vector4(_joint[Count], 0, 0, 0), new Vector4(1, 0, 0, 0));
    }
}
