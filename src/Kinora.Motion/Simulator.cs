using Kinora.Compose;

namespace Kinora.Motion;

/// <summary>The Direct &amp; Simulate stage's entry point: a world and its plan's actions become a Track.</summary>
public static class Simulator
{
    /// <param name="progress">Receives the fraction done, 0–1, now and then.</param>
    public static Track Simulate(World world, IProgress<double>? progress = null) =>
        throw new NotImplementedException("Motion helper fills this in");
}
