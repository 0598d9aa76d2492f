using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery.Places;
using Kinora.Compose.Scenery.Places.Venues;
using Kinora.Plan;
using PlaceTable = Kinora.Compose.Scenery.Places.Places;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The venues (ballroom, bar, indoor pool, aquarium, museum, gallery, …): each setting's words reach its place and
/// make it a room whatever the plan's indoor flag, and each composed set holds what names the place — inside the box
/// an empty scene's camera frames, and still there behind a person.
/// </summary>
public class VenuePlacesTests
{
    private static World Compose(string setting, bool cast = false, bool indoor = true, double hour = 14) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 11,
            World = new WorldSpec { Setting = setting, Indoor = indoor, Ground = "concrete", TimeOfDay = hour },
            Cast = cast ? [new CastMember { Id = "person1", Kind = "person" }] : [],
            Shots = cast ? [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = "walk" }] }] : [new ShotSpec()],
        });

    /// <summary>The world-space box of a scenery piece's vertices.</summary>
    private static (Vector3 Min, Vector3 Max) Box(SceneryPiece p)
    {
        var (min, max) = (new Vector3(float.MaxValue), new Vector3(float.MinValue));
        foreach (var part in p.Model.Parts)
            foreach (var v in part.Mesh.Positions.Span)
            {
                var w = Vector3.Transform(v, part.Local) + p.Position;
                (min, max) = (Vector3.Min(min, w), Vector3.Max(max, w));
            }
        return (min, max);
    }

    private static SceneryPiece Piece(World world, string kind) =>
        world.Environment.Scenery.FirstOrDefault(p => p.Kind == kind) ?? throw new Xunit.Sdk.XunitException(
            $"no '{kind}' in {string.Join(", ", world.Environment.Scenery.Select(p => p.Kind))}");

    /// <summary>The box round every piece of a kind (a kind's batches are split along X every 24 m).</summary>
    private static (Vector3 Min, Vector3 Max) Box(World world, string kind)
    {
        var (min, max) = Box(Piece(world, kind));
        foreach (var p in world.Environment.Scenery.Where(p => p.Kind == kind))
        {
            var (a, b) = Box(p);
            (min, max) = (Vector3.Min(min, a), Vector3.Max(max, b));
        }
        return (min, max);
    }

    /// <summary>True when some piece of the kind overlaps the vista box (in x and z; y from the floor up).</summary>
    private static bool InVista(World world, string kind)
    {
        var v = Assert.IsType<Vista>(world.Environment.Vista);
        Piece(world, kind);
        return world.Environment.Scenery.Where(p => p.Kind == kind).Any(p =>
        {
            var (min, max) = Box(p);
            return max.X > v.Min.X && min.X < v.Max.X && max.Z > v.Min.Z - 0.5f && min.Z < v.Max.Z && min.Y < v.Max.Y;
        });
    }

    private static bool Glows(SceneryPiece p) => p.Model.Parts.Any(part => part.Material.Emission.Length() > 0.1f);

    [Theory]
    [InlineData("ballroom", "ballroom")]
    [InlineData("grand ballroom", "ballroom")]
    [InlineData("bar", "bar")]
    [InlineData("irish pub", "bar")]
    [InlineData("swimming pool", "swimming pool")]
    [InlineData("indoor swimming pool", "swimming pool")]
    [InlineData("aquarium", "aquarium")]
    [InlineData("museum", "museum")]
    [InlineData("science museum", "museum")]
    [InlineData("indoor museum", "museum")]
    [InlineData("art gallery", "art gallery")]
    [InlineData("art museum", "art gallery")]
    [InlineData("gymnasium", "gymnasium")]
    [InlineData("indoor gymnasium", "gymnasium")]
    [InlineData("cafeteria", "cafeteria")]
    [InlineData("food court", "food court")]
    [InlineData("bakery shop", "bakery")]
    [InlineData("nursery", "nursery")]
    [InlineData("shower", "shower")]
    public void A_settings_words_reach_its_place_and_make_it_a_room(string setting, string place)
    {
        var found = Assert.IsType<Place>(PlaceTable.Of(setting));
        Assert.Equal(place, found.Words[0]);
        Assert.Contains(found, VenuePlaces.All);
        // Planned outdoors ("aquarium" on concrete in the sun), a venue is still a room.
        Assert.True(SettingFamilies.IsInterior(SettingFamilies.Of(setting, false, "concrete")), $"{setting} is a room");
    }

    [Fact]
    public void A_ballroom_has_lit_chandeliers_high_over_the_floor_in_view()
    {
        var world = Compose("ballroom");
        var chandeliers = Piece(world, "chandeliers");
        Assert.True(Glows(chandeliers), "the chandeliers are lit by day");
        Assert.True(Box(world, "chandeliers").Max.Y > 5.5f, "they hang from a ceiling twice a home's height");
        Assert.True(InVista(world, "chandeliers"));
        Assert.True(InVista(world, "columns"));
        Assert.True(world.Environment.Lights.Count >= 3, "each chandelier lights the hall");
    }

    [Fact]
    public void A_bar_has_its_counter_stools_and_glowing_back_bar_and_is_dim_by_day()
    {
        var world = Compose("bar", hour: 13);
        var backBar = Piece(world, "back bar");
        var counter = Piece(world, "counter");
        Assert.True(Glows(backBar), "the bottles are lit from below");
        Assert.True(Box(world, "counter").Min.Z > Box(world, "back bar").Max.Z, "the counter stands in front of the back bar, an aisle between");
        Assert.True(Box(world, "stools").Min.Z > Box(world, "counter").Max.Z - 0.1f, "the stools stand on the customers' side");
        Assert.True(InVista(world, "counter") && InVista(world, "back bar"));
        var daylight = Compose("restaurant", hour: 13).Environment.SunColor.Length();
        Assert.True(world.Environment.SunColor.Length() < 0.5f * daylight, "dimmer than a restaurant at one o'clock");
    }

    [Fact]
    public void An_indoor_pool_has_water_over_aqua_tiles_with_lane_ropes_running_away_from_the_camera()
    {
        var world = Compose("indoor swimming pool");
        var water = Piece(world, "water");
        Assert.Contains(water.Model.Parts, p => p.Material.Pattern == "glass");
        var (wMin, wMax) = Box(world, "water");
        Assert.True(wMax.Z - wMin.Z > 8 && wMax.X - wMin.X > 10, $"a pool {wMax.X - wMin.X:F1} x {wMax.Z - wMin.Z:F1} m");
        var (rMin, rMax) = Box(world, "ropes");
        Assert.True(rMax.Z - rMin.Z > 8, "the lane ropes run away from the camera");
        Assert.True(Box(world, "blocks").Max.Z < wMin.Z + 0.5f, "the starting blocks stand at the far end");
        Assert.True(InVista(world, "water"));
    }

    [Fact]
    public void An_aquarium_is_a_dark_hall_lit_by_a_glowing_tank_full_of_fish_even_when_planned_outdoors()
    {
        var world = Compose("aquarium", indoor: false);
        Assert.True(world.Environment.Indoor, "a room");
        Assert.True(world.Environment.SunColor.Length() < 0.2f, "dark at two in the afternoon");
        var tank = Piece(world, "tank");
        Assert.True(Glows(tank));
        Assert.True(Box(world, "tank").Max.X - Box(world, "tank").Min.X > 10, "a tank wider than the frame's middle");
        var fish = Piece(world, "fish");
        Assert.True(fish.Model.Parts.Sum(p => p.Mesh.TriangleCount) > 1000, "fish models, not specks");
        Assert.True(Box(world, "fish").Max.Z < Box(world, "tank").Max.Z, "the fish swim behind the glass");
        Assert.True(InVista(world, "tank") && InVista(world, "fish"));
    }

    [Theory]
    [InlineData("science museum")]
    [InlineData("museum")]
    public void A_museum_has_a_dinosaur_skeleton_and_display_cases_in_view(string setting)
    {
        var world = Compose(setting);
        var skeleton = Piece(world, "skeleton");
        var (min, max) = Box(world, "skeleton");
        Assert.True(max.Y > 3 && max.X - min.X > 7, $"a skeleton {max.X - min.X:F1} m long, {max.Y:F1} m high");
        Assert.True(InVista(world, "skeleton"));
        Assert.True(InVista(world, "cases"));
        Assert.True(Glows(Piece(world, "planets")), "the model sun glows");
    }

    [Fact]
    public void A_gallery_hangs_several_spotlit_paintings_in_view()
    {
        var world = Compose("art gallery");
        var pictures = Piece(world, "pictures");
        var (min, max) = Box(world, "pictures");
        Assert.True(max.X - min.X > 12, "a hang of paintings along the wall");
        Assert.True(InVista(world, "pictures"));
        Assert.True(world.Environment.Lights.Count(l => l.Direction is not null) >= 5, "spotlights on the pictures");
        Assert.True(InVista(world, "benches"));
    }

    [Theory]
    [InlineData("ballroom", "chandeliers")]
    [InlineData("bar", "back bar")]
    [InlineData("swimming pool", "water")]
    [InlineData("aquarium", "tank")]
    [InlineData("museum", "skeleton")]
    [InlineData("art gallery", "pictures")]
    [InlineData("gymnasium", "hoop")]
    [InlineData("cafeteria", "counter")]
    [InlineData("food court", "stalls")]
    [InlineData("bakery", "racks")]
    [InlineData("nursery", "furniture")]
    [InlineData("shower", "water")]
    public void The_landmark_stands_behind_a_person_too(string setting, string landmark)
    {
        var world = Compose(setting, cast: true);
        var person = world.Entities.First(e => e.Kind == "person").Position;
        Assert.True(Box(world, landmark).Min.Z < person.Z - 1, $"the {landmark} stands behind the walker");
    }

    [Theory]
    [InlineData("ballroom")]
    [InlineData("bar")]
    [InlineData("swimming pool")]
    [InlineData("aquarium")]
    [InlineData("museum")]
    [InlineData("art gallery")]
    [InlineData("gymnasium")]
    [InlineData("cafeteria")]
    [InlineData("food court")]
    [InlineData("bakery")]
    [InlineData("nursery")]
    [InlineData("shower")]
    public void A_venue_stays_within_the_renderers_triangle_budget(string setting)
    {
        var triangles = Compose(setting).Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 2000, 150_000);
    }

    [Fact]
    public void A_gymnasium_has_a_basket_at_regulation_height_over_its_painted_key()
    {
        var world = Compose("indoor gymnasium");
        var (min, max) = Box(world, "hoop");
        Assert.InRange(max.Y, 3.8f, 4.8f); // the backboard's top over a 3.05 m rim
        var court = Piece(world, "court");
        Assert.Contains(court.Model.Parts, p => p.Material.Name == "courtkey");
        Assert.True(Box(world, "court").Max.X - Box(world, "court").Min.X > 14, "the court's width of lines");
        Assert.True(InVista(world, "hoop") && InVista(world, "court"));
    }

    [Theory]
    [InlineData("cafeteria", "counter", "tables")]
    [InlineData("food court", "stalls", "tables")]
    [InlineData("bakery shop", "racks", "counter")]
    [InlineData("nursery", "furniture", "toys")]
    [InlineData("shower", "water", "cubicle")]
    public void A_small_venue_frames_what_names_it(string setting, string first, string second)
    {
        var world = Compose(setting);
        Assert.True(InVista(world, first), $"{first} in view");
        Assert.True(InVista(world, second), $"{second} in view");
    }

    [Fact]
    public void The_food_courts_stalls_have_glowing_signs()
    {
        Assert.True(Glows(Piece(Compose("food court"), "stalls")));
    }

    [Fact]
    public void An_empty_cinema_frames_the_screen_and_the_rows_before_it()
    {
        var world = Compose("movie theater");
        var v = Assert.IsType<Vista>(world.Environment.Vista);
        var (sMin, sMax) = Box(world, "screen");
        Assert.True(sMin.X >= v.Min.X - 0.6f && sMax.X <= v.Max.X + 0.6f, "the screen's full width in view");
        Assert.True(InVista(world, "seats"));
    }
}
