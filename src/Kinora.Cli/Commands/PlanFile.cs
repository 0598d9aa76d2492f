using Kinora.Plan;

namespace Kinora.Cli.Commands;

/// <summary>Reads a plan file, turning a missing file into a usage error.</summary>
public static class PlanFile
{
    public static ScenePlan Read(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"plan file {path} does not exist");
        return PlanJson.Parse(File.ReadAllText(path));
    }
}
