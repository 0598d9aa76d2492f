using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Animation;
using Kinora.Motion.Behaviours;
using Kinora.Plan;
using Xunit.Abstractions;

namespace Kinora.Motion.Tests;

/// <summary>
/// A dog at play ("a corgi playing in the park") runs in loops round where it started and stops in play bows
/// (Behaviours.PlayPath, Animation.AnimalPlay), where a walking dog goes straight along a line.
/// </summary>
public sealed class AnimalPlayTests(ITestOutputHelper output)
{
    private static (World World, Track Track, int Dog) Run(string verb, double seconds = 4)
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = 640, Height = 360, Fps = 12, Seconds = seconds },
            World = new WorldSpec { Setting = "park", Ground = "grass" },
            Cast = [new() { Id = "d1", Kind = "dog", Traits = new Traits { Variant = "corgi" } }],
            Shots = [new ShotSpec { Seconds = seconds, Actions = [new ActionSpec { Actor = "d1", Verb = verb }] }],
        });
        return (world, Simulator.Simulate(world), world.IndexOf("d1"));
    }

    /// <summary>Radians the heading turned in all (absolute), and the farthest the body got from its start (m).</summary>
    private static (float Turned, float Farthest, float Path) Measure(Track track, int body)
    {
        var turned = 0f;
        var farthest = 0f;
        var path = 0f;
        var start = track.PoseOf(0, body).Position;
        Vector2? heading = null;
        for (var f = 1; f < track.FrameCount; f++)
        {
            var (a, b) = (track.PoseOf(f - 1, body).Position, track.PoseOf(f, body).Position);
            var step = new Vector2(b.X - a.X, b.Z - a.Z);
            path += step.Length();
            farthest = MathF.Max(farthest, new Vector2(b.X - start.X, b.Z - start.Z).Length());
            if (step.Length() < 1e-3f) continue;
            var h = Vector2.Normalize(step);
            if (heading is { } last) turned += MathF.Abs(MathF.Atan2(last.X * h.Y - last.Y * h.X, Vector2.Dot(last, h)));
            heading = h;
        }
        return (turned, farthest, path);
    }

    [Fact]
    public void A_playing_dog_runs_loops_round_its_spot_where_a_walking_dog_goes_straight()
    {
        var (_, play, d) = Run("play");
        var (_, walk, w) = Run("walk");
        var p = Measure(play, d);
        var q = Measure(walk, w);
        output.WriteLine($"play: turned {p.Turned:F1} rad, farthest {p.Farthest:F2} m, path {p.Path:F1} m; walk: turned {q.Turned:F1}, farthest {q.Farthest:F2}, path {q.Path:F1}");
        Assert.True(p.Turned > 1.5f * MathF.PI, $"the playing dog turned only {p.Turned:F1} rad in 4 s (most of a loop is 4.7)");
        Assert.True(q.Turned < 0.5f, $"the walking dog turned {q.Turned:F1} rad");
        Assert.True(p.Path > q.Path, "play covers more ground than a walk");
        // Loops, not a line: it ran several times as far as it ever got from where it started.
        Assert.True(p.Path > 2.5f * p.Farthest, $"path {p.Path:F1} m but {p.Farthest:F2} m from the start");
    }

    [Fact]
    public void A_playing_dog_stops_in_a_play_bow_front_down_and_rump_up()
    {
        var (world, track, d) = Run("play");
        var rig = world.Entities[d].Model.Rig!;
        // The middle of the first bow (PlayPath's stop).
        var f = (int)Math.Round((PlayPath.BowFrom + PlayPath.BowTo) / 2 * track.Fps);
        var at = Animation.TestRigs.WorldPoint;
        var shoulders = at(track, world, f, d, rig.IndexOf(JointNames.ThighFL), null);
        var hips = at(track, world, f, d, rig.IndexOf(JointNames.ThighBL), null);
        var speed = Vector3.Distance(track.PoseOf(f, d).Position, track.PoseOf(f - 1, d).Position) * track.Fps;
        var (s0, h0) = (at(track, world, 0, d, rig.IndexOf(JointNames.ThighFL), null), at(track, world, 0, d, rig.IndexOf(JointNames.ThighBL), null));
        output.WriteLine($"bow at frame {f}: shoulders {shoulders.Y:F2} hips {hips.Y:F2} (standing {s0.Y:F2} {h0.Y:F2}), speed {speed:F2} m/s, bow {AnimalPlay.Bow(f / (double)track.Fps):F2}");
        Assert.True(speed < 0.3f, $"it is still running at {speed:F2} m/s in its bow");
        Assert.True(hips.Y - shoulders.Y > 0.05f, $"the rump is only {hips.Y - shoulders.Y:F2} m above the shoulders");
    }
}
