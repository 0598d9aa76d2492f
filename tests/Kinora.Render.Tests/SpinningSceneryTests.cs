using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>Scenery that turns for ever (<see cref="SceneryPiece.Spin"/>: a Ferris wheel, a windmill's sails) is posed
/// at each frame's time, its shadow turns with it, and a frame is the same however it is reached.</summary>
public sealed class SpinningSceneryTests
{
    private const int W = 320, H = 180, Fps = 24;
    private static readonly CameraPose Camera = new(new Vector3(0, 1.5f, 6), new Vector3(0, 1, 0), Vector3.UnitY, 0.9f);
    private static readonly Material Paint = MaterialLibrary.Get("plastic") with { BaseColor = new Vector3(0.6f, 0.1f, 0.1f) };

    /// <summary>A bar (half sizes <paramref name="half"/>, offset by <paramref name="offset"/> from its pivot) as a piece.</summary>
    private static SceneryPiece Bar(string kind, Vector3 pivot, Vector3 half, Vector3 spin, Vector3 offset = default) =>
        new(kind, new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(half) * Matrix4x4.CreateTranslation(offset), Paint)]), pivot)
        { Spin = spin };

    /// <summary>A sunny lawn at 13:00 holding <paramref name="scenery"/>; one small box far back as its only body.</summary>
    private static World Lawn(params SceneryPiece[] scenery)
    {
        var spec = new WorldSpec { TimeOfDay = 13, Ground = "grass", Setting = "field" };
        var env = EnvironmentBuilder.Build(spec) with { Scenery = scenery, Lights = [] };
        var box = new Entity
        {
            Id = "box1", CastId = "box1", Kind = "box", Shape = new BoxShape(new Vector3(0.3f)),
            Model = new Model([new ModelPart(Primitives.Cube, Matrix4x4.CreateScale(0.3f), Paint)]), Material = Paint,
        };
        return new World(new ScenePlan { World = spec, Seed = 3 }, env, [box]);
    }

    private static Track Still(int frames, CameraPose? camera = null) => new(Fps, frames, ["box1"],
        Enumerable.Repeat(new Pose(new Vector3(0, 0.3f, -4), Quaternion.Identity), frames).ToArray(),
        Enumerable.Repeat(camera ?? Camera, frames).ToArray(), []);

    private static float[] Depth(World world, Track track, int frame)
    {
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var metres = new float[W * H];
        renderer.RenderDepth(track, frame, metres);
        return metres;
    }

    private static byte[] Colour(World world, Track track, int frame)
    {
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, frame, rgba);
        return rgba;
    }

    /// <summary>Pixels in columns [x0, x1) whose depth differs between two frames by more than 1 cm.</summary>
    private static int Changed(float[] a, float[] b, int x0, int x1)
    {
        var n = 0;
        for (var y = 0; y < H; y++)
            for (var x = x0; x < x1; x++)
            {
                var (p, q) = (a[y * W + x], b[y * W + x]);
                if (float.IsInfinity(p) != float.IsInfinity(q) || (!float.IsInfinity(p) && MathF.Abs(p - q) > 0.01f)) n++;
            }
        return n;
    }

    [Fact]
    public void A_spinning_piece_turns_between_frames_while_a_still_one_stays()
    {
        // Two like bars, the left one turning about Z at 2 rad/s (a radian in half a second), the right one still.
        var world = Lawn(Bar("wheel", new Vector3(-1.6f, 1.2f, 0), new Vector3(0.8f, 0.08f, 0.08f), new Vector3(0, 0, 2)),
            Bar("post", new Vector3(1.6f, 1.2f, 0), new Vector3(0.8f, 0.08f, 0.08f), Vector3.Zero));
        var track = Still(13);
        var (first, later) = (Depth(world, track, 0), Depth(world, track, 12));
        Assert.True(Changed(first, later, 0, W / 2) > 100, $"the spinning bar moved over {Changed(first, later, 0, W / 2)} pixels");
        Assert.Equal(0, Changed(first, later, W / 2, W));
    }

    [Fact]
    public void An_arm_whose_pivot_is_out_of_view_swings_into_it()
    {
        // Pointing up from a pivot left of the frame at first; a quarter turn clockwise later it reaches into view.
        var arm = Bar("sail", new Vector3(-6.5f, 1.5f, 0), new Vector3(0.1f, 1.75f, 0.1f), new Vector3(0, 0, -MathF.PI), new Vector3(0, 1.75f, 0));
        var world = Lawn(arm);
        var track = Still(13);
        Assert.True(CameraMath.Project(Camera, W, H, new Vector3(-4, 1.5f, 0), out var pixel) && pixel.X is > 0 and < W);
        var at = (int)pixel.Y * W + (int)pixel.X;
        Assert.True(Depth(world, track, 0)[at] > 10, "nothing near there at first");
        Assert.InRange(Depth(world, track, 12)[at], 5f, 7f);   // half a second: a quarter turn, the arm lies along +X
    }

    [Fact]
    public void Its_shadow_turns_though_the_piece_is_out_of_view()
    {
        // A plate high above the lawn, out of the frame, turning about Y: its shadow on the lawn in view turns with it.
        var probe = Lawn();
        var sun = Vector3.Normalize(probe.Environment.SunDirection);
        var camera = new CameraPose(new Vector3(0, 3, 7), Vector3.Zero, Vector3.UnitY, 0.9f);
        var plate = Bar("canopy", sun * (5 / sun.Y), new Vector3(1.6f, 0.05f, 0.35f), new Vector3(0, 1.5f, 0));
        var world = Lawn(plate);
        Assert.False(CameraMath.Project(camera, W, H, plate.Position, out var p) && p.X is >= 0 and < W && p.Y is >= 0 and < H);
        var track = Still(13, camera);
        Assert.Equal(0, Changed(Depth(world, track, 0), Depth(world, track, 12), 0, W));   // the plate never shows
        var (a, b) = (Colour(world, track, 0), Colour(world, track, 12));
        var changed = 0;
        for (var i = 0; i < W * H; i++)
            if (Math.Abs(a[i * 4] - b[i * 4]) + Math.Abs(a[i * 4 + 1] - b[i * 4 + 1]) > 30) changed++;
        Assert.True(changed > 200, $"the shadow moved over {changed} pixels");
    }

    [Fact]
    public void A_frame_is_the_same_however_it_is_reached()
    {
        var world = Lawn(Bar("wheel", new Vector3(-1.0f, 1.5f, -1), new Vector3(1.2f, 0.1f, 0.3f), new Vector3(0.5f, 0, 1.5f)),
            Bar("post", new Vector3(1.6f, 1.2f, 0), new Vector3(0.8f, 0.1f, 0.1f), Vector3.Zero));
        var track = Still(6);
        var walked = new byte[W * H * 4];
        var again = new byte[W * H * 4];
        using (var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H)))
        {
            // Frame by frame (the shadow map's still layer kept, the spinner drawn over it), then the last frame twice.
            for (var f = 0; f < 6; f++) renderer.RenderFrame(track, f, walked);
            renderer.RenderFrame(track, 5, again);
        }
        Assert.Equal(walked, again);
        Assert.Equal(Colour(world, track, 5), walked);
    }

    [Fact]
    public void The_angle_is_rate_times_time_wrapped_to_a_turn()
    {
        Assert.Equal(1f, SpinningScenery.Angle(2, 0.5), 5);
        Assert.InRange(SpinningScenery.Angle(MathF.Tau / 36, 3600 + 9), MathF.PI / 2 - 1e-3f, MathF.PI / 2 + 1e-3f);
    }
}
