using System.Numerics;
using Kinora.Motion;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Spatial;

/// <summary>
/// Where every effect is mixed: a stereo bus of the clip's length and a mono reverb send. A sound is added at the
/// place it happens, heard from the camera of that moment (<see cref="StereoPlacement"/>: pan, 1/r), late by its
/// travel beyond the sync distance (<see cref="SoundTravel"/>); what it sends to the room is its unattenuated
/// mono, since the reverberant field of a room does not fall with distance. <see cref="Finish"/> adds the room.
/// </summary>
public sealed class EffectsBus
{
    public EffectsBus(Track track, int sampleRate, int frames, RoomAcoustics room)
    {
        Track = track; SampleRate = sampleRate; Room = room;
        Stereo = new float[frames * 2];
        Send = new float[frames];
    }

    public Track Track { get; }
    public int SampleRate { get; }
    public RoomAcoustics Room { get; }
    public float[] Stereo { get; }
    public float[] Send { get; }
    public int Frames => Send.Length;
    /// <summary>How many sources were added (events, voices, engines).</summary>
    public int Heard { get; private set; }

    /// <summary>The camera at a time, from the nearest video frame.</summary>
    public CameraPose CameraAt(double seconds)
    {
        var frame = Math.Clamp((int)Math.Round(seconds * Track.Fps), 0, Math.Max(0, Track.FrameCount - 1));
        return CameraAt(frame);
    }

    private CameraPose CameraAt(int frame) =>
        Track.FrameCount > 0 ? Track.CameraAt(frame) : new CameraPose(new Vector3(0, 1.5f, 5), Vector3.Zero, Vector3.UnitY, 0.8f);

    /// <summary>Adds a mono sound that starts at <paramref name="seconds"/> at a fixed place. Returns false if it falls outside the clip.</summary>
    public bool AddAt(ReadOnlySpan<float> mono, double seconds, Vector3 position)
    {
        var camera = CameraAt(seconds);
        var delay = SoundTravel.DelaySeconds(Vector3.Distance(position, camera.Eye));
        // The onset must land on the sample where the event happens: exactly round(t × rate), plus travel.
        var start = (long)Math.Round((seconds + delay) * SampleRate);
        if (start < 0 || start >= Frames) return false;
        var placement = Track.FrameCount > 0 ? StereoPlacement.From(position, camera) : StereoPlacement.Centre;
        var n = (int)Math.Min(mono.Length, Frames - start);
        placement.MixInto(mono[..n], Stereo, (int)start);
        var gain = (float)Room.SendGain;
        var into = Send.AsSpan((int)start, n);
        for (var k = 0; k < n; k++) into[k] += mono[k] * gain;
        Heard++;
        return true;
    }

    /// <summary>Adds a sound the caller already placed (a moving source) and counts it.</summary>
    public void CountSource() => Heard++;

    /// <summary>Adds the room's reverberation of everything sent (nothing if nothing was heard).</summary>
    public void Finish()
    {
        if (Heard > 0) new Reverb(SampleRate, Room.Rt60Seconds, Room.Damping).Process(Send, Stereo);
    }
}
