using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>Plans as JSON, the way a user or the planner writes them, composed and simulated.</summary>
internal static class ScenarioPlans
{
    /// <summary>A plan from its cast, relations and actions (JSON fragments), 24 fps.</summary>
    public static string Json(string cast, string actions, double seconds = 4, string relations = "[]", string world = """{ "ground": "concrete" }""") => $$"""
        { "version": 1, "seed": 7, "format": { "width": 640, "height": 360, "fps": 24, "seconds": {{seconds}} },
          "world": {{world}}, "cast": {{cast}}, "relations": {{relations}},
          "shots": [ { "id": "s1", "start": 0, "seconds": {{seconds}}, "camera": { "move": "static" }, "actions": {{actions}} } ] }
        """;

    public static (World World, Track Track) Run(string json)
    {
        var world = Composer.Compose(PlanJson.Parse(json));
        return (world, Simulator.Simulate(world));
    }
}
