using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose.Tests.Places;

/// <summary>
/// The clock tower dominates its square: seen from the square at head height (not from high over a model town), with
/// houses lining the square's sides facing in, the tower rising far over them, and still whole over a walker.
/// </summary>
public class ClockTowerTests
{
    private static World Compose(bool walker = false) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 7,
            World = new WorldSpec { Setting = "clock tower", Ground = "stone" },
            Cast = walker ? [new CastMember { Id = "person1", Kind = "person" }] : [],
            Shots = walker ? [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = "walk" }] }] : [new ShotSpec()],
        });

    private static List<Vector3> Points(World w, string kind) =>
        w.Environment.Scenery.Where(p => p.Kind == kind)
            .SelectMany(p => p.Model.Parts.SelectMany(part => Enumerable.Range(0, part.Mesh.Positions.Length)
                .Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position)))
            .ToList();

    [Fact]
    public void The_empty_square_is_seen_from_the_ground_and_the_tower_towers_over_its_houses()
    {
        var w = Compose();
        var vista = Assert.IsType<Vista>(w.Environment.Vista);
        Assert.True(vista.FromGround, "a visitor's view from the square, not a view from over the roofs");
        var tower = Points(w, "tower");
        var houses = Points(w, "buildings");
        Assert.True(tower.Max(p => p.Y) > 2.5f * houses.Max(p => p.Y), $"tower {tower.Max(p => p.Y):0} m, houses to {houses.Max(p => p.Y):0} m");
    }

    [Fact]
    public void Houses_line_both_sides_of_the_square_in_front_of_the_tower()
    {
        var w = Compose();
        var v = w.Environment.Vista!.Value;
        var (x, front) = (v.Centre.X, v.Max.Z);
        var houses = Points(w, "buildings").Where(p => p.Z > front + 10 && p.Y > 8).ToList();
        Assert.Contains(houses, p => p.X < x - 20 && p.X > x - 40);
        Assert.Contains(houses, p => p.X > x + 20 && p.X < x + 40);
    }

    [Fact]
    public void Behind_a_walker_the_whole_tower_is_the_backdrop()
    {
        var backdrop = Assert.IsType<Vista>(Compose(walker: true).Environment.Backdrop);
        Assert.True(backdrop.Max.Y > 60, $"backdrop top {backdrop.Max.Y:0} m");
    }
}
