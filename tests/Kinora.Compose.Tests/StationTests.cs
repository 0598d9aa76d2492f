using System.Numerics;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// People doing things in their places (<see cref="Stations"/>): each activity's furniture is built round the
/// person, who sits or stands at it within reach, facing its working surface; a couple shares one table; furniture
/// the prompt names becomes the station; walkers and people already placed get none.
/// </summary>
public class StationTests
{
    private static IReadOnlyList<Entity> Place(string verb, int count = 1, long seed = 5, string? obj = null, string? objKind = null)
    {
        var actions = new List<ActionSpec>();
        if (Stations.Seated(Stations.For(verb))) actions.Add(new ActionSpec { Actor = "person1", Verb = "sit" });
        actions.Add(new ActionSpec { Actor = "person1", Verb = verb, Object = obj });
        List<CastMember> cast = [new CastMember { Id = "person1", Kind = "person", Count = count }];
        if (obj is not null) cast.Add(new CastMember { Id = obj, Kind = objKind! });
        return LayoutSolver.Place(new ScenePlan
        {
            Seed = seed, World = new WorldSpec { Setting = "room", Indoor = true, Ground = "wood" },
            Cast = cast, Shots = [new ShotSpec { Actions = actions }],
        });
    }

    /// <summary>World height of the station's highest surface straight down through (x, z), or null.</summary>
    private static float? TopAt(Entity station, float x, float z)
    {
        var local = Vector3.Transform(new Vector3(x, 0, z) - station.Position, Quaternion.Inverse(station.Rotation));
        return AssetRays.TopAt(station.Model, local.X, local.Z) + station.Position.Y;
    }

    private static Vector3 FrontOf(Entity e) => Vector3.Transform(Vector3.UnitZ, e.Rotation);

    [Theory]
    [InlineData("eat", 0.74f, 0.82f)]    // a laid table: plates at 0.77, food on them
    [InlineData("type", 0.73f, 0.8f)]    // a desk with a laptop
    [InlineData("cook", 0.88f, 0.98f)]   // a kitchen island's worktop and hob
    [InlineData("brush", 0.8f, 0.9f)]    // a washbasin
    public void The_person_faces_the_working_surface_within_reach(string verb, float low, float high)
    {
        var world = Place(verb);
        var person = Assert.Single(world, e => e.Kind == "person");
        var station = Assert.Single(world, e => e.Kind == "station");
        Assert.True(station.IsStatic && station.InShot, "the furniture is framed with the person and stays put");
        Assert.True(person.IsStatic, "the activity is done in place");
        // A hand's reach (0.45 m) ahead of the body, at the height one eats, types, cooks or washes at.
        var ahead = person.Position + 0.45f * FrontOf(person);
        var top = TopAt(station, ahead.X, ahead.Z);
        Assert.True(top is { } t && t >= low && t <= high, $"{verb}: the surface ahead is at {top?.ToString("F2") ?? "nothing"} m");
        // Nothing of the station stands where the body is (above its seat): it is at the furniture, not inside it.
        var under = TopAt(station, person.Position.X, person.Position.Z) ?? 0;
        Assert.True(under < 0.5f, $"{verb}: {under:F2} m of furniture under the body");
    }

    [Theory]
    [InlineData("eat", StationFurniture.SeatHeight)]
    [InlineData("type", StationFurniture.SeatHeight)]
    [InlineData("read", StationFurniture.ArmchairSeat)]
    public void A_seated_activity_puts_the_person_on_a_seat(string verb, float seat)
    {
        var world = Place(verb);
        var person = Assert.Single(world, e => e.Kind == "person");
        var station = Assert.Single(world, e => e.Kind == "station");
        // The feet stand at the seat's height (Motion's sit then lowers the hips onto it), and the seat is there.
        Assert.Equal(seat, person.Position.Y - person.Shape.HalfHeight, 3);
        var top = TopAt(station, person.Position.X, person.Position.Z);
        Assert.True(top is { } t && MathF.Abs(t - seat) < 0.03f, $"{verb}: seat top {top?.ToString("F2") ?? "missing"} m under the body");
    }

    [Fact]
    public void Lifting_weights_stands_over_a_barbell()
    {
        var world = Place("lift");
        var person = Assert.Single(world, e => e.Kind == "person");
        var station = Assert.Single(world, e => e.Kind == "station");
        Assert.Equal(person.Shape.HalfHeight, person.Position.Y, 3);
        var ahead = person.Position + 0.35f * FrontOf(person);
        var top = TopAt(station, ahead.X, ahead.Z);
        Assert.True(top is { } t && t is > 0.2f and < 0.3f, $"the bar ahead is at {top?.ToString("F2") ?? "nothing"} m");
    }

    [Fact]
    public void Two_diners_share_one_table_facing_each_other()
    {
        var world = Place("eat", count: 2);
        var people = world.Where(e => e.Kind == "person").ToList();
        Assert.Equal(2, people.Count);
        var station = Assert.Single(world, e => e.Kind == "station");
        Assert.True(Vector3.Dot(FrontOf(people[0]), FrontOf(people[1])) < -0.95f, "they face each other");
        foreach (var p in people)
        {
            var ahead = p.Position + 0.45f * FrontOf(p);
            Assert.True(TopAt(station, ahead.X, ahead.Z) is > 0.74f and < 0.82f, "each has the table within reach");
        }
    }

    [Fact]
    public void A_named_desk_becomes_the_station_and_a_used_thing_lies_on_it()
    {
        var world = Place("type", obj: "table1", objKind: "dining table");
        Assert.DoesNotContain(world, e => e.Kind == "station" && e.Id != "table1");
        var desk = Assert.Single(world, e => e.Id == "table1");
        Assert.True(desk.InShot && desk.Model.Parts.Count > 5, "the named desk is the station's furniture");

        var eating = Place("eat", obj: "pizza1", objKind: "pizza");
        var pizza = Assert.Single(eating, e => e.Id == "pizza1");
        var table = Assert.Single(eating, e => e.Kind == "station");
        Assert.True(MathF.Abs(pizza.Position.Y - pizza.Shape.HalfHeight - 0.765f) < 0.02f, $"the pizza lies on the table at {pizza.Position.Y - pizza.Shape.HalfHeight:F2} m");
        Assert.True(TopAt(table, pizza.Position.X, pizza.Position.Z) is > 0.7f, "over the table, not beside it");
    }

    [Fact]
    public void Walkers_and_people_placed_by_a_relation_get_no_station()
    {
        Assert.DoesNotContain(Place("walk"), e => e.Kind == "station");
        // Washing a car is done at the car, not at a washbasin; washing a cup still is.
        Assert.DoesNotContain(Place("wash", obj: "car1", objKind: "car"), e => e.Kind == "station");
        Assert.Contains(Place("wash", obj: "cup1", objKind: "cup"), e => e.Kind == "station");
        var world = LayoutSolver.Place(new ScenePlan
        {
            Cast = [new CastMember { Id = "person1", Kind = "person" }, new CastMember { Id = "couch1", Kind = "couch" }],
            Relations = [new RelationSpec { Subject = "person1", Relation = "on", Object = "couch1" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = "read" }] }],
        });
        Assert.DoesNotContain(world, e => e.Kind == "station");
    }

    [Fact]
    public void Stations_are_deterministic_by_seed()
    {
        var a = Place("eat", seed: 9);
        var b = Place("eat", seed: 9);
        Assert.Equal(a.Select(e => (e.Position, e.Rotation)), b.Select(e => (e.Position, e.Rotation)));
    }
}
