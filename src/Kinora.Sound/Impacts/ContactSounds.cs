using Kinora.Compose;
using Kinora.Motion;
using Kinora.Sound.Dsp;
using Kinora.Sound.Spatial;

namespace Kinora.Sound.Impacts;

/// <summary>
/// Turns the track's "contact" events into a stereo effects mix: each contact's two bodies are looked up in the
/// world (the ground is the environment's ground material), synthesized by <see cref="ImpactSynth"/> starting at
/// sample round(time × rate), and placed by <see cref="StereoPlacement"/> as heard from the camera at that frame.
/// </summary>
public static class ContactSounds
{
    public const string ContactKind = "contact";
    public const string GroundId = "ground";
    /// <summary>The floor rings like a slab of this bounding radius, metres, not like a 120 m plate.</summary>
    public const double GroundEffectiveRadius = 0.3;
    /// <summary>Extra damping of the floor's modes, 1/s: it is held by the building.</summary>
    public const double GroundDampingPerSecond = 30;
    /// <summary>
    /// Contacts weaker than this fraction of the strongest impulse are skipped (resting contacts and jitter):
    /// at impulse^0.8 that is 48 dB down, under the bed.
    /// </summary>
    public const double SkipBelowFractionOfLoudest = 1e-3;

    /// <summary>
    /// Adds every contact into <paramref name="stereo"/>: the direct sound placed and attenuated by distance, and
    /// the room's reverberation of it (<see cref="RoomAcoustics"/>). Returns how many contacts were heard.
    /// </summary>
    public static int Render(World world, Track track, Span<float> stereo, int sampleRate, IProgress<double>? progress = null)
    {
        var room = RoomAcoustics.For(world);
        var send = new float[stereo.Length / 2];
        var heard = RenderDirect(world, track, stereo, send, (float)room.SendGain, sampleRate, progress);
        if (heard > 0) new Reverb(sampleRate, room.Rt60Seconds, room.Damping).Process(send, stereo);
        return heard;
    }

    /// <summary>The direct sound into <paramref name="stereo"/>, and each source's unattenuated mono into the reverb send.</summary>
    public static int RenderDirect(World world, Track track, Span<float> stereo, Span<float> send, float sendGain,
        int sampleRate, IProgress<double>? progress = null)
    {
        var events = track.Events;
        var loudest = 0.0;
        foreach (var e in events)
            if (e.Kind == ContactKind) loudest = Math.Max(loudest, e.Impulse);
        if (loudest <= 0) return 0;

        var frames = stereo.Length / 2;
        // One scratch buffer for all events: the hot path allocates nothing per contact.
        var scratch = new float[(int)Math.Ceiling(ImpactSynth.MaxSeconds * sampleRate)];
        var heard = 0;
        for (var index = 0; index < events.Count; index++)
        {
            var e = events[index];
            progress?.Report((double)index / events.Count);
            if (e.Kind != ContactKind || e.Impulse < loudest * SkipBelowFractionOfLoudest) continue;
            // The onset must land on the frame where the contact happens: start exactly at round(t × rate).
            var start = (long)Math.Round(e.Time * sampleRate);
            if (start < 0 || start >= frames) continue;
            if (BodyOf(world, e.A) is not { } a || BodyOf(world, e.B) is not { } b) continue;

            var span = scratch.AsSpan(0, (int)Math.Min(scratch.Length, frames - start));
            span.Clear();
            var n = ImpactSynth.Render(a, b, e.Impulse, e.RelativeSpeed, world.Plan.Seed, $"sound.impact.{index}", sampleRate, span);
            var frame = Math.Clamp((int)Math.Round(e.Time * track.Fps), 0, Math.Max(0, track.FrameCount - 1));
            var placement = track.FrameCount > 0 ? StereoPlacement.From(e.Position, track.CameraAt(frame)) : StereoPlacement.Centre;
            placement.MixInto(span[..n], stereo, (int)start);
            var into = send.Slice((int)start, Math.Min(n, send.Length - (int)start));
            for (var k = 0; k < into.Length; k++) into[k] += span[k] * sendGain;
            heard++;
        }
        progress?.Report(1);
        return heard;
    }

    /// <summary>The synthesis view of an entity id or "ground"; null for ids the world does not know.</summary>
    public static ImpactBody? BodyOf(World world, string id)
    {
        if (id == GroundId)
            return new ImpactBody(ModalBank.For(world.Environment.Ground.Acoustic), GroundEffectiveRadius, GroundDampingPerSecond);
        var i = world.IndexOf(id);
        if (i < 0) return null;
        var entity = world.Entities[i];
        return new ImpactBody(ModalBank.For(entity.Material.Acoustic), entity.Shape.BoundingRadius,
            entity.IsStatic ? GroundDampingPerSecond : 0);
    }
}
