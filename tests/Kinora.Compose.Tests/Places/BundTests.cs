using System.Numerics;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// Shanghai's Bund: a promenade over a wide river, and across it the Lujiazui skyline with its four landmarks
/// (the Pearl Tower's spheres, the twisting Shanghai Tower, the "bottle opener", Jin Mao) among glass towers whose
/// windows are the renderer's curtain-wall pattern. A bare prompt frames the landmarks over the water; with a walker
/// the skyline is the backdrop the camera keeps behind them. After dark the windows and the Pearl glow.
/// </summary>
public class BundTests
{
    private static World Compose(string? kind = null, double hour = 14, string setting = "the bund") =>
        Composer.Compose(new ScenePlan
        {
            Seed = 5,
            World = new WorldSpec { Setting = setting, TimeOfDay = hour, Ground = "water" },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = kind == "boat" ? "sail" : "walk" }] }],
        });

    private static IEnumerable<(Vector3 At, Material Paint)> Vertices(SceneryPiece piece)
    {
        var place = Matrix4x4.CreateScale(piece.Scale) * Matrix4x4.CreateFromQuaternion(piece.Rotation) * Matrix4x4.CreateTranslation(piece.Position);
        foreach (var part in piece.Model.Parts)
            for (var i = 0; i < part.Mesh.Positions.Length; i++)
                yield return (Vector3.Transform(part.Mesh.Positions.Span[i], part.Local * place), part.Material);
    }

    private static List<Vector3> Painted(World world, string paint) =>
        [.. world.Environment.Scenery.SelectMany(Vertices).Where(v => v.Paint.Name == paint).Select(v => v.At)];

    private static bool Inside(Vista box, Vector3 p, float slack = 1) =>
        p.X >= box.Min.X - slack && p.X <= box.Max.X + slack && p.Y >= box.Min.Y - slack && p.Y <= box.Max.Y + slack
        && p.Z >= box.Min.Z - slack && p.Z <= box.Max.Z + slack;

    [Theory]
    [InlineData("the bund")]
    [InlineData("the bund shanghai")]
    [InlineData("pudong")]
    public void The_words_reach_the_bund(string setting) =>
        Assert.Contains("bund", Scenery.Places.Places.Of(setting)?.Words ?? []);

    [Fact]
    public void A_bare_prompt_frames_all_four_landmarks_over_the_river()
    {
        var world = Compose();
        var vista = world.Environment.Vista!.Value;
        foreach (var landmark in new[] { "pearlglass", "shanghaitower", "swfcglass", "jinmao" })
        {
            var points = Painted(world, landmark);
            Assert.NotEmpty(points);
            var top = points.MaxBy(p => p.Y);
            Assert.True(Inside(vista, top, 3), $"{landmark}'s top {top} is outside the view {vista.Min}–{vista.Max}");
        }
        // The Shanghai Tower is the tallest thing in the view, the Pearl's upper sphere far above the river.
        var tallest = Painted(world, "shanghaitower").Max(p => p.Y);
        Assert.True(tallest >= world.Environment.Scenery.SelectMany(Vertices).Max(v => v.At.Y) - 0.5f, "the Shanghai Tower is the tallest");
        Assert.True(Painted(world, "pearlglass").Max(p => p.Y) > 80, "the Pearl rises high");
        // The river lies between the promenade and the view, so it runs under the skyline in the frame.
        var river = Painted(world, "riverwater");
        Assert.True(river.Max(p => p.Z) - river.Min(p => p.Z) > 300, "a wide river");
        Assert.True(river.Max(p => p.Z) > vista.Max.Z + 300, "the river runs from the promenade to the skyline");
    }

    [Fact]
    public void A_walker_on_the_promenade_has_the_skyline_as_backdrop()
    {
        var world = Compose("person");
        var backdrop = world.Environment.Backdrop ?? throw new Xunit.Sdk.XunitException("the Bund sets no backdrop");
        var band = Corridor.Around(world.Entities);
        Assert.True(backdrop.Max.Z < band.Back - 300, "the skyline stands across the river behind the walker");
        Assert.True(backdrop.Max.Y > 150, $"the backdrop reaches the tower tops ({backdrop.Max.Y:0} m)");
        Assert.True(Inside(backdrop, Painted(world, "shanghaitower").MaxBy(p => p.Y), 3), "the Shanghai Tower's top is in the backdrop");
        Assert.NotEmpty(Painted(world, "railing"));
    }

    [Fact]
    public void The_glass_towers_are_curtain_walls_that_light_up_at_night()
    {
        var day = Compose();
        var glass = day.Environment.Scenery.Where(p => p.Kind == "skyline").SelectMany(p => p.Model.Parts).Select(p => p.Material).Where(m => m.Pattern == "facade").ToList();
        Assert.True(glass.Select(m => m.Name).Distinct().Count() >= 4, "several tints of curtain wall");
        Assert.All(glass, m => Assert.Equal(Vector3.Zero, m.Emission));
        var night = Compose(hour: 22);
        var lit = night.Environment.Scenery.Where(p => p.Kind == "skyline").SelectMany(p => p.Model.Parts).Select(p => p.Material).ToList();
        Assert.All(lit.Where(m => m.Pattern == "facade"), m => Assert.True(m.Emission.Length() > 0.1f, $"{m.Name} is dark at night"));
        Assert.Contains(lit, m => m.Name == "pearlglass" && m.Emission.X > m.Emission.Y);
    }

    [Fact]
    public void Boats_ply_the_river_clear_of_a_cast_boat()
    {
        var world = Compose();
        Assert.NotEmpty(Painted(world, "boathull"));
        var afloat = Compose("boat");
        var band = Corridor.Around(afloat.Entities);
        Assert.All(Painted(afloat, "boathull"), p => Assert.True(p.Z < band.Back, "no dressing boat in the cast's band"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("person")]
    [InlineData("boat")]
    public void The_set_stays_within_the_triangle_budget(string? kind)
    {
        var triangles = Compose(kind).Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 2_000, 150_000);
    }
}
