using System.Numerics;
using Kinora.Motion;

namespace Kinora.Sound.Sources;

/// <summary>An entity's position at every video frame, and its speed, from the track.</summary>
public static class Paths
{
    public static Vector3[]? Of(Track track, string id)
    {
        var body = -1;
        for (var b = 0; b < track.BodyIds.Count; b++)
            if (track.BodyIds[b] == id) { body = b; break; }
        if (body < 0 || track.FrameCount == 0) return null;
        var path = new Vector3[track.FrameCount];
        for (var f = 0; f < path.Length; f++) path[f] = track.PoseOf(f, body).Position;
        return path;
    }

    /// <summary>Speed in m/s at every frame (central differences, held at the ends).</summary>
    public static double[] Speeds(ReadOnlySpan<Vector3> path, int fps)
    {
        var speeds = new double[path.Length];
        for (var f = 0; f < path.Length; f++)
        {
            var a = Math.Max(0, f - 1);
            var b = Math.Min(path.Length - 1, f + 1);
            speeds[f] = b > a ? Vector3.Distance(path[a], path[b]) * fps / (b - a) : 0;
        }
        return speeds;
    }
}
