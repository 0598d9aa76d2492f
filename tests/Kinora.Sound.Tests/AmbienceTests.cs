using Kinora.Sound.Ambience;

namespace Kinora.Sound.Tests;

public class AmbienceTests
{
    private static float[] Bed(bool indoor, string setting, double seconds, long seed = 42)
    {
        var world = TestScenes.World([], indoor: indoor, setting: setting, seed: seed);
        var stereo = new float[(int)(seconds * 48000) * 2];
        AmbienceBed.Render(world, stereo, 48000);
        return stereo;
    }

    [Fact]
    public void Room_tone_is_quiet_and_low()
    {
        var bed = Bed(true, "kitchen", 5);
        Assert.Equal(RoomTone.RmsDbfs, Signal.RmsDb(bed), 0.1);
        Assert.True(Signal.SpectralCentroidHz(Signal.Channel(bed, 0), 65536) < 1000);
    }

    [Fact]
    public void Bed_level_is_steady_for_long_clips()
    {
        var bed = Bed(false, "street", 20);
        var mono = Signal.Channel(bed, 0);
        var overall = Signal.RmsDb(mono);
        for (var s = 0; s < 20; s++)
            Assert.InRange(Signal.RmsDb(Signal.Window(mono, s, s + 1)), overall - 5, overall + 5);
    }

    [Fact]
    public void Parks_have_birds_rooms_do_not()
    {
        Assert.True(AmbienceBed.HasBirds(TestScenes.World([], indoor: false, setting: "park")));
        Assert.True(AmbienceBed.HasBirds(TestScenes.World([], indoor: false, setting: "street", ambience: ["birds"])));
        Assert.False(AmbienceBed.HasBirds(TestScenes.World([], indoor: false, setting: "street")));
        Assert.False(AmbienceBed.HasBirds(TestScenes.World([], indoor: true, setting: "garden shed")));

        // Chirps put energy in the 3–7 kHz band that plain air lacks.
        var park = Signal.Channel(Bed(false, "park", 10), 0);
        var street = Signal.Channel(Bed(false, "street", 10), 0);
        var (withBirds, without) = (BandPeak(park), BandPeak(street));
        Assert.True(withBirds > 2 * without, $"park {withBirds}, street {without}");
    }

    [Fact]
    public void Stereo_bed_is_wide_not_mono()
    {
        var bed = Bed(true, "office", 3);
        var l = Signal.Channel(bed, 0);
        var r = Signal.Channel(bed, 1);
        double lr = 0, ll = 0, rr = 0;
        for (var i = 0; i < l.Length; i++) { lr += l[i] * r[i]; ll += l[i] * l[i]; rr += r[i] * r[i]; }
        Assert.InRange(lr / Math.Sqrt(ll * rr), 0.2, 0.95);
    }

    private static double BandPeak(float[] mono)
    {
        var bp = Dsp.Biquad.BandPass(48000, 4800, 1);
        var peak = 0.0;
        foreach (var x in mono) peak = Math.Max(peak, Math.Abs(bp.Process(x)));
        return peak;
    }
}
