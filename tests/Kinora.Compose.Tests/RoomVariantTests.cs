using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// Rooms the families alone drew wrong: a shop of receding stocked aisles (it read as a stadium's seats), a café of
/// bistro tables and an espresso counter, a dark cinema, a music studio (both fell to the living room); stations in
/// the room's own style, and animals at a café table.
/// </summary>
public class RoomVariantTests
{
    private static World Compose(string setting, string kind = "person", string verb = "walk", double hour = 14, string? obj = null, string? objKind = null)
    {
        List<CastMember> cast = [new CastMember { Id = "a1", Kind = kind }];
        if (obj is not null) cast.Add(new CastMember { Id = obj, Kind = objKind! });
        return Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Indoor = true, TimeOfDay = hour, Ground = "wood" },
            Cast = cast,
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "a1", Verb = verb, Object = obj }] }],
        });
    }

    private static int Triangles(WorldEnvironment env) => env.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));

    private static IEnumerable<string> Surfaces(World w) => w.Environment.Scenery.SelectMany(p => p.Model.Parts).Select(q => q.Material.Name);

    [Theory]
    [InlineData("cafe", RoomVariant.Cafe)]
    [InlineData("coffee shop", RoomVariant.Cafe)]
    [InlineData("movie theater", RoomVariant.Cinema)]
    [InlineData("cinema", RoomVariant.Cinema)]
    [InlineData("music studio", RoomVariant.MusicStudio)]
    [InlineData("recording studio", RoomVariant.MusicStudio)]
    [InlineData("restaurant", RoomVariant.Usual)]   // stays as it was
    [InlineData("living room", RoomVariant.Usual)]
    [InlineData("studio", RoomVariant.Usual)]       // the bare studio is no room
    public void The_setting_words_pick_the_room(string setting, RoomVariant expected) =>
        Assert.Equal(expected, RoomVariants.Of(SettingFamilies.Of(setting, true, "wood"), setting));

    [Fact]
    public void A_shop_has_aisles_running_away_from_the_camera_stocked_with_many_kinds_of_package()
    {
        var world = Compose("supermarket");
        var shelves = world.Environment.Scenery.Where(p => p.Kind == "shelves").ToList();
        Assert.NotEmpty(shelves);
        // Aisles run along Z: the shelving spans more depth than a wall run's 0.5 m.
        var zs = shelves.SelectMany(p => p.Model.Parts.SelectMany(q => Enumerable.Range(0, q.Mesh.Positions.Length).Select(i => q.Mesh.Positions.Span[i].Z + p.Position.Z))).ToList();
        Assert.True(zs.Max() - zs.Min() > 3, $"shelving spans {zs.Max() - zs.Min():F1} m of depth");
        var stock = Surfaces(world).Where(n => n.StartsWith("pack", StringComparison.Ordinal) || n.StartsWith("bottle", StringComparison.Ordinal)).Distinct().Count();
        Assert.True(stock >= 8, $"{stock} package colours: a shelf of one colour reads as seats");
        Assert.Contains(world.Environment.Scenery, p => p.Kind == "checkout");
        Assert.Contains(world.Environment.Scenery, p => p.Kind == "carts");
        Assert.InRange(Triangles(world.Environment), 20_000, 150_000);
    }

    [Fact]
    public void A_cafe_has_bistro_tables_and_an_espresso_counter_a_restaurant_does_not()
    {
        var cafe = Surfaces(Compose("cafe")).ToHashSet();
        var restaurant = Surfaces(Compose("restaurant")).ToHashSet();
        Assert.Contains("marble", cafe);
        Assert.Contains("machinered", cafe);
        Assert.DoesNotContain("marble", restaurant);
        Assert.Contains("bartop", restaurant);
    }

    [Fact]
    public void A_cinema_is_dark_by_day_and_lit_by_its_screen()
    {
        var cinema = Compose("movie theater", hour: 13);
        var living = Compose("living room", hour: 13);
        Assert.True(cinema.Environment.SkyHorizon.Length() < 0.2f * living.Environment.SkyHorizon.Length(), "the auditorium's walls are dark");
        Assert.True(cinema.Environment.SunColor.Length() < 0.1f * living.Environment.SunColor.Length(), "no daylight in an auditorium");
        Assert.Contains(cinema.Environment.Scenery.SelectMany(p => p.Model.Parts), q => q.Material.Name == "filmsky" && q.Material.Emission.Length() > 0.5f);
        Assert.True(cinema.Environment.Scenery.Where(p => p.Kind == "seats").Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount)) > 1000, "rows of seats");
        Assert.Contains(cinema.Environment.Lights, l => l.Direction is { } d && d.Z > 0.9f); // the screen's light
    }

    [Fact]
    public void A_music_studio_has_a_console_speakers_panels_and_instruments()
    {
        var kinds = Compose("music studio").Environment.Scenery.Select(p => p.Kind).ToHashSet();
        foreach (var k in new[] { "console", "speakers", "panels", "instruments" }) Assert.Contains(k, kinds);
        Assert.DoesNotContain("furniture", kinds); // not the living room's sofa
    }

    [Fact]
    public void A_panda_drinking_coffee_in_a_cafe_sits_at_a_bistro_table_with_its_cup()
    {
        var world = Compose("cafe", kind: "panda", verb: "drink", obj: "coffee1", objKind: "cup");
        var panda = Assert.Single(world.Entities, e => e.Id == "a1");
        var station = Assert.Single(world.Entities, e => e.Kind == "station");
        var cup = Assert.Single(world.Entities, e => e.Id == "coffee1");
        Assert.Contains(station.Model.Parts, q => q.Material.Name == "bistromarble");
        // The animal sits up on a chair (it stands on the seat, which lifts it), the cup lies on the table before it, within reach.
        Assert.Equal(panda.Shape.HalfHeight + StationFurniture.SeatHeight, panda.Position.Y, 3);
        Assert.InRange(cup.Position.Y - cup.Shape.HalfHeight, StationFurniture.BistroTop - 0.01f, StationFurniture.BistroTop + 0.03f);
        // It faces its cup (its model's front is its kind's, not +Z), at a diner's place: sitting up, its chest comes
        // to about where its middle stands, so the cup is within a forepaw's reach of its middle.
        var toCup = new Vector3(cup.Position.X - panda.Position.X, 0, cup.Position.Z - panda.Position.Z);
        var facing = Vector3.Transform(AssetLibrary.Front("panda"), panda.Rotation);
        Assert.True(Vector3.Dot(Vector3.Normalize(toCup), Vector3.Normalize(facing with { Y = 0 })) > 0.9f, "the panda faces the table");
        Assert.InRange(toCup.Length(), 0.2f, 0.6f);
    }

    [Fact]
    public void An_animal_eating_outside_an_eatery_gets_no_table()
    {
        var world = Compose("park", kind: "dog", verb: "eat");
        Assert.DoesNotContain(world.Entities, e => e.Kind == "station");
    }

    [Fact]
    public void Stations_take_the_rooms_style_and_the_set_drops_its_duplicate()
    {
        var office = Compose("office", verb: "type");
        var desk = Assert.Single(office.Entities, e => e.Kind == "station");
        Assert.Contains(desk.Model.Parts, q => q.Material.Name == "desklaminate");
        var home = Compose("living room", verb: "type");
        Assert.DoesNotContain(Assert.Single(home.Entities, e => e.Kind == "station").Model.Parts, q => q.Material.Name == "desklaminate");
        // A tooth-brusher's basin and mirror are the bathroom's only ones; with no one at a basin the set has its own.
        static bool Vanity(World w) => w.Environment.Scenery.Any(p => p.Kind == "fixtures" && p.Model.Parts.Any(q => q.Material.Name == "mirror"));
        Assert.False(Vanity(Compose("bathroom", verb: "brush")));
        Assert.True(Vanity(Compose("bathroom", verb: "walk")));
    }
}
