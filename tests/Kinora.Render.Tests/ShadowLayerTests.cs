using System.Numerics;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>The sun's shadow map in two layers (ShadowMapCache, ShadowPass): casters at rest are drawn once into a
/// still layer, and a frame where something moves draws only the movers over a copy of it.</summary>
public sealed class ShadowLayerTests
{
    [Fact]
    public void Only_what_moves_leaves_the_still_layer()
    {
        var cache = new ShadowMapCache(3);
        var draws = new DrawItem[]
        {
            new() { CastsShadow = true, World = Matrix4x4.CreateTranslation(1, 0, 0) },
            new() { CastsShadow = true, World = Matrix4x4.CreateTranslation(2, 0, 0) },
            new() { CastsShadow = false, IsGround = true },
        };
        var light = Matrix4x4.CreateScale(0.1f);

        Assert.Equal(ShadowWork.Still, cache.Update(light, draws, true));     // first frame: everything, all still
        Assert.True(draws[0].ShadowStill && draws[1].ShadowStill && !draws[2].ShadowStill);
        Assert.Equal(ShadowWork.None, cache.Update(light, draws, true));      // nothing moved

        draws[1].World = Matrix4x4.CreateTranslation(2.1f, 0, 0);
        Assert.Equal(ShadowWork.Still, cache.Update(light, draws, true));     // a still caster moved: the layer without it
        Assert.True(draws[0].ShadowStill);
        Assert.False(draws[1].ShadowStill);

        draws[1].World = Matrix4x4.CreateTranslation(2.2f, 0, 0);
        Assert.Equal(ShadowWork.Moving, cache.Update(light, draws, true));    // only the mover is drawn again
        Assert.Equal(ShadowWork.None, cache.Update(light, draws, true));

        Assert.Equal(ShadowWork.Still, cache.Update(Matrix4x4.CreateScale(0.2f), draws, true));   // a new light: all again
        Assert.True(draws[1].ShadowStill);                                     // at rest now, so it rejoins the layer
        Assert.Equal(ShadowWork.Still, cache.Update(light, draws, false));    // a shared backend never trusts its map
    }

    [Fact]
    public void A_frame_drawn_in_layers_matches_one_drawn_whole()
    {
        const int w = 320, h = 180;
        var world = TestScenes.BallAndBoxes();
        // The ball rolls along the floor among the boxes: the shadow fit stays put, so frames 2 on take the moving path.
        var positions = Enumerable.Range(0, 6).Select(i => new Vector3(-0.3f + i * 0.1f, TestScenes.BallRadius, 0.4f)).ToArray();
        var track = TestScenes.Track(world, positions);
        var layered = new byte[w * h * 4];
        var whole = new byte[w * h * 4];
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h)))
            for (var f = 0; f < positions.Length; f++) renderer.RenderFrame(track, f, layered);
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(w, h)))
            renderer.RenderFrame(track, positions.Length - 1, whole);
        Assert.Equal(whole, layered);
    }
}
