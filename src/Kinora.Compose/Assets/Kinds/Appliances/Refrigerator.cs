using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Appliances
{
    /// <summary>A top-freezer fridge (70 × 180 × 66 cm): the freezer split, two bar handles and the kick plate.</summary>
    private static void Refrigerator(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(0, 0.9f, 0), new Vector3(0.35f, 0.9f, 0.33f));
        var gap = m.Paint(Paints.Srgb(40, 40, 42, 0.5f, 0, "seal"));
        gap.Box(new Vector3(0, 1.2f, 0.331f), new Vector3(0.34f, 0.006f, 0.002f)); // freezer split
        var handle = m.Paint(Paints.Steel);
        handle.Box(new Vector3(0.28f, 1.45f, 0.36f), new Vector3(0.012f, 0.18f, 0.02f));
        handle.Box(new Vector3(0.28f, 0.85f, 0.36f), new Vector3(0.012f, 0.25f, 0.02f));
        gap.Box(new Vector3(0, 0.04f, 0.32f), new Vector3(0.34f, 0.04f, 0.015f));
    }
}
