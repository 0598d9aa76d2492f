namespace Kinora.Motion.Physics;

/// <summary>
/// Turns the engine's per-step contact reports into "contact" <see cref="SimEvent"/>s: one event when a pair
/// starts touching, none while it rests, rolls or slides. A touch counts as new when the pair was apart for at
/// least <see cref="MinSeparatedSteps"/> steps and closes faster than <see cref="MinApproachSpeed"/>; this is the
/// debounce that keeps a rolling ball's one-step contact flicker from sounding like a drum roll.
/// The event's impulse sums the pair's normal impulse over the first <see cref="ImpulseWindowSteps"/> steps of the
/// touch (or until it separates): ODE resolves a bounce in one step, but the soft contact and the penetration
/// correction can spread a little of it over the next ones.
/// While a pair stays in touch and A moves along B, a "roll" (A's surface does not slip) or "slide" (it does) event
/// is sampled every <see cref="SampleSeconds"/> with the speed, for the sound stage's continuous rolling and
/// scraping sounds.
/// Allocation-free per step once the pair table has grown to the scene's pairs (events themselves are objects).
/// </summary>
public sealed class ContactTracker
{
    /// <summary>Steps a pair must have been apart before touching again counts as a new contact.</summary>
    public const int MinSeparatedSteps = 2;
    /// <summary>m/s; slower touches are settling, not hits (and make no audible sound).</summary>
    public const double MinApproachSpeed = 0.05;
    /// <summary>Steps over which a new contact's impulse is summed (3 steps = 12.5 ms at 240 Hz).</summary>
    public const int ImpulseWindowSteps = 3;
    /// <summary>s between "roll"/"slide" samples of one pair: 20 a second follows a roll's rise and fall smoothly.</summary>
    public const double SampleSeconds = 0.05;
    /// <summary>m/s; slower rolling or sliding is inaudible (and is mostly settling).</summary>
    public const double MinMovingSpeed = 0.05;
    /// <summary>m/s of surface slip under which a moving contact counts as rolling, not sliding.</summary>
    public const double MaxRollingSlip = 0.1;

    private struct PairState
    {
        public int A, B;
        public long LastTouchStep;
        public int WindowLeft; // > 0 while an event is collecting its impulse
        public double Time, Speed, Impulse;
        public System.Numerics.Vector3 Position;
        public double NextSample; // s: when the next roll/slide sample is due
    }

    private readonly IReadOnlyList<string> _ids;
    private readonly IReadOnlyList<string>? _materials;
    private readonly string? _groundMaterial;
    private readonly IReadOnlyList<bool>? _isStatic;
    private readonly double _dt;
    private readonly Dictionary<long, int> _pairIndex = new(256, PairKeys.Instance);
    private PairState[] _pairs = new PairState[256];
    private int _pairCount;
    private readonly List<int> _open = new(64);
    private readonly ChunkedList<SimEvent> _events = new();

    /// <param name="bodyIds">Entity ids by body index (event names).</param>
    /// <param name="stepSeconds">The fixed step, s.</param>
    /// <param name="materials">Material names by body index, written on the events; null leaves them out.</param>
    /// <param name="isStatic">Which bodies never move: like the ground, they are always an event's B.</param>
    public ContactTracker(IReadOnlyList<string> bodyIds, double stepSeconds, IReadOnlyList<string>? materials = null, string? groundMaterial = null,
        IReadOnlyList<bool>? isStatic = null)
    {
        _isStatic = isStatic;
        _ids = bodyIds;
        _dt = stepSeconds;
        _materials = materials;
        _groundMaterial = groundMaterial;
    }

    /// <summary>Feeds the contacts of step <paramref name="step"/>, which ran from <paramref name="stepStart"/> s.</summary>
    public void Observe(long step, double stepStart, ReadOnlySpan<ContactReport> contacts)
    {
        foreach (ref readonly var c in contacts)
        {
            var (lo, hi) = Order(c);
            var key = ((long)lo << 32) | (uint)hi;
            ref var pair = ref Pair(key, lo, hi, out var index);

            var apart = step - pair.LastTouchStep - 1;
            if (pair.WindowLeft > 0)
            {
                pair.Impulse += c.NormalImpulse;
            }
            else if (apart >= MinSeparatedSteps && c.ApproachSpeed >= MinApproachSpeed)
            {
                // The overlap began inside this step's predecessor: back off by depth / speed for a sub-step time.
                var backOff = Math.Clamp(c.Depth / c.ApproachSpeed, 0, _dt);
                pair.Time = stepStart - backOff;
                pair.Speed = c.ApproachSpeed;
                pair.Position = c.Position;
                pair.Impulse = c.NormalImpulse;
                pair.WindowLeft = ImpulseWindowSteps;
                pair.NextSample = stepStart + SampleSeconds;
                _open.Add(index);
            }
            else if (stepStart - pair.LastTouchStep * _dt > SampleSeconds)
            {
                // A gentle new touch after a real separation: sample from now on. (A rolling ball's contact flickers
                // for a step or two; that must not keep postponing its samples.)
                pair.NextSample = stepStart + SampleSeconds;
            }
            else if (stepStart >= pair.NextSample && pair.WindowLeft == 0)
            {
                pair.NextSample += SampleSeconds * Math.Max(1, Math.Floor((stepStart - pair.NextSample) / SampleSeconds) + 1);
                if (c.TravelSpeed >= MinMovingSpeed || c.SlipSpeed >= MinMovingSpeed) Sample(c, stepStart);
            }
            pair.LastTouchStep = step;
        }

        // Close events whose window ran out or whose pair let go.
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            ref var pair = ref _pairs[_open[i]];
            pair.WindowLeft--;
            if (pair.WindowLeft > 0 && pair.LastTouchStep == step) continue;
            Emit(ref pair);
            _open.RemoveAt(i);
        }
    }

    /// <summary>Adds an event found elsewhere (a splash, a shatter) so it is sorted with the rest.</summary>
    public void Add(SimEvent e) => _events.Add(e);

    /// <summary>Closes open events and returns every event, sorted by time (ties by ids) for a stable order.</summary>
    public IReadOnlyList<SimEvent> Finish()
    {
        foreach (var index in _open) Emit(ref _pairs[index]);
        _open.Clear();
        // Array.Sort is the algorithm List.Sort runs, so ties land as they always did.
        var events = _events.ToArray();
        Array.Sort(events, static (x, y) =>
        {
            var byTime = x.Time.CompareTo(y.Time);
            if (byTime != 0) return byTime;
            var byA = string.CompareOrdinal(x.A, y.A);
            if (byA != 0) return byA;
            var byB = string.CompareOrdinal(x.B, y.B);
            return byB != 0 ? byB : string.CompareOrdinal(x.Kind, y.Kind);
        });
        return events;
    }

    private void Emit(ref PairState pair)
    {
        pair.WindowLeft = 0;
        _events.Add(new SimEvent
        {
            Kind = EventKinds.Contact,
            Time = Math.Max(0, pair.Time),
            A = _ids[pair.A],
            B = pair.B == ContactReport.Ground ? "ground" : _ids[pair.B],
            Impulse = Math.Abs(pair.Impulse),
            RelativeSpeed = pair.Speed,
            Position = pair.Position,
            MaterialA = MaterialOf(pair.A),
            MaterialB = MaterialOf(pair.B),
        });
    }

    /// <summary>
    /// Which body of a pair is the event's A: the engine's A is always moving, so when B is the ground or a static
    /// body it stays B; between two moving bodies the lower index is A, whatever order the engine used.
    /// </summary>
    private (int A, int B) Order(in ContactReport c) =>
        c.B == ContactReport.Ground || (_isStatic is not null && _isStatic[c.B]) ? (c.A, c.B) : (Math.Min(c.A, c.B), Math.Max(c.A, c.B));

    /// <summary>A roll or slide sample: rolling when A's surface keeps up with its centre, sliding when it slips.</summary>
    private void Sample(in ContactReport c, double time)
    {
        var (a, b) = Order(c);
        var sliding = c.SlipSpeed >= MaxRollingSlip;
        _events.Add(new SimEvent
        {
            Kind = sliding ? EventKinds.Slide : EventKinds.Roll,
            Time = time,
            A = _ids[a],
            B = b == ContactReport.Ground ? "ground" : _ids[b],
            Impulse = Math.Abs(c.NormalImpulse) / _dt * SampleSeconds,
            RelativeSpeed = sliding ? c.SlipSpeed : c.TravelSpeed,
            Position = c.Position,
            MaterialA = MaterialOf(a),
            MaterialB = MaterialOf(b),
        });
    }

    private string? MaterialOf(int body) =>
        body == ContactReport.Ground ? _groundMaterial : _materials is null ? null : _materials[body];

    /// <summary>
    /// Hashes a pair key (lo &lt;&lt; 32 | hi) by multiplying with 2⁶⁴/φ (Fibonacci hashing). long's own hash is
    /// lo XOR hi, under 512 distinct values for 500 bodies: a tumbler's 14 000 pairs queued ~28 deep per bucket and
    /// the lookups took most of <see cref="Observe"/>.
    /// </summary>
    private sealed class PairKeys : IEqualityComparer<long>
    {
        public static readonly PairKeys Instance = new();
        public bool Equals(long x, long y) => x == y;
        public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
    }

    private ref PairState Pair(long key, int a, int b, out int index)
    {
        if (!_pairIndex.TryGetValue(key, out index))
        {
            if (_pairCount == _pairs.Length) Array.Resize(ref _pairs, _pairs.Length * 2);
            index = _pairCount++;
            _pairIndex.Add(key, index);
            // Never touched: as if apart forever.
            _pairs[index] = new PairState { A = a, B = b, LastTouchStep = long.MinValue / 2 };
        }
        return ref _pairs[index];
    }
}
