using System.Diagnostics;

namespace Kinora.Cli.Tests;

/// <summary>Runs the real `kinora` program (built next to the tests) as a separate process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunWithPath(null, args);

    /// <param name="path">PATH for the child process, or null to inherit this one.</param>
    public static Result RunWithPath(string? path, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "kinora.dll");
        var psi = new ProcessStartInfo(path is null ? "dotnet" : Path.Combine(path, "dotnet")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (path is not null) psi.Environment["PATH"] = path;
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); throw new TimeoutException("kinora did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
