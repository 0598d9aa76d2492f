using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Layout;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Kinds;
using Kinora.Plan;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// Things that move themselves — people, animals, vehicles that walk, run, chase or drive — follow a kinematic
/// path instead of being pushed by physics: straight ahead along +X at the verb's pace, or, for chase/follow/fetch,
/// steering towards the object's simulated position and easing off when close. They turn to face where they go
/// (by the kind's modelled front) and their footfalls (or wheel bumps) are emitted as light "footfall" events at the
/// gait's cadence, so the sound stage hears them (for bodies with a rig, the animator's feet replace these: see
/// Animation.Animator). Birds that fly travel at a cruising height. The physics engine sees them as kinematic
/// bodies on that path: nothing pushes them, and they push what is in their way (a car driving into a stack of
/// boxes knocks it over).
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

    /// <summary>Kinds that can fly themselves.</summary>
    private static readonly HashSet<string> Flyers = new(StringComparer.OrdinalIgnoreCase) { "bird", "airplane", "kite" };

    private static readonly HashSet<string> FlightVerbs = new(StringComparer.OrdinalIgnoreCase) { "fly", "soar", "glide", "flap", "flock", "migrate" };

    /// <summary>
    /// A flying bird's height above the ground, m: 2.5–4 m, different per bird (from its id, the same every run) so a
    /// flock is not a flat sheet, and low enough that the camera framing the flock still sees the ground under it.
    /// </summary>
    private static float Cruise(string id)
    {
        var h = 2166136261u;
        foreach (var ch in id) h = (h ^ ch) * 16777619u;
        return 2.5f + 1.5f * (h & 0xFFFF) / 65536f;
    }

    /// <summary>The verb's usual pace (m/s), or null when the verb does not move its actor.</summary>
    public static double? PaceOf(string verb) => Paces.TryGetValue(verb, out var pace) ? pace : null;

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
    internal const double FootfallImpulse = 0.8;
    /// <summary>s; how fast a pursuer turns towards its quarry (first-order lag).</summary>
    private const double TurnLag = 0.25;

    /// <summary>Verbs that mean running into the object: the mover keeps its pace up to the impact.</summary>
    private static readonly HashSet<string> RamVerbs = new(StringComparer.OrdinalIgnoreCase) { "crash", "ram", "hit", "smash", "bump", "collide", "plough", "plow", "charge" };

    /// <param name="Ram">Heads for <see cref="Target"/> without easing off: it hits it.</param>
    /// <param name="Altitude">Metres above its composed height the body travels at: birds that fly are in the air.</param>
    /// <param name="Mount">The body this one rides (a horse, a bicycle), or −1: a rider is carried on its mount's
    /// path, seated at <see cref="Saddles"/>, instead of travelling on its own.</param>
    /// <param name="Plays">Runs in loops round where it started (<see cref="PlayPath"/>) instead of straight on.</param>
    public readonly record struct Driver(int Body, int Target, Vector3 Front, double Pace, double Start, double End, bool Ram = false, float Altitude = 0, int Mount = -1,
        bool Plays = false);

    /// <summary>What can be ridden, and where its rider sits: the saddle's height as a share of the mount's height
    /// (a horse's back, a bicycle's saddle; a skateboard's deck is its top), and how far behind the middle of the
    /// mount's box it is as a share of its length (the head and neck, or the handlebars, lie ahead of the seat).</summary>
    private static readonly Dictionary<string, (float Height, float Back)> Saddles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["horse"] = (0.6f, 0.1f), ["zebra"] = (0.6f, 0.1f), ["cow"] = (0.62f, 0.1f), ["elephant"] = (0.85f, 0.05f),
        ["bicycle"] = (0.8f, 0.1f), ["motorcycle"] = (0.62f, 0.08f), ["skateboard"] = (1f, 0f),
    };

    /// <summary>The bodies that move themselves, with what drives them.</summary>
    public static IReadOnlyList<Driver> Drivers(World world)
    {
        var drivers = new List<Driver>();
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
            {
                var rams = action.Object is not null && RamVerbs.Contains(action.Verb);
                if (PlayPath.IsPlay(action))
                {
                    // An animal at play runs in loops where it is (a person who plays dances in place: Animation).
                    for (var i = 0; i < world.Entities.Count; i++)
                        if (world.Entities[i] is var e && e.CastId == action.Actor && !e.IsStatic && PlaysOnLegs(e.Kind))
                            drivers.Add(new Driver(i, -1, AssetLibrary.Front(e.Kind), action.Speed ?? PlayPath.Pace, action.Start ?? shot.Start,
                                action.End ?? shot.Start + shot.Seconds, Plays: true));
                    continue;
                }
                if (!Paces.TryGetValue(action.Verb, out var pace) && !rams)
                {
                    // Not a mover's verb, but the wind may carry the actor: "a red umbrella drifts across" (in a tank of
                    // water, it floats there instead).
                    if (world.Entities.Any(e => e.Shape is LiquidShape)) continue;
                    for (var i = 0; i < world.Entities.Count; i++)
                        if (world.Entities[i] is var carried && carried.CastId == action.Actor && !carried.IsStatic && WindBorne.Carries(carried.Kind, action.Verb))
                            drivers.Add(new Driver(i, -1, Vector3.UnitX, action.Speed ?? WindBorne.Pace, action.Start ?? shot.Start,
                                action.End ?? shot.Start + shot.Seconds, Altitude: WindBorne.Altitude));
                    continue;
                }
                if (RiddenBy(world, action) is { } mount)
                {
                    // "A man rides a horse": the horse travels at the riding pace and the man goes with it.
                    var start = action.Start ?? shot.Start;
                    var end = action.End ?? shot.Start + shot.Seconds;
                    var mountFront = AssetLibrary.Front(world.Entities[mount].Kind);
                    drivers.Add(new Driver(mount, -1, mountFront, action.Speed ?? pace, start, end));
                    for (var i = 0; i < world.Entities.Count; i++)
                        if (world.Entities[i].CastId == action.Actor && i != mount)
                        {
                            drivers.Add(new Driver(i, -1, AssetLibrary.Front(world.Entities[i].Kind), action.Speed ?? pace, start, end, Mount: mount));
                            break; // one rider to a mount
                        }
                    continue;
                }
                for (var i = 0; i < world.Entities.Count; i++)
                {
                    var e = world.Entities[i];
                    if (e.CastId != action.Actor || e.IsStatic || !SelfPropelled.Contains(e.Kind) && !Animals.IsWaterAnimal(e.Kind) && !Animals.IsOtherAnimal(e.Kind)) continue;
                    if (FlightVerbs.Contains(action.Verb) && !Flyers.Contains(e.Kind)) continue; // a person flying a kite stays put
                    var target = (rams || Pursuits.Contains(action.Verb)) && action.Object is { } o ? world.IndexOf(o) : -1;
                    if (rams && !Paces.ContainsKey(action.Verb)) pace = IsVehicle(e.Kind) ? Paces["drive"] : Paces["run"]; // vehicles crash at driving pace
                    drivers.Add(new Driver(i, target, AssetLibrary.Front(e.Kind), action.Speed ?? pace,
                        action.Start ?? shot.Start, action.End ?? shot.Start + shot.Seconds, rams && target >= 0,
                        e.Kind == "bird" && FlightVerbs.Contains(action.Verb) ? Cruise(e.Id) : 0));
                }
            }
        FlockForming.AddIdleSwimmers(world, drivers);
        return drivers;
    }

    /// <summary>The mount a riding verb's object names (its first body), or null: the verb is a ride, the object is
    /// something with a saddle, and the actor is not the mount itself.</summary>
    private static int? RiddenBy(World world, ActionSpec action)
    {
        if (!Animation.ActionVerbs.IsRide(action.Verb) || action.Object is not { } o || o == action.Actor) return null;
        var mount = world.IndexOf(o);
        return mount >= 0 && !world.Entities[mount].IsStatic && Saddles.ContainsKey(world.Entities[mount].Kind) ? mount : null;
    }

    /// <summary>Metres from a mount's centre up to its rider's centre, the rider's feet on the saddle (the seated pose
    /// then lowers the hips onto it).</summary>
    private static float SaddleLift(Entity mount, Entity rider) =>
        -mount.Shape.HalfHeight + Saddles[mount.Kind].Height * 2 * mount.Shape.HalfHeight + rider.Shape.HalfHeight;

    /// <summary>Metres the saddle lies behind the middle of the mount, along its heading.</summary>
    private static float SaddleBack(Entity mount) => Saddles[mount.Kind].Back * 2 * mount.Shape.BoundingRadius;

    /// <summary>Overwrites the driven bodies' poses frame by frame and returns their footfall events.</summary>
    /// <param name="timeScale">Simulated seconds per video second (see <see cref="TimeScale"/>).</param>
    public static List<SimEvent> Drive(World world, IReadOnlyList<Driver> drivers, Span<Pose> poses, int frameCount, int fps, double timeScale = 1)
    {
        var n = world.Entities.Count;
        var runner = new Runner(world, drivers, fps, timeScale);
        for (var f = 0; f < frameCount; f++)
            runner.Advance(f, f > 0 ? poses.Slice((f - 1) * n, n) : poses.Slice(0, n), poses.Slice(f * n, n));
        return runner.Finish();
    }

    /// <summary>
    /// Walks the driven bodies one frame at a time, so the simulator can hand each frame's pose to the physics engine
    /// as a kinematic target (a car that drives into boxes pushes them) and pursuers steer by where their quarry is.
    /// One path per body, carried across its actions ("walks, then runs" continues from where the walk ended).
    /// </summary>
    public sealed class Runner
    {
        private sealed class Walker(int body, List<Driver> mine, Vector3 position, Vector3 front)
        {
            public readonly int Body = body;
            public readonly List<Driver> Mine = mine;
            public Vector3 Position = position;
            public Vector3 Heading = new(1, 0, 0);
            public readonly Vector3 Front = front;
            public float MaxX = float.PositiveInfinity; // the end of the furniture top it walks along, if any
            public Walker? Mount; // what it rides, if anything
            public float Lift; // m from the mount's centre up to the rider's
            public float Back; // m from the mount's centre back to the rider's
            public double SinceFootfall; // m walked since the last footfall
            public Flock? Flock; // the flock or school it moves with (see FlockForming), if any
            public int Member; // its index in that flock
            public Vector3 Home = position; // where it started (play loops round it)
        }

        private readonly World _world;
        private readonly Walker[] _walkers;
        private readonly int _fps;
        private readonly double _dt; // simulated seconds per frame
        private readonly List<SimEvent> _events = [];
        private readonly List<Flock> _flocks;

        public Runner(World world, IReadOnlyList<Driver> drivers, int fps, double timeScale = 1)
        {
            _world = world;
            _fps = fps;
            _dt = timeScale / fps;
            _walkers = [.. drivers.Select(d => d.Body).Distinct().Select(body =>
            {
                var mine = drivers.Where(d => d.Body == body).ToList();
                var support = SupportUnder(world, body);
                var start = mine[0].Target >= 0 ? world.Entities[body].Position : ClearLane(world, drivers, body, support);
                var walker = new Walker(body, mine, start + new Vector3(0, mine.Max(d => d.Altitude), 0), mine[0].Front);
                if (support >= 0 && SupportSurface.Find(world.Entities[support]) is { } top)
                    walker.MaxX = MathF.Max(start.X, top.RowX1 - world.Entities[body].Shape.BoundingRadius);
                return walker;
            })];
            // Riders go with their mounts: same heading, lifted onto the saddle, processed after every mount.
            foreach (var w in _walkers)
                if (w.Mine[0].Mount is var m and >= 0 && _walkers.FirstOrDefault(x => x.Body == m && x.Mine[0].Mount < 0) is { } mount)
                {
                    w.Mount = mount;
                    w.Lift = SaddleLift(world.Entities[m], world.Entities[w.Body]);
                    w.Back = SaddleBack(world.Entities[m]);
                    w.Position = mount.Position + new Vector3(0, w.Lift, 0) - mount.Heading * w.Back;
                }
            Array.Sort(_walkers, (a, b) => (a.Mount is null ? 0 : 1).CompareTo(b.Mount is null ? 0 : 1));
            // Birds that fly and fish that swim move as flocks and schools: the flock steers them.
            _flocks = FlockForming.Form(world, drivers, body => _walkers.First(w => w.Body == body).Position);
            foreach (var flock in _flocks)
                for (var k = 0; k < flock.Bodies.Length; k++)
                {
                    var w = _walkers.First(x => x.Body == flock.Bodies[k]);
                    (w.Flock, w.Member, w.Position, w.Heading) = (flock, k, flock.Positions[k], flock.Headings[k]);
                }
        }

        /// <summary>Where each driven body starts (frame 0).</summary>
        public Pose StartOf(int body)
        {
            foreach (var w in _walkers)
                if (w.Body == body) return new Pose(w.Position, Facing(w.Front, w.Heading));
            throw new ArgumentOutOfRangeException(nameof(body), $"body {body} is not driven");
        }

        /// <summary>Writes frame <paramref name="f"/>'s pose of every driven body into <paramref name="frame"/> (all bodies,
        /// entity order), steering by <paramref name="previous"/>, the frame before's poses.</summary>
        public void Advance(int f, ReadOnlySpan<Pose> previous, Span<Pose> frame)
        {
            var t = (double)f / _fps; // video seconds: action windows and event times are in video time
            foreach (var flock in _flocks) flock.Advance(t, _dt, f > 0 && t >= flock.Start && t <= flock.End);
            foreach (var w in _walkers)
            {
                if (w.Flock is { } moving)
                {
                    (w.Position, w.Heading) = (moving.Positions[w.Member], moving.Headings[w.Member]);
                    frame[w.Body] = new Pose(w.Position, Facing(w.Front, w.Heading));
                    continue;
                }
                if (w.Mount is { } mount)
                {
                    w.Heading = mount.Heading;
                    w.Position = mount.Position + new Vector3(0, w.Lift, 0) - mount.Heading * w.Back;
                    frame[w.Body] = new Pose(w.Position, Facing(w.Front, w.Heading));
                    continue;
                }
                var e = _world.Entities[w.Body];
                var active = f > 0 ? w.Mine.FindIndex(d => t >= d.Start && t <= d.End) : -1;
                if (active >= 0)
                {
                    var d = w.Mine[active];
                    var speed = d.Pace;
                    var want = w.Heading;
                    if (d.Plays)
                    {
                        speed *= PlayPath.Speed(t - d.Start);
                        want = w.Heading = PlayPath.Steer(w.Heading, w.Position, w.Home, t - d.Start, _dt);
                    }
                    if (d.Target >= 0)
                    {
                        var toward = previous[d.Target].Position - w.Position;
                        toward.Y = 0;
                        var distance = toward.Length();
                        var reach = e.Shape.BoundingRadius + _world.Entities[d.Target].Shape.BoundingRadius + CatchDistance;
                        // A rammer stops steering once it is upon its target: it drives through, not after what it hit.
                        if (distance > 1e-4f && !(d.Ram && distance < reach)) want = toward / distance;
                        if (!d.Ram) speed *= Math.Clamp((distance - reach) / reach, 0, 1); // ease off when close
                    }
                    w.Heading = Vector3.Normalize(Vector3.Lerp(w.Heading, want, (float)(1 - Math.Exp(-_dt / TurnLag))) + new Vector3(1e-6f, 0, 0));
                    var step = speed * _dt;
                    // A walker on a piece of furniture ("a cat walks on a sofa") stops at the end of its top rather
                    // than stepping off into the air.
                    if (w.Position.X + w.Heading.X * (float)step > w.MaxX) step = 0;
                    w.Position += w.Heading * (float)step;
                    // Footfalls: a light contact every stride (pace ÷ cadence metres), or wheel bump.
                    var cadence = Cadence(e, d.Pace);
                    w.SinceFootfall += step;
                    if (cadence > 0 && speed > 0.05 && w.SinceFootfall >= d.Pace / cadence)
                    {
                        w.SinceFootfall = 0;
                        _events.Add(new SimEvent
                        {
                            Kind = EventKinds.Footfall, Time = t, A = e.Id, B = "ground", MaterialB = _world.Environment.Ground.Name,
                            Impulse = FootfallImpulse * Math.Min(1, speed / 4), RelativeSpeed = 0.3, Position = w.Position,
                        });
                    }
                }
                frame[w.Body] = new Pose(w.Position, Facing(w.Front, w.Heading));
            }
        }

        /// <summary>The footfall events, by time.</summary>
        public List<SimEvent> Finish()
        {
            _events.Sort((x, y) => x.Time.CompareTo(y.Time));
            return _events;
        }
    }

    /// <summary>
    /// Where a straight-ahead mover starts so its path along +X passes obstacles instead of going through them
    /// ("a man walks past a car"): moved towards the camera (+Z) just clear of anything standing in its lane.
    /// </summary>
    private static Vector3 ClearLane(World world, IReadOnlyList<Driver> drivers, int body, int support)
    {
        var self = world.Entities[body];
        var start = self.Position;
        var r = self.Shape.BoundingRadius;
        for (var pass = 0; pass < 4; pass++)
        {
            var moved = false;
            for (var j = 0; j < world.Entities.Count; j++)
            {
                if (j == body || j == support || drivers.Any(d => d.Body == j)) continue;
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

    /// <summary>
    /// The thing a mover starts on top of (a sofa, a bench, a table), or −1: its feet are above the ground, at or
    /// below that thing's top and above its bottom, and it stands within that thing's footprint.
    /// </summary>
    private static int SupportUnder(World world, int body)
    {
        var self = world.Entities[body];
        var feet = self.Position.Y - self.Shape.HalfHeight;
        if (feet < MinStandHeight) return -1;
        for (var j = 0; j < world.Entities.Count; j++)
        {
            if (j == body) continue;
            var other = world.Entities[j];
            var (bottom, top) = (other.Position.Y - other.Shape.HalfHeight, other.Position.Y + other.Shape.HalfHeight);
            var across = new Vector2(self.Position.X - other.Position.X, self.Position.Z - other.Position.Z).Length();
            if (feet > bottom + MinStandHeight && feet <= top + MinStandHeight && across < other.Shape.BoundingRadius) return j;
        }
        return -1;
    }

    /// <summary>m: feet higher than this above the ground (or a support's bottom) stand on something.</summary>
    private const float MinStandHeight = 0.1f;

    /// <summary>m left between a mover and what it passes.</summary>
    private const float LaneGap = 0.3f;

    /// <summary>Steps per second: legs ~2 Hz walking to ~3.5 Hz running (quicker for small animals); wheels 1 Hz.</summary>
    private static double Cadence(Entity e, double pace) =>
        IsVehicle(e.Kind) ? 1.0 : e.Kind == "bird" ? 0 : Math.Clamp(1.6 + 0.45 * pace, 1.5, 4.5);

    /// <summary>Kinds that play by running about: land animals, not people (they dance), birds or vehicles.</summary>
    private static bool PlaysOnLegs(string kind) =>
        kind is not ("person" or "bird") && !IsVehicle(kind) && (SelfPropelled.Contains(kind) || Animals.IsOtherAnimal(kind));

    private static bool IsVehicle(string kind) =>
        kind is "car" or "bus" or "truck" or "train" or "airplane" or "boat" or "bicycle" or "motorcycle" or "skateboard";

    /// <summary>The rotation about +Y that turns the model's front towards the heading.</summary>
    private static Quaternion Facing(Vector3 front, Vector3 heading)
    {
        var yaw = MathF.Atan2(-heading.Z, heading.X) - MathF.Atan2(-front.Z, front.X);
        return Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw);
    }
}
