using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>The bowl is read as a bowl, not a cup, by the wide coloured surface of its contents under a thin rim:
/// the filling must span most of the bowl and sit below the rim, and nothing pale may cap the bowl's mouth.</summary>
public class BowlFillTests
{
    private static Model Build(long seed) => AssetModels.Build("bowl", seed, "bowl");

    private static (Vector3 Min, Vector3 Max) Bounds(IEnumerable<ModelPart> parts) => AssetModels.Bounds(parts);

    [Fact]
    public void Filled_below_the_rim_across_most_of_the_bowl()
    {
        var model = Build(42);
        var (min, max) = Bounds(model.Parts);
        var soup = model.Parts.Where(p => p.Material.Name == "soup").ToList();
        Assert.NotEmpty(soup);
        var (sMin, sMax) = Bounds(soup);
        var height = max.Y - min.Y;
        Assert.True(sMax.X - sMin.X > 0.8f * (max.X - min.X), "the filling spans most of the bowl");
        Assert.InRange((sMax.Y - min.Y) / height, 0.6f, 0.95f);
        // No other surface reaches the middle of the mouth at or above the filling (a capped band did once).
        var centre = (min + max) / 2;
        foreach (var part in model.Parts.Where(p => p.Material.Name is not "soup" and not "herb"))
            foreach (var p in part.Mesh.Positions.Span)
            {
                var w = Vector3.Transform(p, part.Local);
                var r = new Vector2(w.X - centre.X, w.Z - centre.Z).Length();
                Assert.False(r < 0.5f * (sMax.X - sMin.X) / 2 && w.Y > sMax.Y, $"{part.Material.Name} covers the filling");
            }
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
