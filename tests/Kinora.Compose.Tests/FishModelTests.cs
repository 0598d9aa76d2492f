using System.Numerics;
using Kinora.Compose.Assets.Kinds;
using Kinora.Compose.Scenarios;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// Fish: each water animal is a rigged body seen from the side (long along X, deeper than wide for a reef or pond
/// fish), whose spine joints bend the body in a smooth wave — the tail swings, the nose stays, and the middle
/// follows part way — where a rigid model would slide about like a card. In a tank a fish starts in the water.
/// </summary>
public class FishModelTests
{
    [Theory]
    [InlineData("fish")]
    [InlineData("goldfish")]
    [InlineData("tropical fish")]
    [InlineData("shark")]
    public void A_fish_is_long_along_x_and_rigged_down_its_spine(string kind)
    {
        var model = AssetModels.Build(kind, 7, "fish");
        var e = AssetModels.Extent(model);
        Assert.True(e.X > 1.6f * e.Y && e.X > 1.6f * e.Z, $"{kind}: extent {e} is not a fish's side view");
        var rig = model.Rig!;
        Assert.True(rig.IndexOf(JointNames.Body) >= 0);
        for (var k = 0; k < FishRig.Count; k++) Assert.True(rig.IndexOf(FishRig.Segment(k)) >= 0, $"{kind} lacks {FishRig.Segment(k)}");
        Assert.Equal(-1, rig.IndexOf(JointNames.Tail)); // the quadrupeds' idle droops a "tail": a fish's spine is its own
    }

    [Fact]
    public void Goldfish_and_reef_fish_are_deeper_than_wide_and_goldfish_is_orange()
    {
        foreach (var kind in new[] { "goldfish", "tropical fish" })
        {
            var e = AssetModels.Extent(AssetModels.Build(kind, 3, "fish"));
            Assert.True(e.Y > 1.3f * e.Z, $"{kind}: {e} is not flattened side to side");
        }
        var gold = AssetModels.Build("goldfish", 3, "fish").Parts.First(p => p.Material.Name == "scales").Material.BaseColor;
        Assert.True(gold.X > 2 * gold.Y && gold.Y > gold.Z, $"goldfish colour {gold} is not orange");
    }

    [Fact]
    public void Bending_the_spine_swings_the_tail_moves_the_middle_part_way_and_keeps_the_nose()
    {
        var model = AssetModels.Build("fish", 5, "fish");
        var rig = model.Rig!;
        var rotations = new Quaternion[rig.Joints.Count];
        Array.Fill(rotations, Quaternion.Identity);
        for (var k = 0; k < FishRig.Count; k++) rotations[rig.IndexOf(FishRig.Segment(k))] = Quaternion.CreateFromAxisAngle(Vector3.UnitY, 0.25f);
        var palette = new Matrix4x4[rig.Joints.Count];
        rig.Palette(rotations, palette);
        var (min, max) = AssetModels.Bounds(model.Parts);
        var length = max.X - min.X;
        float Moved(float fromX, float toX)
        {
            var most = 0f;
            foreach (var part in model.Parts)
            {
                var p = part.Mesh.Positions.Span;
                var j = part.Mesh.SkinJoints.Span;
                var w = part.Mesh.SkinWeights.Span;
                for (var i = 0; i < p.Length; i++)
                {
                    var rest = Vector3.Transform(p[i], part.Local);
                    if (rest.X < fromX || rest.X > toX) continue;
                    var bent = w[i].X * Vector3.Transform(rest, palette[(int)j[i].X]) + w[i].Y * Vector3.Transform(rest, palette[(int)j[i].Y]);
                    most = MathF.Max(most, Vector3.Distance(bent, rest));
                }
            }
            return most;
        }
        var nose = Moved(max.X - 0.1f * length, max.X);
        var middle = Moved(min.X + 0.45f * length, min.X + 0.55f * length);
        var tail = Moved(min.X, min.X + 0.08f * length);
        Assert.True(nose < 0.005f * length, $"the nose moved {nose / length:P1} of the length");
        Assert.True(tail > 0.15f * length, $"the tail moved only {tail / length:P1} of the length");
        Assert.True(middle > 0.01f * length && middle < 0.6f * tail, $"the middle moved {middle / length:P1}, the tail {tail / length:P1}: not a smooth bend");
    }

    [Fact]
    public void A_fish_in_an_aquarium_starts_in_the_water_not_above_it()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Cast = [new CastMember { Id = "fish1", Kind = "goldfish", Count = 3 }, new CastMember { Id = "aquarium1", Kind = "aquarium" }],
            Shots = [new ShotSpec { Actions = [new ActionSpec { Actor = "fish1", Verb = "swim" }] }],
        });
        var water = world.Entities.Single(e => e.Shape is LiquidShape);
        var half = ((LiquidShape)water.Shape).HalfExtents;
        foreach (var fish in world.Entities.Where(e => e.CastId == "fish1"))
        {
            var d = Vector3.Abs(fish.Position - water.Position);
            Assert.True(d.X < half.X && d.Y < half.Y && d.Z < half.Z, $"{fish.Id} at {fish.Position} is outside the water at {water.Position} ± {half}");
        }
        // An aquarium: gravel and plants inside the glass and under the water line, the tank up on its cabinet.
        var top = water.Position.Y + half.Y;
        foreach (var part in new[] { "gravel", "plants", "rock" })
        {
            var e = world.Entities.Single(x => x.Kind == part);
            var (min, max) = AssetModels.Bounds(e.Model.Parts);
            Assert.True(min.X + e.Position.X >= water.Position.X - half.X - 1e-3f && max.X + e.Position.X <= water.Position.X + half.X + 1e-3f, $"the {part} pokes through the glass");
            Assert.True(max.Y + e.Position.Y < top, $"the {part} rises out of the water");
        }
        var stand = world.Entities.Single(x => x.Kind == "stand");
        Assert.Equal(water.Position.Y - half.Y - LiquidTank.Wall, stand.Position.Y + stand.Shape.HalfHeight, 3);
    }
}
