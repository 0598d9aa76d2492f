using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>Kitchenware, food, furniture and electronics: the marks they are read by (prints, screens, glass) and
/// the proportions that tell one from its look-alike (a bowl from a cup, a bed seen from its foot).</summary>
public class KitchenKindsTests
{
    private static Model Build(string kind, long seed = 42) => AssetModels.Build(kind, seed, "kitchen/" + kind);

    private static Vector3 Extent(Model model) => AssetModels.Extent(model);

    [Fact]
    public void Canvas_top_row_lands_on_top_of_the_face()
    {
        // The renderer samples the texture's first row at v = 0 (the bottom of a face), so the canvas is stored
        // bottom row first: a red strip drawn at the top must be the last row of the texture.
        var texture = new KitchenCanvas(8, 8, 0, 0, 255).Rect(0, 0, 1, 0.25f, 255, 0, 0).ToTexture("test");
        var rgba = texture.Rgba.Span;
        var last = (8 * 7) * 4;
        Assert.Equal(255, rgba[last]);
        Assert.Equal(0, rgba[last + 2]);
        Assert.Equal(0, rgba[0]);
        Assert.Equal(255, rgba[2]);
    }

    [Theory]
    [InlineData("cell phone")]
    [InlineData("microwave")]
    [InlineData("pizza")]
    [InlineData("donut")]
    [InlineData("bottle")]
    [InlineData("broccoli")]
    public void Read_by_their_prints(string kind)
    {
        var textured = Build(kind).Parts.Where(p => p.Material.Albedo is not null).ToList();
        Assert.NotEmpty(textured);
        // Drawn once and shared: a second model of the kind uploads nothing new.
        var again = Build(kind, seed: 7).Parts.Where(p => p.Material.Albedo is not null).Select(p => p.Material.Albedo).ToList();
        Assert.All(textured, p => Assert.Contains(p.Material.Albedo, again));
    }

    [Fact]
    public void Phone_screen_is_lit_and_casts_no_shadow()
    {
        var screen = Assert.Single(Build("cell phone").Parts, p => p.Material.Albedo == KitchenPrints.PhoneScreen);
        Assert.True(screen.Material.Unlit);
        Assert.False(screen.Material.CastsShadow);
    }

    [Fact]
    public void Wine_glass_is_clear_glass_with_wine_in_it()
    {
        var parts = Build("wine glass").Parts;
        Assert.Contains(parts, p => p.Material.Pattern == "glass");
        Assert.Contains(parts, p => p.Material.Name == "wine" && p.Material.Pattern != "glass");
    }

    [Fact]
    public void Bowl_is_much_wider_than_deep_and_a_cup_is_not()
    {
        // The ceramic alone (the spoon's handle rises over its rim).
        var ceramic = AssetModels.Bounds(Build("bowl").Parts.Where(p => p.Material.Name == "glaze"));
        var bowl = ceramic.Max - ceramic.Min;
        Assert.True(bowl.X > 3 * bowl.Y, $"bowl {bowl}");
        // The cup stands on a saucer but the cup itself rises well above it.
        var cup = Extent(Build("cup"));
        Assert.True(cup.X < 3 * cup.Y, $"cup {cup}");
    }

    [Fact]
    public void Bed_runs_from_headboard_to_foot_along_its_front()
    {
        // The bed may be turned for a three-quarter view: measured in its own front frame it runs head to foot.
        var front = AssetLibrary.Front("bed");
        var undo = Matrix4x4.CreateRotationY(-MathF.Atan2(front.X, front.Z));
        var points = Build("bed").Parts.SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(Vector3.Transform(v, p.Local), undo))).ToList();
        var bed = points.Aggregate(Vector3.Max) - points.Aggregate(Vector3.Min);
        Assert.True(bed.Z > bed.X, $"bed {bed}");
        Assert.InRange(bed.Z, 2.0, 2.4);
    }

    [Fact]
    public void Dining_table_place_settings_keep_the_top_flat()
    {
        // Things put on the table rest on the collider's top (the table alone, not its tucked-in chairs:
        // DiningTableTests): the plates lie on that top, raising nothing by more than a few millimetres.
        var random = new SeededRandom(42, "furniture/dining table");
        var (shape, model, _) = AssetLibrary.Build(new CastMember { Id = "t", Kind = "dining table", Traits = new Traits() }, ref random);
        var top = Assert.IsType<BoxShape>(shape).HalfExtents.Y;
        var plates = model.Parts.Where(p => p.Material.Name == "plate").ToList();
        Assert.NotEmpty(plates);
        var (low, high) = AssetModels.Bounds(plates);
        Assert.InRange(low.Y, top - 0.005f, top + 0.01f);
        Assert.True(high.Y < top + 0.04f, $"plates rise to {high.Y - top:F3} m over the top");
    }
}
