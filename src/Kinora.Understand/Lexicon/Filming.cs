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
        ["cinematic"] = "cinematic", ["anime"] = "anime", ["animated"] = "anime", ["pixelated"] = "pixel art", ["watercolour"] = "watercolor", ["cartoon"] = "anime",
        ["watercolor"] = "watercolor", ["noir"] = "noir", ["monochrome"] = "black and white",
        ["pixel"] = "pixel art", ["cyberpunk"] = "cyberpunk", ["sketch"] = "sketch", ["pencil"] = "sketch",
        ["claymation"] = "claymation", ["surreal"] = "surrealism", ["surrealism"] = "surrealism", ["oil"] = "oil painting",
        ["ukiyo-e"] = "ukiyo-e", ["gogh"] = "van gogh",
    };

    /// <summary>Style phrases of several words, matched before single words ("van gogh" must not read as a van).</summary>
    private static readonly (string[] Words, string Style)[] StylePhrases =
    [
        (["van", "gogh", "style"], "van gogh"), (["van", "gogh"], "van gogh"), (["vincent", "van", "gogh"], "van gogh"),
        (["oil", "painting"], "oil painting"), (["oil", "paint"], "oil painting"), (["pixel", "art"], "pixel art"),
        (["watercolor", "painting"], "watercolor"), (["watercolour", "painting"], "watercolor"),
        (["in", "the", "style", "of", "ukiyo"], "ukiyo-e"), (["ukiyo", "e"], "ukiyo-e"), (["ukiyo"], "ukiyo-e"),
        (["by", "hokusai"], "ukiyo-e"), (["hokusai"], "ukiyo-e"), (["animated", "style"], "anime"),
        (["cartoon", "style"], "anime"), (["anime", "style"], "anime"), (["surrealism", "style"], "surrealism"),
        (["surrealist"], "surrealism"), (["cyberpunk", "style"], "cyberpunk"), (["in", "cyberpunk", "style"], "cyberpunk"),
        (["black", "and", "white"], "black and white"), (["black-and-white"], "black and white"), (["b&w"], "black and white"),
        (["film", "noir"], "noir"), (["pencil", "sketch"], "sketch"), (["pencil", "drawing"], "sketch"),
        (["charcoal", "drawing"], "sketch"), (["low", "poly"], "low poly"), (["comic", "book"], "comic"),
        (["stop", "motion"], "claymation"), (["clay", "animation"], "claymation"), (["3d", "render"], "3d render"),
        (["studio", "ghibli"], "anime"), (["impressionist"], "impressionism"), (["impressionism"], "impressionism"),
    ];

    /// <summary>Camera and time terms of several words ("zoom in", "pan left", "racking focus", "super slow motion").</summary>
    private static readonly (string[] Words, string Move)[] CameraPhrases =
    [
        // A still picture of a place or thing: no push-in, no sway ("frame" was read as the setting, "a picture frame").
        (["in", "a", "still", "frame"], "static"), (["still", "frame"], "static"), (["frozen", "in", "time"], "static"),
        (["tranquil", "tableau"], "static"), (["tableau"], "static"), (["static", "view"], "static"), (["still", "shot"], "static"),
        (["zoom", "in"], "zoom in"), (["zooms", "in"], "zoom in"), (["zooming", "in"], "zoom in"),
        (["zoom", "out"], "zoom out"), (["zooms", "out"], "zoom out"), (["zooming", "out"], "zoom out"),
        (["pan", "left"], "pan left"), (["pans", "left"], "pan left"), (["panning", "left"], "pan left"),
        (["pan", "right"], "pan right"), (["pans", "right"], "pan right"), (["panning", "right"], "pan right"),
        (["tilt", "up"], "tilt up"), (["tilts", "up"], "tilt up"), (["tilting", "up"], "tilt up"),
        (["tilt", "down"], "tilt down"), (["tilts", "down"], "tilt down"), (["tilting", "down"], "tilt down"),
        (["racking", "focus"], "rack focus"), (["rack", "focus"], "rack focus"), (["focus", "pull"], "rack focus"),
        (["pull", "focus"], "rack focus"),
        (["intense", "shaking"], "handheld"), (["shaking", "effect"], "handheld"), (["shaky", "cam"], "handheld"),
        (["camera", "shake"], "handheld"), (["hand-held"], "handheld"),
        (["steady", "and", "smooth"], "steady"), (["smooth", "and", "steady"], "steady"), (["steadicam"], "steady"),
        (["steady"], "steady"), (["stabilized"], "steady"),
        (["dolly", "in"], "dolly in"), (["dolly", "out"], "dolly out"), (["push", "in"], "dolly in"), (["pull", "back"], "dolly out"),
        (["tracking", "shot"], "tracking"), (["drone", "shot"], "aerial"), (["aerial", "view"], "aerial"),
        (["bird's", "eye", "view"], "aerial"), (["birds", "eye", "view"], "aerial"),
        (["super", "slow", "motion"], "slow motion"), (["slow", "motion"], "slow motion"), (["slow-mo"], "slow motion"),
    ];

    public static bool TryStylePhrase(IReadOnlyList<Token> t, int i, out string style, out int length) =>
        TryPhrase(t, i, StylePhrases, out style, out length) || TryStyleFrame(t, i, out style, out length);

    public static bool TryCameraPhrase(IReadOnlyList<Token> t, int i, out string move, out int length) =>
        TryPhrase(t, i, CameraPhrases, out move, out length);

    /// <summary>"in the style of X" and "X style" for a style word the table lacks: the words themselves name the
    /// look, so the user sees it was read (and Render can fall back to its nearest preset).</summary>
    private static bool TryStyleFrame(IReadOnlyList<Token> t, int i, out string style, out int length)
    {
        string W(int k) => k >= 0 && k < t.Count ? t[k].Text : "";
        style = ""; length = 0;
        if (W(i) == "in" && W(i + 1) == "the" && W(i + 2) is "style" or "manner" && W(i + 3) == "of")
        {
            var n = 0;
            while (n < 3 && W(i + 4 + n).Length > 0 && W(i + 4 + n).All(c => char.IsLetter(c) || c is '-' or '\'')) n++;
            if (n == 0) return false;
            var words = Enumerable.Range(i + 4, n).Select(W).ToArray();
            style = Styles.TryGetValue(words[0], out var known) ? known : string.Join(' ', words);
            length = 4 + n;
            return true;
        }
        if (W(i + 1) == "style" && W(i).All(char.IsLetter) && W(i).Length > 2 && W(i) is not ("this" or "that" or "same" or "the" or "a" or "in"))
        {
            style = Styles.TryGetValue(W(i), out var known) ? known : W(i);
            length = 2;
            return true;
        }
        return false;
    }

    private static bool TryPhrase(IReadOnlyList<Token> t, int i, (string[] Words, string Value)[] phrases, out string value, out int length)
    {
        foreach (var (words, v) in phrases)
        {
            if (i + words.Length > t.Count) continue;
            var match = true;
            for (var k = 0; k < words.Length && match; k++) match = !t[i + k].Quoted && t[i + k].Text == words[k];
            if (match) { value = v; length = words.Length; return true; }
        }
        value = ""; length = 0;
        return false;
    }
}
