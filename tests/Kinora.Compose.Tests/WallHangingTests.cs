using System.Numerics;
using Kinora.Compose.Layout;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>Pictures in the cast hang on the set's wall (or stand on an easel outdoors), framed, and stay put.</summary>
public class WallHangingTests
{
    private static World Compose(string setting, bool indoor) =>
        Composer.Compose(new ScenePlan
        {
            Seed = 3,
            World = new WorldSpec { Setting = setting, Indoor = indoor, Ground = indoor ? "wood" : "grass" },
            Cast = [new CastMember { Id = "person1", Kind = "person", Count = 2 }, new CastMember { Id = "painting1", Kind = "painting", Count = 3 }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "person1", Verb = "look at", Object = "painting1" }] }],
        });

    [Fact]
    public void Paintings_in_a_gallery_hang_on_its_wall_at_eye_level()
    {
        var world = Compose("art gallery", indoor: true);
        var paintings = world.Entities.Where(e => e.Kind == "painting").ToList();
        Assert.Equal(3, paintings.Count);
        var people = world.Entities.Where(e => e.Kind == "person").ToList();
        foreach (var p in paintings)
        {
            Assert.True(p.IsStatic);
            Assert.Equal(WallHangings.EyeLevel, p.Position.Y, 3);
            // On the wall, behind everyone, not on the floor among them.
            Assert.True(p.Position.Z < people.Min(q => q.Position.Z) - 1, $"painting at z {p.Position.Z:F2}");
            // A framed picture: several surfaces (frame, canvas, the image's patches), not one grey box.
            Assert.True(p.Model.Parts.Count >= 3, $"{p.Model.Parts.Count} parts");
        }
        // Side by side, none overlapping.
        var xs = paintings.Select(p => p.Position.X).Order().ToList();
        for (var i = 1; i < xs.Count; i++) Assert.True(xs[i] - xs[i - 1] > 0.8f);
        // The set keeps that stretch of wall for them: none of its own pictures hangs behind them (its picture
        // lights, above 2.4 m, may stay).
        var (x0, x1) = (xs[0] - 0.5f, xs[^1] + 0.5f);
        foreach (var piece in world.Environment.Scenery.Where(s => s.Kind == "pictures"))
            foreach (var part in piece.Model.Parts)
                for (var i = 0; i < part.Mesh.Positions.Length; i++)
                {
                    var v = Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + piece.Position;
                    Assert.False(v.X > x0 && v.X < x1 && v.Y is > 1.2f and < 2.0f, $"a set picture at x {v.X:F2} behind the cast's");
                }
    }

    [Fact]
    public void Outdoors_a_painting_stands_on_an_easel_behind_the_action()
    {
        var world = Compose("park", indoor: false);
        var p = world.Entities.First(e => e.Kind == "painting");
        Assert.True(p.IsStatic);
        Assert.True(p.Position.Y > 1, "up on the easel, not on the grass");
        Assert.True(p.Position.Z < world.Entities.Where(e => e.Kind == "person").Min(q => q.Position.Z));
    }

    [Fact]
    public void Hanging_is_deterministic_by_seed()
    {
        var a = Compose("art gallery", indoor: true).Entities.Where(e => e.Kind == "painting").Select(e => e.Position).ToList();
        var b = Compose("art gallery", indoor: true).Entities.Where(e => e.Kind == "painting").Select(e => e.Position).ToList();
        Assert.Equal(a, b);
    }
}
