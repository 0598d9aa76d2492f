using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Places;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The leisure grounds (fairground, carousel, campsite, golf, racing circuit, ski slope, ballpark, football field,
/// running track, botanical garden): the words that name each reach its place and family, and each composed set
/// holds the thing a viewer names it by, inside the view an empty establishing shot frames, within the triangle
/// budget, and nothing tall in front of a walker.
/// </summary>
public class LeisurePlacesTests
{
    /// <summary>The place alone, or with one person walking through it.</summary>
    internal static World Compose(string setting, bool cast, double hour = 14) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 11,
            World = new WorldSpec { Setting = setting, TimeOfDay = hour, Ground = "dirt" },
            Cast = cast ? [new CastMember { Id = "p1", Kind = "person" }] : [],
            Shots = [new ShotSpec { Actions = cast ? [new ActionSpec { Actor = "p1", Verb = "walk" }] : [] }],
        });

    private static IEnumerable<Vector3> Vertices(SceneryPiece piece)
    {
        var place = Matrix4x4.CreateScale(piece.Scale) * Matrix4x4.CreateFromQuaternion(piece.Rotation) * Matrix4x4.CreateTranslation(piece.Position);
        foreach (var part in piece.Model.Parts)
            for (var i = 0; i < part.Mesh.Positions.Length; i++)
                yield return Vector3.Transform(part.Mesh.Positions.Span[i], part.Local * place);
    }

    /// <summary>The box holding every piece of <paramref name="kind"/> (fails if there is none).</summary>
    private static (Vector3 Min, Vector3 Max) Bounds(World world, string kind)
    {
        var pieces = world.Environment.Scenery.Where(p => p.Kind == kind).ToList();
        Assert.True(pieces.Count > 0, $"no {kind} in the set");
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var v in pieces.SelectMany(Vertices)) { min = Vector3.Min(min, v); max = Vector3.Max(max, v); }
        return (min, max);
    }

    private static bool Painted(World world, string kind, string material) =>
        world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts).Any(q => q.Material.Name == material);

    /// <summary>True when the box reaches into the vista's x and z range (a stand 100 m long need not fit in it).</summary>
    private static bool InVista(World world, (Vector3 Min, Vector3 Max) box)
    {
        var vista = Assert.IsType<Vista>(world.Environment.Vista);
        return box.Max.X >= vista.Min.X && box.Min.X <= vista.Max.X && box.Max.Z >= vista.Min.Z && box.Min.Z <= vista.Max.Z;
    }

    [Theory]
    [InlineData("amusement park", "amusement park", SettingFamily.Park)]
    [InlineData("fairground", "amusement park", SettingFamily.Park)]
    [InlineData("carrousel", "carousel", SettingFamily.Park)]
    [InlineData("merry-go-round", "carousel", SettingFamily.Park)]
    [InlineData("campsite", "campsite", SettingFamily.Forest)]
    [InlineData("golf course", "golf course", SettingFamily.Park)]
    [InlineData("raceway", "raceway", SettingFamily.Stadium)]
    [InlineData("race track", "raceway", SettingFamily.Stadium)]
    [InlineData("ski slope", "ski slope", SettingFamily.Snow)]
    [InlineData("baseball stadium", "baseball stadium", SettingFamily.Stadium)]
    [InlineData("football field", "football field", SettingFamily.Stadium)]
    [InlineData("outdoor track", "running track", SettingFamily.Stadium)]
    [InlineData("botanical garden", "botanical garden", SettingFamily.Park)]
    public void The_words_reach_the_place_and_its_family(string setting, string place, SettingFamily family)
    {
        Assert.Equal(place, Scenery.Places.Places.Of(setting)?.Words[0]);
        Assert.Equal(family, SettingFamilies.Of(setting, false, "dirt"));
    }

    [Theory]
    [InlineData("amusement park", "ferris wheel", 28f)]
    [InlineData("carousel", "carousel", 7f)]
    [InlineData("campsite", "tents", 1.0f)]
    [InlineData("golf course", "flag", 2.2f)]
    [InlineData("raceway", "grandstand", 8f)]
    [InlineData("baseball stadium", "mound", 0.2f)]
    [InlineData("football field", "goalposts", 12f)]
    [InlineData("running track", "track", 0.03f)]
    [InlineData("botanical garden", "glasshouse", 15f)]
    public void The_landmark_stands_tall_enough_inside_the_empty_view(string setting, string landmark, float height)
    {
        var world = Compose(setting, cast: false);
        var box = Bounds(world, landmark);
        Assert.True(box.Max.Y >= height, $"the {landmark} rises to {box.Max.Y:F1} m");
        Assert.True(InVista(world, box), $"the {landmark} at {(box.Min + box.Max) / 2} is outside the vista {world.Environment.Vista}");
    }

    [Theory]
    [InlineData("amusement park")]
    [InlineData("carousel")]
    [InlineData("campsite")]
    [InlineData("golf course")]
    [InlineData("raceway")]
    [InlineData("ski slope")]
    [InlineData("baseball stadium")]
    [InlineData("football field")]
    [InlineData("running track")]
    [InlineData("botanical garden")]
    public void With_a_walker_the_set_stays_behind_and_within_budget(string setting)
    {
        var world = Compose(setting, cast: true, hour: 21);
        var band = Corridor.Around(world.Entities);
        foreach (var piece in world.Environment.Scenery)
            foreach (var v in Vertices(piece))
                if (v.Z > band.Back + 1e-3f) Assert.True(v.Y < 0.3f, $"{piece.Kind} rises to {v.Y:F2} m at z {v.Z:F2} (band from {band.Back:F2})");
        var triangles = world.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.True(triangles is >= 1000 and <= 150_000, $"{triangles} triangles");
    }

    [Fact]
    public void A_fairground_has_a_coaster_stalls_and_bunting_and_lights_its_wheel_at_night()
    {
        var night = Compose("amusement park", cast: false, hour: 22);
        foreach (var kind in new[] { "coaster", "stalls", "bunting" }) Bounds(night, kind);
        Assert.True(Painted(night, "ferris wheel", "bulblit"));
        Assert.False(Painted(Compose("amusement park", cast: false), "ferris wheel", "bulblit"));
    }

    [Fact]
    public void A_carousel_has_horses_under_a_striped_canopy()
    {
        var world = Compose("carousel", cast: false);
        Assert.True(Painted(world, "carousel", "canopyred") && Painted(world, "carousel", "canopywhite"));
        Assert.True(Painted(world, "carousel", "horsewhite"));
        var box = Bounds(world, "carousel");
        Assert.InRange(box.Max.X - box.Min.X, 11f, 16f);
    }

    [Fact]
    public void A_campsite_pitches_tents_round_a_fire_that_burns_at_night()
    {
        var day = Compose("campsite", cast: false);
        var tents = Bounds(day, "tents");
        Assert.True(tents.Max.X - tents.Min.X > 8, "at least two tents apart");
        var fire = Bounds(day, "campfire");
        Assert.True(InVista(day, fire));
        Bounds(day, "logs");
        var night = Compose("campsite", cast: false, hour: 22);
        Assert.True(Painted(night, "campfire", "campflame"));
        var centre = (fire.Min + fire.Max) / 2;
        Assert.Contains(night.Environment.Lights, l => Vector3.Distance(l.Position, centre) < 1.5f && l.Color.X > 5 && l.Color.X > 2 * l.Color.Z);
    }

    [Fact]
    public void A_golf_course_has_a_green_bunkers_and_trees()
    {
        var world = Compose("golf course", cast: false);
        Assert.True(Painted(world, "turf", "puttinggreen"));
        Assert.True(Painted(world, "turf", "bunkersand"));
        Bounds(world, "trees");
        Assert.Equal("grass", world.Environment.Ground.Name);
    }

    [Fact]
    public void A_raceway_runs_asphalt_with_kerbs_under_the_cast()
    {
        var world = Compose("raceway", cast: true);
        var at = world.Entities[0].Position;
        var track = Assert.Single(world.Environment.Scenery, p => p.Kind == "track");
        var top = AssetRays.TopAt(track.Model, at.X - track.Position.X, at.Z - track.Position.Z);
        Assert.True(top is { } t && MathF.Abs(t + track.Position.Y - Scenery.Places.Leisure.Raceway.TarmacTop) < 0.005f, "the tarmac lies under the walker");
        Assert.True(Painted(world, "track", "racetarmac") && Painted(world, "track", "kerbred"));
        Bounds(world, "barrier");
    }

    [Fact]
    public void A_ski_slope_is_snow_rising_away_with_a_chairlift()
    {
        var world = Compose("ski slope", cast: false);
        Assert.Equal("snow", world.Environment.Ground.Name);
        var vista = world.Environment.Vista!.Value;
        var slope = Bounds(world, "slope");
        Assert.True(slope.Max.Y > 40, $"the slope climbs to {slope.Max.Y:F0} m");
        Assert.True(vista.Max.Y > 15, "the empty view takes in the climb");
        var lift = Bounds(world, "lift");
        Assert.True(lift.Max.Y > 10 && lift.Min.Z < vista.Min.Z + 20, "the lift climbs the slope in view");
        Bounds(world, "pines");
    }

    [Fact]
    public void A_ballpark_has_a_diamond_bases_and_a_scoreboard()
    {
        var world = Compose("baseball stadium", cast: false);
        Assert.True(Painted(world, "field", "infielddirt") && Painted(world, "field", "chalk"));
        var bases = Bounds(world, "bases");
        Assert.InRange(bases.Max.X - bases.Min.X, 36f, 41f); // first to third base, 38.8 m
        Assert.True(Bounds(world, "scoreboard").Max.Y > 15);
    }

    [Fact]
    public void A_football_field_has_yard_lines_and_a_running_track_red_lanes()
    {
        Assert.True(Painted(Compose("football field", cast: false), "field", "yardline"));
        var track = Compose("running track", cast: true);
        Assert.True(Painted(track, "track", "tartan") && Painted(track, "track", "laneline"));
    }

    [Fact]
    public void A_botanical_garden_has_beds_of_many_colours_before_its_glasshouse()
    {
        var world = Compose("botanical garden", cast: false);
        var colours = world.Environment.Scenery.Where(p => p.Kind == "bedding").SelectMany(p => p.Model.Parts)
            .Select(q => q.Material.Name).Where(n => n.StartsWith("bloom")).Distinct().Count();
        Assert.True(colours >= 4, $"{colours} colours of flowers");
        Assert.True(Bounds(world, "bedding").Max.Z > Bounds(world, "glasshouse").Max.Z, "the beds lie before the house");
    }
}
