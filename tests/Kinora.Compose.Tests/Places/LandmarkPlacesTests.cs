using System.Numerics;
using Kinora.Compose.Environments;
using PlaceTable = Kinora.Compose.Scenery.Places.Places;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The landmark places: each setting word reaches its own set, and the composed world holds the landmark that names
/// the place — tall enough, inside the establishing view a bare scene prompt frames, and behind the action when
/// someone is cast.
/// </summary>
public class LandmarkPlacesTests
{
    /// <summary>Setting, the landmark's scenery kind and the height it must reach (m).</summary>
    public static TheoryData<string, string, float> Landmarks => new()
    {
        { "house", "house", 8 },
        { "mansion", "mansion", 14 },
        { "palace", "palace", 25 },
        { "castle", "castle", 20 },
        { "courtyard", "wing", 10 },
        { "fountain", "fountain", 3.5f },
        { "lighthouse", "lighthouse", 25 },
        { "windmill", "windmill", 25 },
        { "barn", "barn", 10 },
        { "cemetery", "graves", 1.2f },
        { "campus", "hall", 30 },
        { "construction site", "frame", 12 },
        { "industrial area", "factory", 10 },
        { "junkyard", "crane", 8 },
    };

    /// <summary>Setting and the family whose light and air it takes.</summary>
    public static TheoryData<string, SettingFamily> Families => new()
    {
        { "house", SettingFamily.Park },
        { "mansion", SettingFamily.Park },
        { "palace", SettingFamily.Park },
        { "castle", SettingFamily.Park },
        { "courtyard", SettingFamily.CityStreet },
        { "fountain", SettingFamily.CityStreet },
        { "lighthouse", SettingFamily.Beach },
        { "windmill", SettingFamily.Farm },
        { "barn", SettingFamily.Farm },
        { "cemetery", SettingFamily.Park },
        { "campus", SettingFamily.Park },
        { "construction site", SettingFamily.CityStreet },
        { "industrial area", SettingFamily.CityStreet },
        { "junkyard", SettingFamily.CityStreet },
    };

    private static World Compose(string setting, bool cast) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 11,
            World = new WorldSpec { Setting = setting, Ground = "grass" },
            Cast = cast ? [new CastMember { Id = "person1", Kind = "person" }] : [],
            Shots = [new ShotSpec { Actions = cast ? [new ActionSpec { Actor = "person1", Verb = "walk" }] : [] }],
        });

    /// <summary>The world box holding every vertex of the scenery pieces of one kind.</summary>
    private static (Vector3 Min, Vector3 Max) Bounds(World world, string kind)
    {
        var pieces = world.Environment.Scenery.Where(p => p.Kind == kind).ToList();
        Assert.True(pieces.Count > 0, $"no '{kind}' in the set");
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var p in pieces)
            foreach (var part in p.Model.Parts)
                for (var i = 0; i < part.Mesh.Positions.Length; i++)
                {
                    var v = Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position;
                    min = Vector3.Min(min, v);
                    max = Vector3.Max(max, v);
                }
        return (min, max);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void The_setting_word_reaches_the_place_and_its_family(string setting, SettingFamily family)
    {
        var place = PlaceTable.Of(setting);
        Assert.NotNull(place);
        Assert.Contains(setting, place.Words);
        Assert.Equal(family, SettingFamilies.Of(setting, indoor: false, "grass"));
        // Said in a sentence's words the place is still found.
        Assert.Same(place, PlaceTable.Of($"an old {setting} at dusk"));
    }

    [Theory]
    [MemberData(nameof(Landmarks))]
    public void A_bare_scene_frames_its_landmark(string setting, string kind, float height)
    {
        var world = Compose(setting, cast: false);
        var vista = Assert.NotNull(world.Environment.Vista);
        var (min, max) = Bounds(world, kind);
        Assert.True(max.Y >= height, $"the {kind} of a {setting} reaches {max.Y:F1} m, not {height} m");
        // The landmark's middle lies in the establishing view's box (seen from the front: its x and z).
        var mid = (min + max) / 2;
        Assert.InRange(mid.X, vista.Min.X, vista.Max.X);
        Assert.InRange(mid.Z, vista.Min.Z - 8, vista.Max.Z);
        Assert.True(vista.Max.Y >= MathF.Min(height, max.Y) * 0.6f, $"the view of a {setting} is {vista.Max.Y:F1} m tall");
    }

    [Theory]
    [MemberData(nameof(Landmarks))]
    public void With_someone_cast_the_landmark_stands_behind_them(string setting, string kind, float height)
    {
        var world = Compose(setting, cast: true);
        var person = world.Entities.First(e => e.Kind == "person").Position;
        var (min, max) = Bounds(world, kind);
        Assert.True(max.Y >= height, $"the {kind} reaches {max.Y:F1} m");
        Assert.True(max.Z < person.Z - 1, $"the {kind} comes to z = {max.Z:F1}, the walker is at {person.Z:F1}");
        // Within the width a camera following the walker sweeps (the walker heads +X).
        Assert.True(max.X > person.X - 30 && min.X < person.X + 30, $"the {kind} spans x {min.X:F0}..{max.X:F0}");
    }

    [Fact]
    public void A_fountain_has_water_falling_and_standing()
    {
        var world = Compose("fountain", cast: false);
        var fountain = world.Environment.Scenery.Where(p => p.Kind == "fountain").SelectMany(p => p.Model.Parts).ToList();
        Assert.Contains(fountain, p => p.Material.Name == "fallingwater");
        Assert.Contains(fountain, p => p.Material.Name == "fountainwater" && p.Material.Roughness < 0.1f);
    }

    [Fact]
    public void The_sets_hold_the_details_that_tell_them_apart()
    {
        static int Triangles(World w, string kind) => w.Environment.Scenery.Where(p => p.Kind == kind).Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.True(Triangles(Compose("cemetery", false), "graves") > 100 * 20, "a hundred headstones or more");
        var junk = Compose("junkyard", false);
        var (_, top) = Bounds(junk, "wrecks");
        Assert.True(top.Y > 3.5f, $"wrecks stacked three high reach {top.Y:F1} m");
        // A tower crane over the building site, factory chimneys over the industrial area.
        Assert.True(Bounds(Compose("construction site", false), "crane").Max.Y > 30);
        Assert.True(Bounds(Compose("industrial area", false), "chimneys").Max.Y > 30);
    }

    [Theory]
    [InlineData("farm")]
    [InlineData("park")]
    [InlineData("forest")]
    public void The_green_sets_frame_their_own_view(string setting)
    {
        var world = Compose(setting, cast: false);
        var vista = Assert.NotNull(world.Environment.Vista);
        // Larger than the default stretch behind the action (14 × 5 m): the farm's barn and silo, the wood's crowns.
        Assert.True(vista.Max.X - vista.Min.X >= 16 && vista.Max.Y >= 7, $"{setting}: {vista}");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Each_set_stays_within_the_renderers_triangle_budget(string setting, SettingFamily family)
    {
        var world = Compose(setting, cast: false);
        var triangles = world.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 1000, 150_000);
        // The family's air is thinned for the set's depth, never made a room's.
        Assert.False(SettingFamilies.IsInterior(family));
        Assert.True(world.Environment.GroundHalfSize >= 300, $"{setting}: the ground dissolves at {world.Environment.GroundHalfSize} m");
    }
}
