using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A 0.5 l water bottle (22 cm with its cap, 6.6 cm across): clear ribbed plastic drawn as glass (blended,
/// Fresnel-bright at the edges) with the water inside up to the shoulder, a printed wrap-around label and a blue
/// screw cap. On the asset bench it was named "bottle" at 0.41, where a green wine bottle (opaque or glass) and
/// a brown beer bottle were 0.23–0.28: the clear body with its bright edges is what photographed bottles show.
/// </summary>
internal static class Bottle
{
    /// <summary>m; the body's outer radius and the height of the shoulder's top (where the neck starts).</summary>
    public const float Radius = 0.033f, Neck = 0.0135f;

    public static void Water(ModelBuilder m, ref SeededRandom r)
    {
        // Base, a grip groove, the straight body, the shoulder and the threaded neck.
        m.Body.Lathe([new(0, 0), new(0.031f, 0), new(Radius, 0.008f), new(Radius, 0.05f), new(0.03f, 0.056f), new(Radius, 0.062f), new(Radius, 0.13f),
            new(0.03f, 0.16f), new(0.018f, 0.185f), new(Neck, 0.195f), new(Neck, 0.2f), new(0, 0.2f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(170, 205, 230, 0.05f, 0, "water")).Lathe([new(0, 0.004f), new(0.03f, 0.004f), new(0.03f, 0.15f), new(0, 0.15f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(40, 110, 200, 0.4f, 0, "label") with { Albedo = Textures.KitchenPrints.Label }).Lathe([new(Radius + 0.0005f, 0.075f), new(Radius + 0.0005f, 0.125f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(30, 90, 200, 0.4f, 0, "cap")).Lathe([new(0.015f, 0.198f), new(0.015f, 0.218f), new(0, 0.219f)], Matrix4x4.Identity, 24);
    }
}
