using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A carousel, 13 m across: a round platform with a painted skirt, a mirrored centre column, a canopy striped red and
/// white in 24 gores over a scalloped valance with bulbs, a pennant on its crown, and two rings of horses on brass
/// poles at staggered heights (caught mid-bob). Its bulbs glow after dark. The whole ride is one spinner: it turns
/// anticlockwise seen from above (the way the horses face) once every <see cref="Period"/> seconds.
/// </summary>
public static class Carousel
{
    public const float Radius = 6.5f, Height = 9f;
    /// <summary>s per turn: a carousel goes round about five times a minute (the outer horses at about 3 m/s).</summary>
    public const float Period = 12;
    /// <summary>rad/s about world axes: about +Y, anticlockwise seen from above, so the horses go head first.</summary>
    public static Vector3 Spin => new(0, MathF.Tau / Period, 0);

    private static readonly Material Skirt = Paints.Srgb(190, 30, 45, 0.5f, 0, "carouselskirt");
    private static readonly Material Deck = Paints.Srgb(150, 100, 60, 0.6f, 0, "carouseldeck") with { Pattern = "wood" };
    private static readonly Material Gold = Paints.Srgb(225, 180, 70, 0.3f, 0.8f, "carouselgold");
    private static readonly Material Mirror = Paints.Srgb(200, 205, 215, 0.1f, 0.9f, "carouselmirror");
    private static readonly Material Red = Paints.Srgb(210, 35, 45, 0.5f, 0, "canopyred");
    private static readonly Material White = Paints.Srgb(245, 240, 228, 0.5f, 0, "canopywhite");
    private static readonly Material Teal = Paints.Srgb(40, 150, 150, 0.5f, 0, "carouselteal");
    private static readonly Material[] Coats =
    [
        Paints.Srgb(245, 242, 235, 0.4f, 0, "horsewhite"), Paints.Srgb(110, 70, 40, 0.4f, 0, "horsebrown"),
        Paints.Srgb(35, 30, 30, 0.4f, 0, "horseblack"), Paints.Srgb(200, 190, 170, 0.4f, 0, "horsecream"),
    ];
    private static readonly Material[] Saddles =
    [
        Paints.Srgb(40, 90, 190, 0.4f, 0, "saddleblue"), Paints.Srgb(210, 40, 60, 0.4f, 0, "saddlered"), Paints.Srgb(230, 180, 40, 0.4f, 0, "saddlegold"),
    ];
    private static readonly Material BulbOff = Paints.Srgb(240, 235, 210, 0.3f, 0, "bulboff");
    private static readonly Material BulbLit = Palette.Glow(255, 225, 150, 5f, "bulblit");

    public static Kit Day { get; } = Make(false);
    public static Kit Lit { get; } = Make(true);

    private static Kit Make(bool lit)
    {
        var k = new Kit();
        // Platform: a low drum, the deck on top.
        k.Paint(Skirt).Cylinder(Matrix4x4.CreateScale(Radius, 0.25f, Radius) * Matrix4x4.CreateTranslation(0, 0.25f, 0), 1, 40);
        k.Paint(Deck).Cylinder(Matrix4x4.CreateScale(Radius - 0.15f, 0.03f, Radius - 0.15f) * Matrix4x4.CreateTranslation(0, 0.52f, 0), 1, 40);
        // Centre column: mirrored panels framed in gold.
        k.Paint(Mirror).Cylinder(Matrix4x4.CreateScale(1.3f, 1.85f, 1.3f) * Matrix4x4.CreateTranslation(0, 2.55f, 0), 1, 12);
        k.Paint(Gold).Cylinder(Matrix4x4.CreateScale(1.4f, 0.15f, 1.4f) * Matrix4x4.CreateTranslation(0, 0.7f, 0), 1, 12);
        k.Paint(Gold).Cylinder(Matrix4x4.CreateScale(1.4f, 0.15f, 1.4f) * Matrix4x4.CreateTranslation(0, 4.3f, 0), 1, 12);
        // The canopy: a ceiling over the horses (seen from below), the valance round its rim, the striped cone.
        const float Rim = 4.4f;
        k.Paint(White).Cylinder(Matrix4x4.CreateScale(Radius + 0.2f, 0.08f, Radius + 0.2f) * Matrix4x4.CreateTranslation(0, Rim, 0), 1, 40);
        Flat.StripedCone(k, [Red, White], Radius + 0.4f, Rim + 0.6f, 2.6f, 24, Matrix4x4.Identity);
        var bulbs = k.Paint(lit ? BulbLit : BulbOff);
        const int Panels = 24;
        for (var i = 0; i < Panels; i++)
        {
            var a = (i + 0.5f) * MathF.Tau / Panels;
            var dir = new Vector3(MathF.Cos(a), 0, -MathF.Sin(a));
            var yaw = a + MathF.PI / 2;
            // A valance panel, alternately teal and gold, with a scallop hanging under it and a bulb at its middle.
            k.Paint(i % 2 == 0 ? Teal : Gold).Box(dir * (Radius + 0.35f) + new Vector3(0, Rim + 0.3f, 0), new Vector3(0.86f, 0.38f, 0.05f), 0, yaw);
            k.Paint(i % 2 == 0 ? Red : White).Ellipsoid(dir * (Radius + 0.38f) + new Vector3(0, Rim - 0.1f, 0), new Vector3(0.8f, 0.22f, 0.04f), 0, yaw, 10, 4);
            bulbs.Sphere(Matrix4x4.CreateScale(0.11f) * Matrix4x4.CreateTranslation(dir * (Radius + 0.42f) + new Vector3(0, Rim + 0.3f, 0)), 6, 4);
            bulbs.Sphere(Matrix4x4.CreateScale(0.1f) * Matrix4x4.CreateTranslation(dir * 1.45f + new Vector3(0, 4.3f, 0)), 6, 4);
        }
        // The crown: a gold knob and a mast with a pennant.
        k.Paint(Gold).Sphere(Matrix4x4.CreateScale(0.4f) * Matrix4x4.CreateTranslation(0, Rim + 3.3f, 0), 10, 6);
        k.Paint(Gold).Rod(new Vector3(0, Rim + 3.3f, 0), new Vector3(0, Height, 0), 0.05f, 0.04f, 5);
        Vector2[] pennant = [new(0, 0), new(1.2f, -0.25f), new(0, -0.5f)];
        k.Paint(Red).Extrude(pennant, 0.02f, Matrix4x4.CreateTranslation(0.04f, Height - 0.05f, 0));
        // Horses: 12 on the outer ring, 8 on the inner, facing round the way the ride turns, each at its own height.
        foreach (var (ring, count) in new[] { (Radius - 0.9f, 12), (Radius - 2.6f, 8) })
            for (var i = 0; i < count; i++)
            {
                var a = (i + (count == 8 ? 0.5f : 0)) * MathF.Tau / count;
                var at = new Vector3(MathF.Cos(a) * ring, 0, -MathF.Sin(a) * ring);
                k.Paint(Gold).Rod(new Vector3(at.X, 0.55f, at.Z), new Vector3(at.X, Rim, at.Z), 0.035f, 0.035f, 6);
                var lift = 1.55f + 0.25f * MathF.Sin(i * 2.1f + count);
                // Faces along the turn (counter-clockwise seen from above): the tangent, which at angle a is yaw a.
                Horse(k, Coats[(i + count) % Coats.Length], Saddles[i % Saddles.Length], Matrix4x4.CreateRotationY(a) * Matrix4x4.CreateTranslation(at + new Vector3(0, lift, 0)));
            }
        return k;
    }

    /// <summary>A carousel horse, prancing, 1.5 m long, its back at y = 0, facing −Z before <paramref name="m"/>.</summary>
    private static void Horse(Kit k, Material coat, Material saddle, Matrix4x4 m)
    {
        var body = k.Paint(coat);
        body.Append(new Assets.Meshes.MeshBuilder()
            .Ellipsoid(new Vector3(0, -0.15f, 0), new Vector3(0.2f, 0.24f, 0.6f), 0, 0, 10, 6)
            .Capsule(new Vector3(0, -0.05f, -0.45f), new Vector3(0, 0.35f, -0.62f), 0.13f, 0.1f, 8)
            .Ellipsoid(new Vector3(0, 0.42f, -0.78f), new Vector3(0.09f, 0.11f, 0.24f), 0.0f, 0, 8, 5)
            // Forelegs raised and bent (the prance), hind legs reaching back.
            .Capsule(new Vector3(0.1f, -0.3f, -0.4f), new Vector3(0.1f, -0.45f, -0.7f), 0.05f, 0.04f, 6)
            .Capsule(new Vector3(-0.1f, -0.3f, -0.4f), new Vector3(-0.1f, -0.6f, -0.55f), 0.05f, 0.04f, 6)
            .Capsule(new Vector3(0.1f, -0.3f, 0.45f), new Vector3(0.1f, -0.75f, 0.8f), 0.055f, 0.04f, 6)
            .Capsule(new Vector3(-0.1f, -0.3f, 0.45f), new Vector3(-0.1f, -0.8f, 0.65f), 0.055f, 0.04f, 6), m);
        k.Paint(Gold).Append(new Assets.Meshes.MeshBuilder()
            .Capsule(new Vector3(0, 0.45f, -0.55f), new Vector3(0, -0.05f, -0.42f), 0.06f, 0.07f, 6) // mane
            .Capsule(new Vector3(0, -0.05f, 0.58f), new Vector3(0, -0.55f, 0.75f), 0.06f, 0.03f, 6), m); // tail
        k.Paint(saddle).Append(new Assets.Meshes.MeshBuilder().Ellipsoid(new Vector3(0, 0.07f, 0.05f), new Vector3(0.22f, 0.06f, 0.24f), 0, 0, 10, 4), m);
    }
}
