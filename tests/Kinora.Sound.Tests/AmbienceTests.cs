using Kinora.Sound.Ambience;
using Xunit.Abstractions;

namespace Kinora.Sound.Tests;

public class AmbienceTests(ITestOutputHelper output)
{
    private static float[] Family(AmbienceFamily family, double seconds, long seed = 42)
    {
        var stereo = new float[(int)(seconds * 48000) * 2];
        AmbienceBed.Add(family, stereo, seed, 48000);
        return stereo;
    }

    [Theory]
    [InlineData("city street", false, "clear", 14, AmbienceFamily.City)]
    [InlineData("park", false, "clear", 14, AmbienceFamily.Park)]
    [InlineData("forest", false, "clear", 14, AmbienceFamily.Forest)]
    [InlineData("beach", false, "clear", 14, AmbienceFamily.Ocean)]
    [InlineData("park", false, "rain", 14, AmbienceFamily.Rain)]
    [InlineData("park", false, "storm", 14, AmbienceFamily.Storm)]
    [InlineData("living room", true, "clear", 14, AmbienceFamily.Room)]
    [InlineData("cafe", true, "clear", 14, AmbienceFamily.Cafe)]
    [InlineData("park", false, "clear", 22, AmbienceFamily.Night)]
    [InlineData("desert", false, "clear", 14, AmbienceFamily.Wind)]
    public void The_setting_weather_and_hour_choose_the_family(string setting, bool indoor, string weather, double hour, AmbienceFamily expected)
    {
        var world = TestScenes.World([], indoor: indoor, setting: setting);
        world = world with { Plan = world.Plan with { World = world.Plan.World with { Weather = weather, TimeOfDay = hour } } };
        Assert.Contains(expected, AmbienceBed.FamiliesOf(world));
    }

    [Fact]
    public void No_birds_at_night_and_no_crickets_in_the_rain()
    {
        var night = TestScenes.World([], indoor: false, setting: "park");
        night = night with { Plan = night.Plan with { World = night.Plan.World with { TimeOfDay = 23 } } };
        Assert.DoesNotContain(AmbienceFamily.Park, AmbienceBed.FamiliesOf(night));
        var wet = night with { Plan = night.Plan with { World = night.Plan.World with { Weather = "rain" } } };
        Assert.DoesNotContain(AmbienceFamily.Night, AmbienceBed.FamiliesOf(wet));
    }

    /// <summary>
    /// Seamless for any length: the beds are streams, not loops, so a short render is the start of a long one
    /// (same waveform, up to the level the bed is scaled to), and nowhere does the waveform jump — a click is
    /// a sample step far above the signal's usual steps.
    /// </summary>
    [Theory]
    [InlineData(AmbienceFamily.City)]
    [InlineData(AmbienceFamily.Park)]
    [InlineData(AmbienceFamily.Forest)]
    [InlineData(AmbienceFamily.Ocean)]
    [InlineData(AmbienceFamily.Rain)]
    [InlineData(AmbienceFamily.Storm)]
    [InlineData(AmbienceFamily.Room)]
    [InlineData(AmbienceFamily.Cafe)]
    [InlineData(AmbienceFamily.Night)]
    [InlineData(AmbienceFamily.Wind)]
    [InlineData(AmbienceFamily.Fire)]
    public void Every_family_is_seamless_for_any_length(AmbienceFamily family)
    {
        var shortBed = Family(family, 5);
        var longBed = Family(family, 23);
        var prefix = longBed.AsSpan(0, shortBed.Length);
        double ab = 0, aa = 0, bb = 0;
        for (var i = 0; i < shortBed.Length; i++) { ab += shortBed[i] * prefix[i]; aa += shortBed[i] * shortBed[i]; bb += prefix[i] * prefix[i]; }
        Assert.True(ab / Math.Sqrt(aa * bb) > 0.99, $"{family}: correlation {ab / Math.Sqrt(aa * bb):F4}");

        var mono = Signal.Channel(longBed, 0);
        var steps = new float[mono.Length - 1];
        for (var i = 1; i < mono.Length; i++) steps[i - 1] = MathF.Abs(mono[i] - mono[i - 1]);
        var typical = Math.Sqrt(steps.Average(x => (double)x * x));
        var worst = steps.Max();
        output.WriteLine($"{family}: worst step {worst / typical:F1}× the RMS step, RMS {Signal.RmsDb(mono):F1} dB");
        Assert.True(worst < ClickFactor * typical, $"{family}: a step of {worst / typical:F1}× the RMS step");
        Assert.True(Signal.RmsDb(mono) > -60, $"{family} is silent");
    }

    /// <summary>Gaussian noise's largest step in 23 s is ~6× its RMS step; grains (drops, pops) reach ~15×; a click is far beyond.</summary>
    private const double ClickFactor = 40;

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
        var bed = Bed(false, "square", 20);
        var mono = Signal.Channel(bed, 0);
        var overall = Signal.RmsDb(mono);
        for (var s = 0; s < 20; s++)
            Assert.InRange(Signal.RmsDb(Signal.Window(mono, s, s + 1)), overall - 5, overall + 5);
    }

    [Fact]
    public void Parks_have_birds_rooms_do_not()
    {
        Assert.True(AmbienceBed.HasBirds(TestScenes.World([], indoor: false, setting: "park")));
        Assert.True(AmbienceBed.HasBirds(TestScenes.World([], indoor: false, setting: "square", ambience: ["birds"])));
        Assert.False(AmbienceBed.HasBirds(TestScenes.World([], indoor: false, setting: "street")));
        Assert.False(AmbienceBed.HasBirds(TestScenes.World([], indoor: true, setting: "garden shed")));

        // Chirps put energy in the 3–7 kHz band that plain air lacks.
        var park = Signal.Channel(Bed(false, "park", 10), 0);
        var street = Signal.Channel(Bed(false, "square", 10), 0);
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
