using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

public class SceneryTests
{
    /// <summary>One setting word per family (the word the family is named by in SettingFamilies).</summary>
    public static TheoryData<string, bool> Settings() => new()
    {
        { "city street", false }, { "park", false }, { "forest", false }, { "beach", false }, { "mountain", false },
        { "desert", false }, { "snow", false }, { "farm", false }, { "harbour", false }, { "train station", false },
        { "airport", false }, { "stadium", false }, { "kitchen", true }, { "living room", true }, { "bedroom", true },
        { "bathroom", true }, { "office", true }, { "classroom", true }, { "library", true }, { "restaurant", true },
        { "shop", true }, { "gallery", true }, { "gym", true },
    };

    private static World Compose(string setting, bool indoor = false, double hour = 14, string kind = "person", string verb = "walk", string weather = "clear") =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Indoor = indoor, TimeOfDay = hour, Weather = weather, Ground = indoor ? "wood" : "grass" },
            Cast = [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "a1", Verb = verb }] }],
        });

    private static IEnumerable<Vector3> Vertices(SceneryPiece piece)
    {
        var place = Matrix4x4.CreateScale(piece.Scale) * Matrix4x4.CreateFromQuaternion(piece.Rotation) * Matrix4x4.CreateTranslation(piece.Position);
        foreach (var part in piece.Model.Parts)
            for (var i = 0; i < part.Mesh.Positions.Length; i++)
                yield return Vector3.Transform(part.Mesh.Positions.Span[i], part.Local * place);
    }

    private static int Triangles(WorldEnvironment env) => env.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_family_is_dressed_within_the_triangle_budget(string setting, bool indoor)
    {
        var env = Compose(setting, indoor).Environment;
        Assert.NotEmpty(env.Scenery);
        Assert.InRange(Triangles(env), 200, 150_000);
        Assert.True(env.Scenery.Select(p => p.Kind).Distinct().Count() >= 2, "a set is more than one kind of thing");
        // Merged by kind and by stretch of street, not one draw per tree.
        Assert.InRange(env.Scenery.Sum(p => p.Model.Parts.Count), 1, 400);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Nothing_stands_on_the_action_or_between_it_and_the_camera(string setting, bool indoor)
    {
        var world = Compose(setting, indoor, hour: 22);
        var band = Corridor.Around(world.Entities);
        foreach (var piece in world.Environment.Scenery)
            foreach (var v in Vertices(piece))
                // Flat dressing (road, path, rug, pitch lines, rails) may lie under the action; nothing taller than a kerb.
                if (v.Z > band.Back + 1e-3f) Assert.True(v.Y < 0.3f, $"{piece.Kind} rises to {v.Y:F2} m at z {v.Z:F2} (band from {band.Back:F2})");
    }

    [Fact]
    public void The_clear_band_widens_for_a_bigger_subject()
    {
        var person = Corridor.Around(Compose("city street").Entities);
        var bus = Corridor.Around(Compose("city street", kind: "bus", verb: "drive").Entities);
        Assert.True(bus.Front - bus.Back > person.Front - person.Back + 2, "a bus gets a wider street than a walker");
    }

    [Fact]
    public void A_street_at_night_has_lamps_lit_windows_and_a_car_with_headlights()
    {
        var night = Compose("city street", hour: 22, kind: "car", verb: "drive", weather: "rain");
        var day = Compose("city street", hour: 12, kind: "car", verb: "drive");
        Assert.True(EnvironmentBuilder.IsDark(night.Plan.World));
        Assert.False(EnvironmentBuilder.IsDark(day.Plan.World));
        Assert.True(night.Environment.Lights.Count(l => l.OwnerId is null) >= 4, "street lamps light the night");
        Assert.Empty(day.Environment.Lights);
        static int Glowing(World w) => w.Environment.Scenery.SelectMany(p => p.Model.Parts).Count(q => q.Material.Emission.LengthSquared() > 0);
        Assert.True(Glowing(night) > 3, "lit windows and lamp globes glow at night");
        Assert.Equal(0, Glowing(day));

        var beam = Assert.Single(night.Environment.Lights, l => l.OwnerId == "a1");
        Assert.NotNull(beam.Direction);
        Assert.True(beam.Direction!.Value.X > 0.9f, "headlights point the way the car faces (+X)");
        Assert.True(beam.Position.X > 0.5f, "the beam rides in the car's front half (set back so its pool starts at the bumper), in its own frame");
        Assert.Contains(night.Entities[0].Model.Parts, p => p.Material.Name == "headlight" && p.Material.Emission.X > 1);
        Assert.DoesNotContain(day.Entities[0].Model.Parts, p => p.Material.Emission.LengthSquared() > 0);
    }

    [Fact]
    public void A_cyberpunk_street_glows_with_neon()
    {
        var plain = Compose("city street", hour: 22);
        var neon = Composer.Compose(plain.Plan with { Look = new LookSpec { Style = "cyberpunk" } });
        static int Neon(World w) => w.Environment.Scenery.SelectMany(p => p.Model.Parts).Count(q => q.Material.Name.StartsWith("neon", StringComparison.Ordinal));
        Assert.True(Neon(neon) > Neon(plain), "cyberpunk hangs more neon");
        Assert.True(Neon(neon) >= 3);
    }

    [Fact]
    public void Dressing_is_deterministic_by_seed()
    {
        static float Fingerprint(World w) => w.Environment.Scenery.SelectMany(Vertices).Aggregate(0f, (s, v) => s + v.X * 0.37f + v.Z * 0.11f + v.Y);
        var a = Compose("park");
        var b = Compose("park");
        var c = Composer.Compose(a.Plan with { Seed = 8 });
        Assert.Equal(Fingerprint(a), Fingerprint(b));
        Assert.NotEqual(Fingerprint(a), Fingerprint(c));
    }

    [Theory]
    [InlineData("music studio", SettingFamily.LivingRoom)]   // not the bare studio
    [InlineData("gas station", SettingFamily.CityStreet)]    // not a railway station
    [InlineData("cafeteria", SettingFamily.Restaurant)]
    [InlineData("indoor gymnasium", SettingFamily.Gym)]
    [InlineData("train railway", SettingFamily.Station)]
    [InlineData("outdoor track", SettingFamily.Stadium)]
    public void VBench_scene_words_find_their_family(string setting, SettingFamily family) =>
        Assert.Equal(family, SettingFamilies.Of(setting, false, "concrete"));

    [Fact]
    public void A_studio_stays_bare() => Assert.Empty(Compose("studio").Environment.Scenery);

    [Fact]
    public void A_living_room_rug_never_lies_under_the_action()
    {
        // The floor the plan names is the floor a dropped ball hits and is heard on; a rug under it would contradict both.
        var world = Compose("living room", indoor: true, kind: "sports ball", verb: "bounce");
        var ball = world.Entities[world.IndexOf("a1")].Position;
        foreach (var rug in world.Environment.Scenery.Where(p => p.Kind == "rugs"))
        {
            var v = Vertices(rug).ToList();
            var covers = ball.X > v.Min(p => p.X) && ball.X < v.Max(p => p.X) && ball.Z > v.Min(p => p.Z) && ball.Z < v.Max(p => p.Z);
            Assert.False(covers, $"a rug spans the ball's spot {ball}");
        }
    }

    [Fact]
    public void A_picture_that_is_the_scene_gets_no_dressing()
    {
        // The photo is the place; a park's trees and lamp posts would stand in front of it in frame 0.
        var plan = new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = "park", Ground = "grass" },
            Picture = new PictureSpec { Path = "photo.jpg" },
            Cast = [new CastMember { Id = "a1", Kind = "person" }],
            Shots = [new ShotSpec()],
        };
        Assert.Empty(Scenery.Dressing.Apply(plan, EnvironmentBuilder.Build(plan.World), []).Environment.Scenery);
        Assert.NotEmpty(Scenery.Dressing.Apply(plan with { Picture = new PictureSpec { Path = "photo.jpg", Use = "painting" } },
            EnvironmentBuilder.Build(plan.World), []).Environment.Scenery);
    }
}
