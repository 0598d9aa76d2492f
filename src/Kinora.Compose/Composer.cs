using Kinora.Compose.Environments;
using Kinora.Compose.Layout;
using Kinora.Plan;

namespace Kinora.Compose;

/// <summary>The Compose stage's entry point: a validated plan becomes a world at time zero.</summary>
public static class Composer
{
    public static World Compose(ScenePlan plan)
    {
        PlanValidator.ThrowIfInvalid(plan);
        return new World(plan, EnvironmentBuilder.Build(plan.World), LayoutSolver.Place(plan));
    }
}
