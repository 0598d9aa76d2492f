using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Kinds.Person;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// People dress differently by seed (not everyone in one blue shirt), trousers never match the top, and a colour the
/// prompt names still dyes the top.
/// </summary>
public class PeopleClothesTests
{
    private static Model Build(long seed, string id = "p", string? color = null, string? sex = null)
    {
        var random = new SeededRandom(seed, "compose/" + id);
        return AssetLibrary.Build(new CastMember { Id = id, Kind = "person", Traits = new Traits { Color = color, Sex = sex } }, ref random).Model;
    }

    private static Vector3 Colour(Model m, string paint) => m.Parts.First(p => p.Material.Name == paint).Material.BaseColor;

    [Fact]
    public void Ten_seeds_wear_at_least_five_top_colours()
    {
        var tops = Enumerable.Range(1, 10).Select(s => Colour(Build(s), "shirt")).Distinct().ToList();
        Assert.True(tops.Count >= 5, $"{tops.Count} top colours over 10 seeds");
    }

    [Fact]
    public void A_named_colour_dyes_the_top()
    {
        Assert.True(ColorNames.TryGetLinear("red", out var red));
        for (long seed = 1; seed <= 6; seed++)
        {
            var model = Build(seed, color: "red", sex: "male");
            Assert.Equal(red, Colour(model, "shirt"));
            Assert.DoesNotContain(model.Parts, p => p.Material.Name == "stripe");
        }
    }

    [Fact]
    public void What_covers_the_legs_is_never_the_tops_colour_and_some_tops_are_striped()
    {
        var striped = 0;
        for (long seed = 1; seed <= 40; seed++)
        {
            var r = new SeededRandom(seed, "test/people/clothes");
            var look = PersonLook.Choose(new Traits(), ref r);
            if (look.Bottom != Bottom.Dress) Assert.True(Wardrobe.Distance(look.Top, look.BottomColour) >= 60, $"seed {seed}: {look.Top} over {look.BottomColour}");
            if (look.Stripe is { } s) { striped++; Assert.True(Wardrobe.Distance(s, look.Top) >= 60); }
        }
        Assert.InRange(striped, 3, 20);
        var stripedModel = Enumerable.Range(1, 40).Select(s => Build(s)).First(m => m.Parts.Any(p => p.Material.Name == "stripe"));
        Assert.NotNull(stripedModel);
    }
}
