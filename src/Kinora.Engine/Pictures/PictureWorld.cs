using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Picture.Analysis;
using Kinora.Picture.Scene;

namespace Kinora.Engine.Pictures;

/// <summary>
/// Puts a picture brought to life around the plan's simulated world: the picture's layers join the entities (drawn,
/// never simulated), the picture's camera replaces the director's, no ground plane is drawn (the picture has its
/// own), and the prompt's cast is carried forward onto the picture's ground so it stands in view.
/// </summary>
public static class PictureWorld
{
    /// <summary>Share of the frame's height, from the top, of the ground row the cast is carried to.</summary>
    private const float CastRowShare = 0.78f;

    /// <summary>The world to draw: the cast, then the picture's layers; no ground plane; the sun and sky are the
    /// picture's (<see cref="LightEstimate"/>), so the cast is lit as the picture is and shadows its ground.</summary>
    public static World Combine(World world, PictureScene scene) =>
        world with
        {
            Plan = world.Plan with { World = world.Plan.World with { Ground = "none" } },
            Environment = Lit(world.Environment, scene.Light),
            Entities = [.. world.Entities, .. scene.Entities],
        };

    private static WorldEnvironment Lit(WorldEnvironment env, LightEstimate light) => env with
    {
        SunDirection = light.Direction,
        SunColor = light.SunColor,
        SkyZenith = light.SkyColor ?? env.SkyZenith,
        SkyHorizon = light.SkyColor ?? env.SkyHorizon,
        // The picture carries its own haze; fog on the added things alone would set them apart.
        FogDensity = 0,
    };

    /// <summary>The track to draw and hear: the cast's simulated poses carried onto the picture's ground, the
    /// layers' own poses, and the picture's camera.</summary>
    public static Track Combine(Track track, PictureScene scene)
    {
        var frames = track.FrameCount;
        if (scene.FrameCount != frames)
            throw new ArgumentException($"picture scene has {scene.FrameCount} frames, track {frames}", nameof(scene));
        var castCount = track.BodyIds.Count;
        var layers = scene.Entities.Count;
        var bodies = castCount + layers;
        var offset = CastOffset(scene.Analysis);
        var poses = new Pose[frames * bodies];
        for (var f = 0; f < frames; f++)
        {
            var cast = track.PosesAt(f);
            for (var i = 0; i < castCount; i++) poses[f * bodies + i] = cast[i] with { Position = cast[i].Position + offset };
            scene.Poses.AsSpan(f * layers, layers).CopyTo(poses.AsSpan(f * bodies + castCount));
        }
        var events = track.Events.Select(e => e with { Position = e.Position + offset }).ToList();
        return new Track(track.Fps, frames, [.. track.BodyIds, .. scene.Entities.Select(e => e.Id)], poses, scene.Camera, events);
    }

    /// <summary>Physics lays the cast out around the origin; this moves it straight ahead onto the picture's ground,
    /// at the distance of a row low in the frame (or the middle distance when the ground is not seen).</summary>
    public static Vector3 CastOffset(PictureAnalysis a)
    {
        var distance = a.View.GroundDistance(CastRowShare * a.Frame.Height);
        if (!float.IsFinite(distance)) distance = 6;
        return new Vector3(0, 0, -Math.Clamp(distance, 2, 30));
    }
}
