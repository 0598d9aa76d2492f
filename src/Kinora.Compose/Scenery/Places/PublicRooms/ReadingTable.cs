using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A library's long reading table (2.4 × 0.9 m, along X) with green-shaded brass lamps down its middle, a few open
/// books and a chair on each side: in front of a wall of bookcases it is what turns "a wall of books" into a library
/// reading room. The lamps glow after dark (<see cref="Lit"/>).
/// </summary>
internal static class ReadingTable
{
    public static readonly Vector3[] Bulbs = [new(-0.6f, 1.12f, 0), new(0.6f, 1.12f, 0)];

    public static Kit Unlit { get; } = Make(false);
    public static Kit Lit { get; } = Make(true);

    private static Kit Make(bool lit)
    {
        var k = new Kit();
        var wood = k.Paint(Paints.DarkWood);
        wood.Box(new Vector3(0, 0.74f, 0), new Vector3(1.2f, 0.03f, 0.45f));
        foreach (var x in new[] { -1.1f, 1.1f })
            foreach (var z in new[] { -0.37f, 0.37f })
                wood.Box(new Vector3(x, 0.36f, z), new Vector3(0.04f, 0.36f, 0.04f));
        var shade = lit ? Palette.Glow(70, 160, 90, 1.2f, "bankershadelit") : Paints.Srgb(30, 110, 60, 0.25f, 0, "bankershade");
        foreach (var b in Bulbs)
        {
            k.Paint(Paints.Srgb(190, 150, 70, 0.3f, 1, "brass")).Rod(new Vector3(b.X, 0.77f, 0), new Vector3(b.X, 1.1f, 0), 0.012f, 0.012f, 6);
            k.Paint(Paints.Srgb(190, 150, 70, 0.3f, 1, "brass")).Cylinder(Matrix4x4.CreateScale(0.08f, 0.01f, 0.08f) * Matrix4x4.CreateTranslation(b.X, 0.78f, 0), 1, 10);
            k.Paint(shade).Box(new Vector3(b.X, 1.14f, 0), new Vector3(0.2f, 0.05f, 0.09f));
        }
        // Open books, pages up, and a closed one.
        foreach (var (x, z, turn) in new[] { (-0.25f, 0.22f, 0.1f), (0.85f, -0.2f, -0.2f) })
        {
            k.Paint(Paints.Srgb(238, 232, 215, 0.8f, 0, "pages")).Box(new Vector3(x, 0.785f, z), new Vector3(0.16f, 0.012f, 0.11f), 0, turn);
            k.Paint(Paints.Srgb(120, 30, 30, 0.7f, 0, "bookcover")).Box(new Vector3(x, 0.772f, z), new Vector3(0.17f, 0.004f, 0.12f), 0, turn);
        }
        k.Paint(Paints.Srgb(30, 60, 110, 0.7f, 0, "bookblue")).Box(new Vector3(0.3f, 0.79f, 0.15f), new Vector3(0.1f, 0.025f, 0.14f), 0, 0.4f);
        k.Add(StationFurniture.Chair(true), Kit.At(new Vector3(-0.5f, 0, -0.6f)));
        k.Add(StationFurniture.Chair(true), Kit.At(new Vector3(0.5f, 0, 0.62f), MathF.PI));
        return k;
    }
}
