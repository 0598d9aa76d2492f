using System.Runtime.InteropServices;

namespace Kinora.Motion.Ode;

/// <summary>
/// A crowd's collision pass on both cores. The managed <see cref="SweepAndPrune"/> finds the overlapping pairs; the
/// narrow phase (dCollide, a quarter of the stepping thread on the 500-body tumbler) is split in two halves of the
/// pair list, one on this thread and one on a helper, each writing its pairs' contact points into its own buffer;
/// then this thread turns the points into joints and reports in pair order, exactly as one thread would, so the
/// result is bit-identical to the serial pass (CrowdBroadPhaseTests). Only pairs of spheres, boxes, capsules and
/// planes go to the helper: their colliders are pure functions of the two geoms, whose poses and boxes were
/// brought up to date by the sweep before the split, so the two threads only read shared state. Other shapes
/// (meshes, terrain, hulls, cylinders) are collided on this thread in the ordered pass.
/// While this runs the ODE pool thread is idle (it solves after), so the helper takes no core from the solver.
/// Opt-in (<see cref="ParallelNarrowPhase"/>): measured on a loaded machine it cost more CPU than it saved wall time.
/// </summary>
public sealed unsafe partial class OdeWorld
{
    /// <summary>The crowd's broad phase (null in a small world, which keeps ODE's space and its pair order).</summary>
    private SweepAndPrune? _sweep;
    /// <summary>Whether a crowd uses <see cref="SweepAndPrune"/> (tests turn it off to compare with ODE's space).</summary>
    internal bool ManagedBroadPhase { get; init; } = true;
    /// <summary>
    /// Whether a crowd's narrow phase uses the second thread. Off by default: on the shared 2-core machine (load
    /// 30–40) it added 0.3–0.6 s of process CPU to the 1 440-step tumbler (two hand-overs a step, the helper's
    /// spinning) and gained no wall time, since no core was idle; on an idle machine it can save at most the half of
    /// the narrow phase it moves (~5 % of a step). Bit-identical either way (OdeThreadingTests).
    /// </summary>
    internal bool ParallelNarrowPhase { get; init; }
    /// <summary>Fewer pairs than this are not worth waking the helper for.</summary>
    private const int ParallelFromPairs = 128;

    private NarrowHelper? _helper;
    // Per pair of the step: how many points the split pass found (−1: collide in the ordered pass), and where.
    private int[] _pairPoints = [], _pairOffset = [];
    private readonly PointBuffer[] _pointBuffers = [new(), new()];

    private static int SweepSlot(int geomIndex) => geomIndex + 1;

    private void CollideCrowd()
    {
        var sweep = _sweep!;
        var pairs = sweep.FindPairs();
        var count = pairs.Length / 2;
        try
        {
            if (!ParallelNarrowPhase || count < ParallelFromPairs)
            {
                for (var k = 0; k < count; k++) TouchPair(sweep, pairs, k);
                return;
            }
            if (_pairPoints.Length < count)
            {
                _pairPoints = new int[count * 2];
                _pairOffset = new int[count * 2];
            }
            var half = count / 2;
            _helper ??= new NarrowHelper(this);
            _helper.Start(half, count);
            Exception? mine = null;
            try { CollideRange(0, half, _pointBuffers[0]); }
            catch (Exception e) { mine = e; }
            _helper.Wait(); // before anything else: the helper writes into this world's buffers
            if (mine is not null) throw mine;

            for (var k = 0; k < count; k++)
            {
                var n = _pairPoints[k];
                if (n == 0) continue;
                if (n < 0) { TouchPair(sweep, pairs, k); continue; }
                var (o1, o2, a, b, b1, b2) = PairOf(sweep, pairs, k);
                Orient(ref o1, ref o2, ref a, ref b, ref b1, ref b2);
                Join(a, b, b1, b2, _pointBuffers[k < half ? 0 : 1].At(_pairOffset[k]), n);
            }
        }
        catch (Exception e)
        {
            _callbackError ??= e; // Step empties the joint group and rethrows, as for an error in the callback
        }
    }

    private (nint O1, nint O2, int A, int B, nint B1, nint B2) PairOf(SweepAndPrune sweep, ReadOnlySpan<int> pairs, int k)
    {
        int s1 = pairs[2 * k], s2 = pairs[2 * k + 1];
        int a = sweep.Owner(s1), b = sweep.Owner(s2);
        return (sweep.Geom(s1), sweep.Geom(s2), a, b, a >= 0 ? _bodies[a] : 0, b >= 0 ? _bodies[b] : 0);
    }

    private void TouchPair(SweepAndPrune sweep, ReadOnlySpan<int> pairs, int k)
    {
        var (o1, o2, a, b, b1, b2) = PairOf(sweep, pairs, k);
        Touch(o1, o2, a, b, b1, b2);
    }

    /// <summary>dCollide for pairs [from, to) into <paramref name="buffer"/>; joins nothing (safe on either thread).</summary>
    private void CollideRange(int from, int to, PointBuffer buffer)
    {
        var sweep = _sweep!;
        var pairs = sweep.Pairs;
        buffer.Clear();
        for (var k = from; k < to; k++)
        {
            var (o1, o2, a, b, b1, b2) = PairOf(sweep, pairs, k);
            if (!sweep.PureCollider(pairs[2 * k]) || !sweep.PureCollider(pairs[2 * k + 1])) { _pairPoints[k] = -1; continue; }
            if (!Orient(ref o1, ref o2, ref a, ref b, ref b1, ref b2)) { _pairPoints[k] = 0; continue; }
            var at = buffer.Reserve(MaxContactsPerPair);
            var n = OdeNative.dCollide(o1, o2, MaxContactsPerPair, buffer.At(at), sizeof(DContactGeom));
            _pairPoints[k] = Math.Max(n, 0);
            _pairOffset[k] = at;
            buffer.Commit(Math.Max(n, 0));
        }
    }

    /// <summary>Contact points of one thread's half of the pairs, in native memory (dCollide writes them).</summary>
    private sealed class PointBuffer : IDisposable
    {
        private DContactGeom* _points;
        private int _capacity, _used;

        public void Clear() => _used = 0;
        public DContactGeom* At(int offset) => _points + offset;

        /// <summary>Room for <paramref name="most"/> more points; returns where they go.</summary>
        public int Reserve(int most)
        {
            if (_used + most > _capacity)
            {
                _capacity = Math.Max(1024, (_used + most) * 2);
                _points = (DContactGeom*)NativeMemory.Realloc(_points, (nuint)(_capacity * sizeof(DContactGeom)));
            }
            return _used;
        }

        public void Commit(int found) => _used += found;

        public void Dispose()
        {
            NativeMemory.Free(_points);
            _points = null;
        }
    }

    /// <summary>
    /// The second thread of the narrow phase: a background thread that waits for a range of pairs, collides them
    /// and signals. Semaphores spin briefly before sleeping, which covers the gap between two steps' passes.
    /// </summary>
    private sealed class NarrowHelper : IDisposable
    {
        private readonly OdeWorld _world;
        private readonly Thread _thread;
        private readonly SemaphoreSlim _go = new(0), _done = new(0);
        private int _from, _to;
        private volatile bool _stop;
        private Exception? _error;

        public NarrowHelper(OdeWorld world)
        {
            _world = world;
            _thread = new Thread(Run) { IsBackground = true, Name = "Kinora narrow phase" };
            _thread.Start();
        }

        public void Start(int from, int to)
        {
            _from = from;
            _to = to;
            _go.Release();
        }

        public void Wait()
        {
            _done.Wait();
            if (_error is { } e) { _error = null; throw e; }
        }

        private void Run()
        {
            while (true)
            {
                _go.Wait();
                if (_stop) return;
                try { _world.CollideRange(_from, _to, _world._pointBuffers[1]); }
                catch (Exception e) { _error = e; }
                _done.Release();
            }
        }

        public void Dispose()
        {
            _stop = true;
            _go.Release();
            _thread.Join();
            _go.Dispose();
            _done.Dispose();
        }
    }

    private void DisposeCrowd()
    {
        _helper?.Dispose();
        foreach (var buffer in _pointBuffers) buffer.Dispose();
    }
}
