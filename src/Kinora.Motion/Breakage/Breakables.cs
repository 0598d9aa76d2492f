using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Scenarios;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Breakage;

/// <summary>
/// Brittle things that shatter: an entity composed with pre-cut pieces (<see cref="Shards"/>: "vase1/shard1"…)
/// swaps itself for them on the step a contact's impulse passes its threshold, with a "shatter" event. Until then
/// the pieces wait out of the world; after, the whole does. The threshold is a velocity change, impulse ÷ mass, so
/// it does not depend on size: glass gives way when a hit changes its speed by <see cref="GlassBreakingSpeed"/>
/// (a fall of ~30 cm onto stone), ceramic a little later. The engine has already bounced the whole by the time the
/// break is seen, but a breaking thing does not rebound (the energy goes into the cracks), so the pieces keep
/// <see cref="KeptShare"/> of that velocity and gain a small outward burst from the centre.
/// </summary>
public sealed class Breakables
{
    /// <summary>m/s of velocity change in one hit that breaks glass.</summary>
    public const double GlassBreakingSpeed = 3.5;
    /// <summary>m/s for ceramic and porcelain.</summary>
    public const double CeramicBreakingSpeed = 4.5;
    /// <summary>Outward speed of the pieces as a share of the hit's velocity change.</summary>
    private const double BurstShare = 0.08;
    /// <summary>Share of the whole's (rebounding) velocity the pieces keep.</summary>
    private const float KeptShare = 0.3f;

    private sealed record Breakable(int Whole, double Mass, double Threshold, int[] Pieces, Pose[] Local)
    {
        public bool Broken { get; set; }
        public double Impulse { get; set; }
        public int Other { get; set; }
        public Vector3 At { get; set; }
    }

    private readonly Breakable[] _items;
    private readonly int[] _byBody; // body → item index, −1 if not breakable
    private readonly IReadOnlyList<Entity> _entities;
    private readonly string _groundMaterial;

    private Breakables(Breakable[] items, int bodies, IReadOnlyList<Entity> entities, string groundMaterial)
    {
        _items = items;
        _entities = entities;
        _groundMaterial = groundMaterial;
        _byBody = Enumerable.Repeat(-1, bodies).ToArray();
        for (var i = 0; i < items.Length; i++) _byBody[items[i].Whole] = i;
    }

    /// <summary>Velocity change that breaks a material, m/s; infinity for what does not break.</summary>
    public static double BreakingSpeed(Material m) => m.Acoustic switch
    {
        AcousticClass.Glass when m.Name != "ice" => GlassBreakingSpeed,
        AcousticClass.Ceramic => CeramicBreakingSpeed,
        _ => double.PositiveInfinity,
    };

    /// <summary>The world's breakables (entities with pieces), or null when none.</summary>
    public static Breakables? For(World world)
    {
        var items = new List<Breakable>();
        for (var w = 0; w < world.Entities.Count; w++)
        {
            var whole = world.Entities[w];
            if (whole.IsStatic) continue;
            var pieces = new List<int>();
            for (var i = 0; i < world.Entities.Count; i++)
                if (Shards.IsPieceOf(world.Entities[i].Id, whole.Id)) pieces.Add(i);
            if (pieces.Count == 0) continue;
            var inverse = Quaternion.Inverse(whole.Rotation);
            var local = pieces.Select(i =>
            {
                var p = world.Entities[i];
                return new Pose(Vector3.Transform(p.Position - whole.Position, inverse), inverse * p.Rotation);
            }).ToArray();
            items.Add(new Breakable(w, whole.Mass, BreakingSpeed(whole.Material), [.. pieces], local));
        }
        return items.Count == 0 ? null : new Breakables([.. items], world.Entities.Count, world.Entities, world.Environment.Ground.Name);
    }

    /// <summary>Takes every piece out of the world until its whole breaks.</summary>
    public void Start(IPhysicsWorld physics)
    {
        foreach (var item in _items)
            foreach (var p in item.Pieces) physics.SetActive(p, false, default);
    }

    /// <summary>After a step: breaks what was hit hard enough during it.</summary>
    public void AfterStep(IPhysicsWorld physics, double stepStart, double dt, ContactTracker events)
    {
        foreach (var item in _items) { item.Impulse = 0; }
        foreach (ref readonly var c in physics.Contacts)
        {
            Note(c.A, c.B, c);
            if (c.B != ContactReport.Ground) Note(c.B, c.A, c);
        }
        foreach (var item in _items)
        {
            if (item.Broken || item.Impulse / Math.Max(item.Mass, 1e-6) < item.Threshold) continue;
            Break(item, physics, stepStart + dt, events);
        }
    }

    private void Note(int body, int other, in ContactReport c)
    {
        if ((uint)body >= (uint)_byBody.Length || _byBody[body] < 0) return;
        var item = _items[_byBody[body]];
        if (item.Broken || Math.Abs(c.NormalImpulse) <= item.Impulse) return;
        item.Impulse = Math.Abs(c.NormalImpulse); // the hardest single hit this step decides
        item.Other = other;
        item.At = c.Position;
    }

    private void Break(Breakable item, IPhysicsWorld physics, double time, ContactTracker events)
    {
        item.Broken = true;
        var whole = physics.StateOf(item.Whole);
        var burst = item.Impulse / Math.Max(item.Mass, 1e-6) * BurstShare;
        foreach (var (piece, local) in item.Pieces.Zip(item.Local))
        {
            var offset = Vector3.Transform(local.Position, whole.Pose.Rotation);
            var centre = whole.Pose.Position + offset;
            var outward = offset.LengthSquared() > 1e-10f ? Vector3.Normalize(offset) : Vector3.UnitY;
            var velocity = (whole.LinearVelocity + Vector3.Cross(whole.AngularVelocity, offset)) * KeptShare + outward * (float)burst;
            physics.SetActive(piece, true, new BodyState(new Pose(centre, whole.Pose.Rotation * local.Rotation), velocity, whole.AngularVelocity * KeptShare, true));
        }
        physics.SetActive(item.Whole, false, default);
        var wholeEntity = _entities[item.Whole];
        events.Add(new SimEvent
        {
            Kind = EventKinds.Shatter, Time = time, A = wholeEntity.Id,
            B = item.Other == ContactReport.Ground ? "ground" : _entities[item.Other].Id,
            Impulse = item.Impulse, RelativeSpeed = item.Impulse / Math.Max(item.Mass, 1e-6), Position = item.At,
            MaterialA = wholeEntity.Material.Name, MaterialB = item.Other == ContactReport.Ground ? _groundMaterial : _entities[item.Other].Material.Name,
        });
    }
}
