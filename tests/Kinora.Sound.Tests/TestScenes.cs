using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;

namespace Kinora.Sound.Tests;

/// <summary>Hand-built worlds and tracks (the simulator is not needed to test sound).</summary>
internal static class TestScenes
{
    public const int Fps = 24;

    public static Material MaterialOf(AcousticClass acoustic) => new() { Name = acoustic.ToString().ToLowerInvariant(), Acoustic = acoustic };

    public static Entity Ball(string id, AcousticClass acoustic, float radius = 0.11f, Vector3 position = default) => new()
    {
        Id = id, CastId = id, Kind = "sports ball", Shape = new SphereShape(radius), Model = new Model([]),
        Material = MaterialOf(acoustic), Position = position,
    };

    public static World World(IReadOnlyList<Entity> entities, AcousticClass ground = AcousticClass.Wood, bool indoor = true,
        string setting = "living room", long seed = 42, double seconds = 3, IReadOnlyList<string>? ambience = null) =>
        new(new ScenePlan
            {
                Seed = seed, Format = new VideoFormat { Fps = Fps, Seconds = seconds },
                World = new WorldSpec { Setting = setting, Indoor = indoor },
                Audio = new AudioSpec { Ambience = ambience ?? [] },
            },
            new WorldEnvironment
            {
                Ground = MaterialOf(ground), SunDirection = Vector3.UnitY, SunColor = Vector3.One,
                SkyZenith = Vector3.One, SkyHorizon = Vector3.One, Gravity = new(0, -9.81f, 0), Indoor = indoor,
            },
            entities);

    public static SimEvent Contact(double time, double impulse, string a = "ball", string b = "ground", Vector3? at = null) => new()
    {
        Kind = "contact", Time = time, A = a, B = b, Impulse = impulse, RelativeSpeed = 3, Position = at ?? Vector3.Zero,
    };

    /// <summary>A static camera 4 m in front of the origin looking at it; one body at rest.</summary>
    public static Track Track(World world, double seconds, IReadOnlyList<SimEvent> events)
    {
        var frames = (int)Math.Round(seconds * Fps);
        var ids = world.Entities.Select(e => e.Id).ToArray();
        var poses = new Pose[frames * ids.Length];
        for (var f = 0; f < frames; f++)
        for (var b = 0; b < ids.Length; b++)
            poses[f * ids.Length + b] = new Pose(world.Entities[b].Position, Quaternion.Identity);
        var camera = Enumerable.Repeat(new CameraPose(new Vector3(0, 1, 4), Vector3.Zero, Vector3.UnitY, 0.8f), frames).ToArray();
        return new Track(Fps, frames, ids, poses, camera, events);
    }

    /// <summary>The track's events and sources on an effects bus: with the room's reverberation, or the direct sound only.</summary>
    public static float[] Effects(World world, Track track, bool withRoom = true)
    {
        var frames = (int)Math.Round((double)track.FrameCount * 48000 / track.Fps);
        var bus = new Spatial.EffectsBus(track, 48000, frames, Spatial.RoomAcoustics.For(world));
        Events.EventSounds.Render(world, track, bus);
        Sources.VehicleSounds.Render(world, track, bus);
        Sources.AnimalVoices.Render(world, track, bus);
        if (withRoom) bus.Finish();
        return bus.Stereo;
    }

    /// <summary>A rubber ball bouncing on a wood floor, indoors, with decreasing impulses.</summary>
    public static (World World, Track Track) BouncingBall(double seconds = 3, long seed = 42, params double[] times)
    {
        var world = World([Ball("ball", AcousticClass.Rubber)], seed: seed, seconds: seconds);
        if (times.Length == 0) times = [0.5, 1.25, 1.85, 2.3];
        var events = times.Select((t, i) => Contact(t, 0.6 * Math.Pow(0.7, i))).ToArray();
        return (world, Track(world, seconds, events));
    }
}
