namespace Kinora.Sound.Impacts;

/// <summary>
/// How one acoustic class rings when struck, after van den Doel &amp; Pai, "The sounds of physical shapes"
/// (Presence 7(4), 1998) and van den Doel, Kry &amp; Pai, "FoleyAutomatic" (SIGGRAPH 2001): a struck solid is a
/// bank of exponentially damped sinusoids whose frequencies scale as 1/size, whose decay rates follow the
/// material's internal friction (decay d = π·f·tanφ, so high modes die first), and whose excitation is low-passed
/// by the contact's duration (soft contacts cannot excite high modes).
/// </summary>
public sealed record AcousticProfile
{
    /// <summary>Fundamental mode in Hz for a body with bounding radius <see cref="ModalBank.ReferenceRadius"/>.</summary>
    public required double BaseFrequencyHz { get; init; }
    /// <summary>Mode frequencies as multiples of the fundamental (inharmonic for real objects).</summary>
    public required double[] Ratios { get; init; }
    /// <summary>Relative excitation of each mode (same length as <see cref="Ratios"/>).</summary>
    public required double[] Amplitudes { get; init; }
    /// <summary>Internal friction tanφ (dimensionless): metal ~1e-4–1e-3, glass ~1e-3, wood ~0.02, rubber ~0.1.</summary>
    public required double LossFactor { get; init; }
    /// <summary>Corner of the contact's low-pass in Hz at 1 m/s: ~1/contact duration; the softer body decides.</summary>
    public required double ContactCutoffHz { get; init; }
    /// <summary>Level of the broadband click at the instant of contact, relative to the modes.</summary>
    public double TransientLevel { get; init; } = 0.2;
    /// <summary>Level of a low-passed noise burst (a dull thud: earth, cloth, a rubber ball's body).</summary>
    public double ThudLevel { get; init; }
    public double ThudCutoffHz { get; init; } = 300;
    /// <summary>Time constant of the thud's exponential decay, seconds.</summary>
    public double ThudDecaySeconds { get; init; } = 0.03;
    /// <summary>How loudly the class radiates overall (a steel pan vs a cushion), linear.</summary>
    public double Gain { get; init; } = 1;
}
