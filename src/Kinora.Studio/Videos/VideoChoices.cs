using Kinora.Understand;

namespace Kinora.Studio.Videos;

/// <summary>
/// The choices the API offers and what each becomes in a <see cref="PlanRequest"/>. OpenAI's values are
/// accepted exactly; anything else is a 400 naming the parameter.
/// </summary>
public static class VideoChoices
{
    public const string DefaultModel = "sora-2", DefaultSeconds = "4", DefaultSize = "720x1280";

    public static readonly IReadOnlyList<string> Seconds = ["4", "8", "12"];
    public static readonly IReadOnlyList<string> Sizes = ["720x1280", "1280x720", "1024x1792", "1792x1024"];

    /// <summary>
    /// Quality presets. OpenAI's names are kept so clients need no change: "sora-2" is the standard preset,
    /// "sora-2-pro" renders more frames a second (smoother motion, longer render); "kinora-1" is Kinora's own name
    /// for the standard preset. Frame rate is the knob the engine exposes today; encoder quality (crf) and
    /// anti-aliasing join the presets when the engine takes them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ModelPreset> Models = new Dictionary<string, ModelPreset>
    {
        ["sora-2"] = new(Fps: 24),
        ["sora-2-pro"] = new(Fps: 30),
        ["kinora-1"] = new(Fps: 24),
    };

    public static (int Width, int Height) ParseSize(string size)
    {
        var parts = size.Split('x');
        return (int.Parse(parts[0]), int.Parse(parts[1]));
    }

    /// <summary>What the API fixes regardless of the prompt: format from size/seconds/model, and the seed.</summary>
    public static PlanRequest ToPlanRequest(string model, string seconds, string size, long? seed = null)
    {
        var (w, h) = ParseSize(size);
        return new PlanRequest { Width = w, Height = h, Seconds = int.Parse(seconds), Fps = Models[model].Fps, Seed = seed };
    }
}

public sealed record ModelPreset(int Fps);
