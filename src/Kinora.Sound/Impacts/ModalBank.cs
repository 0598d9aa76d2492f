using Kinora.Compose;

namespace Kinora.Sound.Impacts;

/// <summary>
/// The modal parameters of every <see cref="AcousticClass"/>. Frequencies are for a body of bounding radius
/// <see cref="ReferenceRadius"/>; the synthesizer scales them by ReferenceRadius / radius. Ratios are taken from
/// textbook vibrating shapes where one fits (free–free bar: 1, 2.756, 5.404, 8.933 for metal; a wine glass's
/// 1, 2.32, 4.25 for glass) and tuned by ear elsewhere; decay comes from the loss factor, not from the table.
/// </summary>
public static class ModalBank
{
    /// <summary>Bounding radius in metres at which the table's frequencies apply (a 20 cm object).</summary>
    public const double ReferenceRadius = 0.1;
    /// <summary>Size-scaling limits so a pebble or a house still lands in the audible, synthesizable range.</summary>
    public const double MinFrequencyScale = 0.2, MaxFrequencyScale = 5;
    /// <summary>Radiation and air damping added to every mode, 1/s (bounds the ring of a loss-free metal).</summary>
    public const double AirDampingPerSecond = 1.5;

    // Built once: the synthesizer asks for a profile per event and must not allocate tables each time.
    private static readonly AcousticProfile[] Profiles =
        Enum.GetValues<AcousticClass>().Select(Create).ToArray();

    public static AcousticProfile For(AcousticClass acoustic) =>
        (int)acoustic >= 0 && (int)acoustic < Profiles.Length ? Profiles[(int)acoustic] : Profiles[(int)AcousticClass.Plastic];

    private static AcousticProfile Create(AcousticClass acoustic) => acoustic switch
    {
        // Inharmonic knock 420–2.2 kHz dying within ~0.2 s.
        AcousticClass.Wood => new()
        {
            BaseFrequencyHz = 420, Ratios = [1, 1.58, 2.31, 3.12, 4.07, 5.2], Amplitudes = [1, 0.7, 0.55, 0.4, 0.3, 0.2],
            LossFactor = 0.025, ContactCutoffHz = 6000, TransientLevel = 0.25, ThudLevel = 0.15, ThudCutoffHz = 400,
        },
        // Bar and plate partials ringing for seconds.
        AcousticClass.Metal => new()
        {
            BaseFrequencyHz = 900, Ratios = [1, 1.47, 2.756, 3.9, 5.404, 6.7, 8.933], Amplitudes = [1, 0.6, 0.8, 0.5, 0.6, 0.35, 0.4],
            LossFactor = 0.0006, ContactCutoffHz = 15000, TransientLevel = 0.2,
        },
        AcousticClass.Glass => new()
        {
            BaseFrequencyHz = 1800, Ratios = [1, 2.32, 4.25, 6.63, 9.4], Amplitudes = [1, 0.7, 0.5, 0.35, 0.25],
            LossFactor = 0.0012, ContactCutoffHz = 16000, TransientLevel = 0.3,
        },
        AcousticClass.Stone => new()
        {
            BaseFrequencyHz = 700, Ratios = [1, 1.73, 2.62, 3.41, 4.6], Amplitudes = [1, 0.8, 0.6, 0.5, 0.35],
            LossFactor = 0.012, ContactCutoffHz = 8000, TransientLevel = 0.5, ThudLevel = 0.3, ThudCutoffHz = 500,
        },
        AcousticClass.Plastic => new()
        {
            BaseFrequencyHz = 550, Ratios = [1, 1.62, 2.48, 3.6, 4.9], Amplitudes = [1, 0.6, 0.45, 0.3, 0.2],
            LossFactor = 0.035, ContactCutoffHz = 5000, TransientLevel = 0.35,
        },
        // A rubber ball: a low thump from the body plus a short, heavily damped ring of the shell.
        AcousticClass.Rubber => new()
        {
            BaseFrequencyHz = 180, Ratios = [1, 2.4, 5.1], Amplitudes = [1, 0.45, 0.25],
            LossFactor = 0.12, ContactCutoffHz = 1500, TransientLevel = 0.1,
            ThudLevel = 0.5, ThudCutoffHz = 250, ThudDecaySeconds = 0.025,
        },
        AcousticClass.Ceramic => new()
        {
            BaseFrequencyHz = 1300, Ratios = [1, 2.1, 3.5, 5.2, 7.3], Amplitudes = [1, 0.7, 0.5, 0.4, 0.3],
            LossFactor = 0.003, ContactCutoffHz = 12000, TransientLevel = 0.35,
        },
        // Cloth, cushions, snow: no audible modes, only a dull filtered-noise thud.
        AcousticClass.Soft => new()
        {
            BaseFrequencyHz = 200, Ratios = [], Amplitudes = [], LossFactor = 0.3, ContactCutoffHz = 800,
            TransientLevel = 0.05, ThudLevel = 1.0, ThudCutoffHz = 300, ThudDecaySeconds = 0.03, Gain = 0.5,
        },
        // A splash: a longer bright noise burst plus two damped bubble modes.
        AcousticClass.Water => new()
        {
            BaseFrequencyHz = 700, Ratios = [1, 1.6], Amplitudes = [0.5, 0.3], LossFactor = 0.05, ContactCutoffHz = 4000,
            TransientLevel = 0.1, ThudLevel = 0.6, ThudCutoffHz = 2500, ThudDecaySeconds = 0.12, Gain = 0.7,
        },
        // Earth, grass, sand: a thud with a little grit.
        AcousticClass.Ground => new()
        {
            BaseFrequencyHz = 150, Ratios = [], Amplitudes = [], LossFactor = 0.3, ContactCutoffHz = 1500,
            TransientLevel = 0.15, ThudLevel = 0.8, ThudCutoffHz = 350, ThudDecaySeconds = 0.035, Gain = 0.8,
        },
        _ => Create(AcousticClass.Plastic),
    };
}
