using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>
/// Outdoors among scenery the top of the frame clears the horizon, so the place (skyline, trees, peaks) is in the
/// picture; in a bare studio the camera keeps its higher view (horizon at the top edge) of the floor where contacts happen.
/// </summary>
public sealed class HorizonFramingTests
{
    [Theory]
    [InlineData("city street", true)]
    [InlineData("forest", true)]
    [InlineData("studio", false)]
    public void The_horizon_is_in_frame_only_where_there_is_a_set_to_show(string setting, bool horizonShows)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 6, Seconds = 1 },
            World = new WorldSpec { Setting = setting },
            Cast = [new CastMember { Id = "dog1", Kind = "dog" }],
            Shots = [new ShotSpec { Seconds = 1 }],
        });
        Assert.Equal(horizonShows, world.Environment.Scenery.Count > 0);
        var track = Simulator.Simulate(world);
        var camera = track.CameraAt(0);
        // A point far away at eye height along the view's horizontal direction lies on the horizon.
        var flat = camera.Target - camera.Eye;
        flat.Y = 0;
        var horizon = camera.Eye + Vector3.Normalize(flat) * 10_000;
        var y = CameraRigTests.Project(camera, horizon, 1280f / 720).Y;
        // Where there is a set, at least an eighth of the frame's height is sky or skyline; the studio keeps the
        // horizon at the very top edge or above it.
        if (horizonShows) Assert.InRange(y, -0.5f, 0.75f);
        else Assert.True(y > 0.9f, $"the studio frame shows the horizon at {y}");
    }

    private static (World World, CameraPose Camera) Shoot(string setting, string kind, string ground)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Seed = 5,
            Format = new VideoFormat { Width = 1280, Height = 720, Fps = 6, Seconds = 1 },
            World = new WorldSpec { Setting = setting, Ground = ground },
            Cast = [new CastMember { Id = "a1", Kind = kind }],
            Shots = [new ShotSpec { Seconds = 1 }],
        });
        return (world, Simulator.Simulate(world).CameraAt(0));
    }

    private static float HorizonY(CameraPose camera)
    {
        var flat = camera.Target - camera.Eye;
        flat.Y = 0;
        return CameraRigTests.Project(camera, camera.Eye + Vector3.Normalize(flat) * 10_000, 1280f / 720).Y;
    }

    [Theory]
    [InlineData("mountain", "person", "dirt")]
    [InlineData("snowy slope", "person", "snow")]
    [InlineData("desert", "horse", "sand")]
    [InlineData("beach", "dog", "sand")]
    public void Open_country_gives_about_a_third_of_the_frame_to_sky_and_skyline(string setting, string kind, string ground)
    {
        var (world, camera) = Shoot(setting, kind, ground);
        // NDC y 1 is the top edge: at most 0.55 leaves the top ~22 % or more of the frame above the horizon (a street
        // or forest keeps its 12° view, where only the top eighth is). Where the set names its peaks as the backdrop
        // the camera looks up at them (BackdropShotTests), so the horizon may sit lower, the ground still in frame.
        var y = HorizonY(camera);
        Assert.InRange(y, world.Environment.Backdrop is null ? 0.05f : -0.7f, 0.55f);
    }

    [Theory]
    [InlineData("mountain", "person", "dirt")]
    [InlineData("mountain", "car", "asphalt")]
    [InlineData("snowy mountain", "person", "snow")]
    public void Peaks_stand_above_the_eye_in_the_top_half_of_a_mountain_frame(string setting, string kind, string ground)
    {
        var (world, camera) = Shoot(setting, kind, ground);
        var peaks = Land(world, "mountains").Where(v => v.Y > camera.Eye.Y + 5).Select(v => CameraRigTests.Project(camera, v, 1280f / 720));
        Assert.Contains(peaks, p => p.Z > 0 && MathF.Abs(p.X) < 0.8f && p.Y > 0.1f && p.Y < 1);
        // Nothing near hides them: the land within 100 m straight behind the action stays under the eye.
        var subject = world.Entities[0].Position;
        var nearLand = Land(world, "slope").Where(v => v.Z < subject.Z && v.Z > subject.Z - 100 && MathF.Abs(v.X - subject.X) < 20);
        Assert.All(nearLand, v => Assert.True(v.Y < camera.Eye.Y, $"land at {v.Y:F1} m, eye at {camera.Eye.Y:F1} m"));
    }

    private static IEnumerable<Vector3> Land(World world, string kind) =>
        world.Environment.Scenery.Where(p => p.Kind == kind).SelectMany(p => p.Model.Parts.SelectMany(part =>
            Enumerable.Range(0, part.Mesh.Positions.Length).Select(i => Vector3.Transform(part.Mesh.Positions.Span[i], part.Local) + p.Position)));
}
