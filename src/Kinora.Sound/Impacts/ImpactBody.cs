namespace Kinora.Sound.Impacts;

/// <summary>
/// One side of a contact as the synthesizer needs it: how its class rings, its bounding radius in metres (pitch
/// scales as 1/size) and any extra damping in 1/s (the floor is clamped to the building and rings far less than
/// a free body of its material).
/// </summary>
public readonly record struct ImpactBody(AcousticProfile Profile, double Radius, double ExtraDampingPerSecond = 0)
{
    /// <summary>Frequency multiplier for this body's size, clamped to the synthesizable range.</summary>
    public double FrequencyScale =>
        Math.Clamp(ModalBank.ReferenceRadius / Math.Max(Radius, 1e-4), ModalBank.MinFrequencyScale, ModalBank.MaxFrequencyScale);
}
