using System.Numerics;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>The paints a look turns into: skin, lips and brows are derived from the skin and hair so they stay in keeping with them and keep their contrast.</summary>
public static class PersonPaints
{
    public static Material Skin(PersonLook look)
    {
        var c = PersonPalette.SkinTones[look.SkinTone];
        // Skin has a soft sheen: a little glossier than cloth, so cheekbones, brow and nose catch a highlight.
        return Paints.Srgb(c.R, c.G, c.B, 0.5f, 0, "skin") with { Pattern = "skin" };
    }

    /// <summary>
    /// Lips: the skin mixed with a rose and darkened (sRGB): pink on light skin, a red-brown a shade lighter and
    /// redder than the skin on dark skin, so the mouth reads on every face.
    /// </summary>
    public static Material Lips(PersonLook look)
    {
        var c = PersonPalette.SkinTones[look.SkinTone];
        static byte Mix(byte skin, byte rose) => (byte)Math.Clamp((0.55f * skin + 0.45f * rose) * 0.8f, 0, 255);
        return Paints.Srgb(Mix(c.R, 180), Mix(c.G, 80), Mix(c.B, 80), 0.45f, 0, "lips");
    }

    public static Material Hair(PersonLook look) => Paints.Srgb(look.Hair.R, look.Hair.G, look.Hair.B, 0.7f, 0, "hair") with { Pattern = "fur" };

    /// <summary>
    /// Brows: the hair's colour, darkened where the hair is light (blond, grey) so they still frame the eyes; on a dark
    /// skin a grey brow stays lighter than the skin, which is contrast too.
    /// </summary>
    public static Material Brow(PersonLook look, Material skin)
    {
        var hair = Paints.Srgb(look.Hair.R, look.Hair.G, look.Hair.B).BaseColor;
        var lum = 0.2126f * hair.X + 0.7152f * hair.Y + 0.0722f * hair.Z;
        var colour = lum > 0.08f ? hair * 0.6f : hair;
        // Never within a small step of the skin's own brightness.
        var skinLum = 0.2126f * skin.BaseColor.X + 0.7152f * skin.BaseColor.Y + 0.0722f * skin.BaseColor.Z;
        var browLum = 0.2126f * colour.X + 0.7152f * colour.Y + 0.0722f * colour.Z;
        if (MathF.Abs(browLum - skinLum) < 0.5f * skinLum) colour = skin.BaseColor * 0.3f;
        return new Material { Name = "brow", BaseColor = Vector3.Clamp(colour, Vector3.Zero, Vector3.One), Roughness = 0.8f };
    }

    /// <summary>The seeded top (shirt or dress), woven cloth; named "shirt" like the body paint it stands in for.</summary>
    public static Material Top(PersonLook look) =>
        Paints.Srgb(look.Top.R, look.Top.G, look.Top.B, 0.85f, 0, "shirt") with { Pattern = "fabric" };

    public static Material Stripe((byte R, byte G, byte B) c) => Paints.Srgb(c.R, c.G, c.B, 0.85f, 0, "stripe") with { Pattern = "fabric" };

    public static Material Bottom(PersonLook look, string name) =>
        Paints.Srgb(look.BottomColour.R, look.BottomColour.G, look.BottomColour.B, 0.85f, 0, name) with { Pattern = "fabric" };
}
