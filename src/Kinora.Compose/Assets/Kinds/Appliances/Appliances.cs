using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Kitchen and bathroom appliances at their real sizes (a countertop microwave 50 cm wide, a range 76 × 91 cm, a
/// two-slot toaster 28 cm, a fridge 1.8 m), fronts facing +Z towards the camera. Each model carries the detail a
/// photograph of it shows at a glance: the door window and keypad, the knobs and burner grates, the slots with
/// toast, the basin and tap. One file per appliance.
/// </summary>
public static partial class Appliances
{
    public static IEnumerable<KindSpec> All =>
    [
        new("microwave", 0.5, "metal", Paints.Srgb(230, 230, 228, 0.4f, 0, "casing"), Microwave) { Front = Vector3.UnitZ },
        new("oven", 1.1, "metal", Paints.Srgb(30, 30, 32, 0.3f, 0.3f, "enamel"), Oven) { Front = Vector3.UnitZ, Aliases = ["stove", "cooker"] },
        new("refrigerator", 1.8, "metal", Paints.Srgb(225, 227, 230, 0.3f, 0.4f, "steel") with { Pattern = "brushed" }, Refrigerator) { Front = Vector3.UnitZ, Aliases = ["fridge"] },
        new("toaster", 0.29, "metal", Paints.Srgb(225, 60, 50, 0.25f, 0, "enamel"), Toaster),
        new("sink", 1.1, "ceramic", Paints.Srgb(240, 240, 240, 0.2f, 0, "porcelain"), Sink) { Front = Vector3.UnitZ },
    ];
}
