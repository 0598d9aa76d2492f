using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// Kinds name the renderer's procedural surface by material: coats are fur, upholstery and clothes fabric, faces
/// skin. A flat, untextured coat is what made the detector reject the animals, so losing a pattern is a regression.
/// </summary>
public class SurfacePatternTests
{
    private static Model Build(string kind, string? color = null)
    {
        var random = new SeededRandom(7, "test/" + kind);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = new Traits { Color = color } }, ref random).Model;
    }

    [Theory]
    [InlineData("dog", "fur")]
    [InlineData("cat", "fabric")] // a fine fuzz: fur strands read as wood grain at a cat's scale (bench/assets)
    [InlineData("bear", "fur")]
    [InlineData("horse", "fur")]
    [InlineData("elephant", "leather")]
    [InlineData("couch", "fabric")]
    [InlineData("teddy bear", "fur")]
    [InlineData("laptop", "brushed")]
    public void Main_surface_has_its_material_pattern(string kind, string pattern) =>
        Assert.Contains(Build(kind).Parts, p => p.Material.Pattern == pattern);

    [Fact]
    public void A_dyed_coat_is_still_fur()
    {
        Assert.True(ColorNames.TryGetLinear("black", out var black));
        Assert.Contains(Build("dog", "black").Parts, p => p.Material.Pattern == "fur" && p.Material.BaseColor == black);
    }

    [Fact]
    public void People_have_skin_and_cloth()
    {
        var parts = Build("person").Parts;
        Assert.Contains(parts, p => p.Material.Pattern == "skin");
        Assert.Contains(parts, p => p.Material.Pattern == "fabric");
    }
}
