using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// Mountain land (Scenery/Places/Nature/Canyon*, Sets/Highland): a canyon's words reach it, its floor lies hundreds
/// of metres below the rim the action stands on, snow lies on gentle faces and never on cliffs, desert walls are
/// banded in strata, the establishing view frames the canyon, and the mountains behind a hiker are a backdrop.
/// </summary>
public class TerrainTests
{
    private static World Compose(string setting, string ground, string? kind = null) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 5,
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = "walk" }] }],
        });

    private static IEnumerable<(Vector3 A, Vector3 B, Vector3 C, Material Paint)> Triangles(World world, params string[] kinds) =>
        world.Environment.Scenery.Where(p => kinds.Contains(p.Kind)).SelectMany(p => p.Model.Parts.SelectMany(part =>
        {
            var (pos, idx) = (part.Mesh.Positions.ToArray(), part.Mesh.Indices.ToArray());
            Vector3 At(uint i) => Vector3.Transform(pos[i], part.Local) + p.Position;
            return Enumerable.Range(0, idx.Length / 3).Select(t => (At(idx[3 * t]), At(idx[3 * t + 1]), At(idx[3 * t + 2]), part.Material));
        }));

    private static float Up((Vector3 A, Vector3 B, Vector3 C, Material Paint) t)
    {
        var n = Vector3.Cross(t.B - t.A, t.C - t.A);
        return MathF.Abs(n.Y) / n.Length();
    }

    [Theory]
    [InlineData("canyon")]
    [InlineData("gorge")]
    [InlineData("ravine")]
    [InlineData("snowy mountains and canyons")] // the canyon, not the family's mountain path
    [InlineData("grand canyon")]
    public void Canyon_words_reach_the_canyon(string setting)
    {
        Assert.Contains("canyon", Scenery.Places.Places.Of(setting)?.Words ?? []);
        // The mountain family's air and small ledge: a desert's 900 m floor would fill the canyon at the rim's level.
        Assert.Equal(SettingFamily.Mountain, SettingFamilies.Of(setting, false, "snow"));
    }

    [Theory]
    [InlineData("snow")]
    [InlineData("sand")]
    public void A_canyon_floor_lies_hundreds_of_metres_below_the_rim_the_action_stands_on(string ground)
    {
        var world = Compose("canyon", ground, "person");
        var band = Corridor.Around(world.Entities);
        var land = Triangles(world, "canyon", "canyon lands").SelectMany(t => new[] { t.A, t.B, t.C }).ToList();
        // The rim under and right behind the action is level; nothing rises in the band.
        Assert.All(land.Where(v => v.Z > band.Back - 6 && v.Z < band.Front + 20 && MathF.Abs(v.X - band.CentreX) < 40), v => Assert.InRange(v.Y, 0, 0.6f));
        // Within a few hundred metres behind it, the floor is over 250 m down.
        Assert.Contains(land, v => v.Z < band.Back - 150 && v.Z > band.Back - 600 && v.Y < -250);
        Assert.True(land.Min(v => v.Y) > -320, "no hole below the floor");
    }

    [Fact]
    public void Snow_covers_gentle_faces_and_the_steep_ones_stay_rock()
    {
        var world = Compose("canyon", "snow");
        var faces = Triangles(world, "canyon", "canyon lands").ToList();
        var snow = faces.Where(t => t.Paint.Name == "snowcover").ToList();
        var rock = faces.Where(t => t.Paint.Name == "gorgerock").ToList();
        Assert.NotEmpty(snow);
        Assert.NotEmpty(rock);
        // No snow on a cliff (> 60°); every gentle face (< 30°) above the gorge's floor is snow.
        Assert.All(snow, t => Assert.True(Up(t) > 0.5f, $"snow on a face {MathF.Acos(Up(t)) * 180 / MathF.PI:F0}° steep"));
        Assert.All(rock, t => Assert.True(Up(t) < 0.75f));
        var gentleHigh = faces.Where(t => Up(t) > 0.87f && t.A.Y > 20).ToList();
        Assert.NotEmpty(gentleHigh);
        Assert.All(gentleHigh, t => Assert.Equal("snowcover", t.Paint.Name));
        // Peaks: land hundreds of metres above the rim, with rock faces among them (a range, not a snowy plain).
        Assert.Contains(rock, t => t.A.Y > 150);
        Assert.Contains(snow, t => t.A.Y > 300);
    }

    [Fact]
    public void A_desert_canyon_is_banded_in_strata_from_rim_to_floor()
    {
        var faces = Triangles(Compose("canyon", "sand"), "canyon", "canyon lands").ToList();
        double MeanY(string name) => faces.Where(t => t.Paint.Name == name).Average(t => (t.A.Y + t.B.Y + t.C.Y) / 3);
        var beds = new[] { "caprock", "redbed", "sandstone", "redwall", "mudstone", "schist" };
        Assert.All(beds, b => Assert.Contains(faces, t => t.Paint.Name == b));
        for (var i = 1; i < beds.Length; i++)
            Assert.True(MeanY(beds[i - 1]) > MeanY(beds[i]), $"{beds[i - 1]} lies above {beds[i]}");
        Assert.DoesNotContain(faces, t => t.Paint.Name == "snowcover");
    }

    [Theory]
    [InlineData("snow")]
    [InlineData("sand")]
    public void The_establishing_view_looks_down_the_canyon(string ground)
    {
        var world = Compose("canyon", ground);
        var vista = world.Environment.Vista ?? throw new Xunit.Sdk.XunitException("no vista");
        var land = Triangles(world, "canyon", "canyon lands").SelectMany(t => new[] { t.A, t.B, t.C }).ToList();
        // The box sits at the rim's level over the canyon: its floor runs through the box's footprint, far below it.
        Assert.Contains(land, v => v.X > vista.Min.X && v.X < vista.Max.X && v.Z > vista.Min.Z && v.Z < vista.Max.Z && v.Y < -250);
        Assert.True(vista.Min.Y >= -1 && vista.Max.Y > 100, "framed from above the rim");
        // The air keeps land 3 km off: it reaches at least twice that before the land dissolves.
        Assert.True(world.Environment.LandReach >= 6000);
    }

    [Theory]
    [InlineData("snow")]
    [InlineData("sand")]
    public void A_canyon_stays_under_a_hundred_thousand_triangles(string ground)
    {
        var world = Compose("canyon", ground, "person");
        var triangles = world.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 20_000, 100_000);
    }

    [Fact]
    public void A_snowy_canyon_keeps_its_peaks_behind_a_cast()
    {
        var world = Compose("canyon", "snow", "person");
        var backdrop = world.Environment.Backdrop ?? throw new Xunit.Sdk.XunitException("no backdrop");
        var band = Corridor.Around(world.Entities);
        Assert.True(backdrop.Max.Z < band.Back - 100 && backdrop.Max.Y > 100, "far and tall");
    }

    [Theory]
    [InlineData("mountain", "dirt")]
    [InlineData("snowy mountain", "snow")]
    public void The_peaks_across_the_valley_are_the_backdrop_behind_a_hiker(string setting, string ground)
    {
        var world = Compose(setting, ground, "person");
        var backdrop = world.Environment.Backdrop ?? throw new Xunit.Sdk.XunitException("no backdrop");
        var band = Corridor.Around(world.Entities);
        Assert.True(backdrop.Max.Z < band.Back - 150, "across the valley");
        // Its top is the range's real crest: land reaches it inside the box, and nothing there stands higher.
        var peaks = Triangles(world, "mountains").SelectMany(t => new[] { t.A, t.B, t.C })
            .Where(v => v.X >= backdrop.Min.X && v.X <= backdrop.Max.X && v.Z >= backdrop.Min.Z && v.Z <= backdrop.Max.Z).ToList();
        Assert.True(backdrop.Max.Y > 20);
        Assert.InRange(peaks.Max(v => v.Y), backdrop.Max.Y - 25, backdrop.Max.Y + 2);
    }
}
