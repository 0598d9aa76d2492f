using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// A still subject is framed like a photograph of it: its model box centred, with equal margins left and right, top
/// and bottom (a tall oven seen from above used to touch the top edge with floor to spare below it).
/// </summary>
public sealed class StillSubjectFramingTests(ITestOutputHelper output)
{
    private static (Track Track, World World, int Body) Shoot(string kind, string framing)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 1, Seconds = 1 },
            World = new WorldSpec { Setting = "studio" },
            Cast = [new CastMember { Id = "it", Kind = kind }],
            Shots = [new ShotSpec { Seconds = 1, Camera = new CameraSpec { Move = "static", Framing = framing } }],
        });
        return (Simulator.Simulate(world), world, world.IndexOf("it"));
    }

    /// <summary>NDC extents of the subject's model box in frame 0: left, right, bottom, top.</summary>
    private static (float L, float R, float B, float T) Extents(Track track, World world, int body)
    {
        var pose = track.PoseOf(0, body);
        var ps = Camera.ModelBox.LocalCorners(world.Entities[body])
            .Select(c => CameraRigTests.Project(track.CameraAt(0), pose.Position + Vector3.Transform(c, pose.Rotation), 1280f / 720)).ToList();
        Assert.All(ps, p => Assert.True(p.Z > 0 && MathF.Abs(p.X) <= 1 && MathF.Abs(p.Y) <= 1, $"a corner at {p} is out of frame"));
        return (ps.Min(p => p.X), ps.Max(p => p.X), ps.Min(p => p.Y), ps.Max(p => p.Y));
    }

    [Theory]
    [InlineData("car", "close-up")]
    [InlineData("oven", "close-up")]
    [InlineData("fork", "close-up")]
    [InlineData("apple", "close-up")]
    [InlineData("car", "wide")]
    [InlineData("oven", "wide")]
    public void The_subject_is_centred_in_the_frame(string kind, string framing)
    {
        var (track, world, body) = Shoot(kind, framing);
        var (l, r, b, t) = Extents(track, world, body);
        output.WriteLine($"{kind} {framing}: x {l:F2}..{r:F2}, y {b:F2}..{t:F2}");
        Assert.True(MathF.Abs(l + r) < 0.05f, $"left margin {1 + l:F2} vs right {1 - r:F2}");
        Assert.True(MathF.Abs(b + t) < 0.05f, $"bottom margin {1 + b:F2} vs top {1 - t:F2}");
    }
}
