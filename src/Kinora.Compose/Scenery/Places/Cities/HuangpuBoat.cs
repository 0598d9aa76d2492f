using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// A Huangpu sightseeing boat, as seen across the river: a long white hull with a dark waterline band, two decks of
/// cabin with a window strip (lit after dark), an open top deck with a railing and a short mast. Along X, bow at +X,
/// 40 m long; the waterline at y = 0. Its shape says "river boat" from a few hundred metres, which is all it needs.
/// </summary>
internal static class HuangpuBoat
{
    private static readonly Material Hull = Paints.Srgb(235, 235, 230, 0.5f, 0, "boathull");
    private static readonly Material Band = Paints.Srgb(150, 30, 35, 0.5f, 0, "boatband");
    private static readonly Material Windows = Paints.Srgb(35, 45, 60, 0.15f, 0.3f, "boatwindows");
    private static readonly Material LitWindows = Palette.Glow(255, 210, 150, 0.8f, "boatlit");

    public static Kit Make(bool dark)
    {
        var k = new Kit();
        // Hull: a box with its bow drawn to a point (an extruded outline seen from above, turned to lie in x–z).
        var lie = Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 1.1f, 0);
        k.Paint(Hull).Extrude([new(-20, -5), new(14, -5), new(20, 0), new(14, 5), new(-20, 5)], 2.8f, lie);
        k.Paint(Band).Box(new Vector3(-3, 0.5f, 0), new Vector3(17, 0.5f, 5.05f));
        // Two cabin decks, each a little shorter, with a window strip on both long sides.
        for (var deck = 0; deck < 2; deck++)
        {
            var y = 2.5f + deck * 2.8f;
            var half = new Vector3(15 - deck * 3, 1.4f, 4.2f - deck * 0.4f);
            var at = new Vector3(-3 - deck * 1.5f, y + 1.4f, 0);
            k.Paint(Hull).Box(at, half);
            k.Paint(dark ? LitWindows : Windows).Box(at + new Vector3(0, 0.2f, 0), new Vector3(half.X - 0.6f, 0.6f, half.Z + 0.03f));
        }
        k.Paint(Band).Box(new Vector3(-6, 8.2f, 0), new Vector3(10.5f, 0.12f, 3.85f));
        k.Paint(Hull).Rod(new Vector3(3, 8.1f, 0), new Vector3(3, 13, 0), 0.2f, 0.1f, 6);
        return k;
    }
}
