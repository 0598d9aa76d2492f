using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Subjects;

/// <summary>
/// The VBench appearance subjects' content: famous city views (the Seine under an iron lattice tower, the Bund facing
/// a skyline across the river), space (black sky, the Earth below, no weight), people's outfits and what they carry
/// (a spacesuit with helmet and backpack, evening wear, an umbrella over the head, an open book), and the corgi.
/// </summary>
public class SubjectsTests
{
    private static World Compose(string setting, string? kind = null, string ground = "concrete", Traits? traits = null) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind, Traits = traits ?? new Traits() }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = "walk" }] }],
        });

    private static List<Vector3> Points(World world, string kind) =>
        [.. world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts.SelectMany(part =>
            Enumerable.Range(0, part.Mesh.Positions.Length).Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position)))];

    private static Model Build(string kind, Traits traits, long seed = 3)
    {
        var random = new SeededRandom(seed, "compose/p");
        return AssetLibrary.Build(new CastMember { Id = "p", Kind = kind, Traits = traits }, ref random).Model;
    }

    private static List<Vector3> Paint(Model m, string name) =>
        [.. m.Parts.Where(p => p.Material.Name == name).SelectMany(p => Enumerable.Range(0, p.Mesh.Positions.Length).Select(i => Vector3.Transform(p.Mesh.Positions.Span[i], p.Local)))];

    private static List<Vector3> All(Model m) =>
        [.. m.Parts.SelectMany(p => Enumerable.Range(0, p.Mesh.Positions.Length).Select(i => Vector3.Transform(p.Mesh.Positions.Span[i], p.Local)))];

    [Theory]
    [InlineData("seine river", "seine", SettingFamily.Harbour)]
    [InlineData("eiffel tower", "eiffel tower", SettingFamily.Harbour)]
    [InlineData("bund", "bund", SettingFamily.Harbour)]
    [InlineData("the bund", "the bund", SettingFamily.Harbour)]
    [InlineData("space", "space", SettingFamily.Studio)]
    [InlineData("outer space", "outer space", SettingFamily.Studio)]
    public void A_setting_names_its_city_view_or_space(string setting, string word, SettingFamily family)
    {
        Assert.Contains(word, Scenery.Places.Places.Of(setting)?.Words ?? []);
        Assert.Equal(family, SettingFamilies.Of(setting, false, "concrete"));
    }

    [Fact]
    public void The_seine_has_a_lattice_tower_over_the_roofs_behind_the_boat()
    {
        var world = Compose("seine river", "boat", "water");
        var tower = Points(world, "tower");
        var roofs = Points(world, "paris");
        Assert.NotEmpty(roofs);
        var top = tower.MaxBy(p => p.Y);
        Assert.True(top.Y > 100, $"tower top {top.Y:0} m");
        Assert.True(top.Y > 3 * roofs.Max(p => p.Y), "the tower stands far over the Haussmann roofs");
        Assert.True(top.Z < -300, "the tower stands far behind the river");
        // Its piers spread wide at the foot and meet at the top: a lattice tower, not a block.
        var foot = tower.Where(p => p.Y < 15).ToList();
        var high = tower.Where(p => p.Y > 0.7f * top.Y).ToList();
        Assert.True(foot.Max(p => p.X) - foot.Min(p => p.X) > 4 * (high.Max(p => p.X) - high.Min(p => p.X)));
    }

    [Fact]
    public void The_bund_faces_a_skyline_with_a_tower_of_spheres_across_the_river()
    {
        var world = Compose("bund", "person");
        var skyline = Points(world, "skyline");
        Assert.True(skyline.Max(p => p.Y) > 120, $"tallest tower {skyline.Max(p => p.Y):0} m");
        Assert.True(skyline.Average(p => p.Z) < -400, "the skyline is across the river");
        Assert.True(world.Environment.Vista!.Value.Max.Y > 60, "a bare prompt frames the skyline");
        Assert.NotEmpty(Points(world, "river"));
        Assert.NotEmpty(Points(world, "balustrade"));
        Assert.Contains(world.Environment.Scenery, p => p.Model.Parts.Any(part => part.Material.Name == "pearlglass"));
    }

    [Fact]
    public void Space_is_black_and_weightless_over_the_earth()
    {
        var world = Compose("space", "person", "none", new Traits { Variant = "spacesuit" });
        var env = world.Environment;
        Assert.True(env.SkyZenith.Length() < 0.01f, "black sky");
        Assert.Equal(Vector3.Zero, env.Gravity);
        Assert.Equal(0, env.FogDensity);
        var earth = Points(world, "earth");
        Assert.True(earth.Max(p => p.Y) < -10, "the earth is below");
        Assert.True(earth.Max(p => p.X) - earth.Min(p => p.X) > 500, "a planet, not a ball");
    }

    [Fact]
    public void A_spacesuit_has_a_gold_visor_over_the_face_and_a_backpack()
    {
        var plain = All(Build("person", new Traits()));
        var suit = Build("person", new Traits { Variant = "spacesuit" });
        var visor = Paint(suit, "visor");
        Assert.NotEmpty(visor);

        // The figure faces +Z: the visor is the front of the head, the backpack deepens the body behind.
        var all = All(suit);
        Assert.True(visor.Max(p => p.Z) >= all.Where(p => p.Y > visor.Min(q => q.Y)).Max(p => p.Z) - 1e-3f, "the visor is the head's front");
        Assert.True(all.Max(p => p.Z) - all.Min(p => p.Z) > 1.4f * (plain.Max(p => p.Z) - plain.Min(p => p.Z)), "suit and backpack are deeper than a body");
    }

    [Fact]
    public void Evening_wear_is_a_dinner_suit_with_a_bow_tie_or_a_gown_to_the_floor()
    {
        var man = Build("person", new Traits { Variant = "formal", Sex = "male" });
        Assert.NotEmpty(Paint(man, "bowtie"));
        Assert.True(man.Parts.First(p => p.Material.Name == "shirt").Material.BaseColor.Length() < 0.05f, "a black jacket");
        var woman = Build("person", new Traits { Variant = "formal", Sex = "female" });
        var gown = Paint(woman, "shirt");
        var body = All(woman);
        var height = body.Max(p => p.Y) - body.Min(p => p.Y);
        Assert.True(gown.Min(p => p.Y) - body.Min(p => p.Y) < 0.05f * height, "the gown reaches the floor");
    }

    [Fact]
    public void An_umbrella_is_held_over_the_head_and_a_book_open_before_the_chest()
    {
        var bare = All(Build("person", new Traits()));
        var withUmbrella = Build("person", new Traits { Holds = "umbrella" });
        var canopy = Paint(withUmbrella, "canopy");
        var skin = Paint(withUmbrella, "skin");
        Assert.True(canopy.Min(p => p.Y) > skin.Max(p => p.Y) - 0.05f, "the canopy is over the head");
        Assert.True(canopy.Max(p => p.X) - canopy.Min(p => p.X) > 0.9f, "a canopy wide enough for one");
        var reader = Build("person", new Traits { Holds = "book" });
        var pages = Paint(reader, "pages");
        Assert.NotEmpty(pages);
        Assert.True(pages.Max(p => p.Z) > bare.Max(p => p.Z) - 0.02f, "the book is in front of the body");
    }

    [Fact]
    public void A_corgi_is_long_and_low_with_big_ears()
    {
        var corgi = All(Build("dog", new Traits { Variant = "corgi" }));
        var (length, height) = (corgi.Max(p => p.X) - corgi.Min(p => p.X), corgi.Max(p => p.Y) - corgi.Min(p => p.Y));
        Assert.True(length > 1.25f * height, $"length {length:0.00} over height {height:0.00}");
        // Big pricked ears: the highest point is at the head end, well off the middle of the back.
        var middle = (corgi.Max(p => p.X) + corgi.Min(p => p.X)) / 2;
        Assert.True(MathF.Abs(corgi.MaxBy(p => p.Y).X - middle) > 0.2f * length, "the ears stand up over the head");
        // Red-tan over white: the coat's base is white, where a plain dog's is tan.
        var coat = Build("dog", new Traits { Variant = "corgi" }).Parts.First(p => p.Material.Name == "fur").Material.BaseColor;
        var plain = Build("dog", new Traits()).Parts.First(p => p.Material.Name == "fur").Material.BaseColor;
        Assert.True(coat.Z > plain.Z + 0.1f, $"corgi coat base {coat} vs {plain}");
    }
}
