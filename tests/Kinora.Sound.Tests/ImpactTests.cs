using Kinora.Compose;
using Kinora.Sound.Impacts;

namespace Kinora.Sound.Tests;

public class ImpactTests
{
    /// <summary>One hit of a ball of this class and radius on a wood floor: direct sound only (no room), mono.</summary>
    private static float[] Hit(AcousticClass acoustic, float radius = 0.11f, AcousticClass ground = AcousticClass.Wood, double impulse = 1)
    {
        var world = TestScenes.World([TestScenes.Ball("ball", acoustic, radius)], ground);
        var track = TestScenes.Track(world, 3, [TestScenes.Contact(0.1, impulse)]);
        var stereo = TestScenes.Effects(world, track, withRoom: false);
        return Signal.Channel(stereo, 0);
    }

    [Fact]
    public void Metal_is_brighter_and_rings_longer_than_rubber()
    {
        var metal = Hit(AcousticClass.Metal, ground: AcousticClass.Soft);
        var rubber = Hit(AcousticClass.Rubber, ground: AcousticClass.Soft);
        var metalCentroid = Signal.SpectralCentroidHz(Signal.Window(metal, 0.1, 0.45));
        var rubberCentroid = Signal.SpectralCentroidHz(Signal.Window(rubber, 0.1, 0.45));
        Assert.True(metalCentroid > 2 * rubberCentroid, $"metal {metalCentroid:F0} Hz, rubber {rubberCentroid:F0} Hz");
        var metalDecay = Signal.DecaySeconds(metal);
        var rubberDecay = Signal.DecaySeconds(rubber);
        Assert.True(metalDecay > 5 * rubberDecay, $"metal {metalDecay:F2} s, rubber {rubberDecay:F2} s");
    }

    [Fact]
    public void Every_class_sounds_different()
    {
        var centroids = Enum.GetValues<AcousticClass>()
            .ToDictionary(c => c, c => Signal.SpectralCentroidHz(Signal.Window(Hit(c, ground: AcousticClass.Soft), 0.1, 0.45)));
        Assert.True(centroids[AcousticClass.Glass] > centroids[AcousticClass.Wood]);
        Assert.True(centroids[AcousticClass.Wood] > centroids[AcousticClass.Soft]);
        Assert.True(centroids[AcousticClass.Ceramic] > centroids[AcousticClass.Plastic]);
        Assert.True(centroids.Count == centroids.Values.Select(c => Math.Round(c / 10)).Distinct().Count(),
            string.Join(", ", centroids.Select(c => $"{c.Key} {c.Value:F0} Hz")));
    }

    [Fact]
    public void Smaller_objects_sound_higher()
    {
        var small = Signal.SpectralCentroidHz(Signal.Window(Hit(AcousticClass.Metal, 0.05f, AcousticClass.Soft), 0.1, 0.45));
        var large = Signal.SpectralCentroidHz(Signal.Window(Hit(AcousticClass.Metal, 0.2f, AcousticClass.Soft), 0.1, 0.45));
        Assert.True(small > 1.8 * large, $"small {small:F0} Hz, large {large:F0} Hz");
    }

    [Fact]
    public void Loudness_follows_impulse_to_the_power_0_8()
    {
        Assert.Equal(ImpactSynth.ReferenceAmplitude, ImpactSynth.AmplitudeFor(1), 12);
        // Ten times the impulse: 10^0.8 = 6.31× the amplitude, +16 dB.
        Assert.Equal(16.0, 20 * Math.Log10(ImpactSynth.AmplitudeFor(10) / ImpactSynth.AmplitudeFor(1)), 6);
        var soft = Signal.Peak(Hit(AcousticClass.Stone, impulse: 0.1));
        var hard = Signal.Peak(Hit(AcousticClass.Stone, impulse: 1));
        Assert.InRange(20 * Math.Log10(hard / soft), 13, 19);
    }

    [Fact]
    public void A_mode_is_a_damped_sine_starting_at_zero()
    {
        var buffer = new float[4800];
        var mode = new Mode(1000, 20, 0.5);
        mode.AddTo(buffer, 48000);
        for (var n = 0; n < buffer.Length; n += 37)
            Assert.Equal(0.5 * Math.Exp(-20.0 * n / 48000) * Math.Sin(2 * Math.PI * 1000 * n / 48000), buffer[n], 5);
        Assert.Equal(Mode.Ln1000 / 20, mode.T60, 9);
    }

    [Fact]
    public void Synthesis_allocates_nothing()
    {
        var a = new ImpactBody(ModalBank.For(AcousticClass.Metal), 0.1);
        var b = new ImpactBody(ModalBank.For(AcousticClass.Rubber), 0.3, 30);
        var buffer = new float[ImpactSynth.LengthFor(a, b, 48000)];
        ImpactSynth.Render(a, b, 1, 3, 42, "warm-up", 48000, buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        ImpactSynth.Render(a, b, 1, 3, 42, "measured", 48000, buffer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
