using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Appliances
{
    /// <summary>
    /// Countertop microwave (50 × 30 × 38 cm): a rounded case, the printed front (dark door window over the
    /// interior with the turntable dish, dot screen, green clock, keypad), a door handle and small feet.
    /// </summary>
    private static void Microwave(ModelBuilder m, ref SeededRandom r)
    {
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.155f, 0), new Vector3(0.25f, 0.145f, 0.19f), 0.012f);
        m.Paint(Paints.Srgb(255, 255, 255, 0.25f, 0, "front") with { Albedo = Textures.KitchenPrints.MicrowaveFront }).Box(new Vector3(0, 0.155f, 0.19f), new Vector3(0.245f, 0.14f, 0.002f));
        m.Paint(Paints.Srgb(60, 60, 64, 0.3f, 0.5f, "handle")).Box(new Vector3(0.105f, 0.155f, 0.2f), new Vector3(0.008f, 0.1f, 0.01f));
        var foot = m.Paint(Paints.Black);
        foreach (var x in new[] { -0.2f, 0.2f })
            foreach (var z in new[] { -0.15f, 0.15f }) foot.Cylinder(Matrix4x4.CreateScale(0.015f, 0.005f, 0.015f) * Matrix4x4.CreateTranslation(x, 0.005f, z), 1, 10);
    }
}
