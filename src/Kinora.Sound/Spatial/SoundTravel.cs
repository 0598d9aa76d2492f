namespace Kinora.Sound.Spatial;

/// <summary>
/// Sound is slow: 343 m/s in air at 20 °C, so thunder 1 km away arrives about 3 s after its flash. Film practice
/// keeps near events on the frame (the eye forgives up to ~45 ms of late sound) and lets far ones lag, so only the
/// distance beyond <see cref="SyncDistance"/> delays a sound; a hit a few metres from the camera stays sample-exact.
/// </summary>
public static class SoundTravel
{
    public const double SpeedOfSound = 343;
    /// <summary>Metres within which a sound is kept in sync with its picture (15 m ≈ 44 ms of travel).</summary>
    public const double SyncDistance = 15;

    public static double DelaySeconds(double distance) => Math.Max(0, distance - SyncDistance) / SpeedOfSound;
}
