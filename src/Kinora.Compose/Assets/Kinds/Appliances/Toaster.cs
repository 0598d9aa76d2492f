using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Appliances
{
    /// <summary>
    /// Two-slot toaster (28 × 19 × 16 cm): a rounded case on a dark base, two slots along its length with golden
    /// toast standing in them, the lever, dial and buttons.
    /// </summary>
    private static void Toaster(ModelBuilder m, ref SeededRandom r)
    {
        var black = m.Paint(Paints.Black);
        var chrome = m.Paint(Paints.Chrome);
        var toast = m.Paint(Paints.Srgb(225, 175, 100, 0.85f, 0, "toast") with { Albedo = Textures.KitchenPrints.Crumb });
        var crust = m.Paint(Paints.Srgb(150, 85, 35, 0.85f, 0, "crust"));
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.1f, 0), new Vector3(0.14f, 0.085f, 0.08f), 0.035f, 16);
        black.Box(new Vector3(0, 0.01f, 0), new Vector3(0.143f, 0.01f, 0.083f));
        foreach (var z in new[] { -0.028f, 0.028f }) black.Box(new Vector3(0, 0.182f, z), new Vector3(0.105f, 0.004f, 0.011f));
        foreach (var z in new[] { -0.028f, 0.028f })
        {
            KitchenShapes.RoundedBox(crust, new Vector3(0, 0.2f, z), new Vector3(0.058f, 0.045f, 0.007f), 0.012f, 8);
            toast.Box(new Vector3(0, 0.198f, z), new Vector3(0.05f, 0.04f, 0.0075f));
        }
        chrome.Box(new Vector3(0.147f, 0.14f, 0.03f), new Vector3(0.012f, 0.008f, 0.015f)); // lever
        black.Box(new Vector3(0.141f, 0.1f, 0.03f), new Vector3(0.002f, 0.055f, 0.004f));   // lever slot
        chrome.Cylinder(Matrix4x4.CreateScale(0.014f, 0.006f, 0.014f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.146f, 0.08f, -0.035f), 1, 16);
        black.Box(new Vector3(0.142f, 0.05f, -0.035f), new Vector3(0.003f, 0.007f, 0.012f));
    }
}
