using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A cinema auditorium: a dark room whose back wall is a wide glowing screen between red curtains, with rows of red
/// seats between the screen and the action, seen from behind as from a row further back. The room
/// is dark whatever the hour (<see cref="Darken"/>): the screen and dim step lights are what light it.
/// </summary>
public static class CinemaSet
{
    /// <summary>m from the action's band to the screen wall: four or five rows and the space before the screen.</summary>
    private const float Depth = 7.5f;
    /// <summary>m between rows. The rows stand on a flat floor, though real auditoria step up: the camera stands at the
    /// back at eye height, and stepped rows would hide the screen from it.</summary>
    private const float RowPitch = 1.0f;

    private static readonly Material Wall = Paints.Srgb(40, 22, 26, 0.9f, 0, "cinemawall") with { Pattern = "fabric" };
    private static readonly Material StepLight = Palette.Glow(255, 190, 110, 2f, "steplight");

    public static void Dress(SetDresser d)
    {
        var room = RoomShell.Build(d, Depth, Wall);
        var cx = room.CentreX;
        d.Lay("screen", CinemaFurniture.Screen(9f, 2.1f), Matrix4x4.CreateTranslation(cx, 0.8f, room.Wall + 0.02f));
        for (var z = room.Wall + 2.8f; z + 0.4f < d.Zone.Back - 0.1f; z += RowPitch)
        {
            for (var x = cx - 7.5f; x <= cx + 7.5f; x += CinemaFurniture.SeatPitch)
            {
                var off = MathF.Abs(x - cx);
                if (off is > 3.9f and < 5.1f) continue; // the side aisles
                d.Put("seats", CinemaFurniture.Seat, new Vector3(x, 0, z), 0, 1, 0.32f);
            }
            // Step lights on the aisle's edge, one per row.
            foreach (var s in new[] { -1f, 1f })
                d.Layer("step lights", cx).Paint(StepLight).Box(new Vector3(cx + s * 4.5f, 0.05f, z + 0.45f), new Vector3(0.08f, 0.02f, 0.01f));
        }
        // The screen lights the seats and the room from the front; a dim warm wash from the ceiling keeps shapes.
        d.Light(new LightSource(new Vector3(cx, 1.7f, room.Wall + 0.6f), new Vector3(0.75f, 0.82f, 1f) * 7f, 18)
            { Direction = Vector3.Normalize(new Vector3(0, -0.1f, 1)), ConeDegrees = 75 });
        foreach (var s in new[] { -1f, 1f })
            d.Light(new LightSource(new Vector3(cx + s * 4.5f, 2.8f, d.Zone.Back - 1.5f), new Vector3(1f, 0.75f, 0.5f) * 0.8f, 6));
        // The projector's spill from the back of the house: it rims the seat backs the camera looks over, which the
        // screen alone leaves black.
        d.Light(new LightSource(new Vector3(cx, 3.2f, d.Zone.Back + 4f), new Vector3(0.9f, 0.85f, 0.8f) * 2.5f, 16)
            { Direction = Vector3.Normalize(new Vector3(0, -0.35f, -1)), ConeDegrees = 30 });
        // An empty house is framed on the screen and the rows before it, the screen's full width in view.
        d.Vista = new Vista(new Vector3(cx - 5.2f, 0, room.Wall), new Vector3(cx + 5.2f, 3.0f, d.Zone.Back));
    }

    /// <summary>An auditorium is dark by day too: no daylight through the ceiling, the walls near black.</summary>
    public static WorldEnvironment Darken(WorldEnvironment environment) => environment with
    {
        SunColor = environment.SunColor * 0.06f,
        SkyZenith = new Vector3(0.012f, 0.01f, 0.012f),
        SkyHorizon = new Vector3(0.03f, 0.018f, 0.02f),
    };
}
