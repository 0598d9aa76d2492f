using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>The bowl is read as a bowl, not a cup, by what is in it: milk and cereal spanning most of the bowl below
/// its rim, and a spoon resting in it with the handle over the rim (empty or with soup, it was named "cup").</summary>
public class BowlFillTests
{
    private static Model Build(long seed) => AssetModels.Build("bowl", seed, "bowl");

    private static (Vector3 Min, Vector3 Max) Bounds(IEnumerable<ModelPart> parts) => AssetModels.Bounds(parts);

    [Fact]
    public void Filled_below_the_rim_across_most_of_the_bowl()
    {
        var model = Build(42);
        var (min, max) = Bounds(model.Parts.Where(p => p.Material.Name == "glaze"));
        var milk = model.Parts.Where(p => p.Material.Name == "milk").ToList();
        Assert.NotEmpty(milk);
        var (sMin, sMax) = Bounds(milk);
        Assert.True(sMax.X - sMin.X > 0.8f * (max.X - min.X), "the filling spans most of the bowl");
        Assert.InRange((sMax.Y - min.Y) / (max.Y - min.Y), 0.6f, 0.95f);
        // Cereal floats on the milk, inside the rim.
        var (cMin, cMax) = Bounds(model.Parts.Where(p => p.Material.Name == "cereal"));
        Assert.InRange((cMin.Y + cMax.Y) / 2, sMin.Y - 0.005f, sMax.Y + 0.01f); // floating at the milk's surface
        Assert.True(cMax.Y < max.Y, "below the rim");
        Assert.True(cMax.X < max.X && cMin.X > min.X, "cereal stays inside the bowl");
    }

    [Fact]
    public void A_spoon_rests_in_it_with_the_handle_over_the_rim()
    {
        var model = Build(42);
        var (min, max) = Bounds(model.Parts.Where(p => p.Material.Name == "glaze"));
        var (spMin, spMax) = Bounds(model.Parts.Where(p => p.Material.Name == "spoon"));
        Assert.True(spMax.Y > max.Y, "the handle rises over the rim");
        Assert.True(spMin.Y < max.Y && spMin.X < (min.X + max.X) / 2 + 0.1f * (max.X - min.X), "the spoon's bowl is down in the bowl");
    }

    [Fact]
    public void Same_seed_same_bowl()
    {
        var a = Build(5).Parts.Sum(p => p.Mesh.Positions.Length);
        var b = Build(5).Parts.Sum(p => p.Mesh.Positions.Length);
        Assert.Equal(a, b);
        Assert.Equal(Bounds(Build(5).Parts), Bounds(Build(5).Parts));
    }
}
