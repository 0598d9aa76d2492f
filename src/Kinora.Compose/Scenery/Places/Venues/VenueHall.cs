using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// The shell of a venue, taller and deeper than a home's 3 m room (<see cref="RoomShell"/>): a back wall of the hall's
/// own height with a skirting, and optionally the hall's own floor laid over the room's (a pool deck, a court), since
/// the room's floor is only 15 m across. Returns a <see cref="RoomShell"/> at the wall, so its windows, rows and hung
/// pictures work against it.
/// </summary>
internal static class VenueHall
{
    private static readonly Material Skirting = Paints.Srgb(235, 232, 225, 0.5f, 0, "skirting");

    /// <summary>Builds the wall <paramref name="depth"/> m behind the action band, <paramref name="height"/> m tall.</summary>
    public static RoomShell Build(SetDresser d, float depth, float height, Material wall)
    {
        var z = d.Zone.Back - depth;
        var cx = d.Zone.CentreX;
        var k = d.Layer("walls", cx);
        k.Paint(wall).Box(new Vector3(cx, height / 2, z - 0.1f), new Vector3(RoomShell.HalfLength, height / 2, 0.1f));
        k.Paint(Skirting).Box(new Vector3(cx, 0.06f, z + 0.01f), new Vector3(RoomShell.HalfLength, 0.06f, 0.015f));
        d.Wall = z;
        return new RoomShell(z, cx);
    }

    /// <summary>A floor of <paramref name="surface"/> from the wall to <paramref name="front"/> m in front of the band,
    /// <paramref name="halfWidth"/> m either side of the action; 2 mm proud of the room's so the two never fight.</summary>
    public static void Floor(SetDresser d, RoomShell room, Material surface, float halfWidth, float front = 6)
    {
        var cx = room.CentreX;
        Landforms.Slab(d.Layer("floor", cx), surface, cx - halfWidth, cx + halfWidth, room.Wall, d.Zone.Front + front, 0.002f, 0.002f);
    }

    /// <summary>What an empty venue's establishing shot frames: <paramref name="halfWidth"/> m of the back wall either
    /// side of the action, up to <paramref name="height"/>, and <paramref name="depth"/> m of floor out from the wall.
    /// Tight round the landmark: the camera fits the box's whole footprint from any side, so a box as wide as the set
    /// leaves the landmark a third of the frame.</summary>
    public static Vista Frame(Sets.RoomShell room, float halfWidth, float height, float depth) =>
        new(new Vector3(room.CentreX - halfWidth, 0, room.Wall), new Vector3(room.CentreX + halfWidth, height, room.Wall + depth));

    /// <summary>The air of a hall deeper than a room: its far wall stays clear of the room's edge haze (which starts
    /// halfway to the floor's 15 m edge) out to <paramref name="reach"/> m.</summary>
    public static WorldEnvironment Deep(WorldEnvironment environment, float reach) =>
        environment with { LandReach = MathF.Max(environment.LandReach, reach) };

    /// <summary>A hall dark at any hour (an aquarium, a bar at night's mood): no daylight, the dome near black, so its
    /// own glows and lamps light it.</summary>
    public static WorldEnvironment Dim(WorldEnvironment environment, float daylight, Vector3 room) => environment with
    {
        SunColor = environment.SunColor * daylight,
        SkyZenith = room * 0.4f,
        SkyHorizon = room,
    };
}
