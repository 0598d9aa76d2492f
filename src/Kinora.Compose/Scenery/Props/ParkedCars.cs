using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// A parked car as street dressing, low-poly (~400 triangles): a 4.4 m body, a glass cabin, four wheels, facing +X.
/// Not a cast car (no physics, no lights); it only says "kerbside" behind the action. Four paints.
/// </summary>
public static class ParkedCars
{
    public const float Radius = 2.3f;

    public static Kit[] All { get; } =
    [
        Make(Paints.Srgb(200, 200, 205, 0.3f, 0.4f, "parkedsilver")), Make(Paints.Srgb(25, 30, 40, 0.3f, 0.4f, "parkedblack")),
        Make(Paints.Srgb(30, 60, 130, 0.3f, 0.4f, "parkedblue")), Make(Paints.Srgb(235, 235, 230, 0.3f, 0.3f, "parkedwhite")),
    ];

    private static Kit Make(Material paint)
    {
        var k = new Kit();
        var body = k.Paint(paint);
        body.Box(new Vector3(0, 0.62f, 0), new Vector3(2.2f, 0.32f, 0.88f));
        body.Box(new Vector3(-0.25f, 1.12f, 0), new Vector3(1.15f, 0.2f, 0.8f));
        k.Paint(Paints.Glass).Box(new Vector3(-0.25f, 1.12f, 0), new Vector3(1.2f, 0.17f, 0.82f));
        var tyre = k.Paint(Paints.Rubber);
        foreach (var x in new[] { -1.4f, 1.4f })
            foreach (var z in new[] { -0.8f, 0.8f })
                tyre.Cylinder(Matrix4x4.CreateScale(0.34f, 0.12f, 0.34f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.34f, z), 1, 10);
        return k;
    }
}
