using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;

namespace Kinora.Sound.Tests;

/// <summary>Footsteps, shatter, splash and continuous contacts, each from its event kind.</summary>
public class EventTests
{
    private static Entity Person(string id = "man") => new()
    {
        Id = id, CastId = id, Kind = "person", Shape = new BoxShape(new Vector3(0.2f, 0.9f, 0.15f)), Model = new Model([]),
        Material = TestScenes.MaterialOf(AcousticClass.Soft) with { Density = 1000 },
    };

    private static SimEvent Event(string kind, double time, string a, string b = "ground", double impulse = 1, double speed = 3) =>
        new() { Kind = kind, Time = time, A = a, B = b, Impulse = impulse, RelativeSpeed = speed, Position = Vector3.Zero };

    private static float[] Steps(string groundName, AcousticClass ground, double interval, double seconds = 3)
    {
        var world = TestScenes.World([Person()], ground, indoor: false) with { };
        world = world with { Environment = world.Environment with { Ground = new Material { Name = groundName, Acoustic = ground } } };
        var events = new List<SimEvent>();
        for (var t = 0.2; t < seconds - 0.3; t += interval) events.Add(Event("footfall", t, "man", impulse: 0.5, speed: 0.3));
        return Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, seconds, events), withRoom: false), 0);
    }

    [Fact]
    public void Every_step_lands_on_its_sample()
    {
        var world = TestScenes.World([Person()]);
        var track = TestScenes.Track(world, 2, [Event("footfall", 0.3125, "man", impulse: 0.5, speed: 0.3), Event("footfall", 0.9021, "man", impulse: 0.5, speed: 0.3)]);
        var mono = Signal.Channel(TestScenes.Effects(world, track, withRoom: false), 0);
        Assert.Equal((int)Math.Round(0.3125 * 48000), Array.FindIndex(mono, x => x != 0));
        Assert.True(Signal.Peak(Signal.Window(mono, 0.9021, 0.95)) > 0);
        Assert.Equal(0, Signal.Peak(Signal.Window(mono, 0.85, 0.9021 - 1.0 / 48000)), 3);
    }

    [Fact]
    public void Surfaces_sound_different_grass_rustles_carpet_thuds()
    {
        var grass = Signal.SpectralCentroidHz(Steps("grass", AcousticClass.Ground, 0.55), 65536);
        var carpet = Signal.SpectralCentroidHz(Steps("carpet", AcousticClass.Soft, 0.55), 65536);
        var tile = Signal.SpectralCentroidHz(Steps("tile", AcousticClass.Ceramic, 0.55), 65536);
        Assert.True(grass > 2 * carpet, $"grass {grass:F0} Hz vs carpet {carpet:F0} Hz");
        Assert.True(tile > 2 * carpet, $"tile {tile:F0} Hz vs carpet {carpet:F0} Hz");
    }

    [Fact]
    public void Running_steps_are_harder_than_walking_ones()
    {
        var walk = Steps("wood", AcousticClass.Wood, 0.55);
        var run = Steps("wood", AcousticClass.Wood, 0.3);
        // Compare the second step of each (the first has no previous step to tell the gait by).
        Assert.True(Signal.Peak(Signal.Window(run, 0.5, 0.7)) > 1.3 * Signal.Peak(Signal.Window(walk, 0.75, 0.95)));
    }

    [Fact]
    public void A_walker_touching_the_ground_gently_is_a_step_not_an_impact()
    {
        // Today's simulator reports steps as slow "contact"s; they must not ring like a dropped box.
        var world = TestScenes.World([Person()]);
        var asContact = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 1, [Event("contact", 0.2, "man", impulse: 0.5, speed: 0.3)]), false), 0);
        var asFootfall = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 1, [Event("footfall", 0.2, "man", impulse: 0.5, speed: 0.3)]), false), 0);
        Assert.Equal(asFootfall, asContact);
    }

    [Fact]
    public void Glass_shatters_bright_and_long_after_the_blow()
    {
        var world = TestScenes.World([TestScenes.Ball("vase", AcousticClass.Glass, 0.1f)], AcousticClass.Stone);
        var mono = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 2, [Event("shatter", 0.25, "vase", impulse: 2)]), false), 0);
        Assert.Equal((int)Math.Round(0.25 * 48000), Array.FindIndex(mono, x => x != 0));
        // Fragments keep tinkling a quarter second later, high up.
        var tail = Signal.Window(mono, 0.5, 0.9);
        Assert.True(Signal.RmsDb(tail) > Signal.RmsDb(Signal.Window(mono, 0.25, 0.3)) - 30);
        Assert.True(Signal.SpectralCentroidHz(Signal.Window(mono, 0.25, 0.9)) > 3000);
    }

    [Fact]
    public void Shards_ring_like_their_whole_only_higher()
    {
        var world = TestScenes.World([TestScenes.Ball("vase", AcousticClass.Glass, 0.1f)], AcousticClass.Soft);
        var whole = Impacts.ContactSounds.BodyOf(world, "vase");
        var shard = Impacts.ContactSounds.BodyOf(world, "vase/shard2");
        Assert.NotNull(shard);
        Assert.Equal(whole!.Value.Profile, shard!.Value.Profile);
        Assert.True(shard.Value.FrequencyScale > whole.Value.FrequencyScale);
        Assert.Null(Impacts.ContactSounds.BodyOf(world, "ghost/shard1"));
    }

    [Fact]
    public void A_splash_has_bubbles_in_the_Minnaert_range()
    {
        var world = TestScenes.World([TestScenes.Ball("stone", AcousticClass.Stone, 0.05f)], indoor: false);
        var mono = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 2, [Event("splash", 0.3, "stone", impulse: 1, speed: 4)]), false), 0);
        Assert.Equal((int)Math.Round(0.3 * 48000), Array.FindIndex(mono, x => x != 0));
        var spectrum = Signal.Spectrum(Signal.Window(mono, 0.32, 0.7), 16384);
        double Band(double lo, double hi) { double e = 0; for (var k = (int)(lo * 16384 / 48000); k < hi * 16384 / 48000; k++) e += spectrum[k] * spectrum[k]; return e; }
        // Bubbles of 1.5–6 mm ring at 0.5–2.2 kHz: that band carries more than the octave above 8 kHz.
        Assert.True(Band(500, 2500) > 4 * Band(8000, 16000));
    }

    [Fact]
    public void Rolling_is_heard_while_it_lasts_and_stops_after()
    {
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Wood)]);
        var reports = Enumerable.Range(0, 24).Select(i => Event("roll", 0.5 + i / 24.0, "ball", impulse: 0, speed: 2)).ToArray();
        var mono = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 3, reports), false), 0);
        var during = Signal.RmsDb(Signal.Window(mono, 0.7, 1.4));
        Assert.True(during > -60, $"rolling at {during:F1} dB");
        Assert.True(Signal.RmsDb(Signal.Window(mono, 0.0, 0.45)) < -200);
        Assert.True(Signal.RmsDb(Signal.Window(mono, 2.0, 2.9)) < -200);
        // Sliding is brighter than rolling.
        var slide = reports.Select(e => e with { Kind = "slide" }).ToArray();
        var slid = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 3, slide), false), 0);
        Assert.True(Signal.SpectralCentroidHz(Signal.Window(slid, 0.6, 1.3)) > Signal.SpectralCentroidHz(Signal.Window(mono, 0.6, 1.3)));
    }

    [Fact]
    public void Every_class_has_a_modal_bank_that_sounds()
    {
        foreach (var acoustic in Enum.GetValues<AcousticClass>())
        {
            var world = TestScenes.World([TestScenes.Ball("ball", acoustic)], AcousticClass.Soft);
            var mono = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 1, [TestScenes.Contact(0.1, 1)]), false), 0);
            Assert.True(Signal.RmsDb(Signal.Window(mono, 0.1, 0.2)) > -50, acoustic.ToString());
        }
    }
}
