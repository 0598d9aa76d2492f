using Kinora.Compose.Environments;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenarios;
using Kinora.Plan;

namespace Kinora.Compose;

/// <summary>
/// The Compose stage's entry point: a validated plan becomes a world at time zero. The layout places the cast; the
/// physical set-ups (<see cref="ScenarioSetups"/>) then rig what the verbs and kinds call for.
/// </summary>
public static class Composer
{
    public static World Compose(ScenePlan plan)
    {
        PlanValidator.ThrowIfInvalid(plan);
        var entities = ScenarioSetups.Apply(plan, LayoutSolver.Place(plan));
        // The set is dressed around where the cast stands (scenery keeps off the action), lamps lit after dark.
        var (environment, cast) = Scenery.Dressing.Apply(plan, EnvironmentBuilder.Build(plan.World), entities);
        return new World(plan, environment, cast);
    }
}
