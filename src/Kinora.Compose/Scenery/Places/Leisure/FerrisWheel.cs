using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A Ferris wheel, the landmark that names a fairground from a distance: two white rims 14 m across joined by cross
/// bars, spokes to a hub 16 m up on A-frame legs, and 16 coloured gondolas hanging under the rim. After dark bulbs
/// along the rims and spokes glow. The wheel turns in the plane facing +Z (towards the camera), so it reads round.
/// </summary>
public static class FerrisWheel
{
    public const float Radius = 14, Hub = 16.5f;
    /// <summary>m; the footprint the legs splay over (for <see cref="SetDresser.Put"/>).</summary>
    public const float Footprint = 4;
    private const int Spokes = 16;
    private const float HalfWidth = 1.3f;

    private static readonly Material Frame = Paints.Srgb(235, 235, 240, 0.4f, 0.2f, "wheelframe");
    private static readonly Material Legs = Paints.Srgb(200, 205, 215, 0.45f, 0.4f, "wheellegs");
    private static readonly Material[] Cabins =
    [
        Paints.Srgb(215, 40, 45, 0.4f, 0, "cabinred"), Paints.Srgb(245, 190, 30, 0.4f, 0, "cabinyellow"),
        Paints.Srgb(40, 110, 200, 0.4f, 0, "cabinblue"), Paints.Srgb(60, 170, 80, 0.4f, 0, "cabingreen"),
    ];
    private static readonly Material BulbOff = Paints.Srgb(240, 235, 210, 0.3f, 0, "bulboff");
    private static readonly Material BulbLit = Palette.Glow(255, 225, 150, 5f, "bulblit");

    public static Kit Day { get; } = Make(false);
    public static Kit Lit { get; } = Make(true);

    /// <summary>Where a light for the lit wheel sits, relative to its foot.</summary>
    public static Vector3 Centre => new(0, Hub, 2);

    private static Kit Make(bool lit)
    {
        var k = new Kit();
        var frame = k.Paint(Frame);
        var hub = new Vector3(0, Hub, 0);
        foreach (var side in new[] { -HalfWidth, HalfWidth })
        {
            // The rim: a torus turned up into the XY plane.
            frame.Torus(Radius, 0.2f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, Hub, side), 64, 6);
            frame.Torus(Radius * 0.93f, 0.1f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, Hub, side), 64, 5);
            for (var i = 0; i < Spokes; i++)
                frame.Rod(hub + new Vector3(0, 0, side * 0.6f), Rim(i) + new Vector3(0, 0, side), 0.09f, 0.06f, 5);
            // Legs: an A-frame each side from the ground to the hub.
            foreach (var foot in new[] { -1f, 1f })
                k.Paint(Legs).Rod(new Vector3(foot * Radius * 0.5f, 0, side * 2.6f), hub + new Vector3(0, 0, side * 1.1f), 0.3f, 0.2f, 8);
        }
        k.Paint(Legs).Rod(hub - new Vector3(0, 0, 2), hub + new Vector3(0, 0, 2), 0.55f, 0.55f, 12);
        var bulbs = k.Paint(lit ? BulbLit : BulbOff);
        for (var i = 0; i < Spokes; i++)
        {
            var rim = Rim(i);
            frame.Rod(rim - new Vector3(0, 0, HalfWidth), rim + new Vector3(0, 0, HalfWidth), 0.08f, 0.08f, 5);
            // A gondola hangs plumb under its pin: a hanger, a cabin with windows cut as a dark band, a roof.
            var cabin = rim - new Vector3(0, 1.9f, 0);
            var paint = k.Paint(Cabins[i % Cabins.Length]);
            frame.Rod(rim, cabin + new Vector3(0, 0.9f, 0), 0.05f, 0.05f, 4);
            paint.Box(cabin, new Vector3(0.85f, 0.75f, 0.8f));
            k.Paint(Palette.WindowGlass).Box(cabin + new Vector3(0, 0.25f, 0), new Vector3(0.87f, 0.3f, 0.82f));
            paint.Cylinder(Matrix4x4.CreateScale(1.05f, 0.25f, 1.0f) * Matrix4x4.CreateTranslation(cabin + new Vector3(0, 1.0f, 0)), 0.2f, 8);
            // Bulbs along each spoke and round the rim.
            for (var b = 1; b <= 4; b++)
                bulbs.Sphere(Matrix4x4.CreateScale(0.14f) * Matrix4x4.CreateTranslation(Vector3.Lerp(hub, rim, b / 4.5f) + new Vector3(0, 0, HalfWidth + 0.15f)), 6, 4);
        }
        for (var i = 0; i < 64; i++)
        {
            var a = i * MathF.Tau / 64;
            bulbs.Sphere(Matrix4x4.CreateScale(0.16f) * Matrix4x4.CreateTranslation(hub + new Vector3(MathF.Cos(a), MathF.Sin(a), 0) * Radius + new Vector3(0, 0, HalfWidth + 0.2f)), 6, 4);
        }
        // The boarding platform and its ticket booth at the foot.
        k.Paint(Paints.Srgb(120, 80, 60, 0.8f, 0, "platform")).Box(new Vector3(0, 0.3f, 0), new Vector3(4, 0.3f, 3.2f));
        return k;
    }

    /// <summary>The rim point of spoke <paramref name="i"/> (a gondola's pin), in the wheel's middle plane.</summary>
    private static Vector3 Rim(int i)
    {
        var a = (i + 0.5f) * MathF.Tau / Spokes;
        return new Vector3(MathF.Cos(a) * Radius, Hub + MathF.Sin(a) * Radius, 0);
    }
}
