using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Animation;

/// <summary>
/// When each of a shot's actions plays. An action's own start and end win; untimed actions last the whole shot and
/// play together, except that picking a thing up and then throwing or kicking it ("picks up a ball and throws it")
/// is a sequence: the pick-up runs first, for <see cref="PickUp.Done"/> seconds, and the throw or kick starts when
/// the thing is up at the chest. The animator and the holding behaviour both read times from here, so the hand
/// closes, lets go and the ball flies on the same clock.
/// </summary>
public static class ActionTimes
{
    /// <summary>Seconds into the clip an action starts and ends.</summary>
    public static (double Start, double End) Of(World world, ShotSpec shot, ActionSpec action)
    {
        var start = action.Start ?? shot.Start;
        var end = action.End ?? shot.Start + shot.Seconds;
        if (action.Start is not null || action.Object is null) return (start, end);
        var kind = KindOf(world, action);
        foreach (var other in shot.Actions)
        {
            if (ReferenceEquals(other, action) || other.Start is not null || other.Actor != action.Actor || other.Object != action.Object) continue;
            var otherKind = KindOf(world, other);
            if (kind is ActionKind.Throw or ActionKind.Kick && otherKind == ActionKind.Reach) start = Math.Min(end, start + PickUp.Done);
            else if (kind == ActionKind.Reach && otherKind is ActionKind.Throw or ActionKind.Kick) end = Math.Min(end, start + PickUp.Done);
        }
        return (start, end);
    }

    private static ActionKind KindOf(World world, ActionSpec action)
    {
        string? objectKind = null;
        foreach (var e in world.Entities)
            if (e.Id == action.Object || e.CastId == action.Object) { objectKind = e.Kind; break; }
        return ActionVerbs.For(action.Verb, objectKind).Kind;
    }
}
