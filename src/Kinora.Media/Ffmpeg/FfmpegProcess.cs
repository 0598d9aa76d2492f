using System.Diagnostics;
using Kinora.Media.Tools;

namespace Kinora.Media.Ffmpeg;

/// <summary>
/// One running ffmpeg (or ffprobe): arguments passed as a list (no shell), stdin open for data when asked,
/// stderr drained into a <see cref="StderrTail"/> and stdout captured or discarded. Failures become
/// <see cref="MediaException"/>s carrying the tool's last words.
/// </summary>
public sealed class FfmpegProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;

    public StderrTail Stderr { get; } = new();
    public string Command { get; }

    private FfmpegProcess(string executable, IReadOnlyList<string> args, bool writeStdin)
    {
        Command = Path.GetFileName(executable) + " " + string.Join(' ', args);
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = writeStdin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        _process = new Process { StartInfo = info };
        _process.ErrorDataReceived += (_, e) => Stderr.Add(e.Data);
        try
        {
            _process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new MediaException($"could not start {executable}: {e.Message}", e);
        }
        _process.BeginErrorReadLine();
        _stdout = _process.StandardOutput.ReadToEndAsync();
    }

    public static FfmpegProcess Start(ExternalTool tool, FfmpegArgs args, bool writeStdin, ToolLocator? tools = null) =>
        new((tools ?? ToolLocator.Default).Find(tool), args.Arguments, writeStdin);

    public Stream Stdin => _process.StandardInput.BaseStream;

    /// <summary>Runs to completion, feeding <paramref name="stdin"/> (if any); returns stdout; throws on failure.</summary>
    public static string Run(ExternalTool tool, FfmpegArgs args, ReadOnlySpan<byte> stdin = default, bool writeStdin = false,
        ToolLocator? tools = null)
    {
        using var p = Start(tool, args, writeStdin || !stdin.IsEmpty, tools);
        if (writeStdin || !stdin.IsEmpty)
        {
            try
            {
                p.Stdin.Write(stdin);
                p.Stdin.Close();
            }
            catch (IOException)
            {
                // The tool exited early (bad arguments, unwritable output); its exit code and stderr say why.
            }
        }
        return p.WaitForSuccess();
    }

    /// <summary>Waits for exit; returns stdout, or throws with the stderr tail when the exit code is not 0.</summary>
    public string WaitForSuccess()
    {
        _process.WaitForExit();
        var stdout = _stdout.GetAwaiter().GetResult();
        if (_process.ExitCode != 0)
            throw new MediaException($"{Path.GetFileName(_process.StartInfo.FileName)} failed (exit {_process.ExitCode}): {Stderr}".TrimEnd(' ', ':'));
        return stdout;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Stops this child (only this process, by its own handle) when a job is abandoned.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
            _process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
