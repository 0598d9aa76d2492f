using Kinora.Plan;

namespace Kinora.Understand.Llm;

/// <summary>
/// Puts back onto a model's plan what the model may not choose: the caller's seed, size, fps, length and image,
/// and the prompt as typed. The built-in plan already holds all of these (with its defaults where the caller
/// fixed nothing), so it is the source.
/// </summary>
public static class FixedChoices
{
    public static ScenePlan Apply(ScenePlan fromModel, ScenePlan builtIn, string prompt, PlanRequest request)
    {
        var format = fromModel.Format with
        {
            Width = request.Width ?? fromModel.Format.Width,
            Height = request.Height ?? fromModel.Format.Height,
            Fps = request.Fps ?? fromModel.Format.Fps,
            Seconds = request.Seconds ?? fromModel.Format.Seconds,
        };
        return fromModel with
        {
            // The seed is always the built-in one: the request body sent it, and renders must repeat.
            Seed = builtIn.Seed,
            Prompt = prompt,
            Format = format,
            Shots = Stretch(fromModel.Shots, fromModel.Format.Seconds, format.Seconds),
            // The picture names a file on this machine: only the caller decides which file is read.
            Picture = builtIn.Picture,
        };
    }

    /// <summary>Shots written for the model's length, rescaled to the caller's so they still cover the video.</summary>
    private static IReadOnlyList<ShotSpec> Stretch(IReadOnlyList<ShotSpec> shots, double from, double to)
    {
        if (from == to || !(from > 0)) return shots;
        var k = to / from;
        double? Scale(double? t) => t is { } v ? Math.Round(v * k, 3) : null;
        return shots.Select(s => s with
        {
            Start = Math.Round(s.Start * k, 3),
            Seconds = Math.Round(s.Seconds * k, 3),
            Actions = (s.Actions ?? []).Select(a => a with { Start = Scale(a.Start), End = Scale(a.End) }).ToList(),
        }).ToList();
    }
}
