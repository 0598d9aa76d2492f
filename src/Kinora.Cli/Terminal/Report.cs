using Kinora.Engine;

namespace Kinora.Cli.Terminal;

/// <summary>The closing lines of a render: where the file is and how long each stage took.</summary>
public static class Report
{
    public static void Finished(GenerateResult result, IReadOnlyList<StageTiming> timings)
    {
        var total = timings.Sum(t => t.Elapsed.TotalSeconds);
        Console.Error.WriteLine();
        Console.Error.WriteLine($"wrote {result.OutputPath}  ({result.VideoSeconds:0.##} s, {result.Frames} frames)");
        Console.Error.WriteLine("  " + string.Join("  ", timings.Select(t => $"{t.Stage} {t.Elapsed.TotalSeconds:0.00}s")) +
                                $"  | total {total:0.0}s, {total / result.VideoSeconds:0.00}× real time");
    }
}
