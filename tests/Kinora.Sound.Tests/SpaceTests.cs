using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;

namespace Kinora.Sound.Tests;

/// <summary>Doppler, travel time and distance: the physics of where a sound comes from.</summary>
public class SpaceTests
{
    private static Entity Vehicle(string kind) => new()
    {
        Id = kind, CastId = kind, Kind = kind, Shape = new BoxShape(new Vector3(2, 0.7f, 0.9f)), Model = new Model([]),
        Material = TestScenes.MaterialOf(AcousticClass.Metal),
    };

    /// <summary>A track where one body moves along X at <paramref name="speed"/> m/s, passing 5 m in front of a camera at the origin at mid-clip.</summary>
    private static Track Passing(World world, double seconds, double speed)
    {
        var frames = (int)Math.Round(seconds * TestScenes.Fps);
        var poses = new Pose[frames];
        for (var f = 0; f < frames; f++)
            poses[f] = new Pose(new Vector3((float)(speed * ((double)f / TestScenes.Fps - seconds / 2)), 0.5f, -5), Quaternion.Identity);
        var camera = Enumerable.Repeat(new CameraPose(new Vector3(0, 1, 0), new Vector3(0, 1, -1), Vector3.UnitY, 0.8f), frames).ToArray();
        return new Track(TestScenes.Fps, frames, [world.Entities[0].Id], poses, camera, []);
    }

    [Fact]
    public void A_passing_car_drops_in_pitch_by_the_Doppler_ratio()
    {
        const double speed = 25;
        var world = TestScenes.World([Vehicle("car")], indoor: false, seconds: 6);
        var mono = Signal.Channel(TestScenes.Effects(world, Passing(world, 6, speed), withRoom: false), 0);
        // Same engine state either side (constant speed), so the spectra differ only by the Doppler factor.
        var before = DominantHz(Signal.Window(mono, 1.6, 2.4));
        var after = DominantHz(Signal.Window(mono, 3.6, 4.4));
        var expected = (343 + speed * 0.9) / (343 - speed * 0.9); // not quite head-on: cos of the angle ≈ 0.9 at ±10 m
        Assert.InRange(before / after, 1 + (expected - 1) * 0.6, 1 + (expected - 1) * 1.4);
        // And it is loudest as it passes.
        Assert.True(Signal.RmsDb(Signal.Window(mono, 2.8, 3.2)) > Signal.RmsDb(Signal.Window(mono, 0.2, 0.6)) + 6);
    }

    [Fact]
    public void A_parked_car_is_silent()
    {
        var world = TestScenes.World([Vehicle("car")], indoor: false);
        var mono = Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 2, []), false), 0);
        Assert.Equal(0, Signal.Peak(mono));
    }

    [Fact]
    public void Far_events_arrive_after_their_travel_time_near_ones_on_the_frame()
    {
        var far = new Vector3(0, 0, -100);
        var world = TestScenes.World([TestScenes.Ball("ball", AcousticClass.Metal, 0.3f, far)], indoor: false, seconds: 2);
        var track = TestScenes.Track(world, 2, [TestScenes.Contact(0.2, 2, at: far)]);
        var mono = Signal.Channel(TestScenes.Effects(world, track, false), 0);
        var distance = Vector3.Distance(far, new Vector3(0, 1, 4));
        var expected = 0.2 + (distance - Spatial.SoundTravel.SyncDistance) / 343;
        Assert.InRange(Array.FindIndex(mono, x => x != 0), (int)Math.Round(expected * 48000) - 1, (int)Math.Round(expected * 48000) + 1);
    }

    [Fact]
    public void Thunder_follows_its_lightning_by_three_seconds_a_kilometre()
    {
        foreach (var strike in Ambience.Thunder.Strikes(42, 30))
        {
            Assert.InRange(strike.DistanceMetres, 300, 3000);
            Assert.Equal(strike.DistanceMetres / 343, strike.ThunderSeconds - strike.FlashSeconds, 6);
        }
        // The thunder comes from the same schedule the renderer flashes from.
        Assert.Equal(Kinora.Plan.LightningStrikes.Of(42, 30).Select(s => (s.FlashSeconds, s.DistanceMetres)),
            Ambience.Thunder.Strikes(42, 30).Select(s => (s.FlashSeconds, s.DistanceMetres)));
    }

    [Fact]
    public void Dogs_bark_and_cows_moo_lower()
    {
        Entity Animal(string kind) => TestScenes.Ball(kind, AcousticClass.Soft) with { Kind = kind, Id = kind, CastId = kind };
        float[] Voice(string kind)
        {
            var world = TestScenes.World([Animal(kind)], indoor: false, seconds: 4);
            return Signal.Channel(TestScenes.Effects(world, TestScenes.Track(world, 4, []), false), 0);
        }
        var dog = Voice("dog");
        var cow = Voice("cow");
        Assert.True(Signal.RmsDb(dog) > -70 && Signal.RmsDb(cow) > -70);
        Assert.True(Signal.SpectralCentroidHz(dog, 131072) > Signal.SpectralCentroidHz(cow, 131072));
    }

    private static double DominantHz(ReadOnlySpan<float> s)
    {
        var spectrum = Signal.Spectrum(s, 32768);
        var best = 0;
        for (var k = (int)(60 * 32768 / 48000.0); k < (int)(1000 * 32768 / 48000.0); k++)
            if (spectrum[k] > spectrum[best]) best = k;
        // Parabolic interpolation of the peak for sub-bin accuracy.
        double a = spectrum[best - 1], b = spectrum[best], c = spectrum[best + 1];
        var offset = 0.5 * (a - c) / (a - 2 * b + c);
        return (best + offset) * 48000.0 / 32768;
    }
}
