using System.Numerics;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Places;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The town's tall places as a viewer sees them: office towers are glass curtain walls whose windows come from the
/// renderer's facade pattern (not thousands of mullion boxes) and light up after dark; the ground between the
/// establishing camera and a tower is a paved square, not a bare pale plain that reads as fog; an alley's air is clear.
/// </summary>
public class TownFacadeTests
{
    private static World Compose(string setting, double hour = 14, string? kind = null) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 11,
            World = new WorldSpec { Setting = setting, TimeOfDay = hour, Ground = "grass" },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = "walk" }] }],
        });

    private static IEnumerable<Material> Paints(World world, string kind) =>
        world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts).Select(p => p.Material);

    private static IEnumerable<Vector3> Vertices(World world, string kind) =>
        world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts.SelectMany(part =>
            Enumerable.Range(0, part.Mesh.Positions.Length).Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position)));

    [Theory]
    [InlineData("skyscraper")]
    [InlineData("downtown")]
    public void Office_towers_are_curtain_walls_lit_after_dark(string setting)
    {
        var day = Paints(Compose(setting), "towers").Where(m => m.Pattern == "facade").ToList();
        Assert.NotEmpty(day);
        Assert.All(day, m => Assert.Equal(Vector3.Zero, m.Emission));
        var night = Paints(Compose(setting, 22), "towers").Where(m => m.Pattern == "facade").ToList();
        Assert.NotEmpty(night);
        Assert.All(night, m => Assert.True(m.Emission.Length() > 0.1f, $"{m.Name} is dark at night"));
    }

    [Fact]
    public void A_towers_windows_cost_no_geometry()
    {
        // The skyscraper's 220 m tower and its ~20 neighbours: a few boxes each, the panes drawn by the pattern.
        var world = Compose("skyscraper");
        var triangles = world.Environment.Scenery.Where(p => p.Kind == "towers").Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 100, 4_000);
    }

    [Theory]
    [InlineData("skyscraper")]
    [InlineData("tower")]
    public void The_ground_before_a_tall_landmark_is_a_paved_square(string setting)
    {
        var world = Compose(setting);
        var vista = world.Environment.Vista!.Value;
        var plaza = Vertices(world, "plaza").ToList();
        Assert.NotEmpty(plaza);
        // The establishing camera stands more than 100 m in front of the landmark: the paving reaches there.
        Assert.True(plaza.Max(p => p.Z) > vista.Max.Z + 150, $"paving ends {plaza.Max(p => p.Z) - vista.Max.Z:0} m in front of the view");
        Assert.Contains(Paints(world, "plaza"), m => m.Name == "plazaband");
    }

    [Fact]
    public void An_alleys_air_is_clear()
    {
        var env = Compose("alley").Environment;
        Assert.True(env.FogDensity <= OpenAir.Haze + 1e-6f, $"alley haze {env.FogDensity} per metre");
    }
}
