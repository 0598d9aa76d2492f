namespace Kinora.Understand.Lexicon;

/// <summary>Camera moves, shot sizes, manners of motion and looks.</summary>
public static class Filming
{
    public static readonly IReadOnlyDictionary<string, string> Moves = new Dictionary<string, string>
    {
        ["orbit"] = "orbit", ["orbiting"] = "orbit", ["circling"] = "orbit", ["360"] = "orbit",
        ["dolly"] = "dolly", ["push-in"] = "dolly", ["zoom"] = "zoom", ["zooming"] = "zoom",
        ["pan"] = "pan", ["panning"] = "pan", ["tracking"] = "tracking", ["follow"] = "tracking", ["following"] = "tracking",
        ["static"] = "static", ["still"] = "static", ["locked-off"] = "static", ["tripod"] = "static",
        ["handheld"] = "handheld", ["shaky"] = "handheld", ["tilt"] = "tilt", ["tilting"] = "tilt", ["crane"] = "crane",
        ["drone"] = "aerial", ["aerial"] = "aerial",
    };

    public static readonly IReadOnlyDictionary<string, string> Framings = new Dictionary<string, string>
    {
        ["close-up"] = "close-up", ["closeup"] = "close-up", ["macro"] = "close-up", ["wide"] = "wide",
        ["establishing"] = "wide", ["medium"] = "medium", ["full"] = "wide",
    };

    public static readonly IReadOnlyDictionary<string, string> Manners = new Dictionary<string, string>
    {
        ["slow-motion"] = "slow motion", ["slowly"] = "slowly", ["quickly"] = "quickly", ["fast"] = "quickly",
        ["timelapse"] = "timelapse", ["time-lapse"] = "timelapse", ["gently"] = "gently", ["hard"] = "hard",
    };

    public static readonly IReadOnlyDictionary<string, string> Styles = new Dictionary<string, string>
    {
        ["photoreal"] = "photoreal", ["photorealistic"] = "photoreal", ["realistic"] = "photoreal",
        ["cinematic"] = "cinematic", ["anime"] = "anime", ["animated"] = "anime", ["cartoon"] = "anime",
        ["watercolor"] = "watercolor", ["watercolour"] = "watercolor", ["noir"] = "noir", ["monochrome"] = "black and white",
        ["pixel"] = "pixel art", ["cyberpunk"] = "cyberpunk", ["sketch"] = "sketch", ["pencil"] = "sketch",
        ["claymation"] = "claymation", ["surreal"] = "surrealism", ["surrealism"] = "surrealism", ["oil"] = "oil painting",
        ["ukiyo-e"] = "ukiyo-e", ["gogh"] = "van gogh",
    };
}
