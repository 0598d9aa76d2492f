using Kinora.Cli;
using Kinora.Cli.Commands;
using Kinora.Plan;
using Kinora.Understand;

// Exit codes: 0 done, 1 failed while working, 2 wrong use or bad input, 3 a system package is missing.
const string usage = """
    kinora — text to video with synchronized sound

      kinora generate "<prompt>" -o out.mp4 [options]   make a video (see: kinora generate --help)
      kinora plan "<prompt>" | --batch FILE             print the ScenePlan JSON
      kinora render plan.json -o out.mp4                render a (possibly edited) plan
      kinora simulate plan.json --out track.jsonl       write the simulated track
      kinora bench                                      time the pipeline on reference prompts
      kinora serve [--port 8080] [--data DIR]           the Studio: OpenAI-compatible /v1/videos API
    """;

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.WriteLine(usage);
    return args.Length == 0 ? 2 : 0;
}

var rest = args[1..];
try
{
    return args[0] switch
    {
        "generate" => GenerateCommand.Run(rest),
        "plan" => PlanCommand.Run(rest),
        "render" => RenderCommand.Run(rest),
        "simulate" => SimulateCommand.Run(rest),
        "bench" => BenchCommand.Run(rest),
        "serve" => ServeCommand.Run(rest),
        _ => throw new UsageException($"unknown command '{args[0]}' (commands: generate, plan, render, simulate, bench, serve)"),
    };
}
catch (Exception e) when (e is UsageException or PromptException or PlanException or Kinora.Picture.PictureException)
{
    return Fail(e.Message, 2);
}
catch (Exception e) when (e is MissingPackageException or Kinora.Media.MissingDependencyException
                                 or Kinora.Motion.Physics.PhysicsUnavailableException or Kinora.Render.RenderUnavailableException
                                 or Kinora.Sound.SoundToolUnavailableException)
{
    return Fail(e.Message, 3);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or Kinora.Media.MediaException)
{
    return Fail(e.Message, 1);
}

static int Fail(string message, int code)
{
    Console.Error.WriteLine($"kinora: error: {message}");
    return code;
}
