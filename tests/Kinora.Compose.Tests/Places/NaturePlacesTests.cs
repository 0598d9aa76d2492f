using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Places;
using Kinora.Compose.Scenery.Places.Nature;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The wild places (Scenery/Places/Nature): each setting's words reach its place, and its composed set holds what
/// makes it that place inside the box an establishing shot frames (the water across a river, the fall down a
/// cliff, a volcano's cone and glowing lava, the ice of an iceberg, coral of many colours), also behind a cast.
/// </summary>
public class NaturePlacesTests
{
    private static World Compose(string setting, string? kind = null, string ground = "grass") =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = "walk" }] }],
        });

    private static IEnumerable<(Vector3 At, Material Paint)> Vertices(World world, string kind) =>
        world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts.SelectMany(part =>
            Enumerable.Range(0, part.Mesh.Positions.Length).Select(i => (Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position, part.Material))));

    private static List<Vector3> Points(World world, string kind) => [.. Vertices(world, kind).Select(v => v.At)];

    private static Vista VistaOf(World world) => world.Environment.Vista ?? throw new Xunit.Sdk.XunitException("no vista");

    private static bool InX(Vista v, Vector3 p) => p.X >= v.Min.X && p.X <= v.Max.X;

    [Theory]
    [InlineData("river", "river", SettingFamily.Park)]
    [InlineData("mountain stream", "stream", SettingFamily.Park)]
    [InlineData("waterfall", "waterfall", SettingFamily.Park)]
    [InlineData("marsh", "marsh", SettingFamily.Forest)]
    [InlineData("ocean", "ocean", SettingFamily.Beach)]
    [InlineData("iceberg", "iceberg", SettingFamily.Beach)]
    [InlineData("volcano", "volcano", SettingFamily.Beach)]
    [InlineData("sky", "sky", SettingFamily.Beach)]
    [InlineData("underwater", "underwater", SettingFamily.Studio)]
    [InlineData("coral reef", "coral reef", SettingFamily.Studio)]
    [InlineData("harbor", "harbor", SettingFamily.Harbour)]
    [InlineData("sandy beach by the sea", "beach", SettingFamily.Beach)] // the longer word: a beach, not the open sea
    [InlineData("desert", "desert", SettingFamily.Desert)]
    [InlineData("glacier", "glacier", SettingFamily.Snow)]
    [InlineData("cliff", "cliff", SettingFamily.Mountain)]
    [InlineData("river valley", "river valley", SettingFamily.Mountain)] // a valley, not the river alone
    public void A_setting_names_its_wild_place(string setting, string word, SettingFamily family)
    {
        Assert.Contains(word, Scenery.Places.Places.Of(setting)?.Words ?? []);
        Assert.Equal(family, SettingFamilies.Of(setting, false, "concrete"));
    }

    [Fact]
    public void A_river_runs_across_the_whole_view_with_trees_on_its_far_bank()
    {
        var world = Compose("river");
        var vista = VistaOf(world);
        var water = Points(world, "river");
        Assert.True(water.Min(p => p.X) < vista.Min.X - 50 && water.Max(p => p.X) > vista.Max.X + 50, "water beyond both sides of the view");
        Assert.True(water.Max(p => p.Z) - water.Min(p => p.Z) > 12, "a river, not a ditch");
        var trees = Points(world, "bank trees");
        Assert.Contains(trees, p => InX(vista, p) && p.Z < water.Min(q => q.Z) + 1 && p.Y > 4);
        Assert.Equal("grass", world.Environment.Ground.Name);
    }

    [Fact]
    public void A_waterfall_falls_down_a_cliff_into_a_pool_in_view()
    {
        var world = Compose("waterfall", ground: "sand");
        var vista = VistaOf(world);
        var fall = Vertices(world, "waterfall").Where(v => v.Paint.Name == "fallwater").Select(v => v.At).ToList();
        Assert.True(fall.Max(p => p.Y) - fall.Min(p => p.Y) > 15, "the fall drops over 15 m");
        Assert.All(fall, p => Assert.True(InX(vista, p), "the fall is in the view"));
        Assert.Contains(Points(world, "cliff"), p => InX(vista, p) && p.Y > 18);
        Assert.NotEmpty(Points(world, "pool"));
        Assert.Equal("grass", world.Environment.Ground.Name);
    }

    [Fact]
    public void A_volcano_is_a_high_cone_with_glowing_lava_and_a_plume()
    {
        var world = Compose("volcano");
        var vista = VistaOf(world);
        var cone = Vertices(world, "volcano").ToList();
        var summit = cone.MaxBy(v => v.At.Y).At;
        Assert.True(summit.Y > 45, $"the cone is {summit.Y:F0} m high");
        Assert.True(InX(vista, summit), "the summit is in the view");
        Assert.Contains(cone, v => v.Paint.Emission.X > 1 && v.At.Y > 35);
        Assert.Contains(Points(world, "plume"), p => p.Y > summit.Y + 80);
        Assert.NotEqual("grass", world.Environment.Ground.Name);
    }

    [Fact]
    public void An_iceberg_floats_in_the_sea_inside_the_view()
    {
        var world = Compose("iceberg", ground: "snow");
        var vista = VistaOf(world);
        var ice = Points(world, "iceberg");
        Assert.True(ice.Max(p => p.Y) > 20, "a berg over 20 m high");
        Assert.Contains(ice, p => InX(vista, p) && p.Z >= vista.Min.Z && p.Z <= vista.Max.Z);
        Assert.Equal("water", world.Environment.Ground.Name);
    }

    [Fact]
    public void A_coral_reef_is_underwater_and_many_coloured()
    {
        var world = Compose("underwater", ground: "sand");
        Assert.True(world.Environment.FogDensity > 0.05f, "the water's murk");
        var vista = VistaOf(world);
        var colours = Vertices(world, "coral").Where(v => InX(vista, v.At) && v.At.Z > vista.Min.Z).Select(v => v.Paint.Name).Distinct().Count();
        Assert.True(colours >= 5, $"{colours} kinds of coral in view");
        Assert.True(EnvironmentBuilder.Build(new WorldSpec { Setting = "coral reef" }).FogDensity > 0.05f, "a coral reef is under water too");
    }

    [Fact]
    public void A_marsh_has_pools_reeds_and_dead_trees()
    {
        var world = Compose("marsh", ground: "dirt");
        var vista = VistaOf(world);
        Assert.Contains(Points(world, "pools"), p => InX(vista, p) && p.Z > vista.Min.Z);
        Assert.Contains(Points(world, "reeds"), p => InX(vista, p) && p.Y > 1);
        Assert.Contains(Points(world, "snags"), p => p.Y > 4);
    }

    [Fact]
    public void The_sky_is_framed_among_clouds()
    {
        var world = Compose("sky");
        var vista = VistaOf(world);
        var clouds = Points(world, "clouds");
        Assert.True(vista.Min.Y > 50, "the view is up in the sky");
        Assert.Contains(clouds, p => InX(vista, p) && p.Y > vista.Min.Y && p.Y < vista.Max.Y);
    }

    [Fact]
    public void A_harbor_is_a_quay_with_boats_and_a_crane_not_a_lawn()
    {
        var world = Compose("harbor");
        var vista = VistaOf(world);
        Assert.Equal("concrete", world.Environment.Ground.Name);
        Assert.Contains(Points(world, "boats"), p => InX(vista, p));
        Assert.Contains(Points(world, "cranes"), p => InX(vista, p) && p.Y > 15);
    }

    [Fact]
    public void The_ocean_rolls_in_swells_with_whitecaps_to_the_horizon()
    {
        var world = Compose("ocean", ground: "sand");
        var swell = Points(world, "swell");
        Assert.True(swell.Max(p => p.Y) - swell.Min(p => p.Y) > 0.6f, "swells, not a flat plane");
        Assert.NotEmpty(Points(world, "whitecaps"));
        Assert.Equal("water", world.Environment.Ground.Name);
    }

    [Fact]
    public void A_glacier_is_crevassed_ice_between_rock_mountains()
    {
        var world = Compose("glacier", ground: "snow");
        var vista = VistaOf(world);
        var land = Vertices(world, "glacier").Concat(Vertices(world, "valley")).ToList();
        Assert.Contains(land, v => v.Paint.Name == "glacierice" && InX(vista, v.At));
        Assert.Contains(land, v => v.Paint.Name == "mountain" && v.At.Y > 60);
        Assert.Contains(Points(world, "crevasses"), p => InX(vista, p));
    }

    [Fact]
    public void A_cliff_drops_sheer_to_the_sea_just_behind_the_action()
    {
        var world = Compose("cliff", kind: "person", ground: "dirt");
        var band = Corridor.Around(world.Entities);
        var cliffs = Points(world, "cliffs");
        // Within 12 m behind the band the land is 50 m down; the far wall across the bay stands back up to the top.
        Assert.Contains(cliffs, p => p.Z > band.Back - 12 && p.Y < -50 && MathF.Abs(p.X - band.CentreX) < 20);
        Assert.Contains(cliffs, p => p.Z < band.Back - 120 && p.Y > -2 && MathF.Abs(p.X - band.CentreX) < 60);
    }

    [Fact]
    public void An_empty_cliff_is_seen_along_its_banded_face_from_over_the_sea()
    {
        var world = Compose("cliff", ground: "dirt");
        var vista = VistaOf(world);
        var band = Corridor.Around(world.Entities);
        // Looked at along the coast (the face recedes in perspective), not square across the bay at a flat wall.
        Assert.True(MathF.Abs(vista.AzimuthDeg ?? 20) > 60, $"the view looks from {vista.AzimuthDeg}°");
        // The face is in beds of several rocks, and in the view it stands sheer: within a few metres of one spot on the
        // coast it runs from the surf to the clifftop.
        var face = Vertices(world, "cliffs").Where(v => InX(vista, v.At)).ToList();
        Assert.True(face.Select(v => v.Paint.Name).Distinct().Count() >= 3, "banded rock");
        var foot = face.Where(v => v.At.Y < -CliffSet.Drop).MinBy(v => v.At.Z).At;
        Assert.Contains(face, v => v.At.Y > -1 && MathF.Abs(v.At.X - foot.X) < 4 && MathF.Abs(v.At.Z - foot.Z) < 12);
        // Light bounces onto the faces off the sea at their feet, not green off the grass under our turf.
        var bounce = world.Environment.Ground.BaseColor;
        Assert.True(bounce.Z > bounce.Y && bounce.Z > bounce.X, $"bounce colour {bounce}");
        // Sea stacks stand off the coast in the view, well up out of the water.
        Assert.Contains(Points(world, "stacks"), p => InX(vista, p) && p.Y > -CliffSet.Drop + 30 && p.Z < band.Back - 20);
    }

    [Fact]
    public void A_glacier_is_seen_up_its_ice_in_clear_air_with_moraine_stripes()
    {
        var world = Compose("glacier", ground: "snow");
        var vista = VistaOf(world);
        Assert.Equal(0f, vista.AzimuthDeg);
        Assert.True(vista.Min.Y > 20, "the view is from above the ice");
        // No blowing-snow haze under a clear sky, and a deep blue zenith rather than the snow family's glare.
        Assert.Equal(0f, world.Environment.FogDensity);
        Assert.True(world.Environment.SkyZenith.Z > 2.5f * world.Environment.SkyZenith.X);
        var stripes = Points(world, "moraines");
        Assert.Contains(stripes, p => InX(vista, p) && p.Z < vista.Min.Z);
        // Dark rock walls rise on both sides of the view.
        var rock = Vertices(world, "valley").Where(v => v.Paint.Name == "mountain" && v.At.Y > 40 && v.At.Z < vista.Min.Z).Select(v => v.At).ToList();
        Assert.Contains(rock, p => p.X < vista.Min.X);
        Assert.Contains(rock, p => p.X > vista.Max.X);
    }

    [Fact]
    public void The_desert_sun_stands_low_so_its_dunes_cast_shade()
    {
        // The plan's default afternoon (14:00) put the sun 60° up, which lit every face of a dune alike.
        var world = Compose("desert", ground: "sand");
        var elevation = MathF.Asin(Vector3.Normalize(world.Environment.SunDirection).Y) * 180 / MathF.PI;
        Assert.InRange(elevation, 10, 23);
        // A sun the plan already puts low is left where it is.
        var dusk = Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = "desert", Ground = "sand", TimeOfDay = 18.5 },
            Shots = [new ShotSpec()],
        });
        Assert.Equal(EnvironmentBuilder.Build(dusk.Plan.World).SunDirection, dusk.Environment.SunDirection);
        // Bare, the view looks down over the crests from above them.
        Assert.True(VistaOf(Compose("desert", ground: "sand")).Min.Y > 5);
    }

    [Fact]
    public void A_harbor_is_clear_and_has_coloured_containers_in_view()
    {
        var world = Compose("harbor");
        var vista = VistaOf(world);
        // The family's sea haze (0.003/m) over land that ended at the quay hid the far shore in fog.
        Assert.True(world.Environment.FogDensity <= 0.0005f, $"fog {world.Environment.FogDensity}/m");
        Assert.True(world.Environment.LandReach >= 300);
        var containers = Vertices(world, "containers").Where(v => InX(vista, v.At)).ToList();
        Assert.True(containers.Select(v => v.Paint.Name).Distinct().Count() >= 3, "containers in several colours");
        // A fog the weather brings stays.
        var foggy = Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = "harbor", Ground = "concrete", Weather = "fog" },
            Shots = [new ShotSpec()],
        });
        Assert.True(foggy.Environment.FogDensity > 0.02f);
    }

    [Theory]
    [InlineData("river", "bank trees")]
    [InlineData("waterfall", "waterfall")]
    [InlineData("volcano", "volcano")]
    [InlineData("iceberg", "iceberg")]
    [InlineData("marsh", "snags")]
    public void The_landmark_stands_behind_a_walker(string setting, string kind)
    {
        var world = Compose(setting, kind: "person");
        var band = Corridor.Around(world.Entities);
        var landmark = Points(world, kind);
        Assert.NotEmpty(landmark);
        Assert.All(landmark.Where(p => p.Y > 2), p => Assert.True(p.Z < band.Back, $"{kind} at z {p.Z:F1} in front of the band's back {band.Back:F1}"));
    }

    [Theory]
    [InlineData("river")]
    [InlineData("lake")]
    [InlineData("waterfall")]
    [InlineData("marsh")]
    [InlineData("ocean")]
    [InlineData("iceberg")]
    [InlineData("volcano")]
    [InlineData("underwater")]
    [InlineData("glacier")]
    [InlineData("cliff")]
    [InlineData("valley")]
    public void Nothing_of_a_wild_set_stands_on_the_action_or_before_it(string setting)
    {
        var world = Compose(setting, kind: "person");
        var band = Corridor.Around(world.Entities);
        foreach (var kind in world.Environment.Scenery.Select(p => p.Kind).Distinct())
            foreach (var p in Points(world, kind).Where(p => p.Z > band.Back + 1e-3f))
                Assert.True(p.Y < 0.3f, $"{kind} rises to {p.Y:F2} m at z {p.Z:F2} (band from {band.Back:F2})");
    }

    [Theory]
    [InlineData("river")]
    [InlineData("waterfall")]
    [InlineData("volcano")]
    [InlineData("iceberg")]
    [InlineData("marsh")]
    [InlineData("sky")]
    [InlineData("underwater")]
    [InlineData("ocean")]
    [InlineData("glacier")]
    [InlineData("cliff")]
    [InlineData("valley")]
    public void A_wild_set_stays_within_the_renderers_triangle_budget(string setting)
    {
        var triangles = Compose(setting).Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 1000, 150_000);
    }
}
