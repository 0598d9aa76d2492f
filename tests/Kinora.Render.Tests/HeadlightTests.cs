using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Environments;
using Kinora.Motion;
using Kinora.Plan;
using Kinora.Render.OpenGL;
using Kinora.Render.Scene;

namespace Kinora.Render.Tests;

/// <summary>A car's low beams light the road from its bumper on, brightest near the car and fading ahead.</summary>
public sealed class HeadlightTests
{
    private const int W = 640, H = 360;

    [Fact]
    public void The_headlight_pool_starts_at_the_bumper()
    {
        var (world, track, bumper) = CarAtNight();
        using var renderer = OpenGlRenderer.Open(world, new RenderOptions(W, H));
        var rgba = new byte[W * H * 4];
        renderer.RenderFrame(track, 0, rgba);
        FrameDump.WritePng("headlight-pool", rgba, W, H);

        // Road luma along the car's axis, 0.5 m steps from the bumper; and beside the car, out of the beam.
        var profile = new float[17];
        for (var k = 0; k < profile.Length; k++)
            profile[k] = Luma(rgba, bumper + new Vector3(0.5f * k, 0, 0));
        var dark = Luma(rgba, bumper + new Vector3(-2.3f, 0, 3.5f));
        var peak = profile.Max();
        var peakAt = Array.IndexOf(profile, peak) * 0.5f;
        var lit = Array.FindIndex(profile, l => l > dark + (peak - dark) * 0.5f) * 0.5f;
        var line = string.Join(" ", profile.Select(l => l.ToString("F0")));
        Assert.True(peak > dark + 60, $"no pool: road {line}, beside the car {dark}");
        Assert.True(lit <= 0.5f, $"the pool reaches half its brightness {lit} m past the bumper: {line}");
        Assert.True(peakAt <= 3f, $"brightest {peakAt} m past the bumper: {line}");
        Assert.True(profile[^1] < peak, $"the pool does not fade ahead: {line}");
    }

    private static float Luma(byte[] rgba, Vector3 groundPoint)
    {
        Assert.True(CameraMath.Project(Camera, W, H, groundPoint, out var pixel), $"{groundPoint} is off screen");
        return FramePixels.Luma(FramePixels.MeanRgb(rgba, W, H, pixel, 2));
    }

    /// <summary>Seen from above and behind its right side, looking down the road ahead of it.</summary>
    private static CameraPose Camera => new(new Vector3(-1, 7, 7), new Vector3(3.5f, 0, 0), Vector3.UnitY, 55f * MathF.PI / 180f);

    /// <summary>A car facing +x at the origin on asphalt at 22:00 with its lamps on; where its front bumper meets the road.</summary>
    private static (World, Track, Vector3 Bumper) CarAtNight()
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = 22, Ground = "asphalt", Setting = "studio" } };
        var random = new SeededRandom(7);
        var (shape, model, material) = AssetLibrary.Build(new CastMember { Id = "car1", Kind = "car" }, ref random);
        var car = new Entity { Id = "car1", CastId = "car1", Kind = "car", Shape = shape, Model = model, Material = material };
        var (cast, lights) = VehicleLamps.Apply([car], dark: true);
        var environment = EnvironmentBuilder.Build(plan.World!) with { Lights = lights };
        var world = new World(plan, environment, cast);
        var front = AssetLibrary.Front("car");
        Assert.Equal(Vector3.UnitX, front);   // the probe below walks along +x
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var part in cast[0].Model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
            {
                var q = Vector3.Transform(p, part.Local);
                min = Vector3.Min(min, q);
                max = Vector3.Max(max, q);
            }
        var pose = new Pose(new Vector3(0, -min.Y, 0), Quaternion.Identity);
        var track = new Track(24, 1, ["car1"], [pose], [Camera], []);
        return (world, track, new Vector3(max.X, 0, 0));
    }
}
