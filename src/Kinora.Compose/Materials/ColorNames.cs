using System.Numerics;

namespace Kinora.Compose;

/// <summary>
/// Colour words to linear RGB. Values are the sRGB swatch a person pictures for the word, decoded to linear
/// light with the sRGB transfer function (IEC 61966-2-1) because shading works in linear light.
/// </summary>
public static class ColorNames
{
    private static readonly Dictionary<string, (byte R, byte G, byte B)> Srgb = new(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = (200, 24, 24), ["green"] = (40, 150, 50), ["blue"] = (30, 70, 200), ["yellow"] = (240, 205, 30),
        ["orange"] = (240, 120, 20), ["purple"] = (120, 40, 160), ["pink"] = (240, 130, 170), ["brown"] = (120, 72, 36),
        ["black"] = (18, 18, 18), ["white"] = (235, 235, 235), ["gray"] = (128, 128, 128), ["grey"] = (128, 128, 128),
        ["silver"] = (192, 192, 196), ["gold"] = (212, 175, 55), ["golden"] = (218, 165, 32), ["beige"] = (225, 205, 170),
        ["cyan"] = (20, 200, 220), ["teal"] = (0, 128, 128), ["turquoise"] = (64, 224, 208), ["magenta"] = (220, 30, 160),
        ["violet"] = (140, 80, 200), ["navy"] = (20, 30, 90), ["maroon"] = (110, 20, 30), ["olive"] = (110, 110, 30),
        ["lime"] = (140, 220, 40), ["tan"] = (210, 180, 140), ["cream"] = (245, 235, 200), ["crimson"] = (180, 20, 50),
        ["indigo"] = (75, 0, 130), ["lavender"] = (190, 170, 230), ["khaki"] = (195, 176, 120), ["coral"] = (250, 120, 90),
        ["salmon"] = (250, 128, 114), ["peach"] = (255, 203, 164), ["mint"] = (152, 230, 180), ["burgundy"] = (128, 0, 32),
        ["ivory"] = (255, 255, 240), ["amber"] = (255, 191, 0), ["emerald"] = (40, 160, 90), ["scarlet"] = (230, 30, 20),
        ["aqua"] = (0, 220, 220), ["azure"] = (0, 127, 255), ["charcoal"] = (54, 69, 79), ["mustard"] = (225, 173, 1),
        ["rust"] = (183, 65, 14),
    };

    /// <summary>
    /// Shade words before a colour ("dark red", "pastel blue") as an operation on its sRGB swatch: darker shades
    /// scale toward black, lighter ones mix toward white, vivid ones push away from grey. Factors are by eye.
    /// </summary>
    private static readonly Dictionary<string, Func<(double R, double G, double B), (double R, double G, double B)>> Shades = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dark"] = c => Scale(c, 0.5), ["deep"] = c => Scale(c, 0.65),
        ["light"] = c => Mix(c, 0.45), ["pale"] = c => Mix(c, 0.6), ["pastel"] = c => Mix(c, 0.55),
        ["bright"] = c => Saturate(c, 1.25), ["vivid"] = c => Saturate(c, 1.35),
    };

    private static (double, double, double) Scale((double R, double G, double B) c, double k) => (c.R * k, c.G * k, c.B * k);
    private static (double, double, double) Mix((double R, double G, double B) c, double t) => (c.R + (255 - c.R) * t, c.G + (255 - c.G) * t, c.B + (255 - c.B) * t);
    private static (double, double, double) Saturate((double R, double G, double B) c, double k)
    {
        var grey = (c.R + c.G + c.B) / 3;
        return (grey + (c.R - grey) * k, grey + (c.G - grey) * k, grey + (c.B - grey) * k);
    }

    public static IEnumerable<string> Names => Srgb.Keys;

    public static bool TryGetLinear(string? name, out Vector3 linear)
    {
        if (name is not null && Srgb.TryGetValue(name, out var c))
        {
            linear = new Vector3(ToLinear(c.R), ToLinear(c.G), ToLinear(c.B));
            return true;
        }
        // "dark red", "light blue": a shade word, one space, a known colour.
        var space = name?.IndexOf(' ') ?? -1;
        if (space > 0 && Shades.TryGetValue(name![..space], out var shade) && Srgb.TryGetValue(name[(space + 1)..].Trim(), out var baseColor))
        {
            var (r, g, b) = shade((baseColor.R, baseColor.G, baseColor.B));
            linear = new Vector3(ToLinear(r), ToLinear(g), ToLinear(b));
            return true;
        }
        linear = default;
        return false;
    }

    private static float ToLinear(double v)
    {
        var c = Math.Clamp(v, 0, 255) / 255.0;
        return (float)(c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4));
    }
}
