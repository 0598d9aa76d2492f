using System.Numerics;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A music studio: the back wall lined with acoustic foam, a mixing console with its screen and monitor speakers
/// and a chair before it, floor speakers, and instruments standing ready — a drum kit, a stage keyboard, a guitar, a
/// microphone on its stand. Warm lamps, a rug under the console.
/// </summary>
public static class MusicStudioSet
{
    /// <summary>m from the action's band to the back wall: the console and the instruments.</summary>
    private const float Depth = 3.4f;

    public static void Dress(SetDresser d, Material wall)
    {
        var room = RoomShell.Build(d, Depth, wall);
        var cx = room.CentreX;
        d.Lay("panels", StudioGear.Panels(14, 2.0f, 0.5f, 5), Matrix4x4.CreateTranslation(cx, 0, room.Wall));
        var desk = new Vector3(cx + 1.6f, 0, room.Wall + 1.1f);
        d.Put("console", StudioGear.Desk, desk, 0, 1, 0.45f);
        d.Put("console", StationFurniture.Chair(dining: false), desk + new Vector3(0, 0, 0.85f), MathF.PI, 1, 0.3f);
        RoomSets.Rug(d, desk + new Vector3(0, 0, 0.4f), 3.2f, 2.0f, Paints.Srgb(120, 60, 40, 0.95f, 0, "studiorug") with { Pattern = "fabric" });
        foreach (var s in new[] { -1f, 1f })
            d.Put("speakers", StudioGear.FloorSpeaker, new Vector3(desk.X + s * 1.8f, 0, room.Wall + 0.45f), -s * 0.3f, 1, 0.35f);
        d.Put("instruments", StillKinds.Of("drum"), new Vector3(cx - 2.6f, 0, room.Wall + 1.2f), 0.3f, 1, 0.8f);
        d.Put("instruments", StudioGear.Keyboard, new Vector3(cx - 5.0f, 0, room.Wall + 1.0f), 0.4f, 1, 0.5f);
        d.Put("instruments", StillKinds.Of("guitar"), new Vector3(cx - 0.6f, 0, room.Wall + 0.5f), 0.2f, 1, 0.3f);
        d.Put("instruments", StudioGear.Mic, new Vector3(cx - 1.2f, 0, room.Wall + 1.6f), 2.6f, 1, 0.3f);
        var lamp = new Vector3(cx + 4.3f, 0, room.Wall + 0.35f);
        d.Put("lamps", d.Dark ? HomeFurniture.FloorLampLit : HomeFurniture.FloorLamp, lamp, 0, 1, 0.05f);
        if (d.Dark) d.Light(HomeFurniture.LampLight(lamp + HomeFurniture.FloorLampBulb));
        RoomSets.CeilingLights(d, room, 1.8f);
    }
}
