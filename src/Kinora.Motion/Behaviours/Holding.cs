using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets.Kinds;
using Kinora.Motion.Animation;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// Things people hold. An instrument played is held the way its kind says (<see cref="Instruments.HoldOf"/>): worn
/// ones (guitar, violin, flute, trumpet) follow a joint of the player every frame, a rigid attach with the
/// instrument's own offset; a cello stands on the floor in front of the player; a pianist or drummer is put on the
/// instrument's seat, facing it. A thing picked up ("picks up a cup") has the person placed within reach of it
/// (at the edge of the table it stands on, or beside it on the ground), stays where the simulation left it until the
/// hand closes on it (<see cref="PickUp.Grasp"/>), then follows the hand with the offset it had at that moment, so
/// nothing jumps; the grasp is a light contact the sound stage plays. Runs in two passes around the animator:
/// <see cref="Place"/> on the simulated paths (before the camera frames them), <see cref="Attach"/> on the posed
/// joints. What it holds leaves the physics events from the moment it is held. A thing thrown ("throws a ball", or
/// "picks up a ball and throws it") is in the hand from the start (or from the grasp) until the throw lets go
/// (<see cref="Throw.ReleaseAfter"/>): there it is launched (<see cref="Launches"/>) along the thrower's heading, or
/// at a creature in the scene, and <see cref="Flight"/> simulates the rest.
/// </summary>
public sealed class Holding
{
    /// <summary>Stature (m) the instruments' player-frame offsets are given for.</summary>
    public const float Adult = 1.72f;

    /// <param name="Grasp">Seconds into the clip the thing is taken in hand (−∞: held from the start).</param>
    /// <param name="Release">Seconds into the clip a throw lets go of it (+∞: never), <paramref name="Throw"/> the throw.</param>
    /// <param name="Sips">Brought to the mouth (drink, eat): in hand from the start, tilting only part of the forearm's turn.</param>
    private readonly record struct Hold(int Holder, int Held, InstrumentHold? Instrument, double Grasp, double Release = double.PositiveInfinity, Act Throw = default,
        bool Sips = false);

    /// <summary>m: the largest thing (bounding radius) brought to the mouth in one hand (a cup, a sandwich; not a pizza).</summary>
    public const float MaxSip = 0.2f;

    /// <summary>Share of the forearm's turn a cup raised to the mouth tilts by: a sip tips it ~0.5 rad, not upside down.</summary>
    private const float SipTilt = 0.35f;

    private readonly World _world;
    private readonly Hold[] _holds;
    private readonly List<SimEvent> _grasps = [];
    private readonly List<Launch> _launches = [];

    /// <summary>The throws' launches, known after <see cref="Attach"/>.</summary>
    public IReadOnlyList<Launch> Launches => _launches;

    /// <summary>Bodies held by someone (they stay out of a thrown thing's flight).</summary>
    public IEnumerable<int> Held => _holds.Where(h => double.IsPositiveInfinity(h.Release)).Select(h => h.Held);

    private Holding(World world, Hold[] holds) { _world = world; _holds = holds; }

    public bool IsEmpty => _holds.Length == 0;

    /// <summary>Who holds what in the plan's actions: instruments played, small things picked up.</summary>
    public static Holding For(World world)
    {
        var holds = new List<Hold>();
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
            {
                if (action.Object is not { } o) continue;
                var holder = Find(world, action.Actor);
                var held = Find(world, o);
                if (holder < 0 || held < 0 || holder == held) continue;
                if (BodyMotion.SkeletonOf(world.Entities[holder]) is not { UpperArmR: >= 0 }) continue; // only bodies with arms hold
                var thing = world.Entities[held];
                var act = ActionVerbs.For(action.Verb, thing.Kind);
                var picked = holds.FindIndex(h => h.Holder == holder && h.Held == held && h.Instrument is null);
                // (Things in hand may be laid out static, a cup or a stone: held and launched they follow poses and flights.)
                if (act.Kind == ActionKind.Throw && thing.Shape.BoundingRadius < MaxPickUp
                    && (picked >= 0 || !holds.Any(h => h.Held == held || h.Holder == holder)))
                {
                    // Thrown: the hold it was picked up with lets go at the release; with no pick-up it is in hand from the start.
                    var release = ActionTimes.Of(world, shot, action).Start + Throw.ReleaseAfter(act);
                    if (picked >= 0) holds[picked] = holds[picked] with { Release = release, Throw = act };
                    else holds.Add(new Hold(holder, held, null, double.NegativeInfinity, release, act));
                    continue;
                }
                if (holds.Any(h => h.Held == held || h.Holder == holder)) continue;
                if (act is { Kind: ActionKind.HandWork, Variant: Act.Variants.Face } && thing.Shape.BoundingRadius < MaxSip)
                {
                    holds.Add(new Hold(holder, held, null, double.NegativeInfinity, Sips: true)); // "drinks coffee": the cup is in hand
                    continue;
                }
                if (act.Kind == ActionKind.Instrument && Instruments.HoldOf(thing.Kind) is { } hold)
                    holds.Add(new Hold(holder, held, hold, double.NegativeInfinity));
                else if (act.Kind == ActionKind.Reach && !thing.IsStatic && thing.Shape.BoundingRadius < MaxPickUp)
                    holds.Add(new Hold(holder, held, null, ActionTimes.Of(world, shot, action).Start + PickUp.Grasp));
            }
        return new Holding(world, [.. holds]);
    }

    /// <summary>m: the largest thing (bounding radius) a person picks up in one hand.</summary>
    public const float MaxPickUp = 0.45f;

    /// <summary>
    /// Moves the holders where their holding needs them, every frame (poses: frame-major, entity order): players onto
    /// their instrument's seat, people picking something up to within reach of it (holders that walk keep their
    /// paths). Worn instruments go onto their players as at rest and things to be picked up hold still where they
    /// settled, so the camera, which frames these poses, frames the player with the instrument and does not follow a
    /// cup settling on its table.
    /// </summary>
    public void Place(Pose[] poses, int frameCount)
    {
        if (frameCount == 0) return;
        var n = _world.Entities.Count;
        foreach (var hold in _holds)
        {
            if (hold.Instrument is null && double.IsNegativeInfinity(hold.Grasp))
            {
                PlaceInHand(poses, frameCount, n, hold);
                continue;
            }
            if (hold.Instrument is null)
            {
                var settled = poses[Math.Clamp((int)Math.Ceiling(hold.Grasp * _world.Plan.Format.Fps) - 1, 0, frameCount - 1) * n + hold.Held];
                for (var f = 0; f < frameCount; f++) poses[f * n + hold.Held] = settled;
            }
            PlaceHolder(poses, frameCount, n, hold);
            if (hold.Instrument is { Style: not HoldStyle.Seated } && BodyMotion.SkeletonOf(_world.Entities[hold.Holder]) is { } s)
            {
                var (position, turn) = Rest(hold.Instrument, s, _world.Entities[hold.Holder], _world.Entities[hold.Held]);
                for (var f = 0; f < frameCount; f++)
                {
                    var body = poses[f * n + hold.Holder];
                    poses[f * n + hold.Held] = new Pose(body.Position + Vector3.Transform(position, body.Rotation), body.Rotation * turn);
                }
            }
        }
    }

    /// <summary>
    /// A thing in hand from the start (a ball to throw, a cup to drink from) goes by the right hand, so the camera frames
    /// it with the holder rather than where the layout dropped it. A thrower who does not walk turns to face where it
    /// will go (a creature in the scene, else <see cref="Aim.Across"/>).
    /// </summary>
    private void PlaceInHand(Pose[] poses, int frameCount, int n, Hold hold)
    {
        var holder = _world.Entities[hold.Holder];
        if (BodyMotion.SkeletonOf(holder) is not { } s || Arm.Right(s, holder.Model) is not { } arm) return;
        if (hold.Throw.Kind == ActionKind.Throw && !Moves(poses, frameCount, n, hold.Holder))
        {
            var target = Aim.TargetOf(_world, hold.Holder, hold.Held);
            var facing = Facing(Compose.Assets.AssetLibrary.Front(holder.Kind), Aim.Heading(poses[hold.Holder].Position, target < 0 ? null : poses[target].Position));
            for (var f = 0; f < frameCount; f++) poses[f * n + hold.Holder] = poses[f * n + hold.Holder] with { Rotation = facing };
        }
        for (var f = 0; f < frameCount; f++)
        {
            var body = poses[f * n + hold.Holder];
            poses[f * n + hold.Held] = new Pose(body.Position + Vector3.Transform(arm.Grip, body.Rotation), poses[f * n + hold.Held].Rotation);
        }
    }

    /// <summary>Seats a player at their instrument, or stands a picker within reach of the thing, every frame.</summary>
    private void PlaceHolder(Pose[] poses, int frameCount, int n, Hold hold)
    {
        if (Moves(poses, frameCount, n, hold.Holder)) return;
        var holder = _world.Entities[hold.Holder];
        if (BodyMotion.SkeletonOf(holder) is not { } s) return;
        var front = Compose.Assets.AssetLibrary.Front(holder.Kind);
        for (var f = 0; f < frameCount; f++)
        {
            var thing = poses[f * n + hold.Held];
            Pose placed;
            if (hold.Instrument is { Style: HoldStyle.Seated } seated)
            {
                var size = SizeOf(_world.Entities[hold.Held]);
                var seat = thing.Position + Vector3.Transform(Instruments.ToModel(_world.Entities[hold.Held].Kind, seated.Grip, size), thing.Rotation);
                var facing = Facing(front, Vector3.Transform(seated.Along, thing.Rotation));
                var hips = Vector3.Transform(s.PivotOf(s.Pelvis) with { Y = 0 }, facing);
                placed = new Pose(new Vector3(seat.X - hips.X, seat.Y + holder.Shape.HalfHeight, seat.Z - hips.Z), facing);
            }
            else if (hold.Instrument is null)
            {
                if (f > 0) { poses[f * n + hold.Holder] = poses[hold.Holder]; continue; } // where frame 0 put it
                placed = WithinReach(poses[hold.Holder], thing, hold.Held, s, holder, front);
            }
            else continue;
            poses[f * n + hold.Holder] = placed;
        }
    }

    /// <summary>
    /// Puts the held things in hand (poses after the animator, with the holders' joint rotations), and records the
    /// grasps' contacts.
    /// </summary>
    public void Attach(Pose[] poses, IReadOnlyDictionary<int, Quaternion[]> joints, int frameCount, int fps)
    {
        var n = _world.Entities.Count;
        foreach (var hold in _holds)
        {
            if (!joints.TryGetValue(hold.Holder, out var rotations) || frameCount == 0) continue;
            var holder = _world.Entities[hold.Holder];
            var held = _world.Entities[hold.Held];
            if (holder.Model.Rig is not { } rig || BodyMotion.SkeletonOf(holder) is not { } s) continue;
            var count = rotations.Length / frameCount;
            var palette = new Matrix4x4[rig.Joints.Count];
            if (hold.Instrument is { } instrument)
            {
                if (instrument.Style == HoldStyle.Seated) continue; // it stands where it is; the player was seated at it
                var anchor = rig.IndexOf(instrument.Anchor);
                if (anchor < 0) continue;
                var (restPosition, restTurn) = Rest(instrument, s, holder, held);
                for (var f = 0; f < frameCount; f++)
                {
                    var body = poses[f * n + hold.Holder];
                    if (instrument.Style == HoldStyle.Standing)
                    {
                        // On the floor: only the body's heading carries it; its foot stays on the ground.
                        var at = body.Position + Vector3.Transform(restPosition, body.Rotation);
                        var foot = Vector3.Transform(Instruments.ToModel(held.Kind, instrument.Grip, SizeOf(held)), body.Rotation * restTurn);
                        poses[f * n + hold.Held] = new Pose(at with { Y = -foot.Y }, body.Rotation * restTurn);
                        continue;
                    }
                    rig.Palette(rotations.AsSpan(f * count, count), palette);
                    var m = palette[anchor];
                    var turn = Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(m));
                    poses[f * n + hold.Held] = new Pose(body.Position + Vector3.Transform(Vector3.Transform(restPosition, m), body.Rotation),
                        Quaternion.Normalize(body.Rotation * turn * restTurn));
                }
                continue;
            }
            if (Arm.Right(s, holder.Model) is not { } arm) continue;
            var grasp = double.IsNegativeInfinity(hold.Grasp) ? 0 : (int)Math.Ceiling(hold.Grasp * fps - 1e-6);
            if (grasp >= frameCount) continue;
            grasp = Math.Max(0, grasp);
            var release = double.IsPositiveInfinity(hold.Release) ? frameCount : (int)Math.Ceiling(hold.Release * fps - 1e-6);
            var offset = Vector3.Zero;
            var twist = Quaternion.Identity;
            var (first, upright) = (Quaternion.Identity, Quaternion.Identity);
            for (var f = grasp; f < Math.Min(frameCount, release + 1); f++)
            {
                rig.Palette(rotations.AsSpan(f * count, count), palette);
                var body = poses[f * n + hold.Holder];
                var m = palette[arm.Fore];
                var handTurn = Quaternion.Normalize(body.Rotation * Quaternion.CreateFromRotationMatrix(m));
                var hand = body.Position + Vector3.Transform(Vector3.Transform(arm.Grip, m), body.Rotation);
                if (f == grasp && double.IsNegativeInfinity(hold.Grasp))
                {
                    // In hand from the start: in the palm, its centre a radius out from the grip along the forearm.
                    // (The hand's frame is the rest model's, turned: the rest forearm direction is the same in it.)
                    offset = Vector3.Normalize(arm.Grip - arm.Elbow) * (hold.Sips ? 0.3f : 0.7f) * held.Shape.BoundingRadius; // a cup's handle is in the fingers
                    twist = Quaternion.Inverse(handTurn) * poses[f * n + hold.Held].Rotation;
                    (first, upright) = (handTurn, poses[f * n + hold.Held].Rotation);
                }
                else if (f == grasp)
                {
                    var thing = poses[f * n + hold.Held];
                    var inverse = Quaternion.Inverse(handTurn);
                    offset = Vector3.Transform(thing.Position - hand, inverse);
                    twist = inverse * thing.Rotation;
                    _grasps.Add(new SimEvent
                    {
                        Kind = EventKinds.Contact, Time = (double)f / fps, A = holder.Id, B = held.Id,
                        MaterialA = holder.Material.Name, MaterialB = held.Material.Name,
                        Impulse = GraspImpulse, RelativeSpeed = 0.2, Position = thing.Position,
                    });
                }
                var turned = hold.Sips
                    ? Quaternion.Slerp(Quaternion.Identity, Quaternion.Normalize(handTurn * Quaternion.Inverse(first)), SipTilt) * upright
                    : handTurn * twist;
                poses[f * n + hold.Held] = new Pose(hand + Vector3.Transform(offset, handTurn), Quaternion.Normalize(turned));
            }
            if (release < frameCount - 1) _launches.Add(LaunchOf(hold, poses, release, n));
        }
    }

    /// <summary>
    /// The throw's launch at its release frame: from where the hand has it, along the thrower's heading (or at a
    /// creature in the scene), at a throw's speed for the thrower's stature and a throw's angle: overarm 11 m/s at
    /// 17° (a flat throw crosses the frame; a lob leaves it over the top), underarm 6 m/s at 15°. The posed hand moves at about that speed there (see <see cref="Throw.ReleaseAfter"/>),
    /// but its direction at one frame is the arc's tangent, not where a thrower aims, so the aim sets the direction.
    /// </summary>
    private Launch LaunchOf(Hold hold, Pose[] poses, int release, int n)
    {
        var holder = _world.Entities[hold.Holder];
        var body = poses[release * n + hold.Holder];
        var front = Vector3.Transform(Compose.Assets.AssetLibrary.Front(holder.Kind), body.Rotation) with { Y = 0 };
        var heading = front.LengthSquared() > 1e-6f ? Vector3.Normalize(front) : Aim.Across;
        var target = Aim.TargetOf(_world, hold.Holder, hold.Held);
        var k = 2 * holder.Shape.HalfHeight / Adult;
        var underarm = hold.Throw.Variant == Act.Variants.Underarm;
        var (speed, elevation) = underarm ? (6f, 0.26f) : (11f, 0.3f);
        var from = poses[release * n + hold.Held].Position;
        var v = Aim.Velocity(from, heading, target < 0 ? null : poses[release * n + target].Position, elevation, speed * k, 3, (underarm ? 9 : 15) * k,
            _world.Environment.Gravity.Length());
        // Backspin about the axis across the flight (a thrown ball's, a few turns a second).
        var spin = Vector3.Cross(Vector3.UnitY, heading) * (underarm ? -10f : 15f);
        return new Launch(hold.Held, hold.Holder, release, v, spin);
    }

    /// <summary>N·s of a hand closing on a thing: a light touch, well under a footfall's.</summary>
    public const double GraspImpulse = 0.08;

    /// <summary>The events of the clip without those of held things once held, with the grasps added.</summary>
    public IEnumerable<SimEvent> Filter(IEnumerable<SimEvent> events)
    {
        foreach (var e in events)
        {
            var dropped = false;
            foreach (var hold in _holds)
            {
                var id = _world.Entities[hold.Held].Id;
                if ((e.A == id || e.B == id) && e.Time >= hold.Grasp) { dropped = true; break; }
            }
            if (!dropped) yield return e;
        }
        foreach (var g in _grasps) yield return g;
    }

    /// <summary>
    /// Where a worn or standing instrument sits on its player at rest (model space of the player): its centre, and the
    /// turn from its own frame to the player's. A standing one's position is measured from the floor under the pelvis.
    /// </summary>
    private static (Vector3 Position, Quaternion Turn) Rest(InstrumentHold hold, Skeleton s, Entity holder, Entity held)
    {
        var k = 2 * holder.Shape.HalfHeight / Adult;
        Vector3 Player(Vector3 v) => s.Left * v.X + Vector3.UnitY * v.Y + s.Forward * v.Z;
        var turn = Basis(hold.Along, hold.Face, Player(hold.AlongTo), Player(hold.FaceTo));
        var anchor = s.PivotOf(s.Rig.IndexOf(hold.Anchor));
        if (hold.Style == HoldStyle.Standing) anchor = anchor with { Y = s.GroundY };
        var grip = Instruments.ToModel(held.Kind, hold.Grip, SizeOf(held));
        return (anchor + Player(hold.To) * k - Vector3.Transform(grip, turn), turn);
    }

    /// <summary>The rotation taking direction <paramref name="a"/> to <paramref name="toA"/> and, as near as it can,
    /// <paramref name="b"/> to <paramref name="toB"/>.</summary>
    public static Quaternion Basis(Vector3 a, Vector3 b, Vector3 toA, Vector3 toB)
    {
        static Matrix4x4 Frame(Vector3 x, Vector3 y)
        {
            x = Vector3.Normalize(x);
            y = Vector3.Normalize(y - Vector3.Dot(y, x) * x);
            var z = Vector3.Cross(x, y);
            return new Matrix4x4(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, 0, 0, 0, 1);
        }
        // Rows are the frames' axes: v·Fromᵀ gives v's coordinates in the first frame, ·To puts them in the second.
        return Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(Matrix4x4.Transpose(Frame(a, b)) * Frame(toA, toB)));
    }

    /// <summary>
    /// The holder's pose to pick a thing up: facing it from the nearest edge of what it stands on (a table), or from
    /// where the holder stands (on the ground), with the thing straight ahead of the right hand and just within reach.
    /// </summary>
    private Pose WithinReach(Pose holder, Pose thing, int held, Skeleton s, Entity body, Vector3 front)
    {
        var k = 2 * body.Shape.HalfHeight / Adult;
        var heldEntity = _world.Entities[held];
        var toward = thing.Position - holder.Position;
        toward.Y = 0;
        var standoff = heldEntity.Shape.BoundingRadius + 0.3f * k;
        var support = SupportOf(held, thing);
        if (support >= 0)
        {
            // Out through the support's nearest side: the holder stands just off that edge.
            var table = _world.Entities[support];
            var local = Vector3.Transform(thing.Position - table.Position, Quaternion.Inverse(table.Rotation));
            var half = table.Shape is BoxShape box ? box.HalfExtents : new Vector3(table.Shape.BoundingRadius);
            var (dx, dz) = (half.X - MathF.Abs(local.X), half.Z - MathF.Abs(local.Z));
            var outward = dx < dz ? new Vector3(MathF.Sign(local.X + 1e-6f), 0, 0) : new Vector3(0, 0, MathF.Sign(local.Z + 1e-6f));
            // Prefer the far side (−Z: the camera looks from +Z) when it is nearly as near: the holder then faces the
            // viewer across the table, who sees the face and the reach rather than a back.
            if (half.Z + local.Z < MathF.Min(dx, dz) + 0.25f) outward = -Vector3.UnitZ;
            var edge = Vector3.Dot(Vector3.Abs(outward), new Vector3(half.X, 0, half.Z)) - Vector3.Dot(outward, local); // cup to that edge
            toward = -Vector3.Transform(outward, table.Rotation);
            standoff = edge + 0.22f * k;
        }
        if (toward.LengthSquared() < 1e-8f) toward = -Vector3.Transform(front, holder.Rotation);
        toward = Vector3.Normalize(toward);
        var facing = Facing(front, toward);
        var arm = Arm.Right(s, body.Model);
        var side = arm is null ? Vector3.Zero : Vector3.Dot(arm.Grip, s.Left) * s.Left;
        var centre = thing.Position - toward * standoff - Vector3.Transform(side, facing);
        return new Pose(new Vector3(centre.X, holder.Position.Y, centre.Z), facing);
    }

    /// <summary>The body the thing rests on (its bottom at that body's top, over its footprint), or −1.</summary>
    private int SupportOf(int held, Pose thing)
    {
        var bottom = thing.Position.Y - _world.Entities[held].Shape.HalfHeight;
        if (bottom < 0.1f) return -1;
        for (var j = 0; j < _world.Entities.Count; j++)
        {
            var other = _world.Entities[j];
            if (j == held) continue;
            var top = other.Position.Y + other.Shape.HalfHeight;
            var across = new Vector2(thing.Position.X - other.Position.X, thing.Position.Z - other.Position.Z).Length();
            if (MathF.Abs(bottom - top) < 0.15f && across < other.Shape.BoundingRadius) return j;
        }
        return -1;
    }

    internal static bool Moves(Pose[] poses, int frameCount, int n, int body) =>
        Vector3.DistanceSquared(poses[body].Position, poses[(frameCount - 1) * n + body].Position) > 0.05f * 0.05f;

    private static float SizeOf(Entity e) => e.Shape is BoxShape box ? 2 * MathF.Max(box.HalfExtents.X, MathF.Max(box.HalfExtents.Y, box.HalfExtents.Z)) : 2 * e.Shape.BoundingRadius;

    private static int Find(World world, string id)
    {
        for (var i = 0; i < world.Entities.Count; i++)
            if (world.Entities[i].Id == id) return i;
        for (var i = 0; i < world.Entities.Count; i++)
            if (world.Entities[i].CastId == id) return i;
        return -1;
    }

    /// <summary>The turn about +Y that points a model's <paramref name="front"/> along <paramref name="heading"/>.</summary>
    internal static Quaternion Facing(Vector3 front, Vector3 heading)
    {
        var yaw = MathF.Atan2(-heading.Z, heading.X) - MathF.Atan2(-front.Z, front.X);
        return Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw);
    }
}
