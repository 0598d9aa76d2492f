using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// Things a four-legged animal holds in its forepaws, sitting up: "a panda drinking coffee" has the cup in both
/// paws, lifted to the mouth now and then (<see cref="AnimalSit"/> poses the paws round it). People hold things in
/// one hand (<see cref="Holding"/>); an animal has no hand, so the thing rides between the two fore paws' tips,
/// upright, tipping towards the mouth as it is raised. Runs in the same two passes as <see cref="Holding"/>:
/// <see cref="Place"/> before the camera frames the poses, <see cref="Attach"/> on the posed joints.
/// </summary>
public sealed class PawHolding
{
    /// <summary>Radians a cup tips towards the drinker at the lips.</summary>
    private const float SipTilt = 0.5f;

    private readonly World _world;
    private readonly (int Holder, int Held)[] _holds;

    private PawHolding(World world, (int, int)[] holds) { _world = world; _holds = holds; }

    public bool IsEmpty => _holds.Length == 0;

    /// <summary>Bodies held in paws (they leave the physics events).</summary>
    public IEnumerable<int> Held => _holds.Select(h => h.Held);

    public static PawHolding For(World world)
    {
        var holds = new List<(int, int)>();
        for (var i = 0; i < world.Entities.Count; i++)
            if (HeldBy(world, i) is var held and >= 0) holds.Add((i, held));
        return new PawHolding(world, [.. holds]);
    }

    /// <summary>
    /// The entity a four-legged body holds in its forepaws, or −1: the object of its first verb that brings a thing
    /// to the mouth (drink, eat, sip), when that thing is small enough for one hand (<see cref="Holding.MaxSip"/>) and
    /// the body's kind sits up (it has a body joint and four legs).
    /// </summary>
    public static int HeldBy(World world, int holder)
    {
        var entity = world.Entities[holder];
        if (entity.Model.Rig is not { } rig || rig.IndexOf(JointNames.Body) < 0 || rig.IndexOf(JointNames.ShinFR) < 0) return -1;
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
            {
                if (action.Actor != entity.CastId || action.Object is not { } o || !AnimalSit.Brings(action.Verb)) continue;
                for (var j = 0; j < world.Entities.Count; j++)
                    if (j != holder && (world.Entities[j].Id == o || world.Entities[j].CastId == o) && world.Entities[j].Shape.BoundingRadius < Holding.MaxSip)
                        return j;
            }
        return -1;
    }

    /// <summary>Radians off the camera's axis a holder sitting where it was put turns: a three-quarter view.</summary>
    private const float ThreeQuarter = 0.45f;

    /// <summary>
    /// Puts each held thing in front of its holder's chest in every frame, so the camera frames it there rather than
    /// where the layout laid it (a saucer on the table). A holder that sits where it was put (not at a station, which
    /// turns it to its table, nor walking) turns to face the camera at three quarters: an animal drinking from a cup
    /// is a picture of its face and paws, not of its flank.
    /// </summary>
    public void Place(Pose[] poses, int frameCount)
    {
        var n = _world.Entities.Count;
        foreach (var (holder, held) in _holds)
        {
            var body = _world.Entities[holder];
            var front = Compose.Assets.AssetLibrary.Front(body.Kind);
            if (!body.IsStatic && frameCount > 0 && !Holding.Moves(poses, frameCount, n, holder))
            {
                var facing = Holding.Facing(front, new Vector3(MathF.Sin(ThreeQuarter), 0, MathF.Cos(ThreeQuarter)));
                for (var f = 0; f < frameCount; f++) poses[f * n + holder] = poses[f * n + holder] with { Rotation = facing };
            }
            var chest = front * (0.3f * body.Shape.BoundingRadius) + Vector3.UnitY * (0.5f * body.Shape.HalfHeight);
            for (var f = 0; f < frameCount; f++)
            {
                var p = poses[f * n + holder];
                poses[f * n + held] = poses[f * n + held] with { Position = p.Position + Vector3.Transform(chest, p.Rotation) };
            }
        }
    }

    /// <summary>Puts each held thing between its holder's posed fore paws, upright, tipped towards the mouth as it rises.</summary>
    public void Attach(Pose[] poses, IReadOnlyDictionary<int, Quaternion[]> joints, int frameCount, int fps)
    {
        var n = _world.Entities.Count;
        foreach (var (holder, held) in _holds)
        {
            if (!joints.TryGetValue(holder, out var rotations) || frameCount == 0) continue;
            var entity = _world.Entities[holder];
            if (entity.Model.Rig is not { } rig || BodyMotion.SkeletonOf(entity) is not { IsQuadruped: true } s) continue;
            var count = rotations.Length / frameCount;
            var palette = new Matrix4x4[rig.Joints.Count];
            var upright = poses[held].Rotation;
            for (var f = 0; f < frameCount; f++)
            {
                rig.Palette(rotations.AsSpan(f * count, count), palette);
                var body = poses[f * n + holder];
                var at = body.Position + Vector3.Transform(AnimalSit.HeldAt(s, palette), body.Rotation);
                var right = Vector3.Transform(s.Right, body.Rotation);
                var tip = Quaternion.CreateFromAxisAngle(right, -SipTilt * AnimalSit.Sip((double)f / fps));
                poses[f * n + held] = new Pose(at, Quaternion.Normalize(tip * upright));
            }
        }
    }

    /// <summary>Drops the physics events of things in paws (a cup held does not clink on the table it left).</summary>
    public IEnumerable<SimEvent> Filter(IEnumerable<SimEvent> events)
    {
        if (_holds.Length == 0) return events;
        var ids = _holds.Select(h => _world.Entities[h.Held].Id).ToHashSet(StringComparer.Ordinal);
        return events.Where(e => !(e.Kind != EventKinds.Footfall && (ids.Contains(e.A) || ids.Contains(e.B))));
    }
}
