using System.Numerics;
using Kinora.Motion;

namespace Kinora.Sound.Spatial;

/// <summary>
/// Places a sound whose source moves (an engine, a running dog) with the physics of a moving source: each output
/// sample at time t is read from the source signal at its emission time τ, where τ + |p(τ) − camera(t)| / c = t
/// (solved by two fixed-point steps, exact to well under a sample at road speeds). The changing delay is the
/// Doppler shift — the pitch rises as the source approaches and falls as it leaves — and it also carries the
/// travel time. Gain is 1/r and the pan follows the camera, both per sample. For sources within
/// <see cref="SoundTravel.SyncDistance"/> the constant part of the delay is dropped so the sound stays on its
/// picture, as for events: a constant offset (the closest approach's travel time, at most the sync distance's) is
/// removed, so the change of delay — the Doppler — is kept whole.
/// </summary>
public static class MovingSource
{
    /// <param name="source">The sound as emitted, sample 0 = clip time 0, at the bus's rate.</param>
    /// <param name="path">The source's position at every video frame.</param>
    public static void Render(ReadOnlySpan<float> source, ReadOnlySpan<Vector3> path, EffectsBus bus, float level = 1)
    {
        var track = bus.Track;
        var rate = bus.SampleRate;
        if (path.IsEmpty || track.FrameCount == 0) return;
        var fps = (double)track.Fps;
        var sync = SoundTravel.SyncDistance / SoundTravel.SpeedOfSound;
        var sendGain = (float)bus.Room.SendGain;
        var closest = double.MaxValue;
        for (var f = 0; f < Math.Min(path.Length, track.FrameCount); f++)
            closest = Math.Min(closest, Vector3.Distance(path[f], track.CameraAt(f).Eye));
        var offset = Math.Min(sync, closest / SoundTravel.SpeedOfSound);
        for (var j = 0; j < bus.Frames; j++)
        {
            var t = (double)j / rate;
            var camera = track.CameraAt(Math.Min(track.FrameCount - 1, (int)(t * fps)));
            var delay = Vector3.Distance(At(path, t, fps), camera.Eye) / SoundTravel.SpeedOfSound;
            var tau = t - delay;
            var position = At(path, tau, fps);
            var distance = Vector3.Distance(position, camera.Eye);
            tau = t - distance / SoundTravel.SpeedOfSound + offset;
            var x = Read(source, tau * rate) * level;
            if (x == 0) continue;
            var placement = StereoPlacement.From(position, camera);
            bus.Stereo[2 * j] += x * placement.Left;
            bus.Stereo[2 * j + 1] += x * placement.Right;
            bus.Send[j] += x * sendGain;
        }
        bus.CountSource();
    }

    /// <summary>Position at a time, linear between frames, held at the ends.</summary>
    public static Vector3 At(ReadOnlySpan<Vector3> path, double seconds, double fps)
    {
        var f = seconds * fps;
        if (f <= 0) return path[0];
        if (f >= path.Length - 1) return path[^1];
        var i = (int)f;
        return Vector3.Lerp(path[i], path[i + 1], (float)(f - i));
    }

    /// <summary>The signal at a fractional sample position (cubic Hermite: smooth enough that the Doppler glide does not buzz).</summary>
    private static float Read(ReadOnlySpan<float> s, double position)
    {
        var i = (int)Math.Floor(position);
        if (i < 1 || i + 2 >= s.Length) return 0;
        var f = (float)(position - i);
        float xm1 = s[i - 1], x0 = s[i], x1 = s[i + 1], x2 = s[i + 2];
        var c1 = 0.5f * (x1 - xm1);
        var c2 = xm1 - 2.5f * x0 + 2 * x1 - 0.5f * x2;
        var c3 = 0.5f * (x2 - xm1) + 1.5f * (x0 - x1);
        return ((c3 * f + c2) * f + c1) * f + x0;
    }
}
