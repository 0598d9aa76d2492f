using Kinora.Media;
using Kinora.Cli.Terminal;
using Kinora.Engine;
using Kinora.Plan;

namespace Kinora.Cli.Commands;

/// <summary>`kinora render plan.json -o out.mp4`: renders an (edited) plan.</summary>
public static class RenderCommand
{
    public const string Help = """
        kinora render plan.json -o out.mp4 [--thumbnail PATH] [--contact-sheet PATH] [--captions PATH] [--seconds N --size WxH --fps N --seed N]
          Renders a ScenePlan (from `kinora plan` or --plan-out, edited or not). Options override the plan's values.
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("render", argv, [.. PlanOptions.Names, "-o", "--output", "--thumbnail", "--contact-sheet", "--captions"], ["--help", "-h"]);
        if (args.Has("--help") || args.Has("-h")) { Console.WriteLine(Help); return 0; }
        var plan = PlanOptions.Apply(PlanFile.Read(args.Single("a plan file")), PlanOptions.Read(args));
        PlanValidator.ThrowIfInvalid(plan);
        var output = args.Get("-o", "--output") ?? "kinora.mp4";
        OutputPath.EnsureWritable(output);
        Preflight.RequireSystem();
        var result = KinoraEngine.Render(plan, new GenerateOptions(output)
        {
            ThumbnailPath = args.Get("--thumbnail"),
            ContactSheetPath = args.Get("--contact-sheet"),
            CaptionsPath = args.Get("--captions"),
        }, new ProgressView());
        Report.Finished(result, result.Timings);
        return 0;
    }
}
