using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Tests;

/// <summary>Broccoli is served: a head with its crown up and towards the camera on a plain plate smaller than a
/// dinner plate; the florets carry the colour traits.</summary>
public class FoodPlatedTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "food/" + kind);

    [Fact]
    public void Broccoli_sits_on_a_small_plate_with_its_crown_up_and_facing_the_camera()
    {
        var parts = Build("broccoli").Parts;
        var (pMin, pMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "plate"));
        var (fMin, fMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "florets"));
        var (sMin, sMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "stalk"));
        // The plate is a low disc under everything, no more than 22 cm across (the model is scaled to 0.22 m).
        Assert.True(pMax.Y - pMin.Y < 0.03f, "a flat plate");
        Assert.InRange(pMax.X - pMin.X, 0.2f, 0.235f); // 22 cm ±5 %
        Assert.True(fMin.Y > pMin.Y + 0.01f && sMin.Y > pMin.Y + 0.005f, "the broccoli rests on the plate");
        // The crown is above the stalk, fills most of the plate's width and leans towards the camera (+Z).
        Assert.True((fMin.Y + fMax.Y) / 2 > (sMin.Y + sMax.Y) / 2, "crown above the stalk");
        Assert.True(fMax.X - fMin.X > 0.5f * (pMax.X - pMin.X), "a full head");
        Assert.True((fMin.Z + fMax.Z) / 2 > (pMin.Z + pMax.Z) / 2, "crown towards +Z");
    }

    [Fact]
    public void Broccoli_florets_take_the_colour_trait_and_the_plate_stays_white()
    {
        var random = new Kinora.Plan.SeededRandom(42, "food/broccoli");
        var (_, model, _) = AssetLibrary.Build(new Kinora.Plan.CastMember { Id = "x", Kind = "broccoli", Traits = new Kinora.Plan.Traits { Color = "purple" } }, ref random);
        var plate = Assert.Single(model.Parts, p => p.Material.Name == "plate");
        Assert.True(plate.Material.BaseColor.X > 0.8f && plate.Material.BaseColor.Y > 0.8f, "white plate");
        Assert.DoesNotContain(model.Parts, p => p.Material.Name == "florets" && p.Material.BaseColor == Vector3.One);
    }
}
