using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// Trees and street lamps are modelled kinds, not the grey box that stood in for them: each is known with the words
/// prompts use for it, builds to a real height, shows the part that names it (a willow's curtain, a cherry's pink
/// crown, a lamp's lit glass) and stands still where it is put.
/// </summary>
public class OutdoorKindsTests
{
    /// <summary>Each kind with the range of heights (m) the real thing has.</summary>
    public static TheoryData<string, double, double> Heights => new()
    {
        { "tree", 6, 10 }, { "palm tree", 6, 8 }, { "pine", 7, 11 }, { "willow", 6, 10 }, { "cherry tree", 4, 8 },
        { "bonsai", 0.25, 0.6 }, { "street lamp", 3.5, 4.5 }, { "lantern", 0.3, 0.5 },
    };

    private static Model Build(string kind, Traits? traits = null)
    {
        var random = new SeededRandom(42, "outdoors/" + kind);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = traits ?? new Traits() }, ref random).Model;
    }

    private static List<Vector3> Points(Model model, Func<ModelPart, bool> keep) =>
        [.. model.Parts.Where(keep).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))];

    [Theory]
    [MemberData(nameof(Heights))]
    public void Is_a_modelled_kind_of_real_height_and_not_the_grey_box(string kind, double lowest, double highest)
    {
        Assert.True(AssetLibrary.IsKnown(kind));
        var model = Build(kind);
        Assert.InRange(AssetModels.Extent(model).Y, lowest, highest);
        // The stand-in is one cube in one grey surface; a modelled kind has its bark, leaves, iron and glass.
        Assert.True(model.Parts.Count >= 2, $"{kind} is one surface");
        Assert.DoesNotContain(model.Parts, p => ReferenceEquals(p.Mesh, Primitives.Cube));
    }

    [Theory]
    [InlineData("oak tree", "tree")]
    [InlineData("maple", "tree")]
    [InlineData("palm", "palm tree")]
    [InlineData("spruce", "pine")]
    [InlineData("weeping willow", "willow")]
    [InlineData("weeping cherry tree", "cherry tree")]
    [InlineData("sakura", "cherry tree")]
    [InlineData("bonsai tree", "bonsai")]
    [InlineData("lamppost", "street lamp")]
    [InlineData("lamp post", "street lamp")]
    [InlineData("streetlight", "street lamp")]
    [InlineData("gas lamp", "street lamp")]
    [InlineData("gas lantern", "lantern")]
    public void Is_known_by_the_words_prompts_use(string word, string kind)
    {
        var spec = Assert.Single(AssetLibrary.ModelledKinds, s => s.Kind == kind);
        Assert.Contains(word, spec.Aliases);
        Assert.True(AssetLibrary.IsKnown(word));
    }

    [Theory]
    [InlineData("tree")]
    [InlineData("palm tree")]
    [InlineData("willow")]
    [InlineData("street lamp")]
    public void Stands_still_on_the_ground_and_too_heavy_for_anyone_to_shift(string kind)
    {
        var plan = new ScenePlan { Cast = [new CastMember { Id = "it", Kind = kind }], Shots = [new ShotSpec()], World = new WorldSpec() };
        var it = Assert.Single(Composer.Compose(plan).Entities);
        Assert.Equal(it.Shape.HalfHeight, it.Position.Y, 3);
        Assert.Equal(Quaternion.Identity, it.Rotation);
        Assert.Equal(Vector3.Zero, it.LinearVelocity);
        Assert.Equal(Vector3.Zero, it.AngularVelocity);
        Assert.Null(it.Model.Rig); // nothing in it bends or walks
        Assert.True(it.Mass > 10 * 70, $"{kind} weighs {it.Mass:F0} kg: a person leaning on it would push it");
    }

    [Fact]
    public void A_willow_hangs_a_curtain_of_leaves_to_near_the_ground_all_round()
    {
        var model = Build("willow");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var height = max.Y - min.Y;
        var centre = (min + max) / 2;
        var low = Points(model, p => p.Material.Name == "willowleaves").Where(v => v.Y < min.Y + 0.25f * height).ToList();
        Assert.NotEmpty(low);
        // Low leaves on every side of the trunk, out under the crown's rim: a curtain, not a bush at the foot.
        for (var q = 0; q < 4; q++)
        {
            var side = low.Count(v => (int)((MathF.Atan2(v.Z - centre.Z, v.X - centre.X) + MathF.PI) / (MathF.PI / 2)) % 4 == q
                && new Vector2(v.X - centre.X, v.Z - centre.Z).Length() > 0.3f * (max.X - min.X));
            Assert.True(side > 0, $"no curtain in quarter {q}");
        }
    }

    [Fact]
    public void A_cherry_tree_is_crowned_in_pink_and_a_colour_trait_dyes_the_crown_not_the_bark()
    {
        var crown = Build("cherry tree").Parts.First(p => p.Material.Name == "blossom").Material.BaseColor;
        Assert.True(crown.X > crown.Y * 1.5f && crown.Z > crown.Y, "the blossom is pink");
        var red = Build("tree", new Traits { Color = "red" });
        var plain = Build("tree");
        Assert.True(red.Parts.First(p => p.Material.Name == "leaves").Material.BaseColor.X > 3 * plain.Parts.First(p => p.Material.Name == "leaves").Material.BaseColor.X);
        Assert.Equal(plain.Parts.First(p => p.Material.Name == "bark").Material, red.Parts.First(p => p.Material.Name == "bark").Material);
    }

    [Theory]
    [InlineData("street lamp")]
    [InlineData("lantern")]
    public void A_lamp_glows_from_glass_at_its_head(string kind)
    {
        var model = Build(kind);
        var (min, max) = AssetModels.Bounds(model.Parts);
        var glass = model.Parts.Where(p => p.Material.Emission.Length() > 0.5f).ToList();
        Assert.NotEmpty(glass);
        var lit = Points(model, glass.Contains);
        Assert.True(lit.Min(v => v.Y) > min.Y + (kind == "lantern" ? 0.05f : 0.75f) * (max.Y - min.Y), "the light is in the head, up top");
    }

    [Fact]
    public void A_bonsai_sits_in_a_shallow_pot_under_a_crown_wider_than_it()
    {
        var model = Build("bonsai");
        var (min, max) = AssetModels.Bounds(model.Parts);
        var pot = Points(model, p => p.Material.Name == "glaze");
        var leaves = Points(model, p => p.Material.Name == "bonsaileaves");
        Assert.True(pot.Max(v => v.Y) < min.Y + 0.3f * (max.Y - min.Y), "a shallow tray, not a deep pot");
        Assert.True(leaves.Max(v => v.X) - leaves.Min(v => v.X) > pot.Max(v => v.X) - pot.Min(v => v.X), "the pads spread past the pot");
    }
}
