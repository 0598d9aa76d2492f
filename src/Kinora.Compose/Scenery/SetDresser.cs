using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Scenery;

/// <summary>
/// The workbench a set is dressed on: seeded randomness, the <see cref="Corridor"/> to keep clear, whether it is
/// dark, and one merged <see cref="Kit"/> per kind of dressing ("trees", "buildings"…), which become one
/// <see cref="SceneryPiece"/> each. Every placement goes through <see cref="Put"/>, which refuses anything that would
/// stand on the action or between the camera and it, so no set can crowd the cast whatever its layout.
/// </summary>
public sealed class SetDresser(long seed, string family, Corridor zone, bool dark, string style)
{
    private SeededRandom _random = new(seed, "scenery/" + family);
    private readonly List<(string Kind, int Chunk, Kit Kit)> _layers = [];
    private readonly List<LightSource> _lights = [];

    public Corridor Zone { get; } = zone;
    /// <summary>Night (or a dark room): lamps are lit and give light, windows glow.</summary>
    public bool Dark { get; } = dark;
    /// <summary>The plan's look (lower case), for sets that dress to it (neon in a cyberpunk street).</summary>
    public string Style { get; } = style;

    /// <summary>z of the room's back wall once a set has built one (<see cref="Sets.RoomShell"/>); null outdoors.</summary>
    public float? Wall { get; set; }

    /// <summary>The stations the cast works at (<see cref="Layout.Stations"/>): a set leaves out its own furniture of
    /// the same use, so the room has one washbasin, not the station's and the set's side by side.</summary>
    public IReadOnlySet<Layout.StationKind> Stations { get; init; } = new HashSet<Layout.StationKind>();

    /// <summary>What an establishing shot frames when nothing is cast (<see cref="WorldEnvironment.Vista"/>): a set sets it
    /// round its landmark (the lighthouse and the rocks at its foot, the bar and its stools); left null,
    /// <see cref="Dressing"/> frames the stretch of set behind the action.</summary>
    public Vista? Vista { get; set; }

    /// <summary>The landmark that must read behind the cast (<see cref="WorldEnvironment.Backdrop"/>): a set with a
    /// landmark far taller than a person sets it round that landmark (the tower, the skyline, the peaks).</summary>
    public Vista? Backdrop { get; set; }

    /// <summary>x span of the back wall kept for the cast's own pictures: the set hangs none of its own there.</summary>
    public (float X0, float X1)? WallKept { get; init; }

    /// <summary>True when a picture over [x0, x1] would overlap the span kept for the cast's pictures.</summary>
    public bool WallTaken(float x0, float x1) => WallKept is { } k && x1 > k.X0 - 0.2f && x0 < k.X1 + 0.2f;

    /// <summary>Most lights a set adds: the renderer shades the nearest visible ones, so more would only cost sorting.</summary>
    public const int MaxLights = 32;

    /// <summary>x where outdoor dressing starts and ends: more ahead (+X), where walkers and cars travel.</summary>
    public float Left => Zone.CentreX - 55;
    public float Right => Zone.CentreX + 80;

    public float Range(float min, float max) => _random.RangeF(min, max);
    public bool Chance(float p) => _random.NextDouble() < p;
    public int Pick(int count) => (int)(_random.NextDouble() * count) % count;

    /// <summary>m of X each merged batch spans: small enough that the renderer can cull and fit shadows to what the
    /// camera sees, large enough that a whole set is a few dozen draws.</summary>
    public const float ChunkSize = 24;

    /// <summary>The merged batch for a kind of dressing in the chunk of X that holds <paramref name="x"/>.</summary>
    public Kit Layer(string kind, float x = 0)
    {
        var chunk = (int)MathF.Floor(x / ChunkSize);
        foreach (var (k, c, kit) in _layers)
            if (k == kind && c == chunk) return kit;
        var made = new Kit();
        _layers.Add((kind, chunk, made));
        return made;
    }

    /// <summary>
    /// Places a copy of <paramref name="prop"/> (footprint radius <paramref name="radius"/> m before scaling) into the
    /// layer <paramref name="kind"/>, unless it would touch the clear band; tall props (not <paramref name="flat"/>)
    /// must also stand behind it. Returns whether it was placed.
    /// </summary>
    public bool Put(string kind, Kit prop, Vector3 at, float yaw = 0, float scale = 1, float radius = 0.5f, bool flat = false)
    {
        var r = radius * scale;
        if (flat ? !Zone.Clear(at, r) : !Zone.Behind(at, r)) return false;
        Layer(kind, at.X).Add(prop, Kit.At(at, yaw, scale));
        return true;
    }

    /// <summary>Places without the check: ground cover that runs under everything (a road, a floor rug).</summary>
    public void Lay(string kind, Kit prop, Matrix4x4 placement) => Layer(kind, placement.Translation.X).Add(prop, placement);

    private readonly List<(string Kind, Kit Kit, Vector3 Pivot, Vector3 Spin)> _spinners = [];

    /// <summary>A part that turns for ever at <paramref name="spin"/> (rad/s about world axes) round
    /// <paramref name="pivot"/> (a wheel's hub): <paramref name="kit"/> is built round the origin, which becomes the
    /// pivot. It is its own <see cref="SceneryPiece"/>, never merged with still dressing.</summary>
    public void Spinner(string kind, Kit kit, Vector3 pivot, Vector3 spin) => _spinners.Add((kind, kit, pivot, spin));

    /// <summary>Adds a light if the set still has room for one.</summary>
    public void Light(LightSource light)
    {
        if (_lights.Count < MaxLights) _lights.Add(light);
    }

    /// <summary>Props with seeded positions in a rectangle behind the band, nearer ones first.</summary>
    public void Scatter(string kind, Kit[] props, int count, float xMin, float xMax, float zNear, float zFar, float scaleMin, float scaleMax, float radius)
    {
        for (var i = 0; i < count; i++)
        {
            var at = new Vector3(Range(xMin, xMax), 0, Range(zFar, zNear));
            Put(kind, props[Pick(props.Length)], at, Range(0, MathF.Tau), Range(scaleMin, scaleMax), radius);
        }
    }

    public (IReadOnlyList<SceneryPiece> Pieces, IReadOnlyList<LightSource> Lights) Finish()
    {
        var pieces = new List<SceneryPiece>();
        foreach (var (kind, _, kit) in _layers)
        {
            if (kit.IsEmpty) continue;
            // Each piece sits at the middle of what it holds, its geometry around that: the renderer's bounds for
            // culling and for choosing shadow casters near the action are then tight, not a sphere from the origin.
            var centre = kit.Centre();
            kit.Shift(-centre);
            pieces.Add(new SceneryPiece(kind, kit.ToModel(kind), centre));
        }
        foreach (var (kind, kit, pivot, spin) in _spinners)
            if (!kit.IsEmpty) pieces.Add(new SceneryPiece(kind, kit.ToModel(kind), pivot) { Spin = spin });
        return (pieces, _lights);
    }
}
