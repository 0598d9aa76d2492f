using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The public rooms (ward, lab, cell, corridor, stairs, basement, phone box) and the home and work rooms' establishing
/// shots: each setting's words reach its place, its set holds what names it inside the box an empty shot frames, the
/// landmark still stands behind a cast, and the rooms' boxes are eye-level ones (the telling furniture, not a floor).
/// </summary>
public class PublicRoomPlacesTests
{
    private static World Empty(string setting, string ground = "concrete", bool indoor = true) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Ground = ground, Indoor = indoor },
            Cast = [],
            Shots = [new ShotSpec()],
        });

    private static World WithWalker(string setting) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Indoor = true },
            Cast = [new CastMember { Id = "person1", Kind = "person" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = "walk" }] }],
        });

    /// <summary>Every vertex of a piece in world metres.</summary>
    private static IEnumerable<Vector3> Points(SceneryPiece p, string? material = null) =>
        p.Model.Parts.Where(part => material is null || part.Material.Name == material)
            .SelectMany(part => Enumerable.Range(0, part.Mesh.Positions.Length).Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position));

    private static IEnumerable<Vector3> Points(World w, string kind, string? material = null) =>
        w.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => Points(p, material));

    private static bool Inside(Vista v, Vector3 p, float margin = 0) =>
        p.X >= v.Min.X - margin && p.X <= v.Max.X + margin && p.Z >= v.Min.Z - margin && p.Z <= v.Max.Z + margin;

    [Theory]
    [InlineData("hospital", "hospital", SettingFamily.Office)]
    [InlineData("hospital ward", "hospital", SettingFamily.Office)]
    [InlineData("laboratory", "laboratory", SettingFamily.Office)]
    [InlineData("chemistry lab", "laboratory", SettingFamily.Office)]
    [InlineData("jail cell", "jail cell", SettingFamily.Office)]
    [InlineData("prison", "jail cell", SettingFamily.Office)]
    [InlineData("corridor", "corridor", SettingFamily.Office)]
    [InlineData("hospital corridor", "corridor", SettingFamily.Office)] // the longer word: a corridor, not a ward
    [InlineData("long hallway", "corridor", SettingFamily.Office)]
    [InlineData("staircase", "staircase", SettingFamily.LivingRoom)]
    [InlineData("stairs", "staircase", SettingFamily.LivingRoom)]
    [InlineData("basement", "basement", SettingFamily.Office)]
    [InlineData("wine cellar", "basement", SettingFamily.Office)]
    [InlineData("phone booth", "phone booth", SettingFamily.CityStreet)]
    [InlineData("red telephone box", "phone booth", SettingFamily.CityStreet)]
    [InlineData("pharmacy", "pharmacy", SettingFamily.Shop)]
    public void A_settings_words_reach_its_place_and_family(string setting, string place, SettingFamily family)
    {
        Assert.Equal(place, Kinora.Compose.Scenery.Places.Places.Of(setting)?.Words[0]);
        // Outdoors on grass (how the planner sends "hospital" and "laboratory" today) it is still the room.
        Assert.Equal(family, SettingFamilies.Of(setting, false, "grass"));
    }

    [Fact]
    public void A_jail_cell_shows_bars_between_the_shot_and_the_bunk_and_back_wall()
    {
        var w = Empty("jail cell");
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        var bars = Points(w, "bars", "bars").ToList();
        // Upright bars across the framed cell, floor to over head height, on one line in front of the cell.
        var framed = bars.Where(p => Inside(vista, p)).ToList();
        Assert.True(framed.Count > 0, "no bars in the framed box");
        Assert.True(framed.Max(p => p.Y) > 2.2f && framed.Min(p => p.Y) < 0.05f);
        var line = framed.Average(p => p.Z);
        Assert.True(framed.Select(p => (int)MathF.Floor(p.X / 0.14f)).Distinct().Count() >= 15, "a bar every hand's width across the cell");
        // The bunk and the toilet stand behind that line, the back wall behind them.
        var fittings = Points(w, "cell fittings").Where(p => Inside(vista, p)).ToList();
        Assert.Contains(fittings, p => p.Y > 1.5f); // the upper bunk
        Assert.True(fittings.Max(p => p.Z) < line, "the cell's fittings stand behind its bars");
        Assert.True(vista.Min.Z < line - 2, "the shot holds the cell's depth behind the bars");
    }

    [Fact]
    public void A_corridor_recedes_from_the_lens_with_doors_along_both_walls()
    {
        var w = Empty("corridor", "tile");
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        var doors = Points(w, "doors", "doorwood").ToList();
        // Doors run at least 15 m away from the mouth, on both sides of the shot's axis.
        Assert.True(doors.Max(p => p.Z) - doors.Min(p => p.Z) > 15, "doors recede along the corridor");
        // Across the axis (which leans 20° with the lens's line, x = centre + (z − centre)·tan 20°), doors on both sides.
        var axis = vista.Centre;
        float Across(Vector3 p) => p.X - (axis.X + (p.Z - axis.Z) * MathF.Tan(20 * MathF.PI / 180));
        var near = doors.Where(p => MathF.Abs(p.Z - axis.Z) < 1.5f).ToList();
        Assert.Contains(near, p => Across(p) < -1.0f);
        Assert.Contains(near, p => Across(p) > 1.0f);
        // The lens stands in line with the corridor: the box sits between the walls, nearer the mouth than the end.
        Assert.True(vista.Max.X - vista.Min.X < 2.5f, "the shot looks down the corridor, not across its walls");
        Assert.True(doors.Min(p => p.Z) < vista.Min.Z - 10);
    }

    [Fact]
    public void A_staircase_climbs_away_from_the_lens_to_a_landing_with_a_handrail()
    {
        var w = Empty("staircase", "wood");
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        var stairs = Assert.Single(w.Environment.Scenery, p => p.Kind == "stairs");
        var x = vista.Centre.X + 0.3f;
        // Tread heights straight down at points walking away from the lens through the framed box rise step by step.
        var tops = new List<float>();
        for (var z = vista.Max.Z - 0.15f; z > vista.Max.Z - 2.4f; z -= 0.28f)
            tops.Add(AssetRays.TopAt(stairs.Model, x - stairs.Position.X, z - stairs.Position.Z) is { } t ? t + stairs.Position.Y : 0);
        for (var i = 1; i < tops.Count; i++) Assert.True(tops[i] > tops[i - 1] + 0.1f, $"step {i}: {tops[i - 1]:F2} → {tops[i]:F2}");
        Assert.True(Points(stairs).Max(p => p.Y) > 3, "a second flight climbs on to the floor above");
        var rail = Points(w, "handrails", "handrail").ToList();
        Assert.Contains(rail, p => Inside(vista, p) && p.Y > 1.5f);
    }

    [Fact]
    public void A_hospital_ward_frames_railed_beds_with_white_sheets_drip_stands_and_curtains()
    {
        var w = Empty("hospital", "concrete", indoor: false);
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        Assert.True(w.Environment.Indoor, "a hospital is a room whatever the plan's flag");
        Assert.Contains(Points(w, "beds", "sheet"), p => Inside(vista, p));
        Assert.Contains(Points(w, "beds", "chrome"), p => Inside(vista, p) && p.Y > 0.85f); // the side rails
        Assert.Contains(Points(w, "ward gear", "chrome"), p => Inside(vista, p, 0.5f) && p.Y > 1.9f); // a drip stand's pole
        Assert.Contains(Points(w, "curtains", "wardcurtain"), p => Inside(vista, p, 1.5f));
        Assert.Equal("tile", w.Environment.Ground.Name);
    }

    [Fact]
    public void A_laboratory_frames_coloured_glassware_on_black_benches_and_a_fume_hood()
    {
        var w = Empty("laboratory", "grass", indoor: false);
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        var liquids = new[] { "blueliquid", "greenliquid", "amberliquid", "redliquid" };
        var framed = w.Environment.Scenery.Where(p => p.Kind is "islands" or "benches")
            .SelectMany(p => p.Model.Parts.Where(q => liquids.Contains(q.Material.Name)).Select(q => q.Material.Name)).Distinct().Count();
        Assert.True(framed >= 3, $"{framed} colours of liquid on the benches");
        Assert.Contains(Points(w, "islands", "benchtop"), p => Inside(vista, p));
        Assert.Contains(Points(w, "islands", "brownbottle"), p => Inside(vista, p) && p.Y > 1.3f); // reagent shelf
        Assert.Contains(w.Environment.Scenery, p => p.Kind == "fume hoods" && Points(p).Max(q => q.Y) > 2.2f);
        Assert.NotEqual("grass", w.Environment.Ground.Name);
    }

    [Fact]
    public void A_basement_frames_pipes_a_boiler_shelves_and_a_lit_bare_bulb_by_day()
    {
        var w = Empty("basement", "wood");
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        // The duct and the pipes run right across the framed stretch of wall, over head height.
        foreach (var run in new[] { "duct", "pipe" })
        {
            var points = Points(w, "services", run).Where(p => p.Y > 1.7f && p.Z >= vista.Min.Z && p.Z <= vista.Max.Z).ToList();
            Assert.True(points.Count > 0 && points.Min(p => p.X) < vista.Min.X && points.Max(p => p.X) > vista.Max.X, $"the {run} crosses the shot");
        }
        Assert.Contains(Points(w, "plant"), p => Inside(vista, p) && p.Y > 1.4f);
        Assert.Contains(Points(w, "shelves", "cardboard"), p => Inside(vista, p, 0.5f));
        // The bulb glows and gives light at two in the afternoon.
        Assert.Contains(w.Environment.Scenery, p => p.Kind == "lamps" && p.Model.Parts.Any(q => q.Material.Emission.X > 1));
        Assert.Contains(w.Environment.Lights, l => l.Position.Y > 1.8f && Inside(vista, l.Position, 0.5f));
        Assert.Equal("concrete", w.Environment.Ground.Name);
    }

    [Fact]
    public void A_phone_booth_is_a_red_box_with_a_telephone_inside_and_nothing_between_it_and_the_lens()
    {
        var w = Empty("phone booth", "wood");
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        var booth = Assert.Single(w.Environment.Scenery, p => p.Kind == "phone booth");
        var red = Points(booth, "boothred").ToList();
        Assert.True(red.Max(p => p.Y) > 2.4f && red.All(p => Inside(vista, p, 0.7f)), "the red box stands in the framed box");
        Assert.Contains(Points(booth, "black"), p => p.Y > 1.2f && p.Y < 1.6f); // the telephone
        // No parked car or passer-by stands in front of it: the booth is the nearest tall thing to the lens.
        var front = red.Max(p => p.Z);
        Assert.DoesNotContain(w.Environment.Scenery, p => p.Kind is "parked cars" or "parked cars near" or "passers-by");
        Assert.True(w.Environment.Scenery.Where(p => p.Kind != "road").SelectMany(p => Points(p))
            .Where(p => p.Y > 0.5f && MathF.Abs(p.X - vista.Centre.X) < 2.5f).All(p => p.Z <= front + 0.3f), "nothing tall stands in front of the box");
    }

    [Theory]
    [InlineData("jail cell", "bars")]
    [InlineData("corridor", "doors")]
    [InlineData("staircase", "stairs")]
    [InlineData("hospital", "beds")]
    [InlineData("laboratory", "islands")]
    [InlineData("basement", "plant")]
    [InlineData("phone booth", "phone booth")]
    [InlineData("pharmacy", "shelves")]
    public void With_someone_in_the_place_its_landmark_stands_behind_them_and_the_set_stays_light(string setting, string landmark)
    {
        var w = WithWalker(setting);
        var person = w.Entities.First(e => e.Kind == "person").Position;
        var points = Points(w, landmark).ToList();
        Assert.NotEmpty(points);
        Assert.True(points.Max(p => p.Z) < person.Z - 0.3f, $"the {landmark} reach z {points.Max(p => p.Z):F2}, the walker is at {person.Z:F2}");
        Assert.Contains(points, p => MathF.Abs(p.X - person.X) < 3);
        var triangles = w.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.True(triangles < 150_000, $"{triangles} triangles");
    }

    [Fact]
    public void A_pharmacy_hangs_a_lit_green_cross_over_its_aisles_in_the_shot()
    {
        var w = Empty("pharmacy", "tile");
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        var cross = w.Environment.Scenery.Where(p => p.Kind == "signs").SelectMany(p => Points(p, "pharmacycross")).ToList();
        Assert.Contains(cross, p => Inside(vista, p) && p.Y > 2);
        Assert.Contains(Points(w, "shelves"), p => Inside(vista, p));
    }

    /// <summary>Each room's establishing box is its telling furniture at eye level: narrow and low enough that the
    /// camera stands in the room rather than over it, and holding that furniture.</summary>
    [Theory]
    [InlineData("kitchen", "tile", "kitchen units")]
    [InlineData("living room", "wood", "furniture")]
    [InlineData("bedroom", "carpet", "furniture")]
    [InlineData("bathroom", "tile", "fixtures")]
    [InlineData("office", "carpet", "desks")]
    [InlineData("classroom", "tile", "desks")]
    [InlineData("library", "wood", "bookcases")]
    [InlineData("restaurant", "wood", "bar")]
    [InlineData("gym", "rubber", "machines")]
    public void A_rooms_establishing_shot_holds_its_furniture_at_eye_level(string setting, string ground, string furniture)
    {
        var w = Empty(setting, ground);
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        Assert.InRange(vista.Max.X - vista.Min.X, 4.4f, 6); // a stretch of the room, not one piece nor the whole wall
        Assert.True(vista.Max.Y - vista.Min.Y <= 2, $"{setting}: {vista.Max.Y - vista.Min.Y:F1} m high");
        Assert.Contains(Points(w, furniture), p => Inside(vista, p) && p.Y > vista.Min.Y);
    }
}
