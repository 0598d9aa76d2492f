using System.Numerics;

namespace Kinora.Motion.Tests;

/// <summary>Each named move does what its name says, seen from the first and last camera poses.</summary>
public sealed class CameraMoveTests
{
    private static (CameraPose First, CameraPose Last, Track Track) Shoot(string move)
    {
        var track = Simulator.Simulate(Scenes.DroppedBall(height: 1, seconds: 3, move: move, width: 1280, heightPx: 720, framing: "medium"));
        return (track.CameraAt(0), track.CameraAt(track.FrameCount - 1), track);
    }

    private static Vector3 Look(CameraPose c) => Vector3.Normalize(c.Target - c.Eye);

    /// <summary>Signed yaw from a to b about +Y (positive = turned left, counter-clockwise seen from above).</summary>
    private static float Yaw(Vector3 a, Vector3 b) => MathF.Atan2(Vector3.Cross(a, b).Y, Vector3.Dot(a with { Y = 0 }, b with { Y = 0 }));

    [Fact]
    public void Pans_turn_the_way_they_are_named()
    {
        var (l0, l1, _) = Shoot("pan left");
        var (r0, r1, _) = Shoot("pan right");
        Assert.True(Yaw(Look(l0), Look(l1)) > 0.02f, "pan left turns left");
        Assert.True(Yaw(Look(r0), Look(r1)) < -0.02f, "pan right turns right");
    }

    [Fact]
    public void Tilts_raise_or_lower_the_view()
    {
        var (u0, u1, _) = Shoot("tilt up");
        var (d0, d1, _) = Shoot("tilt down");
        Assert.True(Look(u1).Y > Look(u0).Y + 0.01f);
        Assert.True(Look(d1).Y < Look(d0).Y - 0.01f);
    }

    [Fact]
    public void Zoom_and_dolly_in_and_out()
    {
        var (zi0, zi1, _) = Shoot("zoom in");
        var (zo0, zo1, _) = Shoot("zoom out");
        Assert.True(zi1.VerticalFov < zi0.VerticalFov && zo1.VerticalFov > zo0.VerticalFov);
        var (di0, di1, _) = Shoot("dolly in");
        var (do0, do1, _) = Shoot("dolly out");
        Assert.True(Vector3.Distance(di1.Eye, di1.Target) < Vector3.Distance(di0.Eye, di0.Target));
        Assert.True(Vector3.Distance(do1.Eye, do1.Target) > Vector3.Distance(do0.Eye, do0.Target));
    }

    [Fact]
    public void Crane_rises_aerial_looks_down_handheld_sways_gently()
    {
        var (c0, c1, _) = Shoot("crane");
        Assert.True(c1.Eye.Y > c0.Eye.Y + 0.3f);
        var (a0, _, _) = Shoot("aerial");
        var (s0, _, _) = Shoot("static");
        Assert.True(Look(a0).Y < Look(s0).Y - 0.2f);
        var (_, _, hand) = Shoot("handheld");
        var steps = Enumerable.Range(1, hand.FrameCount - 1).Select(f => Vector3.Distance(hand.CameraAt(f).Eye, hand.CameraAt(f - 1).Eye)).ToList();
        Assert.True(steps.Max() > 0.0005f, "the camera moves");
        Assert.True(steps.Max() < 0.05f, "but never jumps");
    }
}
