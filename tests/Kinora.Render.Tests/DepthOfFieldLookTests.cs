using System.Numerics;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL;

namespace Kinora.Render.Tests;

/// <summary>Depth of field belongs to looks seen through a lens: a close-up blurs its background in photoreal and
/// claymation (a miniature shot with shallow focus), and leaves drawn and painted looks exactly as they are.</summary>
public sealed class DepthOfFieldLookTests
{
    private const int W = 320, H = 180;

    [Theory]
    [InlineData(LookStyle.Photoreal, true)]
    [InlineData(LookStyle.Claymation, true)]
    [InlineData(LookStyle.Cinematic, true)]
    [InlineData(LookStyle.Comic, false)]
    [InlineData(LookStyle.Watercolor, false)]
    [InlineData(LookStyle.OilPainting, false)]
    [InlineData(LookStyle.UkiyoE, false)]
    public void A_close_up_blurs_only_in_looks_with_a_lens(LookStyle look, bool blurs)
    {
        Assert.Equal(blurs, Looks.HasDepthOfField(look));
        var world = TestScenes.BallAndBoxes();
        world = world with { Plan = world.Plan with { Shots = [new ShotSpec { Seconds = 8, Camera = new CameraSpec { Framing = "close-up" } }] } };
        // A long lens close to the ball: the boxes and floor behind it fall well out of focus.
        var ball = new Vector3(0, 0.3f, 0.6f);
        var camera = new CameraPose(new Vector3(0, 0.55f, 1.9f), ball, Vector3.UnitY, 20f * MathF.PI / 180f);
        var track = new Track(24, 1, [.. world.Entities.Select(e => e.Id)], TestScenes.Poses(ball), [camera], []);

        var sharp = Render(world, track, look, depthOfField: false);
        var lens = Render(world, track, look, depthOfField: true);
        var changed = 0;
        for (var i = 0; i < sharp.Length; i += 4)
            if (Math.Abs(sharp[i] - lens[i]) + Math.Abs(sharp[i + 1] - lens[i + 1]) + Math.Abs(sharp[i + 2] - lens[i + 2]) > 24) changed++;
        // The floor and sky behind are smooth, so the blur shows on the far boxes' edges and the floor's seams.
        if (blurs) Assert.True(changed > W * H / 250, $"{look}: only {changed} pixels changed by the lens");
        else Assert.Equal(sharp, lens);
    }

    private static byte[] Render(Compose.World world, Track track, LookStyle look, bool depthOfField)
    {
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H) { Look = look, DepthOfField = depthOfField });
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        return rgba;
    }
}
