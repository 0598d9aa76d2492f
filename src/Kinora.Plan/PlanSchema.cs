namespace Kinora.Plan;

/// <summary>Version and the fixed vocabularies of the plan contract.</summary>
public static class PlanSchema
{
    public const int CurrentVersion = 1;

    /// <summary>Output sizes the encoder and renderer are tested at (width × height, pixels).</summary>
    public static readonly IReadOnlyList<(int Width, int Height)> SupportedSizes =
    [
        (1280, 720), (720, 1280), (1920, 1080), (1080, 1920), (1024, 1792), (1792, 1024),
        (1080, 1080), (854, 480), (480, 854), (640, 360), (360, 640),
    ];

    public static readonly IReadOnlyList<string> Relations =
    [
        "left of", "right of", "above", "below", "on", "under", "in front of", "behind", "next to", "inside",
        "between", "around", "near", "far from",
    ];

    /// <summary>What a span of the prompt became: a cast member, one of its traits, a relation between two, an
    /// action, the place and conditions, the picture's look, the camera, the soundtrack, a quantity with a unit,
    /// the story's structure (shots, pronouns), the input image's use, or nothing ("unknown": not understood).</summary>
    public static readonly IReadOnlyList<string> InterpretationCategories =
    [
        "entity", "attribute", "relation", "action", "setting", "look", "camera", "audio", "number", "story", "picture", "unknown",
    ];

    /// <summary>A character's sex and age as far as the words tell (<c>traits.sex</c>, <c>traits.age</c>).</summary>
    public static readonly IReadOnlyList<string> Sexes = ["female", "male"];
    public static readonly IReadOnlyList<string> Ages = ["child", "adult", "old"];

    /// <summary>Particles the renderer can fill the air with (<c>world.particles</c>), alongside rain or snow.</summary>
    public static readonly IReadOnlyList<string> Particles = ["petals", "leaves", "sparks", "confetti", "bubbles", "smoke", "fire", "dust"];

    public const int MinFps = 1, MaxFps = 60;
    public const double MinSeconds = 0.5, MaxSeconds = 60;

    /// <summary>How an input image meets the frame: cut to fill it, or shown whole with borders.</summary>
    public static readonly IReadOnlyList<string> PictureFits = ["crop", "pad"];
    /// <summary>What an input image is for: the scene itself, or a surface in a generated scene.</summary>
    public static readonly IReadOnlyList<string> PictureUses = ["scene", "painting", "tv", "poster"];

    public static bool IsSupportedSize(int width, int height) => SupportedSizes.Contains((width, height));

    public static string SupportedSizesText => string.Join(", ", SupportedSizes.Select(s => $"{s.Width}x{s.Height}"));
}
