using System.Numerics;

namespace Kinora.Compose.Tests;

/// <summary>A truck is a pickup with an open bed behind its cab; a car's glasshouse is one arch over a low body.</summary>
public class VehicleShapeTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "vehicles/" + kind);

    [Fact]
    public void A_truck_is_a_pickup_whose_bed_is_open_behind_a_tall_cab()
    {
        var model = Build("truck");
        var (min, max) = AssetModels.Bounds(model.Parts);
        Assert.InRange(max.X - min.X, 5.4f, 6.2f);
        Assert.InRange(max.Y - min.Y, 1.75f, 2.05f);
        var height = max.Y - min.Y;
        // Looking straight down on the middle of the bed, the first surface is the bed floor, low in the body:
        // the bed is open on top.
        var length = max.X - min.X;
        var floor = AssetRays.TopAt(model, min.X + 0.2f * length, 0);
        Assert.NotNull(floor);
        Assert.True(floor < min.Y + 0.6f * height, $"the bed is open on top (first hit at {floor:F2} of {max.Y:F2})");
        // The cab roof stands well above the bed rails.
        var cab = model.Parts.SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))
            .Where(v => MathF.Abs(v.X - (min.X + 0.5f * length)) < 0.3f).ToList();
        Assert.True(cab.Max(v => v.Y) > min.Y + 0.95f * height);
        var tyres = model.Parts.Where(p => p.Material.Name == "tyre").ToList();
        var (tMin, tMax) = AssetModels.Bounds(tyres);
        Assert.InRange(tMax.Y - tMin.Y, 0.78f, 0.92f);
    }

    [Fact]
    public void A_cars_glasshouse_is_an_arch_over_a_low_body()
    {
        var model = Build("car");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var length = max.X - min.X;
        var height = max.Y - min.Y;
        Assert.InRange(length, 4.3f, 4.9f);
        Assert.InRange(height / length, 0.28f, 0.34f);
        var glass = model.Parts.Where(p => p.Material.Name == "glass")
            .SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local))).ToList();
        var top = glass.Max(v => v.Y);
        // An arch: near its top for under half the car's length (a van's or truck's flat roof runs on), and
        // falling away at both ends.
        var high = glass.Where(v => v.Y > top - 0.06f).ToList();
        Assert.True(high.Max(v => v.X) - high.Min(v => v.X) < 0.45f * length, "the roof is an arch, not a flat run");
        Assert.True(glass.Min(v => v.Y) < min.Y + 0.65f * height, "the glass starts low on the body");
    }
}
