using Kinora.Compose;
using Kinora.Motion;
using Kinora.Sound.Impacts;
using Kinora.Sound.Spatial;

namespace Kinora.Sound.Events;

/// <summary>
/// Turns the track's events into sound on the effects bus, each starting on its own sample: contacts become
/// impacts (<see cref="ImpactSynth"/>), footfalls footsteps by surface and gait (<see cref="Footsteps"/>), and
/// shatters, splashes and continuous roll/slide contacts their own synthesizers. Kinds it does not know are
/// skipped, so the physics can add new ones before the sound stage hears them.
/// </summary>
public static class EventSounds
{
    /// <summary>Contacts weaker than this fraction of the strongest impulse are skipped (resting contacts and jitter): at impulse^0.8 that is 48 dB down.</summary>
    public const double SkipBelowFractionOfLoudest = 1e-3;
    /// <summary>A walker's contact with the ground slower than this (m/s) is a step, not a fall.</summary>
    public const double StepAtMostSpeed = 0.5;
    /// <summary>Continuous-contact reports further apart than this (s) belong to separate contacts.</summary>
    public const double ContinuousGapSeconds = 0.25;
    /// <summary>How often the simulator reports a continuous contact, s (its impulse is force × this).</summary>
    public const double ContinuousSamplePeriod = 0.05;
    /// <summary>Normal force, N, at which rolling and sliding have their reference level (a 0.5 kg ball resting).</summary>
    public const double ReferenceNormalForce = 5;

    public static void Render(World world, Track track, EffectsBus bus, IProgress<double>? progress = null)
    {
        var events = track.Events;
        var rate = bus.SampleRate;
        var loudest = 0.0;
        foreach (var e in events)
            if (e.Kind == EventKinds.Contact) loudest = Math.Max(loudest, e.Impulse);
        var longest = Math.Max(Math.Max((int)Math.Ceiling(ImpactSynth.MaxSeconds * rate), Shatter.LengthFor(rate)),
            Math.Max(Splash.LengthFor(rate), Footsteps.LengthFor(rate)));
        // One scratch buffer for all events: the hot path allocates nothing per event.
        var scratch = new float[longest];
        var lastStep = new Dictionary<string, double>();
        for (var index = 0; index < events.Count; index++)
        {
            var e = events[index];
            progress?.Report((double)index / events.Count);
            if (e.Time < 0 || e.Time * rate >= bus.Frames) continue;
            var stream = $"sound.impact.{index}"; // the name contacts have always used: old plans keep their sound
            var seed = world.Plan.Seed;
            scratch.AsSpan().Clear();
            var n = 0;
            switch (e.Kind)
            {
                case EventKinds.Contact when IsStep(world, e):
                case EventKinds.Footfall:
                {
                    if (Walker(world, e) is not { } walker) break;
                    var interval = lastStep.TryGetValue(walker.Id, out var previous) ? e.Time - previous : double.MaxValue;
                    lastStep[walker.Id] = e.Time;
                    var running = interval < Footsteps.RunBelowSeconds;
                    n = Footsteps.Render(SurfaceUnder(world, e, walker.Id), Walkers.FootOf(walker.Kind) ?? Foot.Shoe, running,
                        Walkers.WeightOf(walker), seed, stream, rate, scratch);
                    break;
                }
                case EventKinds.Contact when IsWheelBump(world, e):
                    break; // a rolling vehicle's wheels on the road: its tyres are heard continuously (VehicleSounds)
                case EventKinds.Contact:
                {
                    if (e.Impulse <= 0 || e.Impulse < loudest * SkipBelowFractionOfLoudest) break;
                    if (ContactSounds.BodyOf(world, e.A) is not { } a || ContactSounds.BodyOf(world, e.B) is not { } b) break;
                    n = ImpactSynth.Render(a, b, e.Impulse, e.RelativeSpeed, seed, stream, rate, scratch);
                    break;
                }
                case EventKinds.Shatter:
                {
                    var id = e.A == ContactSounds.GroundId ? e.B : e.A;
                    var i = world.IndexOf(id);
                    var (material, radius) = i >= 0 ? (world.Entities[i].Material.Acoustic, (double)world.Entities[i].Shape.BoundingRadius) : (AcousticClass.Glass, 0.1);
                    n = Shatter.Render(material, radius, Math.Max(e.Impulse, 0.5), seed, stream, rate, scratch);
                    break;
                }
                case EventKinds.Splash:
                {
                    var i = world.IndexOf(e.A);
                    var radius = i >= 0 ? world.Entities[i].Shape.BoundingRadius : 0.1;
                    n = Splash.Render(radius, e.Impulse, e.RelativeSpeed, seed, stream, rate, scratch);
                    break;
                }
            }
            if (n > 0) bus.AddAt(scratch.AsSpan(0, n), e.Time, e.Position);
        }
        ContinuousContacts(world, events, bus);
        progress?.Report(1);
    }

    private static Entity? Walker(World world, SimEvent e)
    {
        foreach (var id in (ReadOnlySpan<string>)[e.A, e.B])
        {
            var i = world.IndexOf(id);
            if (i >= 0 && Walkers.Walks(world.Entities[i])) return world.Entities[i];
        }
        return null;
    }

    /// <summary>A walker touching the ground gently is taking a step (the simulator's footfalls before it named them).</summary>
    private static bool IsStep(World world, SimEvent e) =>
        (e.A == ContactSounds.GroundId || e.B == ContactSounds.GroundId) && e.RelativeSpeed <= StepAtMostSpeed && Walker(world, e) is not null;

    /// <summary>A vehicle touching the ground gently: the simulator's wheel bump, not a crash.</summary>
    private static bool IsWheelBump(World world, SimEvent e)
    {
        if (e.RelativeSpeed > StepAtMostSpeed) return false;
        var other = e.A == ContactSounds.GroundId ? e.B : e.B == ContactSounds.GroundId ? e.A : null;
        var i = other is null ? -1 : world.IndexOf(other);
        return i >= 0 && Sources.Engine.For(world.Entities[i].Kind) is not null;
    }

    private static Surface SurfaceUnder(World world, SimEvent e, string walkerId)
    {
        var other = e.A == walkerId ? e.B : e.A;
        var i = world.IndexOf(other);
        return Surfaces.Of(i >= 0 ? world.Entities[i].Material : world.Environment.Ground);
    }

    /// <summary>Roll and slide reports grouped per body pair into contacts (a gap over <see cref="ContinuousGapSeconds"/> ends one), each rendered whole.</summary>
    private static void ContinuousContacts(World world, IReadOnlyList<SimEvent> events, EffectsBus bus)
    {
        var groups = new Dictionary<(string, string, bool), List<SimEvent>>();
        foreach (var e in events)
        {
            if (e.Kind is not (EventKinds.Roll or EventKinds.Slide)) continue;
            var key = (e.A, e.B, e.Kind == EventKinds.Roll);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(e);
        }
        var contact = 0;
        foreach (var ((a, b, rolling), list) in groups)
        {
            list.Sort((x, y) => x.Time.CompareTo(y.Time));
            var from = 0;
            for (var k = 1; k <= list.Count; k++)
            {
                if (k < list.Count && list[k].Time - list[k - 1].Time <= ContinuousGapSeconds) continue;
                RenderContinuous(world, list.GetRange(from, k - from), a, b, rolling, bus, contact++);
                from = k;
            }
        }
    }

    private static void RenderContinuous(World world, List<SimEvent> reports, string a, string b, bool rolling, EffectsBus bus, int index)
    {
        var rate = bus.SampleRate;
        var path = new Scrape.Sample[reports.Count + 1];
        for (var k = 0; k < reports.Count; k++) path[k] = new(reports[k].Time, Math.Abs(reports[k].RelativeSpeed));
        // The last report holds for one more gap's worth, fading: the contact ends after it, not on it.
        path[^1] = new(reports[^1].Time + ContinuousGapSeconds / 2, 0);
        var n = (int)Math.Ceiling((path[^1].Time - path[0].Time) * rate) + 1;
        var mono = new float[n];
        var ia = world.IndexOf(a);
        var ib = world.IndexOf(b);
        var acousticA = ia >= 0 ? world.Entities[ia].Material.Acoustic : world.Environment.Ground.Acoustic;
        var radiusA = ia >= 0 ? world.Entities[ia].Shape.BoundingRadius : 0.3;
        var acousticB = ib >= 0 ? world.Entities[ib].Material.Acoustic : world.Environment.Ground.Acoustic;
        Scrape.Render(path, rolling, acousticA, radiusA, acousticB, world.Plan.Seed, $"sound.continuous.{index}", rate, mono);
        // Pressing harder is louder: each report's impulse is the normal force over the sampling period.
        var meanImpulse = reports.Average(r => r.Impulse);
        if (meanImpulse > 0)
        {
            var force = meanImpulse / ContinuousSamplePeriod;
            var gain = (float)Math.Clamp(Math.Sqrt(force / ReferenceNormalForce), 0.3, 3);
            for (var i = 0; i < mono.Length; i++) mono[i] *= gain;
        }
        var middle = reports[reports.Count / 2].Position;
        bus.AddAt(mono, path[0].Time, middle);
    }
}
