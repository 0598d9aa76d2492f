using System.Numerics;
using Kinora.Compose;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// A landmark far taller than the cast behind it (<see cref="WorldEnvironment.Backdrop"/>: a 300 m tower 600 m back)
/// stays in frame, its top included, through the whole clip and through the named moves, with the cast in the lower
/// part of the frame and still big enough to read; a halls' height shows over a dancer; without a backdrop (or with one
/// no taller than the cast) the shot is what it was.
/// </summary>
public sealed class BackdropShotTests(ITestOutputHelper output)
{
    private const float Aspect = 1280f / 720;

    private static World Compose(string setting, string move, string verb = "walk", string kind = "person") => Composer.Compose(new ScenePlan
    {
        Seed = 7,
        Format = new VideoFormat { Width = 1280, Height = 720, Fps = 6, Seconds = 3 },
        World = new WorldSpec { Setting = setting },
        Cast = [new CastMember { Id = "a1", Kind = kind }],
        Shots = [new ShotSpec { Seconds = 3, Camera = new CameraSpec { Move = move }, Actions = [new ActionSpec { Actor = "a1", Verb = verb }] }],
    });

    /// <summary>A 300 m tower, 60 m square, standing 600 m behind the action and 100 m to its left.</summary>
    private static World WithTower(World world)
    {
        var x = world.Entities[0].Position.X - 100;
        var z = world.Entities[0].Position.Z - 600;
        return world with { Environment = world.Environment with { Backdrop = new Vista(new(x - 30, 0, z - 30), new(x + 30, 300, z + 30)) } };
    }

    private static IEnumerable<Vector3> Corners(Vista box)
    {
        for (var c = 0; c < 8; c++)
            yield return new Vector3((c & 1) == 0 ? box.Min.X : box.Max.X, (c & 2) == 0 ? box.Min.Y : box.Max.Y, (c & 4) == 0 ? box.Min.Z : box.Max.Z);
    }

    /// <summary>The cast's drawn box in frame f, projected.</summary>
    private static List<Vector3> CastInFrame(World world, Track track, int f)
    {
        var corners = Camera.ModelBox.LocalCorners(world.Entities[0]);
        var pose = track.PoseOf(f, 0);
        return corners.Select(c => CameraRigTests.Project(track.CameraAt(f), pose.Position + Vector3.Transform(c, pose.Rotation), Aspect)).ToList();
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("static")]
    [InlineData("pan left")]
    [InlineData("pan right")]
    [InlineData("zoom in")]
    [InlineData("zoom out")]
    [InlineData("tilt up")]
    [InlineData("tilt down")]
    [InlineData("dolly in")]
    [InlineData("handheld")]
    public void The_towers_top_and_the_walker_stay_in_frame_with_the_walker_low_and_readable(string move)
    {
        var world = WithTower(Compose("park", move));
        var box = world.Environment.Backdrop!.Value;
        var track = Simulator.Simulate(world);
        double smallest = 2, highest = -1;
        for (var f = 0; f < track.FrameCount; f++)
        {
            var camera = track.CameraAt(f);
            foreach (var p in Corners(box).Select(c => CameraRigTests.Project(camera, c, Aspect)))
                Assert.True(p.Z > 0 && MathF.Abs(p.X) <= 1 && MathF.Abs(p.Y) <= 1, $"{move}, frame {f}: the tower's corner at {p} is out of frame");
            var cast = CastInFrame(world, track, f);
            Assert.All(cast, p => Assert.True(p.Z > 0 && MathF.Abs(p.X) <= 1 && MathF.Abs(p.Y) <= 1, $"{move}, frame {f}: the walker's corner at {p} is out of frame"));
            smallest = Math.Min(smallest, (cast.Max(p => p.Y) - cast.Min(p => p.Y)) / 2);
            highest = Math.Max(highest, cast.Max(p => p.Y));
        }
        output.WriteLine($"{move}: the walker fills at least {smallest:P0} of the frame's height, its head at most at ndc {highest:F2}");
        Assert.True(smallest >= 0.125, $"the walker fills only {smallest:P0} of the frame's height");
        // The cast stands in the lower part of the frame: its head below the middle, under the tower.
        Assert.True(highest < 0.1, $"the walker's head reaches ndc {highest:F2}");
        // A lens no wider than about a 20 mm (a 24 mm plus a zoom's range).
        Assert.All(Enumerable.Range(0, track.FrameCount), f => Assert.True(track.CameraAt(f).VerticalFov < 63 * MathF.PI / 180));
    }

    [Fact]
    public void The_named_moves_still_move()
    {
        Vector3 Look(CameraPose c) => Vector3.Normalize(c.Target - c.Eye);
        Track Shoot(string move) => Simulator.Simulate(WithTower(Compose("park", move)));
        var left = Shoot("pan left");
        var (l0, l1) = (Look(left.CameraAt(0)), Look(left.CameraAt(left.FrameCount - 1)));
        Assert.True(Vector3.Cross(l0, l1).Y > 0.02f, "pan left turns left");
        var up = Shoot("tilt up");
        Assert.True(Look(up.CameraAt(up.FrameCount - 1)).Y > Look(up.CameraAt(0)).Y + 0.01f, "tilt up raises the view");
        var zoom = Shoot("zoom in");
        Assert.True(zoom.CameraAt(zoom.FrameCount - 1).VerticalFov < zoom.CameraAt(0).VerticalFov * 0.8f, "zoom in narrows");
    }

    [Fact]
    public void A_boat_on_a_river_shows_the_tower_over_it()
    {
        var world = WithTower(Compose("river", "auto", verb: "sail", kind: "boat"));
        var track = Simulator.Simulate(world);
        var top = new Vector3(world.Environment.Backdrop!.Value.Centre.X, 300, world.Environment.Backdrop!.Value.Centre.Z);
        for (var f = 0; f < track.FrameCount; f++)
        {
            var p = CameraRigTests.Project(track.CameraAt(f), top, Aspect);
            Assert.True(p.Z > 0 && MathF.Abs(p.X) <= 1 && p.Y <= 1 && p.Y > 0.3f, $"frame {f}: the tower's tip at {p}");
            var cast = CastInFrame(world, track, f);
            Assert.True(cast.Max(q => q.Y) < top.Y && cast.Min(q => q.Y) >= -1, "the boat is in frame, below the tip");
        }
    }

    [Fact]
    public void Without_a_backdrop_or_with_one_no_taller_than_the_cast_the_shot_is_unchanged()
    {
        var world = Compose("park", "auto");
        Assert.Null(world.Environment.Backdrop);
        var plain = Simulator.Simulate(world);
        var low = world with { Environment = world.Environment with { Backdrop = new Vista(new(-5, 0, -20), new(5, 3, -15)) } };
        var same = Simulator.Simulate(low);
        for (var f = 0; f < plain.FrameCount; f++) Assert.Equal(plain.CameraAt(f), same.CameraAt(f));
        // And the tall one does change it: the eye comes down and the view turns up.
        var tall = Simulator.Simulate(WithTower(world));
        Assert.True(tall.CameraAt(0).Eye.Y < plain.CameraAt(0).Eye.Y);
        Assert.True(tall.CameraAt(0).Target.Y > tall.CameraAt(0).Eye.Y, "the view looks up at the tower");
    }

    [Theory]
    [InlineData("ballroom", "dance")]
    [InlineData("indoor gymnasium", "walk")]
    public void A_halls_height_shows_over_a_person_in_it(string setting, string verb)
    {
        var world = Compose(setting, "auto", verb);
        var vista = Assert.IsType<Vista>(world.Environment.Vista);
        var track = Simulator.Simulate(world);
        for (var f = 0; f < track.FrameCount; f++)
        {
            var camera = track.CameraAt(f);
            var top = CameraRigTests.Project(camera, vista.Centre with { Y = vista.Max.Y }, Aspect);
            Assert.True(top.Z > 0 && MathF.Abs(top.X) <= 1 && MathF.Abs(top.Y) <= 1, $"frame {f}: the hall's top at {top} is out of frame");
            var cast = CastInFrame(world, track, f);
            Assert.All(cast, p => Assert.True(MathF.Abs(p.X) <= 1 && MathF.Abs(p.Y) <= 1, $"frame {f}: the person's corner at {p} is out of frame"));
            Assert.True(cast.Max(p => p.Y) - cast.Min(p => p.Y) >= 0.25f, "the person fills at least an eighth of the frame's height");
        }
    }

    [Fact]
    public void A_homes_room_keeps_the_persons_own_framing()
    {
        var world = Compose("bedroom", "auto");
        Assert.NotNull(world.Environment.Vista);
        var bare = world with { Environment = world.Environment with { Vista = null } };
        var (a, b) = (Simulator.Simulate(world), Simulator.Simulate(bare));
        Assert.Equal(a.CameraAt(0), b.CameraAt(0));
    }
}
