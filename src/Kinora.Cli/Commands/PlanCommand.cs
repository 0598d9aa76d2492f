using Kinora.Engine;
using Kinora.Plan;

namespace Kinora.Cli.Commands;

/// <summary>
/// `kinora plan "prompt"` prints the ScenePlan; `--explain` prints instead a table of what each word became and
/// which words were not used; `--batch file` prints one compact plan per input line.
/// </summary>
public static class PlanCommand
{
    public const string Help = """
        kinora plan "<prompt>" [--seconds N --size WxH --fps N --seed N]   prints the ScenePlan JSON
        kinora plan --explain "<prompt>"                                    prints what each word became, as a table
        kinora plan "<prompt>" --image photo.jpg                            plans around a picture (plan.picture)
        kinora plan --batch prompts.txt                                     prints one plan per line (JSONL), in order
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("plan", argv, [.. PlanOptions.Names, "--batch"], ["--help", "-h", "--explain"]);
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
        var prompt = args.Single("a prompt in quotes");
        ScenePlan plan;
        // A file that is not a picture is bad input (exit 2), the same as for `generate`.
        try { plan = KinoraEngine.Plan(prompt, request); }
        catch (Picture.PictureException e) { throw new UsageException(e.Message); }
        Console.Out.WriteLine(args.Has("--explain") ? Understand.Explanation.Table(plan) : PlanJson.Serialize(plan));
        return 0;
    }
}
