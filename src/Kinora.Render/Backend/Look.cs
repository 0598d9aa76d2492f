namespace Kinora.Render.Backend;

/// <summary>
/// The picture styles a frame can be rendered in (VBench's appearance_style words). A look is a shading model for
/// the lit pass (<see cref="LookShading"/>), a change to the light (<see cref="Looks.AmbientScale"/>) and a
/// full-screen post-processing recipe that the backend owns; the numeric values are shared with the shader code
/// (post.frag's LOOK define).
/// </summary>
public enum LookStyle
{
    Photoreal = 0,
    Cinematic = 1,
    Anime = 2,
    Comic = 3,
    Watercolor = 4,
    Noir = 5,
    BlackAndWhite = 6,
    PixelArt = 7,
    Cyberpunk = 8,
    Sketch = 9,
    Claymation = 10,
    Surrealism = 11,
    OilPainting = 12,
    UkiyoE = 13,
    VanGogh = 14,
    Impressionism = 15,
    LowPoly = 16,
}

/// <summary>How the lit pass turns light into colour; the numeric values are lit.frag's SHADING define.</summary>
public enum LookShading
{
    /// <summary>Metal/roughness GGX (photoreal).</summary>
    Physical = 0,
    /// <summary>Diffuse light in hard bands, one hard specular highlight (anime, comic, ukiyo-e).</summary>
    Cel = 1,
    /// <summary>One normal per triangle from screen-space derivatives (low poly).</summary>
    Flat = 2,
    /// <summary>Matte, wrapped diffuse with no sharp highlights (plasticine).</summary>
    Clay = 3,
}

public static class Looks
{
    public const int Count = 17;

    /// <summary>Maps a plan's <c>Look.Style</c> (the planner's canonical names and common synonyms); anything
    /// unknown renders photoreal.</summary>
    public static LookStyle Parse(string? style) => style?.Trim().ToLowerInvariant() switch
    {
        "cinematic" or "film" or "movie" => LookStyle.Cinematic,
        "anime" or "animated" or "cartoon" or "ghibli" => LookStyle.Anime,
        "comic" or "comic book" or "manga" => LookStyle.Comic,
        "watercolor" or "watercolour" => LookStyle.Watercolor,
        "noir" or "film noir" => LookStyle.Noir,
        "black and white" or "monochrome" or "black-and-white" or "grayscale" or "greyscale" => LookStyle.BlackAndWhite,
        "pixel art" or "pixel" or "pixelated" or "8-bit" => LookStyle.PixelArt,
        "cyberpunk" or "neon" => LookStyle.Cyberpunk,
        "sketch" or "pencil" or "pencil sketch" or "drawing" => LookStyle.Sketch,
        "claymation" or "clay" or "stop motion" => LookStyle.Claymation,
        "surrealism" or "surreal" or "surrealist" => LookStyle.Surrealism,
        "oil painting" or "oil" or "painting" => LookStyle.OilPainting,
        "ukiyo-e" or "ukiyo" or "hokusai" or "woodblock" => LookStyle.UkiyoE,
        "van gogh" or "gogh" => LookStyle.VanGogh,
        "impressionism" or "impressionist" or "monet" => LookStyle.Impressionism,
        "low poly" or "low-poly" or "lowpoly" => LookStyle.LowPoly,
        _ => LookStyle.Photoreal,
    };

    public static LookShading Shading(LookStyle look) => look switch
    {
        LookStyle.Anime or LookStyle.Comic or LookStyle.UkiyoE => LookShading.Cel,
        LookStyle.LowPoly => LookShading.Flat,
        LookStyle.Claymation => LookShading.Clay,
        _ => LookShading.Physical,
    };

    /// <summary>Multiplier on the sky's ambient light: noir wants hard, nearly unfilled shadows (one key light);
    /// flat colour styles want the shadows lifted so their colour survives.</summary>
    public static float AmbientScale(LookStyle look) => look switch
    {
        LookStyle.Noir => 0.35f,
        LookStyle.Cyberpunk => 0.6f,
        LookStyle.Anime or LookStyle.Comic or LookStyle.UkiyoE => 1.3f,
        _ => 1f,
    };

    /// <summary>Whether the look is seen through a lens, so close-ups and focus pulls blur what is out of focus:
    /// photographed and filmed looks, rendered 3D (anime films, low poly) and claymation (shallow focus is what makes
    /// a miniature read as one). Drawn and painted looks (comic, woodblock, watercolour, sketch, pixel art, oil, Van
    /// Gogh, impressionism) have no lens, and surrealism's warp resamples the frame: they stay sharp, and their post
    /// pass skips the blur's cost.</summary>
    public static bool HasDepthOfField(LookStyle look) => look is LookStyle.Photoreal or LookStyle.Cinematic or LookStyle.Anime
        or LookStyle.Noir or LookStyle.BlackAndWhite or LookStyle.Cyberpunk or LookStyle.Claymation or LookStyle.LowPoly;

    /// <summary>True when the backend runs a full-screen post pass for the look (photoreal has none, so it costs
    /// nothing extra).</summary>
    public static bool HasPost(LookStyle look) => look != LookStyle.Photoreal;
}
