using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A plain white plate under food that is almost always photographed on one (cooked broccoli is a side dish): a
/// flat well, a sloped rim. Its own paint, so colour traits still go to the food.
/// </summary>
internal static class Plate
{
    /// <summary>m; the top of the well, where food put on the plate rests.</summary>
    public const float Well = 0.0115f;

    public static readonly Material Porcelain = Paints.Srgb(246, 246, 244, 0.15f, 0, "plate");

    /// <summary>Adds a plate of rim radius <paramref name="rim"/> (m) centred on the origin, standing on y = 0.</summary>
    public static void Add(ModelBuilder m, float rim) =>
        m.Paint(Porcelain).Lathe([new(0, 0), new(0.55f * rim, 0), new(0.6f * rim, 0.004f), new(0.62f * rim, 0.008f), new(0.97f * rim, 0.017f),
            new(rim, 0.02f), new(0.985f * rim, 0.022f), new(0.6f * rim, Well), new(0, Well)], Matrix4x4.Identity, 56);
}
