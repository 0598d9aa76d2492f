using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A bar or pub: a long mahogany counter with tap towers, pints and a row of stools, the bartender's aisle behind it,
/// and against the panelled wall the back bar — a mirror behind three glass shelves of bottles lit from below — under
/// a row of warm pendant lamps. Dim at any hour (<see cref="Air"/>): the lamps and the glowing bottles light it, which
/// is what tells a bar from a café at a glance.
/// </summary>
internal static class BarSet
{
    /// <summary>m from the band to the wall: back bar, aisle, counter, stools.</summary>
    private const float Depth = 3.4f;
    private const float Length = 9.0f;

    private static readonly Material Panelling = Paints.Srgb(70, 42, 28, 0.6f, 0, "pubpanel") with { Pattern = "wood" };
    private static readonly Material Plaster = Paints.Srgb(120, 45, 35, 0.9f, 0, "pubred");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var room = VenueHall.Build(d, Depth, 3.4f, Plaster);
        var cx = room.CentreX;
        d.Layer("walls", cx).Paint(Panelling).Box(new Vector3(cx, 0.6f, room.Wall + 0.015f), new Vector3(30, 0.6f, 0.015f));
        d.Put("back bar", BarProps.BackBar(Length, 3), new Vector3(cx, 0, room.Wall), 0, 1, 0.05f);
        var counterZ = room.Wall + 1.5f;
        d.Put("counter", BarProps.Counter(Length), new Vector3(cx, 0, counterZ), 0, 1, 0.4f);
        foreach (var dx in new[] { -2.2f, 1.8f })
            d.Put("taps", BarProps.Taps, new Vector3(cx + dx, 1.115f, counterZ - 0.1f), 0, 1, 0.1f);
        var pints = 0;
        for (var x = cx - Length / 2 + 0.5f; x < cx + Length / 2 - 0.3f; x += 0.85f)
        {
            d.Put("stools", BarProps.Stool, new Vector3(x, 0, counterZ + 0.8f), 0, 1, 0.2f);
            if (d.Chance(0.35f) && pints++ < 4)
                d.Put("taps", BarProps.Pint, new Vector3(x + 0.1f, 1.115f, counterZ + 0.2f), 0, 1, 0.05f);
        }
        // Warm pendants over the counter, lit at any hour: the bar's own light.
        for (var x = cx - 3.6f; x <= cx + 3.61f; x += 1.8f)
        {
            var foot = new Vector3(x, 0.5f, counterZ);
            d.Put("pendants", LeisureFurniture.PendantLit, foot, 0, 1, 0.05f);
            d.Light(HomeFurniture.LampLight(foot + LeisureFurniture.PendantBulb, 2.6f));
        }
        // The shelf lights wash the back bar and the bartender's aisle.
        d.Light(new LightSource(new Vector3(cx, 2.6f, room.Wall + 0.8f), new Vector3(1f, 0.7f, 0.4f) * 3f, 6)
            { Direction = Vector3.Normalize(new Vector3(0, -0.5f, -1)), ConeDegrees = 70 });
        // Framed pictures and a clock over the back bar's ends.
        room.Hang(d, Paintings.Framed(0.7f, 0.5f, 41), cx - Length / 2 - 1.0f, 1.9f);
        room.Hang(d, Paintings.Framed(0.7f, 0.5f, 42), cx + Length / 2 + 1.0f, 1.9f);
        d.Vista = VenueHall.Frame(room, 2.7f, 2.8f, 2.5f);
    }

    /// <summary>A bar's air: a little daylight from the street door, the room's dome a dark warm brown.</summary>
    public static WorldEnvironment Air(WorldEnvironment environment) =>
        VenueHall.Dim(environment, 0.2f, new Vector3(0.09f, 0.05f, 0.03f));
}
