using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A Victorian palm house: a tall domed pavilion in the middle and a barrel-vaulted wing either side, all glass in
/// white-painted iron ribs over a low stone plinth, with doors in the pavilion's front (+Z). The glass is a pale
/// sky-catching green-grey; what makes it read as glass is the close white frame over it.
/// </summary>
public static class Glasshouse
{
    private static readonly Material Glass = Paints.Srgb(175, 200, 198, 0.08f, 0.35f, "greenhouseglass");
    private static readonly Material Iron = Paints.Srgb(240, 240, 236, 0.5f, 0, "whiteiron");
    private static readonly Material Plinth = Paints.Srgb(180, 172, 158, 0.9f, 0, "plinthstone") with { Pattern = "stone" };

    /// <summary>m: the pavilion's radius and dome top; a wing's length and half depth.</summary>
    public const float Pavilion = 8, Top = 18, Wing = 18, WingHalf = 5.5f;

    public static Kit Build { get; } = Make();

    private static Kit Make()
    {
        var k = new Kit();
        var glass = k.Paint(Glass);
        var iron = k.Paint(Iron);
        // The pavilion: a glass drum 8 m high on a plinth, a dome over it, a lantern on top.
        const float Drum = 8;
        k.Paint(Plinth).Cylinder(Matrix4x4.CreateScale(Pavilion + 0.2f, 0.5f, Pavilion + 0.2f) * Matrix4x4.CreateTranslation(0, 0.5f, 0), 1, 16);
        glass.Cylinder(Matrix4x4.CreateScale(Pavilion, Drum / 2, Pavilion) * Matrix4x4.CreateTranslation(0, Drum / 2, 0), 1, 16);
        glass.Sphere(Matrix4x4.CreateScale(Pavilion, Top - Drum - 2, Pavilion) * Matrix4x4.CreateTranslation(0, Drum, 0), 16, 12);
        glass.Cylinder(Matrix4x4.CreateScale(1.2f, 1, 1.2f) * Matrix4x4.CreateTranslation(0, Top - 1, 0), 1, 8);
        iron.Sphere(Matrix4x4.CreateScale(0.5f) * Matrix4x4.CreateTranslation(0, Top + 0.3f, 0), 8, 5);
        // Ribs: meridians from the drum's foot over the dome; rings round the drum and the dome.
        for (var i = 0; i < 16; i++)
        {
            var a = i * MathF.Tau / 16;
            var dir = new Vector3(MathF.Cos(a), 0, -MathF.Sin(a));
            iron.Rod(dir * (Pavilion + 0.05f), dir * (Pavilion + 0.05f) + new Vector3(0, Drum, 0), 0.07f, 0.07f, 4);
            Vector3 Dome(float t) => dir * (Pavilion + 0.05f) * MathF.Cos(t) + new Vector3(0, Drum + (Top - Drum - 2 + 0.05f) * MathF.Sin(t), 0);
            for (var s = 0; s < 6; s++)
                iron.Rod(Dome(s * MathF.PI / 12), Dome((s + 1) * MathF.PI / 12), 0.07f, 0.07f, 4);
        }
        foreach (var y in new[] { 2.5f, 5f, Drum })
            iron.Torus(Pavilion + 0.06f, 0.06f, Matrix4x4.CreateTranslation(0, y, 0), 32, 4);
        foreach (var t in new[] { 0.3f, 0.6f, 0.95f })
            iron.Torus((Pavilion + 0.06f) * MathF.Cos(t), 0.06f, Matrix4x4.CreateTranslation(0, Drum + (Top - Drum - 2) * MathF.Sin(t), 0), 32, 4);
        // Doors in the front of the drum.
        k.Paint(Paints.Srgb(60, 75, 60, 0.5f, 0, "glasshousedoor")).Box(new Vector3(0, 1.5f, Pavilion - 0.1f), new Vector3(1.1f, 1.5f, 0.3f));
        // The wings: a glass box 6 m high with a half-cylinder vault, ribbed every 1.5 m.
        const float Wall = 5.5f;
        foreach (var side in new[] { -1f, 1f })
        {
            var cx = side * (Pavilion + Wing / 2 - 1);
            k.Paint(Plinth).Box(new Vector3(cx, 0.5f, 0), new Vector3(Wing / 2, 0.5f, WingHalf + 0.2f));
            glass.Box(new Vector3(cx, Wall / 2, 0), new Vector3(Wing / 2, Wall / 2, WingHalf));
            // The vault: a cylinder laid along X (its axis turned from Y), 0.8 as high as it is deep.
            glass.Cylinder(Matrix4x4.CreateScale(WingHalf * 0.8f, Wing / 2, WingHalf) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(cx, Wall, 0), 1, 20);
            for (var x = cx - Wing / 2; x <= cx + Wing / 2 + 0.01f; x += 1.5f)
            {
                iron.Rod(new Vector3(x, 0.9f, WingHalf + 0.04f), new Vector3(x, Wall, WingHalf + 0.04f), 0.05f, 0.05f, 4);
                for (var s = 0; s < 8; s++)
                {
                    var (t0, t1) = (s * MathF.PI / 8, (s + 1) * MathF.PI / 8);
                    iron.Rod(new Vector3(x, Wall + WingHalf * 0.8f * MathF.Sin(t0) + 0.04f, (WingHalf + 0.04f) * MathF.Cos(t0)),
                        new Vector3(x, Wall + WingHalf * 0.8f * MathF.Sin(t1) + 0.04f, (WingHalf + 0.04f) * MathF.Cos(t1)), 0.05f, 0.05f, 4);
                }
            }
            foreach (var y in new[] { 2.8f, Wall })
                iron.Rod(new Vector3(cx - Wing / 2, y, WingHalf + 0.05f), new Vector3(cx + Wing / 2, y, WingHalf + 0.05f), 0.06f, 0.06f, 4);
        }
        return k;
    }
}
