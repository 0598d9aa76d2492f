using System.Numerics;
using Kinora.Picture.Analysis;
using Kinora.Picture.Scene;

namespace Kinora.Picture.Tests;

public sealed class SceneTests
{
    private static readonly PictureScene Push = PictureScene.Build(PictureAnalysis.Analyze(Scenes.Landscape()), "auto", 48, 42);

    /// <summary>Where a world point lands in pixels for a camera pose (same projection the renderer uses).</summary>
    private static Vector2 Project(Kinora.Motion.CameraPose camera, Viewpoint view, Vector3 p)
    {
        var forward = Vector3.Normalize(camera.Target - camera.Eye);
        var right = Vector3.Normalize(Vector3.Cross(forward, camera.Up));
        var up = Vector3.Cross(right, forward);
        var d = p - camera.Eye;
        var z = Vector3.Dot(d, forward);
        var tanY = MathF.Tan(camera.VerticalFov / 2);
        var a = Vector3.Dot(d, right) / (z * tanY * view.Width / view.Height);
        var v = Vector3.Dot(d, up) / (z * tanY);
        return new Vector2((a + 1) / 2 * view.Width, (1 - v) / 2 * view.Height);
    }

    [Fact]
    public void Frame_zero_puts_every_vertex_on_its_own_pixel_corner()
    {
        var view = Push.Analysis.View;
        var grid = LayerBuilder.Pad(Push.Analysis);
        var worst = 0f;
        foreach (var layer in Push.Layers)
        {
            var positions = layer.Mesh.Positions.Span;
            var uvs = layer.Mesh.Uvs.Span;
            for (var i = 0; i < positions.Length; i++)
            {
                var pixel = Project(Push.Camera[0], view, positions[i]);
                var expected = new Vector2(uvs[i].X * grid.TextureWidth - grid.MarginPixels, uvs[i].Y * grid.TextureHeight - grid.MarginPixels);
                worst = MathF.Max(worst, Vector2.Distance(pixel, expected));
            }
        }
        Assert.True(worst < 0.01f, $"a vertex lands {worst:F4} px from its pixel corner");
    }

    [Fact]
    public void Layers_own_their_picture_pixels_and_fill_the_rest()
    {
        var sky = Push.Layers.Single(l => l.Layer == DepthLayer.Sky);
        var grid = LayerBuilder.Pad(Push.Analysis);
        // The farthest layer covers every cell, so no move can show the void behind it.
        Assert.Equal(grid.Count, sky.CoveredCells);
        // Layers between the nearest and the farthest reach behind the nearer ones; the nearest has nothing to hide behind.
        Assert.All(Push.Layers.Where(l => l.Layer is DepthLayer.Middle or DepthLayer.Far), l => Assert.True(l.CoveredCells > l.OwnedCells, $"{l.Layer} extends"));
        Assert.Equal(Push.Layers[0].OwnedCells, Push.Layers[0].CoveredCells);

        // Texture pixel at frame pixel (160, 20) (sky) equals the picture's; under the box it is filled with sky-ish blue.
        byte[] Texel(PictureLayer l, int x, int y)
        {
            var i = ((y + grid.MarginPixels) * grid.TextureWidth + x + grid.MarginPixels) * 4;
            return l.Texture.Rgba.Span.Slice(i, 4).ToArray();
        }
        var frame = Push.Analysis.Frame;
        Assert.Equal(frame.Rgba.AsSpan((40 * frame.Width + 320) * 4, 4).ToArray(), Texel(sky, 320, 40));
        var under = Texel(sky, 320, 240);
        Assert.True(under[2] > under[0] + 60, $"sky layer under the box is filled with sky colour, got {string.Join(",", under)}");
    }

    [Fact]
    public void A_push_in_moves_near_pixels_more_than_far_ones()
    {
        var view = Push.Analysis.View;
        var last = Push.Camera[^1];
        float Shift(DepthLayer layer)
        {
            var mesh = Push.Layers.Single(l => l.Layer == layer).Mesh;
            var sum = 0f;
            var n = 0;
            var positions = mesh.Positions.Span;
            for (var i = 0; i < positions.Length; i++)
            {
                var before = Project(Push.Camera[0], view, positions[i]);
                if (before.X < 0 || before.Y < 0 || before.X > view.Width || before.Y > view.Height) continue;
                sum += Vector2.Distance(before, Project(last, view, positions[i]));
                n++;
            }
            return sum / n;
        }
        var near = Shift(DepthLayer.Near);
        var far = Shift(DepthLayer.Far);
        var sky = Shift(DepthLayer.Sky);
        Assert.True(near > 3 * far, $"near layer moves {near:F2} px, far layer {far:F2} px");
        Assert.True(sky < 0.5f, $"the sky barely moves with the camera ({sky:F2} px; it drifts by its own pose)");
        Assert.True(near > 2f, $"the push-in is visible ({near:F2} px on a 640 px frame)");
    }

    [Fact]
    public void Moves_start_on_the_picture_and_static_stays_there()
    {
        foreach (var move in new[] { "auto", "orbit", "pan left", "pan right", "zoom out", "tilt up", "crane", "static" })
        {
            var scene = PictureScene.Build(PictureAnalysis.Analyze(Scenes.Landscape()), move, 24, 1);
            Assert.Equal(scene.Analysis.View.Eye, scene.Camera[0].Eye);
            var moved = Vector3.Distance(scene.Camera[^1].Eye, scene.Camera[0].Eye) + Vector3.Distance(scene.Camera[^1].Target, scene.Camera[0].Target);
            if (move == "static") Assert.Equal(0, moved);
            else Assert.True(moved > 0.01f, $"{move} moves");
        }
    }

    [Fact]
    public void Sky_drifts_from_where_it_starts()
    {
        var skyIndex = Push.Layers.ToList().FindIndex(l => l.Layer == DepthLayer.Sky);
        var count = Push.Entities.Count;
        Assert.Equal(Vector3.Zero, Push.Poses[skyIndex].Position);
        Assert.NotEqual(Vector3.Zero, Push.Poses[(Push.FrameCount - 1) * count + skyIndex].Position);
    }

    [Fact]
    public void Layer_textures_mark_foliage_and_water_to_move_and_leave_the_rest_still()
    {
        var analysis = PictureAnalysis.Analyze(Scenes.Lakeside());
        var layers = LayerBuilder.Build(analysis);
        var margin = LayerBuilder.Pad(analysis).MarginPixels;
        // The alpha code of the layer that owns pixel (x, y) of the picture.
        byte Code(int x, int y)
        {
            var layer = analysis.Layers[analysis.Grid.Index(x / analysis.Grid.CellSize, y / analysis.Grid.CellSize)];
            var t = layers.Single(l => l.Layer == layer).Texture;
            return t.Rgba.Span[((y + margin) * t.Width + x + margin) * 4 + 3];
        }
        Assert.Equal(LivingDetail.StillAlpha, Code(320, 60));    // sky: drifts as a layer, not per texel
        Assert.Equal(LivingDetail.FoliageAlpha, Code(320, 172)); // treeline
        Assert.Equal(LivingDetail.WaterAlpha, Code(200, 280));   // lake
        Assert.Equal(LivingDetail.StillAlpha, Code(520, 285));   // the rock standing in it
    }
}
