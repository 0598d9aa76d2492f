using System.Numerics;
using Kinora.Compose.Scenery;
using Kinora.Plan;
using PlaceTable = Kinora.Compose.Scenery.Places.Places;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// Famous city places beyond Paris: Times Square is a street of tall towers whose lower storeys are lit screens,
/// with yellow cabs at its kerbs, all behind the action, the screens held as the backdrop.
/// </summary>
public class CityLandmarksTests
{
    private static World Compose(string setting, bool cast) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 5,
            World = new WorldSpec { Setting = setting, Ground = "asphalt" },
            Cast = cast ? [new CastMember { Id = "p1", Kind = "person" }] : [],
            Shots = [new ShotSpec { Actions = cast ? [new ActionSpec { Actor = "p1", Verb = "walk" }] : [] }],
        });

    [Theory]
    [InlineData("times square")]
    [InlineData("nyc times square")]
    public void Times_square_is_reached_by_its_name(string setting) =>
        Assert.Equal("times square", PlaceTable.Of(setting)?.Words[0]);

    [Fact]
    public void Times_square_has_lit_screens_tall_towers_and_yellow_cabs_behind_the_action()
    {
        var world = Compose("times square", true);
        var band = Corridor.Around(world.Entities);
        var towers = world.Environment.Scenery.Where(p => p.Kind == "towers").ToList();
        var screens = towers.SelectMany(p => p.Model.Parts.Where(q => q.Material.Name == "billboard")).ToList();
        Assert.True(screens.Count > 0 && screens.All(q => q.Material.Emission.Length() > 0.5f), "the screens glow");
        var top = towers.SelectMany(p => p.Model.Parts.SelectMany(q => Enumerable.Range(0, q.Mesh.Positions.Length)
            .Select(i => Vector3.Transform(q.Mesh.Positions.Span[i], q.Local) + p.Position))).ToList();
        Assert.True(top.Max(v => v.Y) > 100, "towers over 100 m");
        Assert.True(top.Max(v => v.Z) < band.Back, "the towers stand behind the action");
        var cabs = world.Environment.Scenery.Where(p => p.Kind == "cabs").SelectMany(p => p.Model.Parts).ToList();
        Assert.Contains(cabs, q => q.Material.BaseColor.X > 0.5f && q.Material.BaseColor.Y > 0.3f && q.Material.BaseColor.Z < 0.1f);
        var backdrop = Assert.IsType<Vista>(world.Environment.Backdrop);
        Assert.True(backdrop.Max.Y >= 40 && backdrop.Max.Z < band.Back + 1);
        var triangles = world.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 2_000, 150_000);
    }
}
