using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>The bottle is read by its clear body with water inside, a narrow neck and a cap; colour traits tint the
/// bottle, never the water.</summary>
public class KitchenTablewareTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "tableware/" + kind);

    [Fact]
    public void Bottle_is_clear_with_water_to_the_shoulder_and_a_capped_narrow_neck()
    {
        var parts = Build("bottle").Parts;
        var body = Assert.Single(parts, p => p.Material.Name == "pet");
        Assert.Equal("glass", body.Material.Pattern);
        var (min, max) = AssetModels.Bounds([body]);
        var width = max.X - min.X;
        var height = max.Y - min.Y;
        Assert.InRange(height / width, 2.5f, 4f);
        // Water fills the body below the shoulder, inside the plastic.
        var (wMin, wMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "water"));
        Assert.InRange((wMax.Y - min.Y) / height, 0.6f, 0.85f);
        Assert.True(wMax.X - wMin.X < width, "water inside the body");
        // The cap sits on top of a neck much narrower than the body.
        var (cMin, cMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "cap"));
        Assert.True(cMin.Y > min.Y + 0.85f * height, "cap on top");
        Assert.True(cMax.X - cMin.X < 0.5f * width, "narrow neck");
        Assert.Contains(parts, p => p.Material.Name == "label" && p.Material.Albedo is not null);
    }

    [Fact]
    public void Bottle_colour_trait_tints_the_bottle_not_the_water()
    {
        var random = new SeededRandom(42, "tableware/bottle");
        var (_, model, _) = AssetLibrary.Build(new CastMember { Id = "x", Kind = "bottle", Traits = new Traits { Color = "green" } }, ref random);
        var body = Assert.Single(model.Parts, p => p.Material.Pattern == "glass");
        Assert.True(body.Material.BaseColor.Y > body.Material.BaseColor.X, "green body");
        var water = Assert.Single(model.Parts, p => p.Material.Name == "water");
        Assert.True(water.Material.BaseColor.Z > water.Material.BaseColor.X, "water stays pale blue");
    }

    [Fact]
    public void Bottle_keeps_its_real_size()
    {
        var size = AssetModels.Extent(Build("bottle"));
        Assert.InRange(size.Y, 0.2f, 0.24f);
        Assert.InRange(size.X, 0.06f, 0.075f);
    }
}
