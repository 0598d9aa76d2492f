using System.Globalization;
using Kinora.Plan;
using Kinora.Understand;

namespace Kinora.Cli.Commands;

/// <summary>The options that fix plan values, shared by `generate` and `plan`.</summary>
public static class PlanOptions
{
    public static readonly string[] Names = ["--seconds", "--size", "--fps", "--seed", "--image"];

    public static PlanRequest Read(ArgReader args)
    {
        int? width = null, height = null;
        if (args.Get("--size") is { } size)
        {
            var parts = size.ToLowerInvariant().Split('x');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                                  || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h))
                throw new UsageException($"--size must look like 1280x720, not '{size}'");
            if (!PlanSchema.IsSupportedSize(w, h))
                throw new UsageException($"size {w}x{h} is not supported; use one of {PlanSchema.SupportedSizesText}");
            (width, height) = (w, h);
        }
        var image = args.Get("--image");
        if (image is not null && !File.Exists(image)) throw new UsageException($"image {image} does not exist");
        return new PlanRequest
        {
            ImagePath = image is null ? null : Path.GetFullPath(image),
            Seconds = args.GetDouble("--seconds", PlanSchema.MinSeconds, PlanSchema.MaxSeconds),
            Fps = args.GetInt("--fps", PlanSchema.MinFps, PlanSchema.MaxFps),
            Seed = args.GetLong("--seed"),
            Width = width,
            Height = height,
        };
    }

    /// <summary>Applies the same overrides to a plan read from a file.</summary>
    public static ScenePlan Apply(ScenePlan plan, PlanRequest r) => plan with
    {
        Seed = r.Seed ?? plan.Seed,
        Format = plan.Format with
        {
            Width = r.Width ?? plan.Format.Width, Height = r.Height ?? plan.Format.Height,
            Fps = r.Fps ?? plan.Format.Fps, Seconds = r.Seconds ?? plan.Format.Seconds,
        },
    };
}
