using System.Numerics;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>What makes the open-land families read as themselves: slopes, dunes, boats afloat, a runway.</summary>
public class SetLandformTests
{
    private static World Compose(string setting, string kind = "person", string ground = "grass") =>
        Composer.Compose(new ScenePlan
        {
            Seed = 11,
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = [new CastMember { Id = "a1", Kind = kind, Count = kind == "boat" ? 3 : 1 }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "a1", Verb = kind == "boat" ? "float" : "walk" }] }],
        });

    private static List<Vector3> Vertices(World world, string kind) =>
        [.. world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts.SelectMany(part =>
            Enumerable.Range(0, part.Mesh.Positions.Length).Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position)))];

    [Theory]
    [InlineData("mountain", "dirt")]
    [InlineData("snowy mountain", "snow")]
    public void A_mountainside_rises_from_just_behind_the_action(string setting, string ground)
    {
        var world = Compose(setting, ground: ground);
        var band = Corridor.Around(world.Entities);
        var slope = Vertices(world, "slope");
        Assert.NotEmpty(slope);
        Assert.True(slope.Max(v => v.Y) > 40, $"the ridge is {slope.Max(v => v.Y):F1} m up");
        // Already a few metres up within 20 m of the action: a camera looking down still sees slope.
        Assert.Contains(slope, v => v.Z > band.Back - 20 && v.Y > 5);
        Assert.All(slope, v => Assert.True(v.Z < band.Back, "the slope starts behind the band"));
    }

    [Fact]
    public void A_desert_has_dunes_metres_high()
    {
        var dunes = Vertices(Compose("desert", ground: "sand"), "dunes");
        Assert.True(dunes.Max(v => v.Y) > 6, $"dunes reach {dunes.Max(v => v.Y):F1} m");
    }

    [Fact]
    public void Boats_in_a_harbour_float_on_its_water()
    {
        var world = Compose("harbour", kind: "boat");
        var water = Vertices(world, "water");
        foreach (var boat in world.Entities)
        {
            Assert.Contains(water, v => v.Z > boat.Position.Z + 1);
            Assert.Contains(water, v => v.Z < boat.Position.Z - 1);
        }
        Assert.True(water.Max(v => v.Y) > 0.1f, "the water lies over the ground, not flush with it");
    }

    [Fact]
    public void People_in_a_harbour_stand_on_the_quay()
    {
        var world = Compose("harbour");
        var band = Corridor.Around(world.Entities);
        Assert.All(Vertices(world, "water"), v => Assert.True(v.Z < band.Back, "no water under a walker"));
    }

    [Fact]
    public void An_airliner_stands_on_a_marked_runway()
    {
        var world = Compose("airport", kind: "airplane", ground: "concrete");
        var runway = Vertices(world, "runway");
        var plane = world.Entities[0];
        Assert.Contains(runway, v => v.Z > plane.Position.Z + 10);
        Assert.Contains(runway, v => v.Z < plane.Position.Z - 10);
        Assert.True(world.Environment.Scenery.Single(p => p.Kind == "runway").Model.Parts.Count >= 3, "asphalt, grass and markings");
    }
}
