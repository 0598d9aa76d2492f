using Kinora.Media;
using Kinora.Cli.Terminal;
using Kinora.Engine;
using Kinora.Picture;
using Kinora.Plan;

namespace Kinora.Cli.Commands;

/// <summary>`kinora generate "prompt" -o out.mp4`: the whole pipeline.</summary>
public static class GenerateCommand
{
    public const string Help = """
        kinora generate "<prompt>" -o out.mp4 [options]
          -o, --output PATH       where to write the MP4 (default: kinora.mp4)
          --seconds N             length in seconds (default 8, or what the prompt says)
          --size WxH              1280x720 (default), 720x1280, 1920x1080, 1080x1920, 1024x1792, 1792x1024, 1080x1080, 854x480, 640x360 …
          --fps N                 frames per second (default 24)
          --seed N                same seed, same frames and samples (default: drawn from the prompt's words)
          --plan-out PATH         also write the ScenePlan JSON
          --thumbnail PATH        also write a JPEG (or PNG) thumbnail
          --contact-sheet PATH    also write a PNG grid of 12 frames
          --captions PATH         also write WebVTT captions of what is said
          --image PATH            start from this picture (JPEG, PNG, GIF, BMP, TIFF, WebP): frame 0 is the picture,
                                  then it comes alive ("as a painting on the wall", "on the TV", "as the poster":
                                  the picture hangs in the generated scene instead)
          --image-fit crop|pad    fill the frame and cut the overflow (default), or show it whole between black bars
        """;

    public static int Run(IReadOnlyList<string> argv)
    {
        var args = new ArgReader("generate", argv, [.. PlanOptions.Names, "-o", "--output", "--plan-out", "--thumbnail", "--contact-sheet", "--captions", "--image", "--image-fit"], ["--help", "-h"]);
        if (args.Has("--help") || args.Has("-h")) { Console.WriteLine(Help); return 0; }
        var prompt = args.Single("a prompt in quotes");
        var output = args.Get("-o", "--output") ?? "kinora.mp4";
        var request = PlanOptions.Read(args) with { ImagePath = args.Get("--image") };
        var imageFit = args.Get("--image-fit");
        if (imageFit is not null && imageFit is not ("crop" or "pad")) throw new UsageException($"--image-fit must be crop or pad, not '{imageFit}'");
        if (imageFit is not null && request.ImagePath is null) throw new UsageException("--image-fit needs --image");
        // The header check is milliseconds: a missing or bad image fails before any long work starts.
        if (request.ImagePath is { } image) Refuse(() => PictureFile.Check(image));
        var planOut = args.Get("--plan-out");
        if (planOut is not null) OutputPath.EnsureWritable(planOut);
        OutputPath.EnsureWritable(output);
        Preflight.RequireSystem();

        var progress = new ProgressView();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        progress.Report(new StageProgress(Stages.Plan, 0));
        var plan = Refuse(() => KinoraEngine.Plan(prompt, request, imageFit));
        var planTime = watch.Elapsed;
        progress.Report(new StageProgress(Stages.Plan, 1));
        if (planOut is not null) File.WriteAllText(planOut, PlanJson.Serialize(plan) + "\n");
        foreach (var note in plan.Interpretation.Where(n => !n.Understood))
            Console.Error.WriteLine($"  note: '{note.Text}' was {note.As}");
        foreach (var note in plan.Interpretation.Where(n => n.Text == "image"))
            Console.Error.WriteLine($"  image: {note.As}");

        var result = KinoraEngine.Render(plan, new GenerateOptions(output)
        {
            ThumbnailPath = args.Get("--thumbnail"),
            ContactSheetPath = args.Get("--contact-sheet"),
            CaptionsPath = args.Get("--captions"),
        }, progress);
        Report.Finished(result, [new StageTiming(Stages.Plan, planTime), .. result.Timings]);
        return 0;
    }

    /// <summary>A picture Kinora cannot use is bad input (exit code 2), said in one line.</summary>
    private static T Refuse<T>(Func<T> work)
    {
        try { return work(); }
        catch (PictureException e) { throw new UsageException(e.Message); }
    }
}
