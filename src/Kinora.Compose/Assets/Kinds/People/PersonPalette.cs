using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// Seeded palettes for people, as sRGB swatches. Hair colour depends on age (children and adults are never grey;
/// old people are grey, silver or white, a few still dark) and leans on skin tone the way it does in people (dark
/// skin with black or dark brown hair; blond and red mostly with light skin).
/// </summary>
public static class PersonPalette
{
    /// <summary>Light to dark (a Fitzpatrick-like range). The darkest is kept a little above black so a face's form still shows under studio light.</summary>
    public static readonly (byte R, byte G, byte B)[] SkinTones =
        [(241, 204, 177), (224, 172, 138), (198, 140, 100), (160, 105, 70), (120, 78, 52), (92, 58, 40)];

    public static readonly (byte R, byte G, byte B)[] DarkHair = [(24, 18, 15), (38, 26, 20), (55, 36, 24)];
    public static readonly (byte R, byte G, byte B)[] LightHair = [(95, 62, 35), (150, 105, 60), (196, 160, 100), (130, 58, 28)];
    public static readonly (byte R, byte G, byte B)[] GreyHair = [(112, 112, 112), (160, 160, 160), (205, 205, 205)];

    public static (byte R, byte G, byte B) Pick((byte R, byte G, byte B)[] palette, ref SeededRandom r) =>
        palette[(int)(r.NextDouble() * palette.Length) % palette.Length];

    public static (byte R, byte G, byte B) HairColour(AgeGroup age, int skin, ref SeededRandom r)
    {
        var u = r.NextDouble();
        if (age == AgeGroup.Old && u < 0.85) return Pick(GreyHair, ref r);
        // Lighter skin: about half the time a lighter hair colour (brown, blond, red); darker skin: dark hair.
        var lightChance = skin <= 1 ? 0.55 : skin == 2 ? 0.25 : 0.0;
        return r.NextDouble() < lightChance ? Pick(LightHair, ref r) : Pick(DarkHair, ref r);
    }

    public static (byte R, byte G, byte B) IrisColour(int skin, ref SeededRandom r)
    {
        (byte, byte, byte)[] light = [(70, 110, 150), (90, 110, 70), (105, 70, 40), (70, 45, 28)];
        (byte, byte, byte)[] dark = [(70, 45, 28), (50, 32, 22), (90, 60, 35)];
        return Pick(skin <= 1 ? light : dark, ref r);
    }

    public static HairStyle Style(Sex sex, AgeGroup age, int skin, ref SeededRandom r)
    {
        var u = r.NextDouble();
        var curlyChance = skin >= 4 ? 0.5 : 0.12;
        if (sex == Sex.Male)
        {
            if (age == AgeGroup.Old && u < 0.35) return HairStyle.Bald;
            if (r.NextDouble() < curlyChance) return HairStyle.Curly;
            return u < 0.7 ? HairStyle.Short : HairStyle.Buzz;
        }
        if (r.NextDouble() < curlyChance * 0.7) return HairStyle.Curly;
        if (age == AgeGroup.Old) return u < 0.5 ? HairStyle.Bob : u < 0.8 ? HairStyle.Bun : HairStyle.Short;
        return u < 0.35 ? HairStyle.Long : u < 0.6 ? HairStyle.Ponytail : u < 0.8 ? HairStyle.Bob : HairStyle.Bun;
    }
}
