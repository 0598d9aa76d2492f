using System.Numerics;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// What makes a place read at the framing of its action: a city street has full-model cars parked and people
/// standing on the pavement within a few metres of the action; a mountain's or a snowfield's own surface lies under
/// the action (never the plan's bare floor colour), with a trail or ski tracks along it.
/// </summary>
public class PlaceDressingTests
{
    private static World Compose(string setting, string ground, string verb = "walk") =>
        Composer.Compose(new ScenePlan
        {
            Seed = 4,
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = [new CastMember { Id = "person1", Kind = "person" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = verb }] }],
        });

    /// <summary>x span of a scenery piece (its vertices in the world).</summary>
    private static (float Min, float Max) XSpan(SceneryPiece p)
    {
        var xs = p.Model.Parts.SelectMany(part => Enumerable.Range(0, part.Mesh.Positions.Length)
            .Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local).X + p.Position.X)).ToList();
        return (xs.Min(), xs.Max());
    }

    [Fact]
    public void A_city_street_has_parked_cars_and_passers_by_near_the_action()
    {
        var world = Compose("city street", "asphalt");
        var person = world.Entities[0].Position;
        var near = world.Environment.Scenery.Where(p => p.Kind is "parked cars near" or "passers-by").ToList();
        Assert.Contains(near, p => p.Kind == "passers-by");
        Assert.Contains(near, p => p.Kind == "parked cars near");
        // Within what a framing of one walker shows (about ±8 m), and detailed: the cast's own car model, not a box.
        foreach (var p in near)
        {
            var (x0, x1) = XSpan(p);
            Assert.True(x1 > person.X - 12 && x0 < person.X + 12, $"{p.Kind} spans {x0:F1}..{x1:F1}, the walker is at {person.X:F1}");
        }
        Assert.True(near.Where(p => p.Kind == "parked cars near").Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount)) > 2000);
    }

    [Theory]
    [InlineData("mountain", "dirt", "trail")]
    [InlineData("snowy mountain", "snow", "skitrack")] // "snowy" names the snow family, not a green mountain
    public void The_action_stands_on_the_places_own_ground_with_a_track_along_it(string setting, string ground, string track)
    {
        var world = Compose(setting, ground, setting.Contains("snow") ? "ski" : "walk");
        var at = world.Entities.First(e => e.Kind == "person").Position;
        var foreground = Assert.Single(world.Environment.Scenery, p => p.Kind == "foreground");
        // The hillside or snowfield covers the floor under and in front of the action.
        var top = AssetRays.TopAt(foreground.Model, at.X - foreground.Position.X, at.Z + 2 - foreground.Position.Z);
        Assert.True(top is { } t && t + foreground.Position.Y > 0.005f, "the place's own surface lies over the floor in front of the action");
        Assert.Contains(foreground.Model.Parts, p => p.Material.Name == track);
    }

    [Fact]
    public void A_skier_stands_on_skis_pointing_the_way_they_face()
    {
        var world = Compose("snowy mountain", "snow", "ski");
        var skier = world.Entities.First(e => e.Kind == "person");
        var skis = Assert.Single(world.Entities, e => e.Kind == "station");
        var front = Vector3.Transform(Vector3.UnitZ, skier.Rotation);
        // Under the feet, and 0.7 m ahead of them along the way the skier faces: the skis run that way.
        foreach (var d in new[] { 0f, 0.7f })
        {
            var p = skier.Position + d * front;
            var local = Vector3.Transform(p - skis.Position, Quaternion.Inverse(skis.Rotation));
            Assert.True(AssetRays.TopAt(skis.Model, local.X + 0.12f, local.Z) is { } y && y + skis.Position.Y < 0.1f, $"a ski {d} m ahead");
        }
        // Turned most of the way across the frame: seen end-on, skis vanish.
        Assert.True(MathF.Abs(front.X) > 0.8f, $"the skier faces {front}");
    }
}
