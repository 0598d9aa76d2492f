using System.Numerics;
using Kinora.Motion;
using Kinora.Render.Backend;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>The per-draw occluder and lamp lists (NearLists) and the ground's screen tiles (GroundTiles): what
/// reaches is listed, what cannot is left out, and every visible ground point lies in its tile's box.</summary>
public sealed class NearListsTests
{
    private static FrameConstants Frame()
    {
        var f = new FrameConstants();
        f.Occluders[0] = new Vector4(0, 0.5f, 0, 0.5f);     // reaches 16 radii past its surface: 8.5 m from its centre
        f.Occluders[1] = new Vector4(27, 0.5f, 0, 0.5f);
        f.Occluders[2] = new Vector4(3, 0.2f, 0, 0.2f);     // 3.4 m
        f.Fog.W = 3;
        f.Lights[0] = new GpuLight { PositionRange = new Vector4(0, 3, 0, 6) };
        f.Lights[1] = new GpuLight { PositionRange = new Vector4(20, 3, 0, 6) };
        f.Lighting.X = 2;
        return f;
    }

    [Fact]
    public void A_draw_lists_what_reaches_it_and_nothing_else()
    {
        var frame = Frame();
        var near = NearLists.ForSphere(new Vector3(1, 0.5f, 0), 0.5f, frame);
        Assert.True(near.Known);
        Assert.Equal([0, 2], Indices(near.Occluders0, near.Occluders1, near.OccluderCount));
        Assert.Equal([0], Indices(near.Lamps0, near.Lamps1, near.LampCount));

        var far = NearLists.ForSphere(new Vector3(20, 1, 0), 1, frame);
        Assert.Equal([1], Indices(far.Occluders0, far.Occluders1, far.OccluderCount));
        Assert.Equal([1], Indices(far.Lamps0, far.Lamps1, far.LampCount));
        Assert.False(new DrawItem().Near.Known);   // a draw nobody worked out shades with everything
    }

    [Fact]
    public void An_occluder_left_out_hides_less_than_the_floor()
    {
        // Just past its reach an occluder straight overhead hides r²/d² of the sky: under the floor lit.frag subtracts.
        const float r = 0.4f;
        var d = r + NearLists.OcclusionReach(r);
        Assert.True(r * r / (d * d) < NearLists.OcclusionFloor);
    }

    [Fact]
    public void Full_lists_hold_sixteen_in_order()
    {
        var all = NearLists.All(16, 16);
        Assert.Equal(Enumerable.Range(0, 16), Indices(all.Occluders0, all.Occluders1, 16));
        Assert.Equal(Enumerable.Range(0, 16), Indices(all.Lamps0, all.Lamps1, 16));
    }

    [Fact]
    public void Every_visible_ground_point_lies_in_its_tiles_box()
    {
        var camera = new CameraPose(new Vector3(2, 1.6f, 7), new Vector3(0, 0.3f, 0), Vector3.UnitY, 0.9f);
        var viewProjection = CameraMath.View(camera) * CameraMath.Projection(camera, 16f / 9);
        Matrix4x4.Invert(viewProjection, out var inverse);
        const float half = 50;
        var checkedPoints = 0;
        for (var x = -half; x <= half; x += 1.7f)
            for (var z = -half; z <= half; z += 1.3f)
            {
                var clip = Vector4.Transform(new Vector4(x, 0, z, 1), viewProjection);
                if (clip.W <= 0) continue;
                var ndc = new Vector2(clip.X, clip.Y) / clip.W;
                if (MathF.Abs(ndc.X) >= 1 || MathF.Abs(ndc.Y) >= 1 || clip.Z / clip.W > 1) continue;
                var column = Math.Min((int)((ndc.X + 1) / 2 * GroundTiles.Columns), GroundTiles.Columns - 1);
                var row = Math.Min((int)((ndc.Y + 1) / 2 * GroundTiles.Rows), GroundTiles.Rows - 1);
                float x0 = 2f * column / GroundTiles.Columns - 1, x1 = 2f * (column + 1) / GroundTiles.Columns - 1;
                float y0 = 2f * row / GroundTiles.Rows - 1, y1 = 2f * (row + 1) / GroundTiles.Rows - 1;
                Assert.True(GroundTiles.Bounds(inverse, camera.Eye, half, x0, y0, x1, y1, out var min, out var max));
                Assert.InRange(x, min.X - 1e-3f, max.X + 1e-3f);
                Assert.InRange(z, min.Z - 1e-3f, max.Z + 1e-3f);
                checkedPoints++;
            }
        Assert.True(checkedPoints > 200, $"only {checkedPoints} ground points in view");

        // The nearest tiles see a few metres of ground, not the whole of it: that is what makes their lists short.
        Assert.True(GroundTiles.Bounds(inverse, camera.Eye, half, -0.5f, -1, 0, -0.5f, out var nearMin, out var nearMax));
        Assert.True((nearMax - nearMin).Length() < 10, $"{nearMin} .. {nearMax}");
    }

    private static int[] Indices(uint low, uint high, int count) =>
        [.. Enumerable.Range(0, count).Select(k => NearLists.At(low, high, k))];
}
