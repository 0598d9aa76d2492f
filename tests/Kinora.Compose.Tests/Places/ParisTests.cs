using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Scenery;
using Kinora.Plan;
using PlaceTable = Kinora.Compose.Scenery.Places.Places;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// Paris: the Seine with the iron lattice tower behind a boat, and the café terrace on a street that runs to the
/// tower. The tower must be tall and whole in the set's Backdrop box behind the action, seen over the far bank (no
/// block or tree stands on the line of sight to its legs), and each set stays within the triangle budget.
/// </summary>
public class ParisTests
{
    private static World Compose(string setting, string? kind, string ground = "concrete") =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = kind is null ? [] : [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Actions = kind is null ? [] : [new ActionSpec { Actor = "a1", Verb = "walk" }] }],
        });

    private static List<(Vector3 A, Vector3 B, Vector3 C)> Triangles(World world, Func<SceneryPiece, bool> which)
    {
        var list = new List<(Vector3, Vector3, Vector3)>();
        foreach (var p in world.Environment.Scenery.Where(which))
            foreach (var part in p.Model.Parts)
            {
                var pos = part.Mesh.Positions.Span;
                var idx = part.Mesh.Indices.Span;
                for (var i = 0; i + 2 < idx.Length; i += 3)
                    list.Add((W(pos[(int)idx[i]]), W(pos[(int)idx[i + 1]]), W(pos[(int)idx[i + 2]])));

                Vector3 W(Vector3 v) => Vector3.Transform(v, part.Local) + p.Position;
            }
        return list;
    }

    private static List<Vector3> Points(World world, string kind) =>
        [.. Triangles(world, p => p.Kind == kind).SelectMany(t => new[] { t.A, t.B, t.C })];

    /// <summary>True when the segment from <paramref name="from"/> to <paramref name="to"/> passes through a triangle
    /// (Möller–Trumbore).</summary>
    private static bool Blocked(IEnumerable<(Vector3 A, Vector3 B, Vector3 C)> triangles, Vector3 from, Vector3 to)
    {
        var dir = to - from;
        foreach (var (a, b, c) in triangles)
        {
            var (e1, e2) = (b - a, c - a);
            var p = Vector3.Cross(dir, e2);
            var det = Vector3.Dot(e1, p);
            if (MathF.Abs(det) < 1e-9f) continue;
            var s = from - a;
            var u = Vector3.Dot(s, p) / det;
            if (u is < 0 or > 1) continue;
            var q = Vector3.Cross(s, e1);
            var v = Vector3.Dot(dir, q) / det;
            if (v < 0 || u + v > 1) continue;
            var t = Vector3.Dot(e2, q) / det;
            if (t is > 1e-4f and < 0.999f) return true;
        }
        return false;
    }

    [Theory]
    [InlineData("paris cafe", "paris")]
    [InlineData("parisian cafe", "paris")]
    [InlineData("cafe in paris", "paris")]
    [InlineData("paris", "paris")]
    [InlineData("seine river", "seine")]
    [InlineData("eiffel tower", "seine")]
    public void A_setting_names_its_paris_place(string setting, string first)
    {
        Assert.Equal(first, PlaceTable.Of(setting)?.Words[0]);
        // The café terrace is out on the pavement: a street's light and air, not a room's.
        if (first == "paris") Assert.Equal(SettingFamily.CityStreet, SettingFamilies.Of(setting, false, "concrete"));
    }

    [Fact]
    public void The_tower_behind_the_boat_is_tall_whole_in_the_backdrop_and_seen_over_the_bank()
    {
        var world = Compose("seine river", "boat", "water");
        var band = Corridor.Around(world.Entities);
        var tower = Points(world, "tower");
        var top = tower.MaxBy(p => p.Y);
        Assert.True(top.Y > 150, $"tower top {top.Y:0} m");
        var backdrop = Assert.IsType<Vista>(world.Environment.Backdrop);
        Assert.All(tower, p => Assert.True(Vector3.Clamp(p, backdrop.Min - Vector3.One, backdrop.Max + Vector3.One) == p, $"{p} outside the backdrop"));
        Assert.True(backdrop.Max.Z < band.Back - 300, "the tower stands far behind the river");
        // From a camera 50 m out in front of the boat it rises well over the horizon: most of a 35 mm frame's height.
        var eye = new Vector3(band.CentreX + 17, 3, band.Front + 47);
        var angle = MathF.Atan2(top.Y - eye.Y, new Vector2(top.X - eye.X, top.Z - eye.Z).Length()) * 180 / MathF.PI;
        Assert.InRange(angle, 16, 30);
        // Its piers spread wide at the foot and meet at the top: a lattice tower, not a block.
        var foot = tower.Where(p => p.Y < 15).ToList();
        var high = tower.Where(p => p.Y > 0.7f * top.Y).ToList();
        Assert.True(foot.Max(p => p.X) - foot.Min(p => p.X) > 4 * (high.Max(p => p.X) - high.Min(p => p.X)));
        // Its legs show over the quay wall: no block or tree stands on the line of sight to the first platform.
        var centre = (backdrop.Min + backdrop.Max) / 2;
        var legs = new Vector3(centre.X, backdrop.Min.Y + 0.2f * (backdrop.Max.Y - backdrop.Min.Y), centre.Z);
        Assert.False(Blocked(Triangles(world, p => p.Kind is "paris" or "planes" or "gardentrees"), eye, legs), "the bank hides the tower's legs");
    }

    [Fact]
    public void The_seine_keeps_its_quay_wall_and_haussmann_blocks_beside_the_tower()
    {
        var world = Compose("seine river", "boat", "water");
        var roofs = Points(world, "paris");
        Assert.NotEmpty(roofs);
        Assert.True(Points(world, "tower").Max(p => p.Y) > 5 * roofs.Max(p => p.Y), "the tower stands far over the roofs");
        Assert.Contains(world.Environment.Scenery, p => p.Model.Parts.Any(q => q.Material.Name == "zincroof"));
        Assert.Contains(world.Environment.Scenery, p => p.Model.Parts.Any(q => q.Material.Name == "quaystone"));
    }

    [Fact]
    public void The_cafe_terrace_has_tables_an_awning_and_the_tower_at_the_end_of_its_street()
    {
        var world = Compose("paris cafe", "person");
        var band = Corridor.Around(world.Entities);
        var tables = Points(world, "tables");
        Assert.True(tables.Count > 0 && tables.Max(p => p.Z) < band.Back, "the terrace's tables stand behind the action");
        Assert.Contains(world.Environment.Scenery, p => p.Model.Parts.Any(q => q.Material.Name == "awningred"));
        Assert.Contains(world.Environment.Scenery, p => p.Model.Parts.Any(q => q.Material.Name == "signgilt"));
        var tower = Points(world, "tower");
        var top = tower.MaxBy(p => p.Y);
        Assert.True(top.Y > 150, $"tower top {top.Y:0} m");
        var backdrop = Assert.IsType<Vista>(world.Environment.Backdrop);
        Assert.True(backdrop.Max.Y >= top.Y - 1 && backdrop.Max.Z < band.Back - 300);
        // Seen from the terrace, the street opens onto the tower: its upper half is clear of every block.
        var eye = new Vector3(band.CentreX + 2, 1.6f, band.Front + 4);
        var blocks = Triangles(world, p => p.Kind is "paris" or "cafe");
        foreach (var share in new[] { 0.5f, 0.75f, 1f })
            Assert.False(Blocked(blocks, eye, new Vector3(top.X, share * top.Y, top.Z)), $"a block hides the tower at {share:P0} of its height");
    }

    [Theory]
    [InlineData("seine river", "boat", "water")]
    [InlineData("eiffel tower", null, "grass")]
    [InlineData("paris cafe", "person", "concrete")]
    [InlineData("paris", null, "concrete")]
    public void Paris_sets_stay_within_the_triangle_budget(string setting, string? kind, string ground)
    {
        var world = Compose(setting, kind, ground);
        var triangles = world.Environment.Scenery.Sum(p => p.Model.Parts.Sum(q => q.Mesh.TriangleCount));
        Assert.InRange(triangles, 20_000, 150_000);
    }
}
