using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>"Under" a tall thing on the ground (a tree, a lamp post) puts the subject at its foot, beneath the crown's
/// edge on the camera's side; the tree was lifted onto the walker and hid her. Under a table, the table still goes
/// over the subject.</summary>
public sealed class StandingUnderTests
{
    private static World Compose(string subjectKind, string objectKind) => Composer.Compose(new ScenePlan
    {
        Cast = [new CastMember { Id = "a", Kind = subjectKind }, new CastMember { Id = "b", Kind = objectKind }],
        Relations = [new RelationSpec { Subject = "a", Relation = "under", Object = "b" }],
        Shots = [new ShotSpec { Seconds = 2 }],
    });

    [Theory]
    [InlineData("person", "tree")]
    [InlineData("dog", "street lamp")]
    public void Under_a_tall_thing_the_subject_stands_at_its_foot_in_front(string subject, string tall)
    {
        var world = Compose(subject, tall);
        var (a, b) = (world.Entities[world.IndexOf("a")], world.Entities[world.IndexOf("b")]);
        Assert.True(b.Position.Y - b.Shape.HalfHeight < 0.3f, "the tall thing stays on the ground");
        Assert.True(a.Position.Y - a.Shape.HalfHeight < 0.3f, "the subject stands on the ground");
        Assert.True(a.Position.Z > b.Position.Z, "the subject is on the camera's side of it");
        var box = Assert.IsType<BoxShape>(b.Shape);
        Assert.InRange(a.Position.Z - b.Position.Z, box.HalfExtents.Z, box.HalfExtents.Z + a.Shape.BoundingRadius + 0.5f);
        Assert.InRange(MathF.Abs(a.Position.X - b.Position.X), 0, 0.5f);
    }

    [Fact]
    public void Under_a_table_the_table_goes_over_the_subject()
    {
        var world = Compose("cat", "dining table");
        var (cat, table) = (world.Entities[world.IndexOf("a")], world.Entities[world.IndexOf("b")]);
        Assert.InRange(MathF.Abs(cat.Position.X - table.Position.X), 0, 0.5f);
        Assert.InRange(MathF.Abs(cat.Position.Z - table.Position.Z), 0, 0.5f);
    }
}
