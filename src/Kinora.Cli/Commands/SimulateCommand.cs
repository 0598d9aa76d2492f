using Kinora.Media;
using Kinora.Cli.Terminal;
using Kinora.Engine;
using Kinora.Motion;

namespace Kinora.Cli.Commands;

/// <summary>`kinora simulate plan.json --out track.jsonl`: the simulated track, one JSON line per frame and event.</summary>
public static class SimulateCommand
{
    public const string Help = """
        kinora simulate plan.json --out track.jsonl
          Writes one line per frame {"frame","t","bodies":{id:{"p":[x,y,z],"q":[x,y,z,w]}}} and one per event
          {"event","t","a","b","impulse","speed","ma","mb","pos"}; "event" is contact, roll, slide, splash, shatter or
          footfall; "ma"/"mb" are the bodies' materials; metres, seconds, newton-seconds, Y up. Without --out, to
          standard output.
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("simulate", argv, ["--out", "-o"], ["--help", "-h"]);
        if (args.Has("--help") || args.Has("-h")) { Console.WriteLine(Help); return 0; }
        var plan = PlanFile.Read(args.Single("a plan file"));
        var outPath = args.Get("--out", "-o");
        if (outPath is not null) OutputPath.EnsureWritable(outPath);
        var (_, track) = KinoraEngine.Simulate(plan, new ProgressView());
        if (outPath is null)
        {
            TrackJsonl.Write(track, Console.Out);
            return 0;
        }
        using (var writer = new StreamWriter(outPath))
            TrackJsonl.Write(track, writer);
        Console.Error.WriteLine($"wrote {Path.GetFullPath(outPath)} ({track.FrameCount} frames, {track.Events.Count} events)");
        return 0;
    }
}
