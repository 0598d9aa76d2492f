using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// A cinema's furniture: a plush tip-up seat facing −Z (towards the screen on the back wall, so the camera sees its
/// back and the screen beyond it, as from a row further back), and the screen itself — a
/// wide glowing picture (a film's sky, hills and a low sun) in a black masking frame between red curtains.
/// </summary>
public static class CinemaFurniture
{
    private static readonly Material Plush = Paints.Srgb(150, 25, 35, 0.9f, 0, "seatplush") with { Pattern = "fabric" };
    private static readonly Material ArmRest = Paints.Srgb(25, 22, 22, 0.5f, 0, "armrest");
    private static readonly Material Masking = Paints.Srgb(8, 8, 9, 0.95f, 0, "masking");
    private static readonly Material Drape = Paints.Srgb(120, 15, 25, 0.9f, 0, "drape") with { Pattern = "fabric" };

    /// <summary>m; seat pitch along a row.</summary>
    public const float SeatPitch = 0.6f;

    public static Kit Seat { get; } = MakeSeat();

    private static Kit MakeSeat()
    {
        var k = new Kit();
        var p = k.Paint(Plush);
        p.Box(new Vector3(0, 0.45f, 0.02f), new Vector3(0.25f, 0.07f, 0.25f));
        // The back, leaning a little, its rounded top towards the camera.
        p.Box(Matrix4x4.CreateScale(0.25f, 0.38f, 0.07f) * Matrix4x4.CreateRotationX(0.15f) * Matrix4x4.CreateTranslation(0, 0.82f, 0.27f));
        p.Cylinder(Matrix4x4.CreateScale(0.25f, 0.07f, 0.07f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 1.2f, 0.32f), 1, 8);
        foreach (var x in new[] { -0.29f, 0.29f })
        {
            k.Paint(ArmRest).Box(new Vector3(x, 0.35f, 0.05f), new Vector3(0.03f, 0.35f, 0.28f));
            k.Paint(ArmRest).Box(new Vector3(x, 0.68f, 0.02f), new Vector3(0.045f, 0.025f, 0.3f));
        }
        return k;
    }

    /// <summary>The screen, <paramref name="width"/> × <paramref name="height"/> m, its foot at y = 0 on the wall
    /// (z = 0, facing +Z): the picture, its black masking and the curtains drawn back either side.</summary>
    public static Kit Screen(float width, float height)
    {
        var k = new Kit();
        var (w, h) = (width / 2, height / 2);
        k.Paint(Masking).Box(new Vector3(0, h, 0.01f), new Vector3(w + 0.25f, h + 0.2f, 0.01f));
        // The picture: a glowing film frame — sky over green hills, a low sun (emission in sun units, see Palette).
        var sky = Palette.Glow(120, 170, 235, 1.6f, "filmsky");
        var glow = Palette.Glow(255, 200, 130, 1.8f, "filmglow");
        var hills = Palette.Glow(70, 130, 70, 1.1f, "filmhills");
        var sun = Palette.Glow(255, 240, 200, 3f, "filmsun");
        k.Paint(sky).Box(new Vector3(0, h * 1.35f, 0.025f), new Vector3(w, h * 0.65f, 0.002f));
        k.Paint(glow).Box(new Vector3(0, h * 0.55f, 0.025f), new Vector3(w, h * 0.15f, 0.002f));
        k.Paint(hills).Box(new Vector3(0, h * 0.2f, 0.025f), new Vector3(w, h * 0.2f, 0.002f));
        k.Paint(hills).Box(Matrix4x4.CreateScale(w * 0.45f, h * 0.25f, 0.002f) * Matrix4x4.CreateRotationZ(0.18f) * Matrix4x4.CreateTranslation(-w * 0.45f, h * 0.45f, 0.028f));
        k.Paint(sun).Cylinder(Matrix4x4.CreateScale(h * 0.16f, 0.002f, h * 0.16f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(w * 0.35f, h * 0.85f, 0.027f), 1, 20);
        foreach (var s in new[] { -1f, 1f })
            for (var f = 0; f < 4; f++)
                k.Paint(Drape).Cylinder(Matrix4x4.CreateScale(0.14f, h + 0.35f, 0.1f) * Matrix4x4.CreateTranslation(s * (w + 0.3f + f * 0.22f), h + 0.35f, 0.12f), 1, 8);
        return k;
    }
}
