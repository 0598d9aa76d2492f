using System.Numerics;
using Kinora.Render.Backend;

namespace Kinora.Render.Scene;

/// <summary>
/// The order smoke puffs are drawn in, farthest from the camera first. Puffs are blended over what is behind them
/// (not added, as flames and sparks are), so drawn in index order a near puff drawn first was covered by a far one
/// drawn later: the plume showed its back through its front. Every puff's place is a function of its index, the
/// time and the seed (precipitation.vert's smoke()); this repeats that arithmetic without the small wobbles (a
/// tenth of a metre, under a puff's size) to sort, and the particle program draws instance k as puff order[k].
/// Other particles keep index order (petals and snowflakes are nearly opaque and small: where two overlap, which is
/// in front shows less than the cost of sorting thousands). Arrays grow once; a frame allocates nothing.
/// </summary>
public sealed class SmokeOrder
{
    private int[] _order = [];
    private float[] _key = [];

    /// <summary>Instance → puff for this frame's particles, or empty when they need no sorting (no smoke).</summary>
    public ReadOnlySpan<int> Sort(in FrameConstants frame)
    {
        var kind = (int)(frame.Particles.X + 0.5f);
        var count = (int)(frame.Particles.Y + 0.5f);
        if ((kind != Particles.Smoke && kind != Particles.Fire) || count <= 0) return [];
        if (_order.Length < count)
        {
            _order = new int[count];
            _key = new float[count];
        }
        for (var i = 0; i < count; i++) _order[i] = i;
        // The fire's draw is flames, then smoke, then sparks (precipitation.vert's split); only the smoke is sorted.
        int first = 0, end = count;
        var lift = 0.2f;
        if (kind == Particles.Fire)
        {
            first = count * 4 / 10;
            end = count * 7 / 10;
            lift = 0.6f;
        }
        var eye = new Vector3(frame.Eye.X, frame.Eye.Y, frame.Eye.Z);
        var seed = (int)frame.Particles.W;
        var t = frame.Particles.Z;
        var source = frame.ParticleSource;
        for (var i = first; i < end; i++)
        {
            var life = 4f + 2f * Hp(i, 3, seed);
            var u = t / life + Hp(i, 4, seed);
            var generation = (int)MathF.Floor(u);
            var age = (u - generation) * life;
            var g1 = HashCell(i * 5 + 3, generation * 7 + seed);
            var g2 = HashCell(i * 5 + 4, generation * 7 + seed);
            var angle = g1 * MathF.Tau;
            var p = new Vector3(source.X, source.Y + lift, source.Z) + new Vector3(MathF.Cos(angle), 0, MathF.Sin(angle)) * (source.W * 0.4f * g2)
                    + new Vector3(frame.Air.Z * age * 0.7f, 0.55f * age - 0.025f * age * age, frame.Air.W * age * 0.7f);
            _key[i] = -Vector3.DistanceSquared(p, eye);   // ascending sort: farthest first
        }
        Array.Sort(_key, _order, first, end - first);
        return _order.AsSpan(0, count);
    }

    private static float Hp(int i, int k, int seed) => HashCell(i * 11 + k, 31 + seed);

    /// <summary>common.glsl's hashCell(ivec2) bit for bit.</summary>
    private static float HashCell(int x, int y) =>
        HashU(unchecked((uint)x * 0x9E3779B9u) ^ HashU(unchecked((uint)y + 0x632BE5ABu))) * (1f / 4294967295f);

    private static uint HashU(uint x)
    {
        x ^= x >> 16; x *= 0x7feb352du;
        x ^= x >> 15; x *= 0x846ca68bu;
        x ^= x >> 16;
        return x;
    }
}
