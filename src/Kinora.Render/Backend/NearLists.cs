using System.Numerics;

namespace Kinora.Render.Backend;

/// <summary>
/// Which of the frame's 16 sky occluders and 16 lamps can reach a draw (or a patch of ground): the lit shader loops
/// over these lists instead of all 32 slots. On a CPU rasterizer a per-pixel loop costs every pixel every iteration
/// (llvmpipe runs both sides of a branch under a mask), so the only way to skip an occluder or a lamp that cannot
/// reach is to leave it out of the loop; the profile in bench/render/results.md priced the 16 occluders at ~60 CPU ms
/// and the 16 lamps at ~190 CPU ms of a 720p frame. Indices are packed four bits each, eight per word.
/// </summary>
public struct NearLists
{
    /// <summary>Occluder indices 0–7 and 8–15 of the list (4 bits each, the first in the low bits).</summary>
    public uint Occluders0, Occluders1;
    /// <summary>Lamp indices, packed the same way.</summary>
    public uint Lamps0, Lamps1;
    public int OccluderCount, LampCount;
    /// <summary>False in a default value: the draw's lists were never worked out, so it must loop over everything.</summary>
    public bool Known;

    /// <summary>Below this share of the sky hidden, an occluder is treated as hiding nothing (lit.frag subtracts it
    /// and rescales), so its reach is finite: radius / √floor, 16 radii; 0.4 % of the ambient light is invisible.</summary>
    public const float OcclusionFloor = 1f / 256;

    /// <summary>How far past its surface an occluder of <paramref name="radius"/> darkens anything, m.</summary>
    public static float OcclusionReach(float radius) => radius / MathF.Sqrt(OcclusionFloor);

    /// <summary>Every occluder and lamp of the frame, in order: for draws whose bounds are unknown.</summary>
    public static NearLists All(int occluders, int lamps) => new()
    {
        Occluders0 = 0x76543210u, Occluders1 = 0xFEDCBA98u, Lamps0 = 0x76543210u, Lamps1 = 0xFEDCBA98u,
        OccluderCount = occluders, LampCount = lamps, Known = true,
    };

    /// <summary>The lists for a draw inside the sphere (<paramref name="centre"/>, <paramref name="radius"/>).</summary>
    public static NearLists ForSphere(Vector3 centre, float radius, in FrameConstants frame) =>
        For(centre - new Vector3(radius), centre + new Vector3(radius), frame);

    /// <summary>The lists for a draw inside the axis-aligned box from <paramref name="min"/> to <paramref name="max"/>.
    /// An occluder is listed when its reach overlaps the box, a lamp when its range does (a box's distance is never
    /// more than the true distance to what is inside it, so nothing that reaches is left out).</summary>
    public static NearLists For(Vector3 min, Vector3 max, in FrameConstants frame)
    {
        var lists = new NearLists { Known = true };
        var occluders = Math.Clamp((int)frame.Fog.W, 0, OccluderArray.MaxCount);
        for (var i = 0; i < occluders; i++)
        {
            var o = frame.Occluders[i];
            var reach = o.W + OcclusionReach(o.W);
            if (DistanceSquared(new Vector3(o.X, o.Y, o.Z), min, max) < reach * reach)
                Add(ref lists.Occluders0, ref lists.Occluders1, ref lists.OccluderCount, i);
        }
        var lamps = Math.Clamp((int)frame.Lighting.X, 0, LightArray.MaxCount);
        for (var i = 0; i < lamps; i++)
        {
            var l = frame.Lights[i].PositionRange;
            if (DistanceSquared(new Vector3(l.X, l.Y, l.Z), min, max) < l.W * l.W)
                Add(ref lists.Lamps0, ref lists.Lamps1, ref lists.LampCount, i);
        }
        return lists;
    }

    /// <summary>The index at position <paramref name="k"/> of a packed list (what lit.frag's nearIndex reads).</summary>
    public static int At(uint low, uint high, int k) => (int)(((k < 8 ? low : high) >> (4 * (k & 7))) & 15u);

    private static void Add(ref uint low, ref uint high, ref int count, int index)
    {
        if (count < 8) low |= (uint)index << (4 * count);
        else high |= (uint)index << (4 * (count - 8));
        count++;
    }

    private static float DistanceSquared(Vector3 p, Vector3 min, Vector3 max)
    {
        var d = Vector3.Max(Vector3.Max(min - p, p - max), Vector3.Zero);
        return d.LengthSquared();
    }
}
