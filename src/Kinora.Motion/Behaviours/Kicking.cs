using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// Kicking a ball ("a boy kicks a ball"): the kicker stands behind the ball, facing where it will go (a creature in the
/// scene, else across the camera's view), so the kicking foot meets it at the swing's lowest point
/// (<see cref="Kick.ContactAfter"/>); the ball lies still until then, and at that instant it is launched
/// (<see cref="Launch"/>, simulated by <see cref="Flight"/>) with a kick's speed and a contact event the sound stage
/// plays as the thud of the boot. Runs in the same two passes as <see cref="Holding"/>: <see cref="Place"/> before the
/// camera, <see cref="Launches"/> after the animator.
/// </summary>
public sealed class Kicking
{
    /// <param name="Contact">Seconds into the clip the foot meets the ball.</param>
    private readonly record struct Kicked(int Kicker, int Ball, double Contact);

    /// <summary>m/s of an adult's kick (a firm pass to a shot on goal is 10–30); 20° up.</summary>
    public const float Speed = 12, Elevation = 0.35f;

    private readonly World _world;
    private readonly Kicked[] _kicks;

    private Kicking(World world, Kicked[] kicks) { _world = world; _kicks = kicks; }

    public bool IsEmpty => _kicks.Length == 0;

    /// <summary>Who kicks what in the plan's actions: loose things small enough to kick, by bodies with two legs.</summary>
    public static Kicking For(World world)
    {
        var kicks = new List<Kicked>();
        foreach (var shot in world.Plan.Shots)
            foreach (var action in shot.Actions)
            {
                if (action.Object is not { } o) continue;
                var (kicker, ball) = (world.IndexOf(action.Actor), world.IndexOf(o));
                if (kicker < 0) kicker = IndexOfCast(world, action.Actor);
                if (ball < 0) ball = IndexOfCast(world, o);
                if (kicker < 0 || ball < 0 || kicker == ball || kicks.Any(k => k.Ball == ball)) continue;
                var thing = world.Entities[ball];
                if (ActionVerbs.For(action.Verb, thing.Kind).Kind != ActionKind.Kick || thing.IsStatic || thing.Shape.BoundingRadius >= Holding.MaxPickUp) continue;
                if (BodyMotion.SkeletonOf(world.Entities[kicker]) is not { Legs.Length: 2 }) continue;
                kicks.Add(new Kicked(kicker, ball, ActionTimes.Of(world, shot, action).Start + Kick.ContactAfter));
            }
        return new Kicking(world, [.. kicks]);
    }

    /// <summary>The ball holds still where it settled; a kicker who does not walk stands behind it, facing the way it will go.</summary>
    public void Place(Pose[] poses, int frameCount)
    {
        if (frameCount == 0) return;
        var n = _world.Entities.Count;
        var fps = _world.Plan.Format.Fps;
        foreach (var kick in _kicks)
        {
            var settled = poses[Math.Clamp((int)Math.Ceiling(kick.Contact * fps) - 1, 0, frameCount - 1) * n + kick.Ball];
            for (var f = 0; f < frameCount; f++) poses[f * n + kick.Ball] = settled;
            if (Holding.Moves(poses, frameCount, n, kick.Kicker)) continue;
            var kicker = _world.Entities[kick.Kicker];
            var s = BodyMotion.SkeletonOf(kicker)!;
            var target = Aim.TargetOf(_world, kick.Kicker, kick.Ball);
            var heading = Aim.Heading(settled.Position, target < 0 ? null : poses[target].Position);
            var facing = Holding.Facing(Compose.Assets.AssetLibrary.Front(kicker.Kind), heading);
            var foot = FootAtContact(s, kicker, _world.Entities[kick.Ball]);
            var at = settled.Position - Vector3.Transform(foot, facing);
            for (var f = 0; f < frameCount; f++)
                poses[f * n + kick.Kicker] = new Pose(new Vector3(at.X, poses[f * n + kick.Kicker].Position.Y, at.Z), facing);
        }
    }

    /// <summary>Where the ball's centre is at the contact, in the kicker's model space (horizontally): ahead of the
    /// right ankle by the toes (~0.1 m for an adult) and most of the ball's radius.</summary>
    public static Vector3 FootAtContact(Skeleton s, Entity kicker, Entity ball)
    {
        var leg = s.Legs[1];
        var k = 2 * kicker.Shape.HalfHeight / Holding.Adult;
        var ankle = leg.Foot >= 0 ? s.PivotOf(leg.Foot) : s.PivotOf(leg.Shin) with { Y = s.GroundY };
        var ahead = Kick.ContactForward * GaitCycle.LegLength(s) + 0.1f * k + 0.7f * ball.Shape.BoundingRadius;
        return (ankle + s.Forward * ahead) with { Y = 0 };
    }

    /// <summary>Each kick's launch (after the animator: the kicker's pose at the contact gives the heading), with the contact event.</summary>
    public IEnumerable<(Launch Launch, SimEvent Contact)> Launches(Pose[] poses, int frameCount)
    {
        var n = _world.Entities.Count;
        var fps = _world.Plan.Format.Fps;
        var gravity = _world.Environment.Gravity.Length();
        foreach (var kick in _kicks)
        {
            var frame = (int)Math.Ceiling(kick.Contact * fps - 1e-6);
            if (frame >= frameCount - 1) continue;
            var kicker = _world.Entities[kick.Kicker];
            var ball = poses[frame * n + kick.Ball];
            var front = Vector3.Transform(Compose.Assets.AssetLibrary.Front(kicker.Kind), poses[frame * n + kick.Kicker].Rotation);
            var heading = Vector3.Normalize(front with { Y = 0 });
            var target = Aim.TargetOf(_world, kick.Kicker, kick.Ball);
            var k = 2 * kicker.Shape.HalfHeight / Holding.Adult;
            var v = Aim.Velocity(ball.Position, heading, target < 0 ? null : poses[frame * n + target].Position, Elevation, Speed * k, 3, 20 * k, gravity);
            var thing = _world.Entities[kick.Ball];
            var contact = new SimEvent
            {
                Kind = EventKinds.Contact, Time = kick.Contact, A = kicker.Id, B = thing.Id,
                MaterialA = kicker.Material.Name, MaterialB = thing.Material.Name,
                Impulse = thing.Mass * v.Length(), RelativeSpeed = v.Length(), Position = ball.Position,
            };
            yield return (new Launch(kick.Ball, kick.Kicker, frame, v, Vector3.Zero), contact);
        }
    }

    /// <summary>The events of the clip without the kicked balls' own from the kick on (the flight has its own).</summary>
    public IEnumerable<SimEvent> Filter(IEnumerable<SimEvent> events)
    {
        foreach (var e in events)
        {
            var gone = false;
            foreach (var kick in _kicks)
            {
                var id = _world.Entities[kick.Ball].Id;
                if ((e.A == id || e.B == id) && e.Time >= kick.Contact) { gone = true; break; }
            }
            if (!gone) yield return e;
        }
    }

    private static int IndexOfCast(World world, string id)
    {
        for (var i = 0; i < world.Entities.Count; i++)
            if (world.Entities[i].CastId == id) return i;
        return -1;
    }
}
