using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Tests.Animation;

/// <summary>The jaw follows its own speaker's mouth cues: open while a cue is open, shut otherwise, never popping.</summary>
public sealed class TalkTests
{
    private const int Jaw = 4;

    private static float JawDegrees(Track track, int frame, int body)
    {
        var q = track.JointsAt(frame, body)[Jaw];
        return 2 * MathF.Acos(Math.Clamp(MathF.Abs(q.W), 0, 1)) * 180 / MathF.PI;
    }

    [Fact]
    public void The_jaw_opens_only_while_the_speakers_cue_is_open_and_eases()
    {
        var world = TestRigs.World("person", "stand", seconds: 3, fps: 60);
        MouthCue[] cues = [new("a1", 1.0, 1.5, 1f), new("a1", 2.0, 2.2, 0.5f), new("someone else", 0.2, 0.8, 1f)];
        var track = Simulator.Simulate(world, null, cues);
        var a = world.IndexOf("a1");
        for (var f = 0; f < track.FrameCount; f++)
        {
            var t = track.TimeOf(f);
            var deg = JawDegrees(track, f, a);
            if (t <= 1.0 || t >= 1.55 && t <= 2.0 || t >= 2.25) Assert.True(deg < 0.5f, $"jaw {deg:F1}° at {t:F3} s with no cue open");
            if (t >= 1.05 && t <= 1.5) Assert.InRange(deg, 17.5f, 18.5f);
            if (t >= 2.05 && t <= 2.2) Assert.InRange(deg, 8.5f, 9.5f);
            if (f > 0) Assert.True(MathF.Abs(deg - JawDegrees(track, f - 1, a)) < 12, $"the jaw popped at {t:F3} s");
        }
        // The jaw turns about the model's own side axis (it opens downwards, not sideways).
        var open = track.JointsAt(75, a)[Jaw];
        var axis = Vector3.Normalize(new Vector3(open.X, open.Y, open.Z));
        Assert.True(MathF.Abs(axis.X) > 0.99f, $"jaw axis {axis}");
    }

    [Fact]
    public void Without_cues_the_mouth_stays_shut()
    {
        var world = TestRigs.World("person", "stand", seconds: 1, fps: 24);
        var track = Simulator.Simulate(world);
        var a = world.IndexOf("a1");
        for (var f = 0; f < track.FrameCount; f++) Assert.True(JawDegrees(track, f, a) < 0.01f);
    }
}
