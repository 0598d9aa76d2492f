using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using PlaceTable = Kinora.Compose.Scenery.Places.Places;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The town's places (streets, roads and what stands along them): each name reaches its place, each set holds the
/// thing that makes it that place where its establishing view looks (the tower inside the vista and tall, the
/// alley's walls close either side of it, the zebra's bars across the road), nothing stands in front of a cast,
/// and a set stays within the renderer's triangle budget.
/// </summary>
public class TownPlacesTests
{
    public static TheoryData<string> Settings() =>
    [
        "alley", "arch", "bridge", "crosswalk", "downtown", "driveway", "gas station", "highway", "parking lot",
        "skyscraper", "tower", "forest road", "train station", "airport",
    ];

    private static World Compose(string setting, string? kind = null, string verb = "walk", double hour = 14) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 11,
            World = new WorldSpec { Setting = setting, TimeOfDay = hour, Ground = "grass" },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = verb }] }],
        });

    private static IEnumerable<Vector3> Vertices(SceneryPiece piece)
    {
        var place = Matrix4x4.CreateScale(piece.Scale) * Matrix4x4.CreateFromQuaternion(piece.Rotation) * Matrix4x4.CreateTranslation(piece.Position);
        foreach (var part in piece.Model.Parts)
            for (var i = 0; i < part.Mesh.Positions.Length; i++)
                yield return Vector3.Transform(part.Mesh.Positions.Span[i], part.Local * place);
    }

    /// <summary>Vertices of the pieces of <paramref name="kind"/> inside the vista's x and z span.</summary>
    private static List<Vector3> InVista(World world, string kind)
    {
        var v = world.Environment.Vista ?? throw new InvalidOperationException("no vista");
        return [.. world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(Vertices)
            .Where(p => p.X >= v.Min.X - 0.5f && p.X <= v.Max.X + 0.5f && p.Z >= v.Min.Z - 0.5f && p.Z <= v.Max.Z + 0.5f)];
    }

    private static float TallestInVista(World world, string kind) => InVista(world, kind).Select(p => p.Y).DefaultIfEmpty(0).Max();

    [Theory]
    [InlineData("alley", "alley", SettingFamily.CityStreet)]
    [InlineData("a dark back alley", "alley", SettingFamily.CityStreet)]
    [InlineData("suspension bridge", "bridge", SettingFamily.CityStreet)]
    [InlineData("zebra crossing", "crosswalk", SettingFamily.CityStreet)]
    [InlineData("petrol station", "gas station", SettingFamily.CityStreet)]
    [InlineData("motorway", "highway", SettingFamily.CityStreet)]
    [InlineData("car park", "parking lot", SettingFamily.CityStreet)]
    [InlineData("skyscraper", "skyscraper", SettingFamily.CityStreet)]
    [InlineData("clock tower", "tower", SettingFamily.CityStreet)]
    [InlineData("triumphal arch", "arch", SettingFamily.CityStreet)]
    [InlineData("downtown", "downtown", SettingFamily.CityStreet)]
    [InlineData("driveway", "driveway", SettingFamily.CityStreet)]
    [InlineData("forest road", "forest road", SettingFamily.Forest)]
    [InlineData("train station platform", "station", SettingFamily.Station)]
    public void A_setting_names_its_place_and_the_places_family(string setting, string place, SettingFamily family)
    {
        Assert.Equal(place, PlaceTable.Of(setting)?.Words[0]);
        Assert.Equal(family, SettingFamilies.Of(setting, false, "grass"));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_place_is_dressed_within_the_triangle_budget_and_framed(string setting)
    {
        foreach (var kind in new[] { (string?)null, "person", "car" })
        {
            var env = Compose(setting, kind, kind == "car" ? "drive" : "walk").Environment;
            var triangles = env.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
            var byKind = string.Join(", ", env.Scenery.GroupBy(p => p.Kind).Select(g => $"{g.Key} {g.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount))}"));
            Assert.True(triangles is > 500 and < 150_000, $"{setting} with {kind ?? "nobody"}: {triangles} triangles ({byKind})");
            Assert.InRange(env.Scenery.Sum(p => p.Model.Parts.Count), 1, 400);
            Assert.NotNull(env.Vista);
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Nothing_stands_between_the_camera_and_a_cast(string setting)
    {
        foreach (var (kind, verb) in new[] { ("person", "walk"), ("car", "drive") })
        {
            var world = Compose(setting, kind, verb, hour: 22);
            var band = Corridor.Around(world.Entities);
            foreach (var piece in world.Environment.Scenery)
                foreach (var v in Vertices(piece))
                    if (v.Z > band.Back + 1e-3f) Assert.True(v.Y < 0.3f, $"{setting}: {piece.Kind} rises to {v.Y:F2} m at z {v.Z:F2} (band from {band.Back:F2})");
        }
    }

    [Fact]
    public void A_skyscraper_rises_far_above_its_view_and_its_neighbours()
    {
        var world = Compose("skyscraper");
        Assert.True(TallestInVista(world, "towers") > 200, "the tower is inside the view and over 200 m");
        Assert.True(world.Environment.Vista!.Value.Max.Y > 60, "the view looks up a long way");
        Assert.True(world.Environment.Scenery.Where(p => p.Kind == "buildings").SelectMany(Vertices).Max(v => v.Y) < 60, "its neighbours are much lower");
    }

    [Theory]
    [InlineData("tower", "tower", 50)]
    [InlineData("arch", "arch", 30)]
    [InlineData("gas station", "canopy", 5.4f)]
    [InlineData("highway", "gantry", 7.5f)]
    [InlineData("driveway", "houses", 8)]
    public void The_landmark_stands_in_the_view(string setting, string kind, float height)
    {
        var tallest = TallestInVista(Compose(setting), kind);
        Assert.True(tallest > height, $"{setting}: the {kind} rises {tallest:F1} m in the view");
    }

    [Fact]
    public void The_arch_is_open_under_its_vault_and_solid_in_its_piers()
    {
        var world = Compose("arch");
        var arch = Assert.Single(world.Environment.Scenery, p => p.Kind == "arch");
        var v = world.Environment.Vista!.Value;
        var cx = (v.Min.X + v.Max.X) / 2;
        bool Hit(float x, float y) => AssetRays.Cast(arch.Model, new Vector3(x, y, 40) - arch.Position, -Vector3.UnitZ).Part is not null;
        Assert.False(Hit(cx, 8), "the vault is open");
        Assert.False(Hit(cx + 3.5f, 14), "the vault is open up to its springing");
        Assert.True(Hit(cx, 22), "the wall over the vault");
        Assert.True(Hit(cx + 10, 8), "a pier");
    }

    [Fact]
    public void An_alleys_walls_stand_close_either_side_of_the_view_and_tall()
    {
        var world = Compose("alley");
        var v = world.Environment.Vista!.Value;
        var cx = (v.Min.X + v.Max.X) / 2;
        var walls = world.Environment.Scenery.Where(p => p.Kind == "walls").SelectMany(Vertices).ToList();
        foreach (var s in new[] { -1f, 1f })
            Assert.Contains(walls, p => MathF.Abs(p.X - (cx + s * 3.0f)) < 0.3f && p.Z < v.Max.Z - 10 && p.Y > 10);
        Assert.Contains(world.Environment.Scenery, p => p.Kind == "fire escapes");
        Assert.Contains(world.Environment.Scenery, p => p.Kind == "wires");
    }

    [Fact]
    public void A_crosswalks_bars_cross_the_road_under_the_action()
    {
        var world = Compose("crosswalk", "person");
        var at = world.Entities[0].Position;
        var paint = Assert.Single(world.Environment.Scenery, p => p.Kind == "road paint");
        // Across the road at the walker's depth: white, asphalt, white… at least eight bars.
        var bars = 0;
        var last = false;
        for (var x = at.X - 6; x < at.X + 6; x += 0.1f)
        {
            var white = AssetRays.TopAt(paint.Model, x - paint.Position.X, at.Z - paint.Position.Z) is not null;
            if (white && !last) bars++;
            last = white;
        }
        Assert.True(bars >= 8, $"{bars} bars across the road");
        Assert.Contains(world.Environment.Scenery, p => p.Kind == "signals");
    }

    [Fact]
    public void A_bridge_with_nobody_on_it_spans_water_with_towers_and_cables()
    {
        var world = Compose("bridge");
        Assert.True(TallestInVista(world, "bridge") > 30, "the towers rise over the deck");
        Assert.NotEmpty(InVista(world, "cables"));
        var deck = InVista(world, "deck");
        Assert.True(deck.Min(p => p.Y) > 5, "the deck is carried high over the water");
        Assert.Contains(world.Environment.Scenery, p => p.Kind == "river");
    }

    [Fact]
    public void A_walker_on_a_bridge_walks_on_its_deck_with_its_tower_and_cables_behind()
    {
        var world = Compose("bridge", "person");
        var at = world.Entities[0].Position;
        var deck = Assert.Single(world.Environment.Scenery, p => p.Kind == "deck" && Vertices(p).Any(v => MathF.Abs(v.X - at.X) < 30));
        Assert.True(AssetRays.TopAt(deck.Model, at.X - deck.Position.X, at.Z - deck.Position.Z) is { } top && top + deck.Position.Y < 0.1f, "the deck lies under the walker's feet");
        var band = Corridor.Around(world.Entities);
        var tower = world.Environment.Scenery.Where(p => p.Kind == "bridge").SelectMany(Vertices).Where(v => MathF.Abs(v.X - at.X) < 8 && v.Z < band.Back).ToList();
        Assert.True(tower.Count > 0 && tower.Max(v => v.Y) > 20, "a tower rises behind the walker");
    }

    [Fact]
    public void A_parking_lot_has_rows_of_parked_cars_and_light_poles()
    {
        var world = Compose("parking lot");
        var cars = world.Environment.Scenery.Where(p => p.Kind.StartsWith("parked cars")).Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.True(cars > 40 * 300, $"{cars} triangles of parked cars");
        Assert.NotEmpty(InVista(world, "bay lines"));
        Assert.True(TallestInVista(world, "light poles") > 8);
    }

    [Fact]
    public void An_empty_station_platform_shows_its_edge_over_the_rails()
    {
        var world = Compose("train station platform");
        var parts = world.Environment.Scenery.SelectMany(p => p.Model.Parts).ToList();
        Assert.Contains(parts, p => p.Material.Name == "rail");
        Assert.Contains(parts, p => p.Material.Name == "coping");
        var v = world.Environment.Vista!.Value;
        // The rails (scenery pieces are only moved, never turned or scaled) run across the whole view at its depth.
        var rails = world.Environment.Scenery.SelectMany(p => p.Model.Parts.Where(q => q.Material.Name == "rail")
            .SelectMany(q => Enumerable.Range(0, q.Mesh.Positions.Length).Select(i => q.Mesh.Positions.Span[i] + p.Position))).ToList();
        Assert.True(rails.Min(p => p.X) < v.Min.X && rails.Max(p => p.X) > v.Max.X, "the rails cross the view");
        Assert.True(rails.All(p => p.Z > v.Min.Z && p.Z < v.Max.Z), "the rails lie inside the view's depth");
    }

    [Fact]
    public void A_forest_road_runs_between_trees()
    {
        var world = Compose("forest road");
        Assert.NotEmpty(InVista(world, "road"));
        Assert.True(TallestInVista(world, "trees") > 8);
    }
}
