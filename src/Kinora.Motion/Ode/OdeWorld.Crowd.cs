namespace Kinora.Motion.Ode;

/// <summary>
/// A crowd's collision pass: the managed <see cref="SweepAndPrune"/> finds the overlapping pairs (ODE's space took a
/// quarter of the stepping thread on the 500-body tumbler) and each pair is collided and joined in pair order.
/// Splitting the narrow phase over two threads was measured (bench/physics/speed-notes.md): bit-identical, but on
/// the shared 2-core machine it cost 0.3–0.6 s more CPU and gained no wall time, and on an idle one it could save
/// at most ~5 % of a step, so it was not kept.
/// </summary>
public sealed partial class OdeWorld
{
    /// <summary>The crowd's broad phase (null in a small world, which keeps ODE's space and its pair order).</summary>
    private SweepAndPrune? _sweep;
    /// <summary>Whether a crowd uses <see cref="SweepAndPrune"/> (tests turn it off to compare with ODE's space).</summary>
    internal bool ManagedBroadPhase { get; init; } = true;

    private static int SweepSlot(int geomIndex) => geomIndex + 1;

    private void CollideCrowd()
    {
        var sweep = _sweep!;
        var pairs = sweep.FindPairs();
        try
        {
            for (var k = 0; k < pairs.Length / 2; k++)
            {
                int s1 = pairs[2 * k], s2 = pairs[2 * k + 1];
                int a = sweep.Owner(s1), b = sweep.Owner(s2);
                Touch(sweep.Geom(s1), sweep.Geom(s2), a, b, a >= 0 ? _bodies[a] : 0, b >= 0 ? _bodies[b] : 0);
            }
        }
        catch (Exception e)
        {
            _callbackError ??= e; // Step empties the joint group and rethrows, as for an error in the callback
        }
    }
}
