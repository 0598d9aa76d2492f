using Kinora.Plan;

namespace Kinora.Compose.Scenarios;

/// <summary>
/// Physical set-ups the plan's verbs and kinds call for, applied after the layout has placed the cast: a pendulum
/// and a Newton's cradle hang from their frames, billiard balls stand in a rack with the cue ball moving, a stack
/// to topple becomes a tower, water becomes a tank with things dropped in, a ramp becomes a slope with what rolls
/// at its top, thrown and colliding things get their velocities, something that falls off a table starts at its
/// edge, poured marbles fall in a stream, and brittle things that may break get their pieces. Each set-up is a
/// pass over the cast (one file each); numbers come from the plan's actions (height, speed) and counts.
/// Deterministic: a pure function of the plan and the laid-out entities.
/// </summary>
public static class ScenarioSetups
{
    /// <summary>The laid-out entities with every set-up applied, in cast order.</summary>
    public static IReadOnlyList<Entity> Apply(ScenePlan plan, IReadOnlyList<Entity> laidOut)
    {
        var cast = new CastEntities(plan, laidOut);
        Pendulum.Apply(cast);
        NewtonsCradle.Apply(cast);
        Billiards.Apply(cast);
        Tower.Apply(cast);
        LiquidTank.Apply(cast);
        Ramp.Apply(cast);
        Launches.Apply(cast);
        TableEdge.Apply(cast);
        Pour.Apply(cast);
        BrittleThings.Apply(cast);
        return cast.All();
    }

    /// <summary>The joints the set-ups need (pendulum pivots, cradle strings), by entity id.</summary>
    public static IReadOnlyList<Joint> Joints(World world) =>
        [.. Pendulum.Joints(world), .. NewtonsCradle.Joints(world)];
}
