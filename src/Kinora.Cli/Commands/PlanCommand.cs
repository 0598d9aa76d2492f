using Kinora.Engine;
using Kinora.Plan;

namespace Kinora.Cli.Commands;

/// <summary>`kinora plan "prompt"` prints the ScenePlan; `--batch file` prints one compact plan per input line.</summary>
public static class PlanCommand
{
    public const string Help = """
        kinora plan "<prompt>" [--seconds N --size WxH --fps N --seed N]   prints the ScenePlan JSON
        kinora plan --batch prompts.txt                                     prints one plan per line (JSONL), in order
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("plan", argv, [.. PlanOptions.Names, "--batch"], ["--help", "-h"]);
        if (args.Has("--help") || args.Has("-h")) { Console.WriteLine(Help); return 0; }
        var request = PlanOptions.Read(args);
        if (args.Get("--batch") is { } batch)
        {
            if (args.Positional.Count > 0) throw new UsageException("give either a prompt or --batch FILE, not both");
            if (!File.Exists(batch)) throw new UsageException($"batch file {batch} does not exist");
            var failures = 0;
            var lineNo = 0;
            foreach (var line in File.ReadLines(batch))
            {
                lineNo++;
                try
                {
                    Console.Out.WriteLine(PlanJson.Serialize(KinoraEngine.Plan(line, request), indented: false));
                }
                catch (Understand.PromptException e)
                {
                    // Keep one output line per input line so outputs stay aligned with prompts.
                    Console.Out.WriteLine($"{{\"error\":{System.Text.Json.JsonSerializer.Serialize(e.Message)}}}");
                    Console.Error.WriteLine($"line {lineNo}: {e.Message}");
                    failures++;
                }
            }
            return failures == 0 ? 0 : 1;
        }
        Console.Out.WriteLine(PlanJson.Serialize(KinoraEngine.Plan(args.Single("a prompt in quotes"), request)));
        return 0;
    }
}
