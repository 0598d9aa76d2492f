using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// The things everyday action prompts hand a person (a snowman to build, a sword, an axe, a shopping cart, a chess
/// set, the dishes) are modelled kinds, not the grey box that stood in for them: each is known by the words prompts
/// use, builds to its real size and shows the parts that name it.
/// </summary>
public class PropKindsTests
{
    /// <summary>Each kind with the range (m) its largest extent has.</summary>
    public static TheoryData<string, double, double> Sizes => new()
    {
        { "snowman", 1.4, 1.8 }, { "sword", 0.85, 1.15 }, { "axe", 0.65, 0.95 }, { "cart", 0.85, 1.15 }, { "chess", 0.38, 0.52 }, { "dish", 0.22, 0.32 },
    };

    private static Model Build(string kind)
    {
        var random = new SeededRandom(42, "props/" + kind);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = new Traits() }, ref random).Model;
    }

    private static List<Vector3> Points(Model model, string material) =>
        [.. model.Parts.Where(p => p.Material.Name == material).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Is_a_modelled_kind_of_real_size_and_not_the_grey_box(string kind, double smallest, double largest)
    {
        Assert.True(AssetLibrary.IsKnown(kind));
        Assert.Contains(AssetLibrary.ModelledKinds, s => s.Kind == kind);
        var model = Build(kind);
        var extent = AssetModels.Extent(model);
        Assert.InRange(MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z)), smallest, largest);
        // The stand-in is one cube in one grey surface; a modelled kind has several surfaces (snow and coal, steel and wood).
        Assert.True(model.Parts.Count >= 2, $"{kind} is one surface");
        Assert.DoesNotContain(model.Parts, p => ReferenceEquals(p.Mesh, Primitives.Cube));
    }

    [Theory]
    [InlineData("shopping cart", "cart")]
    [InlineData("trolley", "cart")]
    [InlineData("chessboard", "chess")]
    [InlineData("chess board", "chess")]
    [InlineData("chess set", "chess")]
    [InlineData("dishes", "dish")]
    [InlineData("plate", "dish")]
    public void Is_known_by_the_words_prompts_use(string word, string kind)
    {
        var spec = Assert.Single(AssetLibrary.ModelledKinds, s => s.Kind == kind);
        Assert.Contains(word, spec.Aliases);
        Assert.True(AssetLibrary.IsKnown(word));
    }

    [Fact]
    public void A_snowman_is_white_snow_taller_than_wide_at_its_base_with_a_carrot_nose_up_at_the_head()
    {
        var model = Build("snowman");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var snow = Points(model, "snow");
        var carrot = Points(model, "carrot");
        Assert.True(max.Y - min.Y > 1.4f, "stands about as tall as a person");
        Assert.True(carrot.Min(v => v.Y) > min.Y + 0.75f * (max.Y - min.Y), "the nose is on the top ball");
        var face = snow.Where(v => v.Y > carrot.Min(c => c.Y) - 0.05f).Max(v => v.Z);
        Assert.True(carrot.Max(v => v.Z) > face + 0.1f, "the nose sticks out of the face, towards the camera");
        // The bottom ball is the widest: snow low down spreads further than snow high up.
        var low = snow.Where(v => v.Y < min.Y + 0.3f * (max.Y - min.Y)).Max(v => v.X);
        var high = snow.Where(v => v.Y > min.Y + 0.75f * (max.Y - min.Y)).Max(v => v.X);
        Assert.True(low > 1.8f * high, $"bottom ball half-width {low:F2} m vs head {high:F2} m");
    }

    [Fact]
    public void A_sword_is_mostly_blade_with_a_crossguard_wider_than_the_blade()
    {
        var model = Build("sword");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var blade = Points(model, "blade");
        var guard = Points(model, "brass");
        Assert.True(blade.Max(v => v.X) - blade.Min(v => v.X) > 0.65f * (max.X - min.X), "the blade is most of its length");
        Assert.True(guard.Max(v => v.Y) - guard.Min(v => v.Y) > 3 * (blade.Max(v => v.Y) - blade.Min(v => v.Y)), "a crossguard, not a stick");
    }

    [Fact]
    public void An_axe_carries_its_steel_head_at_the_top_of_a_wooden_haft()
    {
        var model = Build("axe");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var head = Points(model, "axehead");
        Assert.True(head.Min(v => v.Y) > min.Y + 0.75f * (max.Y - min.Y), "the head is up at the end of the haft");
        Assert.True(Points(model, "edge").Max(v => v.X) > head.Max(v => v.X), "the bright edge is the head's leading edge");
    }

    [Fact]
    public void A_cart_rolls_on_four_castors_under_a_wire_basket()
    {
        var model = Build("cart");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var tyres = Points(model, "tyre");
        Assert.Equal(min.Y, tyres.Min(v => v.Y), 3);
        // One castor in each corner: tyre points fall in all four quarters round the cart's centre.
        var centre = (min + max) / 2;
        Assert.Equal(4, tyres.Select(v => (v.X > centre.X, v.Z > centre.Z)).Distinct().Count());
        var wire = Points(model, "wire");
        Assert.True(wire.Max(v => v.Y) > min.Y + 0.85f * (max.Y - min.Y), "the basket rises to handle height");
    }

    [Fact]
    public void A_chess_set_is_a_flat_board_of_light_and_dark_squares_with_both_sides_pieces_standing_on_it()
    {
        var model = Build("chess");
        var (min, max) = AssetModels.Bounds(model.Parts);
        Assert.True(max.Y - min.Y < 0.3f * (max.X - min.X), "a board, not a box");
        var boardTop = Points(model, "darksquare").Max(v => v.Y);
        Assert.NotEmpty(Points(model, "lightsquare"));
        Assert.True(Points(model, "whitepieces").Max(v => v.Y) > boardTop + 0.02f);
        Assert.True(Points(model, "blackpieces").Max(v => v.Y) > boardTop + 0.02f);
    }

    [Fact]
    public void The_dishes_are_a_low_stack_of_round_plates()
    {
        var model = Build("dish");
        var extent = AssetModels.Extent(model);
        Assert.InRange(extent.X / extent.Z, 0.95, 1.05); // round
        Assert.InRange(extent.Y, 0.03, 0.08); // three plates nested, not one (2 cm) nor a column
    }
}
