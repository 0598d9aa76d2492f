using Kinora.Compose;

namespace Kinora.Sound.Spatial;

/// <summary>
/// How the space around the action answers a sound. Direct sound falls as 1/r (<see cref="StereoPlacement"/>);
/// the reverberant field of a room is roughly the same everywhere in it, so the two are equal at the critical
/// distance and the room dominates beyond it (Kuttruff, "Room Acoustics", ch. 5). The send gain into a
/// unit-energy reverb is therefore 1 / <see cref="CriticalDistance"/> (in metres, against the 1 m reference).
/// Outdoors there are no walls: only a faint, short ground-and-surroundings reflection.
/// </summary>
public sealed record RoomAcoustics(double Rt60Seconds, double CriticalDistance, float Damping)
{
    /// <summary>A furnished living room: RT60 0.45 s; the critical distance is set a little beyond the real
    /// ~1 m so objects keep their presence, as a Foley mix would.</summary>
    public static readonly RoomAcoustics Indoor = new(0.45, 2.5, 0.45f);
    /// <summary>Open air: a short, weak tail.</summary>
    public static readonly RoomAcoustics Outdoor = new(0.25, 8, 0.6f);

    public double SendGain => 1 / CriticalDistance;

    public static RoomAcoustics For(World world) =>
        world.Environment.Indoor || world.Plan.World.Indoor ? Indoor : Outdoor;
}
