using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Tests;

/// <summary>Seats and beds are turned to a three-quarter view but keep their real size and their front; a potted
/// plant's foliage dwarfs its pot; a toilet faces +Z with its cistern sitting on its bowl.</summary>
public class FurnitureTests
{
    // Sizes vary ±5% by seed, so each range allows for that around the real dimension.
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "furniture/" + kind);

    /// <summary>Every vertex of the parts, in the model's frame turned so its front faces +Z.</summary>
    private static List<Vector3> FrontFramePoints(string kind, Func<ModelPart, bool>? keep = null)
    {
        var front = AssetLibrary.Front(kind);
        var undo = Matrix4x4.CreateRotationY(-MathF.Atan2(front.X, front.Z));
        return [.. Build(kind).Parts.Where(p => keep?.Invoke(p) ?? true)
            .SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(Vector3.Transform(v, p.Local), undo)))];
    }

    [Theory]
    [InlineData("couch", 1.9f, 2.1f, 0.85f, 0.95f)]
    [InlineData("bench", 1.5f, 1.7f, 0.5f, 0.65f)]
    [InlineData("bed", 1.6f, 1.9f, 2.0f, 2.4f)]
    public void A_turned_seat_keeps_its_real_width_and_depth_in_its_own_front_frame(string kind, float wMin, float wMax, float dMin, float dMax)
    {
        var front = AssetLibrary.Front(kind);
        Assert.True(MathF.Abs(front.X) > 0.25f, $"{kind} is turned away from square-on");
        var points = FrontFramePoints(kind);
        Assert.InRange(points.Max(p => p.X) - points.Min(p => p.X), wMin, wMax);
        Assert.InRange(points.Max(p => p.Z) - points.Min(p => p.Z), dMin, dMax);
    }

    [Theory]
    [InlineData("couch")]
    [InlineData("bed")]
    [InlineData("chair")]
    public void The_back_stands_behind_the_seat_along_the_turned_front(string kind)
    {
        // The tallest tenth of the model (a sofa's back, a headboard, a chair's top rail) lies on the side away from
        // Front: had the front not turned with the model, it would sit off to one side instead.
        var points = FrontFramePoints(kind);
        var top = points.Max(p => p.Y);
        var height = top - points.Min(p => p.Y);
        var back = points.Where(p => p.Y > top - 0.1f * height).Average(p => p.Z);
        var middle = (points.Max(p => p.Z) + points.Min(p => p.Z)) / 2;
        var depth = points.Max(p => p.Z) - points.Min(p => p.Z);
        Assert.True(back < middle - 0.2f * depth, $"{kind}: back at {back:F2}, middle {middle:F2}");
    }

    [Fact]
    public void A_potted_plants_leaves_are_far_wider_than_its_pot_and_spill_over_the_rim()
    {
        var model = Build("potted plant");
        var leaves = model.Parts.Where(p => p.Material.Name.StartsWith("leaf")).ToList();
        var pot = model.Parts.Where(p => p.Material.Name == "terracotta").ToList();
        Assert.NotEmpty(leaves);
        Assert.NotEmpty(pot);
        var (lMin, lMax) = AssetModels.Bounds(leaves);
        var (pMin, pMax) = AssetModels.Bounds(pot);
        Assert.True(lMax.X - lMin.X > 2.5f * (pMax.X - pMin.X), "foliage at least 2.5 times the pot's width");
        Assert.True(lMin.Y < pMax.Y, "the outer leaves droop below the rim");
        Assert.InRange(pMax.Y - pMin.Y, 0.15f * (lMax.Y - pMin.Y), 0.4f * (lMax.Y - pMin.Y));
    }

    [Fact]
    public void A_toilets_cistern_sits_on_its_bowl_behind_the_seat()
    {
        // Work in the toilet's front frame (front +Z); rays are turned back into the model's frame to be cast.
        var front = AssetLibrary.Front("toilet");
        Assert.Equal(Vector3.UnitZ, front);
        var toModel = Matrix4x4.CreateRotationY(MathF.Atan2(front.X, front.Z));
        var model = Build("toilet");
        var points = FrontFramePoints("toilet");
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var (minZ, maxZ) = (points.Min(p => p.Z), points.Max(p => p.Z));
        var height = maxY - minY;
        var back = minZ + 0.2f * (maxZ - minZ);
        // Straight up from the floor under the back (where the cistern is), the first porcelain is at the floor: the
        // pedestal runs back under the cistern, which does not hang in the air behind the bowl.
        var (part, t) = AssetRays.Cast(model, Vector3.Transform(new Vector3(0, minY - 1, back), toModel), Vector3.UnitY);
        Assert.NotNull(part);
        Assert.True(t - 1 < 0.02f * height, $"gap of {t - 1:F3} m under the back");
        // From above, the back is the cistern, the highest thing; the bowl in front of it is low.
        float Top(float z)
        {
            var (hit, d) = AssetRays.Cast(model, Vector3.Transform(new Vector3(0, maxY + 1, z), toModel), -Vector3.UnitY);
            Assert.NotNull(hit);
            return maxY + 1 - d;
        }
        var (cistern, bowl) = (Top(back), Top(minZ + 0.8f * (maxZ - minZ)));
        Assert.True(cistern > minY + 0.9f * height && bowl < minY + 0.6f * height, $"cistern top {cistern:F2}, bowl {bowl:F2}");
    }
}
