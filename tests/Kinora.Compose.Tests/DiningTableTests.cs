using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Layout;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// A dining table stands with four chairs tucked in, yet collides as the table alone (its top and legs): a cup set
/// on it rests on the top, not on a box up to the chair backs.
/// </summary>
public class DiningTableTests
{
    private static (Shape Shape, Model Model) Build(long seed)
    {
        var random = new SeededRandom(seed, "furniture/dining table");
        var (shape, model, _) = AssetLibrary.Build(new CastMember { Id = "t", Kind = "dining table", Traits = new Traits() }, ref random);
        return (shape, model);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    public void The_collider_is_the_table_top_and_legs_while_the_chairs_rise_above_it(long seed)
    {
        var (shape, model) = Build(seed);
        var box = Assert.IsType<BoxShape>(shape);
        // Sizes vary ±5% by seed: a 1.6 × 0.9 m top at 0.75 m.
        Assert.InRange(2 * box.HalfExtents.Y, 0.7f, 0.8f);
        Assert.InRange(2 * box.HalfExtents.X, 1.5f, 1.7f);
        Assert.InRange(2 * box.HalfExtents.Z, 0.85f, 0.95f);
        var (min, max) = AssetModels.Bounds(model.Parts);
        Assert.True(MathF.Abs(min.Y + box.HalfExtents.Y) < 0.01f, $"lowest point {min.Y:F3}, collider bottom {-box.HalfExtents.Y:F3}"); // the legs and chairs stand on the floor the collider stands on
        Assert.True(max.Y > box.HalfExtents.Y + 0.15f, $"chair backs reach {max.Y:F2} m over the centre, the top {box.HalfExtents.Y:F2}");
        Assert.True(max.X - min.X > 2 * box.HalfExtents.X + 0.3f, "chairs stand at both ends, outside the collider");
        var pads = model.Parts.Where(p => p.Material.Name == "seatpad").ToList();
        var (pMin, pMax) = AssetModels.Bounds(pads);
        Assert.True(pMax.Y < box.HalfExtents.Y - 0.2f, "the seats are lower than the top");
    }

    [Fact]
    public void The_middle_of_the_top_is_left_bare_for_what_is_set_on_it()
    {
        // A thing put "on the table" goes to the middle of its collider: no plate, glass or bowl may stand there.
        var (shape, model) = Build(7);
        var top = ((BoxShape)shape).HalfExtents.Y;
        foreach (var part in model.Parts)
            foreach (var v in part.Mesh.Positions.Span)
            {
                var p = Vector3.Transform(v, part.Local);
                if (p.Y > top + 0.005f)
                    Assert.True(new Vector2(p.X, p.Z).Length() > 0.12f, $"{part.Material.Name} stands at ({p.X:F2}, {p.Y:F2}, {p.Z:F2}) in the middle of the top");
            }
    }

    [Fact]
    public void A_cup_on_the_table_rests_on_its_top_not_on_the_chair_backs()
    {
        var placed = LayoutSolver.Place(new ScenePlan
        {
            Seed = 3,
            World = new WorldSpec { Setting = "kitchen", Indoor = true, Ground = "wood" },
            Cast = [new CastMember { Id = "cup1", Kind = "cup" }, new CastMember { Id = "t1", Kind = "dining table" }],
            Relations = [new RelationSpec { Subject = "cup1", Relation = "on", Object = "t1" }],
        });
        var (cup, table) = (placed.Single(e => e.Kind == "cup"), placed.Single(e => e.Kind == "dining table"));
        var bottom = cup.Position.Y - cup.Shape.HalfHeight;
        var colliderTop = table.Position.Y + table.Shape.HalfHeight;
        // The wooden top the rays find is the collider's top: what the cup is set on is what it collides with.
        var surface = SupportSurface.Find(table);
        Assert.NotNull(surface);
        Assert.True(MathF.Abs(surface.Value.Y - colliderTop) < 0.03f, $"top surface at {surface.Value.Y:F3} m, collider top {colliderTop:F3} m");
        Assert.InRange(bottom, colliderTop - 0.01f, colliderTop + 0.05f);
        Assert.InRange(bottom, 0.68f, 0.85f);
    }
}
