using Kinora.Engine;

namespace Kinora.Cli.Commands;

/// <summary>A system package the pipeline needs is missing; exit code 3.</summary>
public sealed class MissingPackageException(string message) : Exception(message);

public static class Preflight
{
    /// <summary>Fails with the first missing system package and the command that installs it.</summary>
    public static void RequireSystem()
    {
        var missing = SystemRequirements.Missing();
        if (missing.Count > 0)
        {
            var m = missing[0];
            throw new MissingPackageException($"{m.What} is missing: install it with `{m.InstallCommand}` (or run ./kinora, which installs it)");
        }
    }
}
