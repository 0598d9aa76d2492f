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
    };

    public static IEnumerable<string> Names => Srgb.Keys;

    public static bool TryGetLinear(string? name, out Vector3 linear)
    {
        if (name is not null && Srgb.TryGetValue(name, out var c))
        {
            linear = new Vector3(ToLinear(c.R), ToLinear(c.G), ToLinear(c.B));
            return true;
        }
        linear = default;
        return false;
    }

    private static float ToLinear(byte v)
    {
        var c = v / 255.0;
        return (float)(c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4));
    }
}
