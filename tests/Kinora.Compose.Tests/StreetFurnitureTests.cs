using System.Numerics;

namespace Kinora.Compose.Tests;

/// <summary>A hydrant wears a white bonnet over a red barrel, with hose outlets standing out either side.</summary>
public class StreetFurnitureTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "street/" + kind);

    private static List<Vector3> Points(Model model, Func<ModelPart, bool> keep) =>
        [.. model.Parts.Where(keep).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))];

    [Fact]
    public void A_fire_hydrant_is_red_with_a_white_bonnet_above_its_outlets()
    {
        var model = Build("fire hydrant");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var body = model.Parts.First(p => p.Material.Name == "hydrant");
        Assert.True(body.Material.BaseColor.X > 3 * body.Material.BaseColor.Y, "the barrel is red");
        var bonnet = Points(model, p => p.Material.Name == "bonnet");
        Assert.NotEmpty(bonnet);
        Assert.True(bonnet.Min(v => v.Y) > min.Y + 0.7f * (max.Y - min.Y), "the white bonnet caps the top");
        var caps = Points(model, p => p.Material.Name == "caps");
        Assert.True(caps.Max(v => v.X) - caps.Min(v => v.X) > 0.6f * (max.X - min.X), "hose outlets stand out either side");
    }
}
