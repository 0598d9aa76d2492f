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
    public void Behind_a_mountain_path_the_land_falls_away_to_a_valley_with_ranges_beyond(string setting, string ground)
    {
        var world = Compose(setting, ground: ground);
        var band = Corridor.Around(world.Entities);
        var x = band.CentreX;
        var near = Vertices(world, "slope");
        var far = Vertices(world, "mountains");
        Assert.NotEmpty(near);
        // A level ledge just behind the action, then the fall: tens of metres down within 70 m (the old slope climbed
        // from the band to a ridge 50 m up, and filled the frame behind a hiker like a lawn).
        Assert.All(near.Where(v => v.Z > band.Back - 4), v => Assert.InRange(v.Y, -0.5f, 0.5f));
        Assert.Contains(near, v => v.Z > band.Back - 75 && v.Y < -30);
        // Straight behind the action, nothing nearer than the far range rises above a person's eye.
        Assert.All(near.Where(v => MathF.Abs(v.X - x) < 30), v => Assert.True(v.Y < 1.5f, $"land {v.Y:F1} m up at z {v.Z:F0}"));
        // Across the valley, peaks well above the path: 40 m up, 250–800 m off.
        Assert.Contains(far, v => v.Z < band.Back - 250 && v.Z > band.Back - 800 && v.Y > 40 && MathF.Abs(v.X - x) < 150);
        Assert.All(near.Concat(far), v => Assert.True(v.Z < band.Back, "the land starts behind the band"));
    }

    [Fact]
    public void Far_peaks_carry_snow_and_lower_slopes_forest()
    {
        var world = Compose("mountain", ground: "dirt");
        var parts = world.Environment.Scenery.Where(p => p.Kind == "mountains").SelectMany(p => p.Model.Parts).ToList();
        var names = parts.Select(p => p.Material.Name).Distinct().ToList();
        Assert.Contains("snowcover", names);
        Assert.Contains("mountain", names);
        Assert.Contains("forestcover", names);
    }

    [Theory]
    [InlineData("mountain", "dirt", "mountains")]
    [InlineData("snow", "snow", "mountains")]
    [InlineData("desert", "sand", "mesas")]
    [InlineData("beach", "sand", "headland")]
    public void Far_landforms_stand_inside_the_reach_of_the_land_before_it_dissolves(string setting, string ground, string kind)
    {
        var world = Compose(setting, ground: ground);
        var env = world.Environment;
        // The renderer fades land into the haze from half its reach: at the old 60 m, mesas 300 m off were pure haze.
        var reach = MathF.Max(env.LandReach, env.GroundHalfSize);
        var far = Vertices(world, kind);
        Assert.NotEmpty(far);
        Assert.Contains(far, v => new Vector2(v.X, v.Z).Length() < 0.5f * reach && v.Y > 20);
    }

    [Fact]
    public void A_desert_has_dunes_metres_high()
    {
        var dunes = Vertices(Compose("desert", ground: "sand"), "dunes");
        Assert.True(dunes.Max(v => v.Y) > 6, $"dunes reach {dunes.Max(v => v.Y):F1} m");
    }

    [Fact]
    public void Wind_ripples_cover_the_sand_around_the_action_and_lie_flat()
    {
        var world = Compose("desert", ground: "sand");
        var band = Corridor.Around(world.Entities);
        var ripples = Vertices(world, "ripples");
        Assert.Contains(ripples, v => v.Z > band.Front);
        Assert.Contains(ripples, v => v.Z < band.Back);
        Assert.All(ripples, v => Assert.InRange(v.Y, 0, 0.01f));
        // A ripple wavers: its z varies along x by centimetres to decimetres, not a ruled line.
        var first = ripples.Where(v => v.Z < ripples.Min(u => u.Z) + 0.6f).ToList();
        Assert.True(first.Max(v => v.Z) - first.Min(v => v.Z) > 0.1f);
    }

    [Fact]
    public void A_beach_has_foam_along_the_surf_line()
    {
        var world = Compose("beach", ground: "sand");
        var band = Corridor.Around(world.Entities);
        var foam = Vertices(world, "foam");
        Assert.NotEmpty(foam);
        Assert.All(foam, v => Assert.True(v.Z < band.Back && v.Y < 0.1f));
        // Several lines (the run-up's edge and waves breaking farther out), spread over metres of depth.
        Assert.True(foam.Max(v => v.Z) - foam.Min(v => v.Z) > 8);
    }

    [Fact]
    public void A_forest_recedes_in_rows_of_trunks()
    {
        var world = Compose("forest", ground: "dirt");
        var band = Corridor.Around(world.Entities);
        var trunks = world.Environment.Scenery.Where(p => p.Kind == "trunks").Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.True(trunks > 5000, $"{trunks} triangles of trunks");
        var depth = Vertices(world, "trunks");
        Assert.Contains(depth, v => v.Z > band.Back - 6);
        Assert.Contains(depth, v => v.Z < band.Back - 35);
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
