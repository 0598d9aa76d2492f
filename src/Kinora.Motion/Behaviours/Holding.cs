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
/// joints. What it holds leaves the physics events from the moment it is held.
/// </summary>
public sealed class Holding
{
    /// <summary>Stature (m) the instruments' player-frame offsets are given for.</summary>
    public const float Adult = 1.72f;

    /// <param name="Grasp">Seconds into the clip the thing is taken in hand (−∞: held from the start).</param>
    private readonly record struct Hold(int Holder, int Held, InstrumentHold? Instrument, double Grasp);

    private readonly World _world;
    private readonly Hold[] _holds;
    private readonly List<SimEvent> _grasps = [];

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
                if (holder < 0 || held < 0 || holder == held || holds.Any(h => h.Held == held || h.Holder == holder)) continue;
                if (BodyMotion.SkeletonOf(world.Entities[holder]) is not { UpperArmR: >= 0 }) continue; // only bodies with arms hold
                var thing = world.Entities[held];
                var act = ActionVerbs.For(action.Verb, thing.Kind);
                if (act.Kind == ActionKind.Instrument && Instruments.HoldOf(thing.Kind) is { } hold)
                    holds.Add(new Hold(holder, held, hold, double.NegativeInfinity));
                else if (act.Kind == ActionKind.Reach && !thing.IsStatic && thing.Shape.BoundingRadius < MaxPickUp)
                    holds.Add(new Hold(holder, held, null, (action.Start ?? shot.Start) + PickUp.Grasp));
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
            var grasp = (int)Math.Ceiling(hold.Grasp * fps - 1e-6);
            if (grasp >= frameCount) continue;
            grasp = Math.Max(0, grasp);
            var offset = Vector3.Zero;
            var twist = Quaternion.Identity;
            for (var f = grasp; f < frameCount; f++)
            {
                rig.Palette(rotations.AsSpan(f * count, count), palette);
                var body = poses[f * n + hold.Holder];
                var m = palette[arm.Fore];
                var handTurn = Quaternion.Normalize(body.Rotation * Quaternion.CreateFromRotationMatrix(m));
                var hand = body.Position + Vector3.Transform(Vector3.Transform(arm.Grip, m), body.Rotation);
                if (f == grasp)
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
                poses[f * n + hold.Held] = new Pose(hand + Vector3.Transform(offset, handTurn), Quaternion.Normalize(handTurn * twist));
            }
        }
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

    private static bool Moves(Pose[] poses, int frameCount, int n, int body) =>
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
    private static Quaternion Facing(Vector3 front, Vector3 heading)
    {
        var yaw = MathF.Atan2(-heading.Z, heading.X) - MathF.Atan2(-front.Z, front.X);
        return Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw);
    }
}
