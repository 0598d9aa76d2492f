using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The kitchen, bathroom and shower as a viewer expects them in an establishing shot: what names each room stands in
/// the box the empty shot frames (a kitchen's sink, hood, kettle and fruit; a bathroom's mirror and lights over a
/// vanity, a glass-screened tub, towels and a plant; a shower's glass, water, head and niche of bottles), on small
/// patterned tiles rather than the renderer's 0.6 m floor tiles.
/// </summary>
public class HomeRoomSetsTests
{
    private static World Compose(string setting, string? verb = null) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Ground = "tile", Indoor = true },
            Cast = verb is null ? [] : [new CastMember { Id = "person1", Kind = "person" }],
            Shots = verb is null ? [new ShotSpec()] : [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = verb }] }],
        });

    /// <summary>Every vertex of a kind's pieces (optionally of one material) in world metres.</summary>
    private static List<Vector3> Points(World w, string? kind, string? material = null) =>
        w.Environment.Scenery.Where(p => kind is null || p.Kind == kind)
            .SelectMany(p => p.Model.Parts.Where(part => material is null || part.Material.Name == material)
                .SelectMany(part => Enumerable.Range(0, part.Mesh.Positions.Length)
                    .Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position)))
            .ToList();

    /// <summary>True when some vertex of the material lies over the vista's footprint (x and z), margin m round it.</summary>
    private static bool InVista(World w, string material, float margin = 0.3f)
    {
        var v = Assert.IsType<Vista>(w.Environment.Vista);
        return Points(w, null, material).Any(p => p.X >= v.Min.X - margin && p.X <= v.Max.X + margin && p.Z >= v.Min.Z - margin && p.Z <= v.Max.Z + margin);
    }

    [Theory]
    [InlineData("daypane")]     // the window over the sink
    [InlineData("steel")]       // the sink, the cooker and its hood
    [InlineData("subway")]      // the tiled splashback
    [InlineData("kettlecream")] // things on the worktop
    [InlineData("jarglass")]
    [InlineData("undercabinet")]
    public void A_kitchens_view_holds_what_names_it(string material) =>
        Assert.True(InVista(Compose("kitchen"), material), $"no {material} in the kitchen's view");

    [Fact]
    public void A_kitchens_hood_rises_over_its_hob_and_its_run_is_a_kitchens_length()
    {
        var w = Compose("kitchen");
        var steel = Points(w, "kitchen units", "steel");
        Assert.Contains(steel, p => p.Y > 2.5f); // the hood's flue, up to the ceiling
        var units = Points(w, "kitchen units");
        Assert.InRange(units.Max(p => p.X) - units.Min(p => p.X), 4.5f, 7); // one run, not a showroom wall of units
    }

    [Fact]
    public void A_kitchen_has_an_island_with_fruit_unless_the_cook_brings_a_counter()
    {
        var empty = Compose("kitchen");
        var island = Points(empty, "island");
        var wall = empty.Environment.Vista!.Value.Min.Z;
        Assert.Contains(island, p => p.Z > wall + 1.2f && MathF.Abs(p.Y - 0.92f) < 0.03f); // its worktop, out in the room
        Assert.NotEmpty(Points(empty, "island", "orange"));
        Assert.DoesNotContain(Compose("kitchen", "cook").Environment.Scenery, p => p.Kind == "island");
    }

    [Theory]
    [InlineData("mirror")]      // over the vanity, between
    [InlineData("sconce")]      // its two glowing lights
    [InlineData("vanityoak")]
    [InlineData("bathscreen")]  // the glass at the bath's tap end
    [InlineData("zellige")]     // the green alcove round the bath
    [InlineData("towelterracotta")]
    [InlineData("leaves")]      // a plant
    public void A_bathrooms_view_holds_what_makes_it_one_to_post(string material) =>
        Assert.True(InVista(Compose("bathroom"), material), $"no {material} in the bathroom's view");

    [Fact]
    public void A_bathrooms_walls_are_small_tiles_and_its_floor_a_chequer()
    {
        var w = Compose("bathroom");
        var green = w.Environment.Scenery.Where(p => p.Kind == "tiles").SelectMany(p => p.Model.Parts)
            .Where(q => q.Material.Name.StartsWith("zellige", StringComparison.Ordinal) && q.Material.Name != "zelligegrout").Sum(q => q.Mesh.TriangleCount);
        Assert.True(green / 12 > 300, $"{green / 12} green tiles: a 1.8 × 2.1 m alcove of 10 cm tiles"); // 12 triangles a tile
        var wall = w.Environment.Vista!.Value.Min.Z;
        foreach (var floor in new[] { "floorcream", "floorsage" })
            Assert.Contains(Points(w, "tiles", floor), p => p.Y < 0.01f && p.Z > wall + 2); // out on the floor before the fixtures
    }

    [Theory]
    [InlineData("showerwater")]
    [InlineData("showerscreen")]
    [InlineData("matteblack")]  // the rain head, the mixer, the screen's frame
    [InlineData("showertile")]
    [InlineData("nichetile")]
    [InlineData("bottleamber")] // bottles in the niche
    public void A_showers_view_holds_what_names_it(string material) =>
        Assert.True(InVista(Compose("shower"), material), $"no {material} in the shower's view");

    [Fact]
    public void A_showers_niche_is_let_into_its_tiled_wall_and_it_is_seen_from_where_one_stands()
    {
        var w = Compose("shower");
        var v = w.Environment.Vista!.Value;
        Assert.True(v.FromGround, "seen from head height in the room, not from above");
        var niche = Points(w, "cubicle", "nichetile");
        var tiles = Points(w, "cubicle", "showertile");
        Assert.True(niche.Min(p => p.Z) < v.Min.Z + 0.02f, "the niche's back is the room's wall");
        Assert.Contains(tiles, p => p.Z > v.Min.Z + 0.1f && p.Y is > 1 and < 2); // the alcove's tiled face stands proud of it
    }
}
