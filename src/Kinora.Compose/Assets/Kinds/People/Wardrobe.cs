using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// What a person wears, by seed: a top from a palette of everyday colours (white, greys, navy, red, green, mustard…),
/// sometimes striped, and trousers, shorts or a skirt from the colours those come in (jeans, khaki, black, grey…),
/// never the top's own colour. A colour the prompt names ("a man in a red shirt") dyes the top instead
/// (<see cref="PersonModel"/>). Kept apart from the geometry so it can be tested without meshes.
/// </summary>
public static class Wardrobe
{
    /// <summary>Tops, sRGB: what a street of people wears, muted more than bright.</summary>
    public static readonly (byte R, byte G, byte B)[] Tops =
    [
        (232, 230, 224), (165, 167, 170), (62, 64, 70), (34, 44, 78), (168, 38, 40), (48, 98, 62),
        (204, 160, 48), (112, 146, 190), (112, 34, 52), (36, 118, 128), (214, 142, 152), (198, 178, 146),
    ];

    /// <summary>Children's tops add the bright colours children are dressed in.</summary>
    public static readonly (byte R, byte G, byte B)[] ChildTops = [(240, 196, 40), (232, 110, 40), (70, 150, 220), (120, 180, 70)];

    /// <summary>Trousers and shorts: blue jeans (light and dark), khaki, black, grey, brown, olive.</summary>
    public static readonly (byte R, byte G, byte B)[] Trousers =
        [(62, 84, 122), (36, 46, 72), (176, 156, 114), (30, 30, 32), (96, 96, 102), (102, 76, 56), (86, 90, 60)];

    /// <summary>Skirts: black, navy, grey, camel, burgundy, denim, bottle green.</summary>
    public static readonly (byte R, byte G, byte B)[] Skirts =
        [(30, 30, 32), (34, 44, 78), (110, 110, 116), (172, 132, 92), (112, 34, 52), (70, 94, 134), (40, 80, 56)];

    /// <summary>Stripes on a light top are dark; on a dark or coloured top, white.</summary>
    private static readonly (byte R, byte G, byte B)[] DarkStripes = [(34, 44, 78), (168, 38, 40), (30, 30, 32)];
    private static readonly (byte R, byte G, byte B) WhiteStripe = (240, 238, 232);

    public static Outfit Choose(Bottom bottom, AgeGroup age, ref SeededRandom r)
    {
        var child = age == AgeGroup.Child;
        var u = r.NextDouble() * (Tops.Length + (child ? ChildTops.Length : 0));
        var i = (int)u;
        var top = i < Tops.Length ? Tops[i] : ChildTops[Math.Min(i - Tops.Length, ChildTops.Length - 1)];
        (byte R, byte G, byte B)? stripe = null;
        if (r.NextDouble() < 0.22)
            stripe = Luminance(top) > 0.45f ? PersonPalette.Pick(DarkStripes, ref r) : WhiteStripe;
        var palette = bottom == Bottom.Skirt ? Skirts : Trousers;
        var under = PersonPalette.Pick(palette, ref r);
        // Never the top's own colour: a second pick, then the next swatch along.
        for (var tries = 0; tries < palette.Length && Distance(under, top) < 60; tries++)
            under = tries == 0 ? PersonPalette.Pick(palette, ref r) : palette[(Array.IndexOf(palette, under) + 1) % palette.Length];
        return new Outfit(top, stripe, under);
    }

    /// <summary>Relative luminance of an sRGB swatch (0–1), on the sRGB values (a rough light/dark split is all it is for).</summary>
    public static float Luminance((byte R, byte G, byte B) c) => (0.2126f * c.R + 0.7152f * c.G + 0.0722f * c.B) / 255;

    /// <summary>Euclidean distance between two sRGB swatches (0–441).</summary>
    public static float Distance((byte R, byte G, byte B) a, (byte R, byte G, byte B) b)
    {
        float dr = a.R - b.R, dg = a.G - b.G, db = a.B - b.B;
        return MathF.Sqrt(dr * dr + dg * dg + db * db);
    }
}

/// <summary>A person's clothes' colours, sRGB: the top (shirt or dress), its stripes if any, and what covers the legs.</summary>
public readonly record struct Outfit((byte R, byte G, byte B) Top, (byte R, byte G, byte B)? Stripe, (byte R, byte G, byte B) Bottom);
