using System.Numerics;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Boulders: two or three overlapping, squashed, turned low-poly lumps read as one broken rock. About 1 m across
/// before scaling; footprint radius 0.7 m. Three shapes so a scatter does not repeat.
/// </summary>
public static class Rocks
{
    public const float Radius = 0.7f;

    public static Kit[] Grey { get; } = [Make(Palette.Rock, 0), Make(Palette.Rock, 1), Make(Palette.Rock, 2)];
    public static Kit[] Red { get; } = [Make(Palette.RedRock, 0), Make(Palette.RedRock, 1), Make(Palette.RedRock, 2)];

    public static Kit Make(Material stone, int shape)
    {
        var k = new Kit();
        var m = k.Paint(stone);
        var s = shape * 0.9f;
        m.Ellipsoid(new Vector3(0, 0.22f, 0), new Vector3(0.6f, 0.45f, 0.5f), 0.25f + s * 0.1f, s, 6, 4);
        m.Ellipsoid(new Vector3(0.25f, 0.18f, 0.15f), new Vector3(0.4f, 0.35f, 0.42f), -0.3f, s + 0.8f, 5, 4);
        if (shape != 1) m.Ellipsoid(new Vector3(-0.25f, 0.12f, -0.1f), new Vector3(0.35f, 0.25f, 0.3f), 0.5f, s + 2f, 5, 3);
        return k;
    }
}
