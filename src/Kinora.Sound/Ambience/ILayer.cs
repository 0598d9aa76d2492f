namespace Kinora.Sound.Ambience;

/// <summary>
/// One texture of a bed (traffic, waves, rain…). Every layer is a stream of seeded generators with no stored loop,
/// so it is seamless for any length: there is no loop point to click. Its level is set as RMS in dBFS over the
/// whole clip, against a programme normalized to −14 LUFS.
/// </summary>
public interface ILayer
{
    /// <summary>Writes the layer (overwriting) into an interleaved stereo buffer, at any level; the bed scales it.</summary>
    void Render(Span<float> stereo, long seed, int sampleRate);
}
