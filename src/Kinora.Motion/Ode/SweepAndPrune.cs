using System.Runtime.InteropServices;

namespace Kinora.Motion.Ode;

/// <summary>
/// The broad phase of a crowd world, in managed arrays: which geoms' bounding boxes overlap this step. ODE's own
/// sweep-and-prune space (collision_space_sap.cpp) re-sorts every geom from scratch and, for each, walks the next
/// ones along X reading their boxes through geom pointers scattered over the heap; in a dense bed of 500 bodies
/// (~25 neighbours each along X) that pointer chasing took a quarter of the stepping thread (perf, 2026-11-26).
/// Here the boxes are copied once per step into one contiguous array in sorted order, the order is kept from step
/// to step (insertion sort: bodies move little per step, so it is nearly linear), and the pairs are handed back as
/// a list, with no reverse call from native code per pair.
/// Geoms with an infinite extent (the ground plane: y ≤ 0, unbounded across) are tested against every other geom,
/// after the finite pairs, as ODE does. Static geoms never move: their boxes are read once. Pairs of two static
/// geoms, or two geoms of one body, are dropped here. The order of pairs depends only on the boxes and slot
/// numbers, so a run is deterministic.
/// </summary>
internal sealed unsafe class SweepAndPrune
{
    /// <summary>A geom's axis-aligned box, as ODE's dGeomGetAABB lays it out: min x, max x, min y, max y, min z, max z.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Box
    {
        public double MinX, MaxX, MinY, MaxY, MinZ, MaxZ;

        public readonly bool Overlaps(in Box o) =>
            MinX <= o.MaxX && o.MinX <= MaxX && MinY <= o.MaxY && o.MinY <= MaxY && MinZ <= o.MaxZ && o.MinZ <= MaxZ;

        public readonly bool IsFinite => double.IsFinite(MinX) && double.IsFinite(MaxX) && double.IsFinite(MinY)
            && double.IsFinite(MaxY) && double.IsFinite(MinZ) && double.IsFinite(MaxZ);
    }

    // Per slot (one per geom, in the order added).
    private nint[] _geom = new nint[64];
    /// <summary>Which body the geom belongs to (a compound body has several geoms); never paired with itself.</summary>
    private int[] _owner = new int[64];
    private bool[] _static = new bool[64];
    private bool[] _enabled = new bool[64];
    private Box[] _box = new Box[64];
    private int _count;
    /// <summary>Static slots whose box has been read (statics never move).</summary>
    private bool[] _boxKnown = new bool[64];

    // The sweep: finite slots sorted by MinX (ties by slot), and their boxes copied in that order.
    private int[] _order = new int[64];
    private int _ordered;
    private Box[] _sorted = new Box[64];
    private readonly List<int> _infinite = new(2);
    /// <summary>Scratch: the sorted positions that overlap one box across (room for every other slot).</summary>
    private int[] _hits = new int[64];

    private int[] _pairs = new int[2048];
    private int _pairCount;

    public int Count => _count;
    public nint Geom(int slot) => _geom[slot];
    public int Owner(int slot) => _owner[slot];

    /// <summary>Registers a geom; <paramref name="owner"/> is its body's index (or any id shared by the geoms of one body).</summary>
    public int Add(nint geom, int owner, bool isStatic)
    {
        if (_count == _geom.Length)
        {
            var n = _count * 2;
            Array.Resize(ref _geom, n);
            Array.Resize(ref _owner, n);
            Array.Resize(ref _static, n);
            Array.Resize(ref _enabled, n);
            Array.Resize(ref _box, n);
            Array.Resize(ref _boxKnown, n);
            Array.Resize(ref _order, n);
            Array.Resize(ref _sorted, n);
            Array.Resize(ref _hits, n);
        }
        var slot = _count++;
        _geom[slot] = geom;
        _owner[slot] = owner;
        _static[slot] = isStatic;
        _enabled[slot] = true;
        _boxKnown[slot] = false;
        return slot;
    }

    /// <summary>A disabled geom (a removed body's) takes part in no pair, like a dGeomDisable'd geom in an ODE space.</summary>
    public void SetEnabled(int slot, bool enabled) => _enabled[slot] = enabled;

    /// <summary>
    /// Finds the overlapping pairs of this step: slot pairs (a, b) at [2k], [2k + 1] of the returned span, finite
    /// pairs in sweep order, then each infinite geom with every finite one it overlaps.
    /// </summary>
    public ReadOnlySpan<int> FindPairs()
    {
        ReadBoxes();
        SortByMinX();
        _pairCount = 0;
        var n = _ordered;
        var order = _order;
        var sorted = _sorted;
        var hits = _hits;
        for (var i = 0; i < n; i++)
        {
            ref readonly var a = ref sorted[i];
            var maxX = a.MaxX;
            // Branch-free: in a dense bed about one candidate in 30 overlaps across, so a branch per candidate
            // mispredicts often; every candidate's index is written and only the overlapping ones advance the count.
            var found = 0;
            for (var j = i + 1; j < n && sorted[j].MinX <= maxX; j++)
            {
                ref readonly var b = ref sorted[j];
                var across = (a.MinY <= b.MaxY) & (b.MinY <= a.MaxY) & (a.MinZ <= b.MaxZ) & (b.MinZ <= a.MaxZ);
                hits[found] = j;
                found += across ? 1 : 0;
            }
            var slotA = order[i];
            for (var k = 0; k < found; k++)
            {
                var slotB = order[hits[k]];
                if (Pairable(slotA, slotB)) Emit(slotA, slotB);
            }
        }
        for (var k = 0; k < _infinite.Count; k++)
        {
            var inf = _infinite[k];
            for (var other = 0; other < k; other++)
                if (Pairable(_infinite[other], inf) && _box[_infinite[other]].Overlaps(_box[inf])) Emit(_infinite[other], inf);
            for (var i = 0; i < n; i++)
                if (sorted[i].Overlaps(_box[inf]) && Pairable(inf, order[i])) Emit(inf, order[i]);
        }
        return _pairs.AsSpan(0, _pairCount * 2);
    }

    private bool Pairable(int a, int b) => _owner[a] != _owner[b] && !(_static[a] && _static[b]);

    private void Emit(int a, int b)
    {
        if (_pairCount * 2 == _pairs.Length) Array.Resize(ref _pairs, _pairs.Length * 2);
        _pairs[_pairCount * 2] = a;
        _pairs[_pairCount * 2 + 1] = b;
        _pairCount++;
    }

    /// <summary>Moving geoms' boxes from ODE (it recomputes a moved geom's box on demand); statics' once.</summary>
    private void ReadBoxes()
    {
        for (var s = 0; s < _count; s++)
        {
            if (!_enabled[s] || (_static[s] && _boxKnown[s])) continue;
            fixed (Box* box = &_box[s]) OdeNative.dGeomGetAABB(_geom[s], (double*)box);
            _boxKnown[s] = true;
        }
    }

    /// <summary>
    /// Keeps <see cref="_order"/> sorted by MinX with an insertion sort: after one step the previous order is
    /// nearly right, so this costs about one pass. Slots that joined, left or became (in)finite rebuild it.
    /// </summary>
    private void SortByMinX()
    {
        var finite = 0;
        _infinite.Clear();
        for (var s = 0; s < _count; s++)
        {
            if (!_enabled[s]) continue;
            if (_box[s].IsFinite) finite++;
            else _infinite.Add(s);
        }
        if (finite != _ordered || !SameMembers(finite))
        {
            _ordered = 0;
            for (var s = 0; s < _count; s++)
                if (_enabled[s] && _box[s].IsFinite) _order[_ordered++] = s;
        }
        var order = _order;
        var box = _box;
        for (var i = 1; i < _ordered; i++)
        {
            var slot = order[i];
            var key = box[slot].MinX;
            var j = i - 1;
            while (j >= 0 && Before(key, slot, box[order[j]].MinX, order[j]))
            {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = slot;
        }
        for (var i = 0; i < _ordered; i++) _sorted[i] = box[order[i]];
    }

    /// <summary>Whether the slots in the current order are all still enabled and finite (then no slot joined either: the counts match).</summary>
    private bool SameMembers(int finite)
    {
        for (var i = 0; i < _ordered; i++)
        {
            var s = _order[i];
            if (!_enabled[s] || !_box[s].IsFinite) return false;
        }
        return _ordered == finite;
    }

    private static bool Before(double keyA, int slotA, double keyB, int slotB) => keyA < keyB || (keyA == keyB && slotA < slotB);
}
