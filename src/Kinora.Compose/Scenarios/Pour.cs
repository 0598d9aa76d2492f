using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Poured grains and marbles ("pour sand", "marbles spill"): many small balls leave a spout
/// <see cref="SpoutHeight"/> above the floor in a staggered column, a few centimetres apart with seeded jitter, so
/// they arrive as a stream and heap up. Sand is drawn as 2 cm grains (real grains would be invisible and would need
/// a particle solver); marbles keep their size. A single marble or sand entry becomes <see cref="DefaultCount"/>.
/// </summary>
public static class Pour
{
    public const int DefaultCount = 60;
    public const float SpoutHeight = 1.2f;
    private const float GrainRadius = 0.01f;

    internal static void Apply(CastEntities cast)
    {
        foreach (var member in cast.Members.ToList())
        {
            var verb = cast.ActionOf(member.Id)?.Verb;
            var sand = CastEntities.Is(member.Kind, "sand", "grain", "grains", "rice", "gravel", "pebbles", "beads");
            if (!CastEntities.Is(verb, "pour", "spill", "tip", "empty") && !(sand && verb is not null)) continue;
            var bodies = cast[member.Id];
            if (bodies.Any(b => b.IsStatic) || !(sand || bodies[0].Shape is SphereShape)) continue;
            var count = bodies.Count > 1 ? bodies.Count : DefaultCount;
            var material = MaterialLibrary.Get(member.Traits.Material ?? (sand ? "sand" : "glass"));
            var radius = sand ? GrainRadius : ((SphereShape)bodies[0].Shape).Radius;
            var look = bodies[0].Model;
            if (sand) look = new Model([SimpleModels.Ball(Vector3.Zero, radius, material)]);
            var random = new SeededRandom(cast.Plan.Seed, "pour/" + member.Id);
            var spout = new Vector3(bodies[0].Position.X, SpoutHeight, bodies[0].Position.Z);
            var list = new List<Entity>();
            for (var i = 0; i < count; i++)
            {
                var jitter = new Vector3(random.RangeF(-1, 1), 0, random.RangeF(-1, 1)) * radius * 0.8f;
                // A spout is wider than one marble: four abreast (a 2×2 bundle per layer), so a hundred marbles make a
                // stream about a metre long instead of a four-metre column dropping from the ceiling.
                var lane = new Vector3((i & 1) - 0.5f, 0, ((i >> 1) & 1) - 0.5f) * radius * 2.6f;
                list.Add(bodies[0] with
                {
                    Id = i == 0 ? member.Id : $"{member.Id}.{i + 1}", Shape = new SphereShape(radius), Model = look,
                    Material = sand ? material : bodies[0].Material, Rotation = Quaternion.Identity,
                    Position = spout + lane + jitter + new Vector3(0, (i / 4) * radius * 2.6f, 0),
                    LinearVelocity = new Vector3(0.4f, -1f, 0), AngularVelocity = Vector3.Zero,
                });
            }
            cast.Replace(member.Id, list);
        }
    }
}
