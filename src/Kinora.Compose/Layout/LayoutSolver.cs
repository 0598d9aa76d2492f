using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Layout;

/// <summary>
/// Places the cast. Groups stand side by side along X, centred on the origin, members of a counted group in a
/// row; relations then move a subject next to, on, above, inside, around or between its objects (RelationPlacer). Actions set the starting state:
/// things that drop, fall or bounce start in the air (the action's height, else 1.2 m), things that roll or
/// slide start moving along +X. Small seeded jitter keeps groups from looking cloned.
/// </summary>
public static class LayoutSolver
{
    private static readonly HashSet<string> AirborneVerbs = new(StringComparer.OrdinalIgnoreCase) { "bounce", "drop", "fall", "land", "tumble" };
    private static readonly HashSet<string> MovingVerbs = new(StringComparer.OrdinalIgnoreCase) { "roll", "slide", "move", "travel" };

    public const double DefaultDropHeight = 1.2;

    /// <summary>A group of people whose sex the prompt leaves open ("a couple", "three people") is women and men in
    /// turn, not a coin toss each: a couple of two men in evening gowns' place was what the toss gave.</summary>
    public static CastMember MixedGroupMember(CastMember cast, int n, bool firstFemale)
    {
        if (cast.Kind != "person" || cast.Count < 2 || cast.Traits.Sex is not null) return cast;
        var female = (n % 2 == 1) == firstFemale;
        return cast with { Traits = cast.Traits with { Sex = female ? "female" : "male" } };
    }

    public static IReadOnlyList<Entity> Place(ScenePlan plan)
    {
        var built = new List<(CastMember Cast, List<Entity> Bodies, float Width)>();
        foreach (var cast in plan.Cast)
        {
            var random = new SeededRandom(plan.Seed, "compose/" + cast.Id);
            var bodies = new List<Entity>();
            var sexes = new SeededRandom(plan.Seed, "sexes/" + cast.Id);
            var firstFemale = sexes.NextDouble() < 0.5;
            for (var n = 1; n <= cast.Count; n++)
            {
                var (shape, model, material) = AssetLibrary.Build(MixedGroupMember(cast, n, firstFemale), ref random);
                bodies.Add(new Entity
                {
                    Id = n == 1 ? cast.Id : $"{cast.Id}.{n}",
                    CastId = cast.Id, Kind = cast.Kind, Shape = shape, Model = model, Material = material,
                });
            }
            var spacing = IsChain(bodies, FirstAction(plan, cast.Id), out var chainStep)
                ? chainStep
                : bodies.Max(b => b.Shape.BoundingRadius) * 2.6f;
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
            if (IsChain(bodies, action, out _))
            {
                PlaceChain(bodies, x + step / 2, step, list);
                placed[cast.Id] = list;
                x += width;
                continue;
            }
            var skein = bodies.Count > 2 && action is not null && FormationVerbs.Contains(action.Verb);
            var abreast = cast.Kind == "person" && bodies.Count is 2 or 3 && action is not null && WalkingVerbs.Contains(action.Verb);
            for (var i = 0; i < bodies.Count; i++)
            {
                var b = bodies[i];
                var px = x + step * (i + 0.5f);
                var pz = bodies.Count > 1 ? random.RangeF(-0.05f, 0.05f) * step : 0f;
                if (abreast)
                {
                    // Walking together: side by side across the way they go (+X), a step apart, the nearer one half a
                    // step behind so the camera on +Z sees both, not one hiding the other; all over the group's middle.
                    var rank = i - (bodies.Count - 1) / 2f;
                    px = x + width / 2 - rank * AbreastStagger;
                    pz = rank * AbreastGap;
                }
                if (skein)
                {
                    // A flying group travels as a V behind its leader (they fly along +X), not in single file.
                    var rank = (i + 1) / 2;
                    var side = i % 2 == 1 ? 1 : -1;
                    px = x + width / 2 - rank * step * SkeinStep + random.RangeF(-0.1f, 0.1f) * step;
                    pz = side * rank * step * SkeinStep;
                }
                var py = b.Shape.HalfHeight;
                var velocity = Vector3.Zero;
                var spin = Vector3.Zero;
                if (action is not null && AirborneVerbs.Contains(action.Verb))
                    py += (float)((action.Height ?? DefaultDropHeight) * random.Range(0.97, 1.03));
                else if (action is not null && WindBorne.Carries(b.Kind, action.Verb))
                    px -= (float)((action.Speed ?? WindBorne.Pace) * ClipSeconds(plan) / 2); // carried across: over the centre mid-clip
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

        foreach (var r in plan.Relations) RelationPlacer.Apply(placed, r);
        SetOnSurfaces(plan, placed);
        Stations.Apply(plan, placed);
        SetQuarriesRunning(plan, placed);
        return placed.Values.SelectMany(l => l).ToList();
    }

    private static double ClipSeconds(ScenePlan plan) => plan.Shots.Count > 0 ? plan.Shots.Max(s => s.Start + s.Seconds) : plan.Format.Seconds;

    /// <summary>Verbs a small group of people does walking together, abreast.</summary>
    private static readonly HashSet<string> WalkingVerbs = new(StringComparer.OrdinalIgnoreCase) { "walk", "stroll", "wander", "march", "hike", "jog", "run", "amble" };

    /// <summary>m between people walking abreast (room for an umbrella each) and how far the nearer one trails.</summary>
    private const float AbreastGap = 0.95f, AbreastStagger = 0.45f;

    /// <summary>Verbs a counted group of flyers does in formation.</summary>
    private static readonly HashSet<string> FormationVerbs = new(StringComparer.OrdinalIgnoreCase) { "fly", "soar", "glide", "flock", "migrate" };

    /// <summary>Each rank of a V sits this share of the group's spacing behind and beside the one before it.</summary>
    private const float SkeinStep = 0.8f;

    private static readonly HashSet<string> ChainVerbs = new(StringComparer.OrdinalIgnoreCase) { "topple", "fall", "tumble", "knock", "collapse" };

    /// <summary>Degrees the first member of a chain leans into the second at the start.</summary>
    private const float ChainLeanDeg = 14;

    /// <summary>
    /// Tall thin things (dominoes, books on end) that topple or fall as a group: they stand in a row along X, 0.6 of
    /// their height apart (close enough that each one's top reaches the next), and the first leans into the second.
    /// </summary>
    private static bool IsChain(List<Entity> bodies, ActionSpec? action, out float step)
    {
        step = 0;
        if (bodies.Count < 2 || action is null || !ChainVerbs.Contains(action.Verb) || bodies[0].Shape is not BoxShape box
            || box.HalfExtents.Y < 2.5f * box.HalfExtents.X) return false;
        step = 0.6f * 2 * box.HalfExtents.Y;
        return true;
    }

    private static void PlaceChain(List<Entity> bodies, float firstX, float step, List<Entity> into)
    {
        var lean = ChainLeanDeg * MathF.PI / 180;
        for (var i = 0; i < bodies.Count; i++)
        {
            var b = bodies[i];
            var half = ((BoxShape)b.Shape).HalfExtents;
            if (i > 0)
            {
                into.Add(b with { Position = new Vector3(firstX + step * i, half.Y, 0) });
                continue;
            }
            // Tipped towards +X about its bottom edge, with a nudge of spin so it falls rather than balances.
            var rotation = Quaternion.CreateFromAxisAngle(-Vector3.UnitZ, lean);
            var pivot = new Vector3(firstX + half.X, 0, 0);
            var centre = pivot + Vector3.Transform(new Vector3(-half.X, half.Y, 0), rotation);
            into.Add(b with { Position = centre, Rotation = rotation, AngularVelocity = new Vector3(0, 0, -1.5f) });
        }
    }

    /// <summary>Verbs that travel: a subject "on" a support that does one starts at the −X end of its top.</summary>
    private static readonly HashSet<string> TravelVerbs = new(StringComparer.OrdinalIgnoreCase) { "walk", "run", "trot", "stroll", "crawl", "jog", "wander", "prowl", "gallop", "march", "creep" };

    /// <summary>
    /// A subject "on" a modelled support (a sofa, a bed, a bench) stands on the surface one would stand or sit on,
    /// found from the model (<see cref="SupportSurface"/>), not on the top of its bounding box (a backrest's height):
    /// a walker at the surface's −X end so the walk runs along it, anything else in the middle. Members of a group
    /// stand side by side along the surface.
    /// </summary>
    private static void SetOnSurfaces(ScenePlan plan, Dictionary<string, List<Entity>> placed)
    {
        foreach (var r in plan.Relations)
        {
            if (r.Relation != "on" || !placed.TryGetValue(r.Subject, out var subject) || !placed.TryGetValue(r.Object, out var support)
                || r.Subject == r.Object || !AssetLibrary.ModelledKinds.Any(k => k.Kind == support[0].Kind)) continue;
            var travels = FirstAction(plan, r.Subject) is { } a && TravelVerbs.Contains(a.Verb);
            if (travels)
            {
                // Walkers go along +X, so the support turns to face +Z: its long side (a sofa's seat, a bench) then
                // runs along the walk, whatever way its model was turned to show it off.
                var front = AssetLibrary.Front(support[0].Kind);
                var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, -MathF.Atan2(front.X, front.Z));
                for (var i = 0; i < support.Count; i++) support[i] = support[i] with { Rotation = turn };
            }
            if (SupportSurface.Find(support[0]) is not { } top) continue;
            var width = subject.Sum(s => 2 * s.Shape.BoundingRadius);
            var x = travels ? top.RowX0 : top.Middle.X - width / 2;
            for (var i = 0; i < subject.Count; i++)
            {
                var s = subject[i];
                var lift = s.Position.Y - s.Shape.HalfHeight - (support[0].Position.Y + support[0].Shape.HalfHeight);   // "above" or a drop height stays
                subject[i] = s with { Position = new Vector3(x + s.Shape.BoundingRadius, top.Y + s.Shape.HalfHeight + MathF.Max(0, lift), travels ? top.RowZ : top.Middle.Y) };
                x += 2 * s.Shape.BoundingRadius;
            }
        }
    }

    private static readonly HashSet<string> PursuitVerbs = new(StringComparer.OrdinalIgnoreCase) { "chase", "fetch" };

    /// <summary>m/s a chased thing starts with (a kicked or thrown ball's roll across a park).</summary>
    private const float QuarrySpeed = 3f;

    /// <summary>
    /// What is chased or fetched starts a little ahead of the chaser, moving away along +X (rolling, if round), so
    /// the chase has somewhere to go; the Motion stage steers the chaser after it.
    /// </summary>
    private static void SetQuarriesRunning(ScenePlan plan, Dictionary<string, List<Entity>> placed)
    {
        foreach (var a in plan.Shots.SelectMany(s => s.Actions))
        {
            if (!PursuitVerbs.Contains(a.Verb) || a.Object is null || !placed.TryGetValue(a.Object, out var quarry)
                || !placed.TryGetValue(a.Actor, out var chaser)) continue;
            var lead = chaser.Max(c => c.Position.X + c.Shape.BoundingRadius);
            for (var i = 0; i < quarry.Count; i++)
            {
                var q = quarry[i];
                var spin = q.Shape is SphereShape s ? new Vector3(0, 0, -QuarrySpeed / s.Radius) : Vector3.Zero;
                quarry[i] = q with
                {
                    Position = q.Position with { X = lead + q.Shape.BoundingRadius + 0.5f + i * 2 * q.Shape.BoundingRadius, Z = chaser[0].Position.Z },
                    LinearVelocity = new Vector3(QuarrySpeed, 0, 0), AngularVelocity = spin,
                };
            }
        }
    }

    private static ActionSpec? FirstAction(ScenePlan plan, string castId) =>
        plan.Shots.SelectMany(s => s.Actions).FirstOrDefault(a => a.Actor == castId);
}
