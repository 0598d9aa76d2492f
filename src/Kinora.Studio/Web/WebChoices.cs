using Kinora.Studio.Videos;

namespace Kinora.Studio.Web;

/// <summary>
/// What the create page offers: the API's sizes plus two small draft sizes (quick to render while trying ideas),
/// and the looks the renderer draws, by the planner's names.
/// </summary>
public static class WebChoices
{
    public static readonly IReadOnlyList<(string Value, string Label)> Sizes =
    [
        ("720x1280", "720×1280 portrait"), ("1280x720", "1280×720 landscape"), ("1024x1792", "1024×1792 tall"),
        ("1792x1024", "1792×1024 wide"), ("360x640", "360×640 portrait draft"), ("640x360", "640×360 landscape draft"),
    ];

    public static readonly IReadOnlyList<string> Looks =
    [
        "photoreal", "cinematic", "anime", "comic", "watercolor", "noir", "black and white", "pixel art", "cyberpunk", "sketch",
        "claymation", "surrealism", "oil painting", "ukiyo-e", "van gogh", "impressionism", "low poly",
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> LookOptions =
        [("", "from the prompt"), .. Looks.Select(l => (l, l))];

    public static bool IsSize(string s) => Sizes.Any(x => x.Value == s);
}
