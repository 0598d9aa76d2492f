using System.Numerics;

namespace Kinora.Compose.Tests;

/// <summary>An oven is a range with a glass door, knobs and grates over its burners; a sink's basin is hollow under a
/// tap that rises over it.</summary>
public class ApplianceTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "appliances/" + kind);

    private static List<Vector3> Points(Model model, Func<ModelPart, bool> keep) =>
        [.. model.Parts.Where(keep).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))];

    [Fact]
    public void An_oven_is_a_range_with_a_glass_door_and_grates_on_top()
    {
        var model = Build("oven");
        var (min, max) = AssetModels.Bounds(model.Parts);
        Assert.InRange(max.X - min.X, 0.7f, 0.82f);
        Assert.InRange(max.Y - min.Y, 1.0f, 1.2f);
        var grates = Points(model, p => p.Material.Name == "castiron");
        Assert.True(grates.Min(v => v.Y) > min.Y + 0.8f * (max.Y - min.Y), "grates sit on the cooktop");
        var door = Points(model, p => p.Material.Name == "blackglass").Where(v => v.Z > max.Z - 0.1f).ToList();
        Assert.True(door.Max(v => v.Y) - door.Min(v => v.Y) > 0.5f, "a tall glass door on the front");
        Assert.NotEmpty(Points(model, p => p.Material.Name == "ovenwindow"));
    }

    [Fact]
    public void A_sinks_basin_is_hollow_under_a_tap_that_rises_over_it()
    {
        var model = Build("sink");
        var worktop = Points(model, p => p.Material.Name == "worktop");
        var deck = worktop.Where(v => v.Z > 0).Max(v => v.Y);
        var basin = Points(model, p => p.Material.Name == "porcelain");
        var (bMin, bMax) = (basin.Aggregate(Vector3.Min), basin.Aggregate(Vector3.Max));
        var centre = (bMin + bMax) / 2;
        var middle = basin.Where(v => MathF.Abs(v.X - centre.X) < 0.04f && MathF.Abs(v.Z - centre.Z) < 0.04f).ToList();
        Assert.NotEmpty(middle);
        Assert.True(middle.Max(v => v.Y) < deck - 0.1f, "the basin's middle is a hollow well below the worktop");
        Assert.True(bMax.Y > deck, "the rim stands proud of the worktop");
        var tap = Points(model, p => p.Material.Name == "chrome");
        Assert.True(tap.Max(v => v.Y) > deck + 0.2f, "the tap rises over the basin");
    }
}
