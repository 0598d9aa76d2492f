using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// Things that move themselves — people, animals, vehicles that walk, run, chase or drive — follow a kinematic
/// path instead of being pushed by physics: straight ahead along +X at the verb's pace, or, for chase/follow/fetch,
/// steering towards the object's simulated position and easing off when close. They turn to face where they go
/// (by the kind's modelled front) and their footfalls (or wheel bumps) are emitted as light "footfall" events at the
/// gait's cadence, so the sound stage hears them. They do not push other bodies yet (the physics engine sees them
/// parked out of the world); ODE kinematic bodies are the next step.
/// </summary>
public static class Locomotion
{
    /// <summary>Pace per verb, m/s (typical adult human and dog figures; vehicles in town).</summary>
    private static readonly Dictionary<string, double> Paces = new(StringComparer.OrdinalIgnoreCase)
    {
        ["walk"] = 1.4, ["stroll"] = 1.0, ["march"] = 1.3, ["wander"] = 0.9, ["jog"] = 2.5, ["run"] = 4.0, ["sprint"] = 6.5,
        ["trot"] = 3.0, ["gallop"] = 8.0, ["chase"] = 4.5, ["follow"] = 1.5, ["fetch"] = 4.0, ["drive"] = 8.0, ["ride"] = 5.0,
        ["cycle"] = 5.0, ["fly"] = 6.0, ["swim"] = 1.0, ["skate"] = 3.0, ["crawl"] = 0.4, ["move"] = 1.5, ["travel"] = 3.0,
        ["race"] = 7.0, ["hop"] = 1.5, ["jump"] = 1.5, ["dance"] = 0.3, ["roam"] = 1.0, ["graze"] = 0.2, ["approach"] = 1.2,
    };

    private static readonly HashSet<string> Pursuits = new(StringComparer.OrdinalIgnoreCase) { "chase", "follow", "fetch", "approach" };

    /// <summary>Kinds that propel themselves.</summary>
    private static readonly HashSet<string> SelfPropelled = new(StringComparer.OrdinalIgnoreCase)
    {
        "person", "dog", "cat", "horse", "sheep", "cow", "elephant", "bear", "zebra", "giraffe", "bird",
        "car", "bus", "truck", "motorcycle", "bicycle", "airplane", "boat", "train", "skateboard",
    };

    /// <summary>m; a pursuer eases off within this distance of its quarry (plus both bodies' sizes).</summary>
    private const float CatchDistance = 0.4f;
    /// <summary>N·s of a footfall at a run: a light thud, under a dropped ball's first bounce.</summary>
    private const double FootfallImpulse = 0.8;
    /// <summary>s; how fast a pursuer turns towards its quarry (first-order lag).</summary>
    private const double TurnLag = 0.25;

    public readonly record struct Driver(int Body, int Target, Vector3 Front, double Pace, double Start, double End);

    /// <summary>The bodies that move themselves, with what drives them.</summary>
    public static IReadOnlyList<Driver> Drivers(World world)
    {
        var drivers = new List<Driver>();
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
            {
                if (!Paces.TryGetValue(action.Verb, out var pace)) continue;
                for (var i = 0; i < world.Entities.Count; i++)
                {
                    var e = world.Entities[i];
                    if (e.CastId != action.Actor || e.IsStatic || !SelfPropelled.Contains(e.Kind)) continue;
                    var target = Pursuits.Contains(action.Verb) && action.Object is { } o ? world.IndexOf(o) : -1;
                    drivers.Add(new Driver(i, target, AssetLibrary.Front(e.Kind), action.Speed ?? pace,
                        action.Start ?? shot.Start, action.End ?? shot.Start + shot.Seconds));
                }
            }
        return drivers;
    }

    /// <summary>Where the physics engine keeps a driven body: far below the floor, touching nothing.</summary>
    public static Vector3 Parked(int body) => new(body * 10f, -1000f, 0);

    /// <summary>Overwrites the driven bodies' poses frame by frame and returns their footfall events.</summary>
    /// <param name="timeScale">Simulated seconds per video second (see <see cref="TimeScale"/>).</param>
    public static List<SimEvent> Drive(World world, IReadOnlyList<Driver> drivers, Span<Pose> poses, int frameCount, int fps, double timeScale = 1)
    {
        var n = world.Entities.Count;
        var events = new List<SimEvent>();
        var dt = timeScale / fps; // simulated seconds per frame
        // One path per body, carried across its actions ("walks, then runs" continues from where the walk ended).
        foreach (var body in drivers.Select(d => d.Body).Distinct())
        {
            var mine = drivers.Where(d => d.Body == body).ToList();
            var e = world.Entities[body];
            var position = mine[0].Target >= 0 ? e.Position : ClearLane(world, drivers, body);
            var heading = new Vector3(1, 0, 0);
            var front = mine[0].Front;
            var sinceFootfall = 0.0; // m walked since the last footfall
            for (var f = 0; f < frameCount; f++)
            {
                var t = (double)f / fps; // video seconds: action windows and event times are in video time
                var active = f > 0 ? mine.FindIndex(d => t >= d.Start && t <= d.End) : -1;
                if (active >= 0)
                {
                    var d = mine[active];
                    var speed = d.Pace;
                    var want = heading;
                    if (d.Target >= 0)
                    {
                        var toward = poses[(f - 1) * n + d.Target].Position - position;
                        toward.Y = 0;
                        var distance = toward.Length();
                        if (distance > 1e-4f) want = toward / distance;
                        var reach = e.Shape.BoundingRadius + world.Entities[d.Target].Shape.BoundingRadius + CatchDistance;
                        speed *= Math.Clamp((distance - reach) / reach, 0, 1); // ease off when close
                    }
                    heading = Vector3.Normalize(Vector3.Lerp(heading, want, (float)(1 - Math.Exp(-dt / TurnLag))) + new Vector3(1e-6f, 0, 0));
                    var step = speed * dt;
                    position += heading * (float)step;
                    // Footfalls: a light contact every stride (pace ÷ cadence metres), or wheel bump.
                    var cadence = Cadence(e, d.Pace);
                    sinceFootfall += step;
                    if (cadence > 0 && speed > 0.05 && sinceFootfall >= d.Pace / cadence)
                    {
                        sinceFootfall = 0;
                        events.Add(new SimEvent
                        {
                            Kind = EventKinds.Footfall, Time = t, A = e.Id, B = "ground", MaterialB = world.Environment.Ground.Name,
                            Impulse = FootfallImpulse * Math.Min(1, speed / 4), RelativeSpeed = 0.3, Position = position,
                        });
                    }
                }
                poses[f * n + body] = new Pose(position, Facing(front, heading));
            }
        }
        events.Sort((x, y) => x.Time.CompareTo(y.Time));
        return events;
    }

    /// <summary>
    /// Where a straight-ahead mover starts so its path along +X passes obstacles instead of going through them
    /// ("a man walks past a car"): moved towards the camera (+Z) just clear of anything standing in its lane.
    /// </summary>
    private static Vector3 ClearLane(World world, IReadOnlyList<Driver> drivers, int body)
    {
        var self = world.Entities[body];
        var start = self.Position;
        var r = self.Shape.BoundingRadius;
        for (var pass = 0; pass < 4; pass++)
        {
            var moved = false;
            for (var j = 0; j < world.Entities.Count; j++)
            {
                if (j == body || drivers.Any(d => d.Body == j)) continue;
                var other = world.Entities[j];
                var clearance = r + other.Shape.BoundingRadius + LaneGap;
                if (other.Position.X + other.Shape.BoundingRadius < start.X || MathF.Abs(other.Position.Z - start.Z) >= clearance) continue;
                start.Z = other.Position.Z + clearance;
                moved = true;
            }
            if (!moved) break;
        }
        return start;
    }

    /// <summary>m left between a mover and what it passes.</summary>
    private const float LaneGap = 0.3f;

    /// <summary>Steps per second: legs ~2 Hz walking to ~3.5 Hz running (quicker for small animals); wheels 1 Hz.</summary>
    private static double Cadence(Entity e, double pace) => e.Kind switch
    {
        "car" or "bus" or "truck" or "train" or "airplane" or "boat" or "bicycle" or "motorcycle" or "skateboard" => 1.0,
        "bird" => 0,
        _ => Math.Clamp(1.6 + 0.45 * pace, 1.5, 4.5),
    };

    /// <summary>The rotation about +Y that turns the model's front towards the heading.</summary>
    private static Quaternion Facing(Vector3 front, Vector3 heading)
    {
        var yaw = MathF.Atan2(-heading.Z, heading.X) - MathF.Atan2(-front.Z, front.X);
        return Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw);
    }
}
