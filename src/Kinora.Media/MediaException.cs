namespace Kinora.Media;

/// <summary>Anything the Package stage could not do, with a one-line message a user can act on.</summary>
public class MediaException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// An external program the stage needs is not installed. <see cref="Tool"/> is its name and
/// <see cref="InstallCommand"/> how to install it on Debian/Ubuntu.
/// </summary>
public sealed class MissingDependencyException(string tool, string installCommand)
    : MediaException($"{tool} is not installed: run `{installCommand}`")
{
    public string Tool { get; } = tool;
    public string InstallCommand { get; } = installCommand;
}
