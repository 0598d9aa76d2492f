using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Layout;

/// <summary>
/// Places the cast. Groups stand side by side along X, centred on the origin, members of a counted group in a
/// row; relations then move a subject next to, on or above its object. Actions set the starting state:
/// things that drop, fall or bounce start in the air (the action's height, else 1.2 m), things that roll or
/// slide start moving along +X. Small seeded jitter keeps groups from looking cloned.
/// </summary>
public static class LayoutSolver
{
    private static readonly HashSet<string> AirborneVerbs = new(StringComparer.OrdinalIgnoreCase) { "bounce", "drop", "fall", "land", "tumble" };
    private static readonly HashSet<string> MovingVerbs = new(StringComparer.OrdinalIgnoreCase) { "roll", "slide", "move", "travel" };

    public const double DefaultDropHeight = 1.2;

    public static IReadOnlyList<Entity> Place(ScenePlan plan)
    {
        var built = new List<(CastMember Cast, List<Entity> Bodies, float Width)>();
        foreach (var cast in plan.Cast)
        {
            var random = new SeededRandom(plan.Seed, "compose/" + cast.Id);
            var bodies = new List<Entity>();
            for (var n = 1; n <= cast.Count; n++)
            {
                var (shape, model, material) = AssetLibrary.Build(cast, ref random);
                bodies.Add(new Entity
                {
                    Id = n == 1 ? cast.Id : $"{cast.Id}.{n}",
                    CastId = cast.Id, Kind = cast.Kind, Shape = shape, Model = model, Material = material,
                });
            }
            var spacing = bodies.Max(b => b.Shape.BoundingRadius) * 2.6f;
            built.Add((cast, bodies, spacing * cast.Count));
        }

        // Side by side along X, centred.
        var total = built.Sum(g => g.Width);
        var x = -total / 2;
        var placed = new Dictionary<string, List<Entity>>();
        foreach (var (cast, bodies, width) in built)
        {
            var action = FirstAction(plan, cast.Id);
            var random = new SeededRandom(plan.Seed, "layout/" + cast.Id);
            var step = width / bodies.Count;
            var list = new List<Entity>();
            for (var i = 0; i < bodies.Count; i++)
            {
                var b = bodies[i];
                var px = x + step * (i + 0.5f);
                var pz = bodies.Count > 1 ? random.RangeF(-0.05f, 0.05f) * step : 0f;
                var py = b.Shape.HalfHeight;
                var velocity = Vector3.Zero;
                var spin = Vector3.Zero;
                if (action is not null && AirborneVerbs.Contains(action.Verb))
                    py += (float)((action.Height ?? DefaultDropHeight) * random.Range(0.97, 1.03));
                else if (action is not null && MovingVerbs.Contains(action.Verb))
                {
                    var speed = (float)(action.Speed ?? 1.5);
                    velocity = new Vector3(speed, 0, 0);
                    if (b.Shape is SphereShape s) spin = new Vector3(0, 0, -speed / s.Radius); // rolling without slipping
                    px -= 1.5f; // start left of centre so the roll crosses the frame
                }
                list.Add(b with { Position = new Vector3(px, py, pz), LinearVelocity = velocity, AngularVelocity = spin });
            }
            placed[cast.Id] = list;
            x += width;
        }

        foreach (var r in plan.Relations) ApplyRelation(placed, r);
        return placed.Values.SelectMany(l => l).ToList();
    }

    private static ActionSpec? FirstAction(ScenePlan plan, string castId) =>
        plan.Shots.SelectMany(s => s.Actions).FirstOrDefault(a => a.Actor == castId);

    private static void ApplyRelation(Dictionary<string, List<Entity>> placed, RelationSpec r)
    {
        if (!placed.TryGetValue(r.Subject, out var subject) || !placed.TryGetValue(r.Object, out var obj)) return;
        var anchor = obj[0];
        var top = anchor.Position.Y + anchor.Shape.HalfHeight;
        var gap = anchor.Shape.BoundingRadius + subject.Max(s => s.Shape.BoundingRadius) + 0.1f;
        for (var i = 0; i < subject.Count; i++)
        {
            var s = subject[i];
            var p = r.Relation switch
            {
                "on" => new Vector3(anchor.Position.X, top + s.Shape.HalfHeight + i * 2 * s.Shape.HalfHeight, anchor.Position.Z),
                "above" => new Vector3(anchor.Position.X, MathF.Max(s.Position.Y, top + s.Shape.HalfHeight + 0.5f), anchor.Position.Z),
                "left of" => new Vector3(anchor.Position.X - gap * (i + 1), s.Position.Y, anchor.Position.Z),
                "right of" => new Vector3(anchor.Position.X + gap * (i + 1), s.Position.Y, anchor.Position.Z),
                "in front of" => new Vector3(anchor.Position.X, s.Position.Y, anchor.Position.Z + gap * (i + 1)),
                "behind" => new Vector3(anchor.Position.X, s.Position.Y, anchor.Position.Z - gap * (i + 1)),
                "next to" => new Vector3(anchor.Position.X + gap * (i + 1), s.Position.Y, anchor.Position.Z),
                _ => s.Position,
            };
            subject[i] = s with { Position = p };
        }
    }
}
