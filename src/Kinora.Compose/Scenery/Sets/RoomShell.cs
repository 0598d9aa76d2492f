using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// The fixed part of a room: a back wall 3 m high in the family's wall colour, <see cref="Depth"/> metres behind the
/// action (room for the furniture that stands against it), with a skirting board and, where the room has them,
/// windows: bright with daylight by day, night-blue after dark. Side walls are left out on purpose: walkers travel
/// along X and a wall there would cut through them; the renderer's room colour closes the space instead.
/// </summary>
public readonly record struct RoomShell(float Wall, float CentreX)
{
    public const float Height = 3.0f, HalfLength = 30;

    private static readonly Material Skirting = Paints.Srgb(240, 238, 232, 0.5f, 0, "skirting");
    private static readonly Material Curtain = Paints.Srgb(150, 60, 50, 0.95f, 0, "curtain");

    /// <summary>Builds the wall <paramref name="depth"/> m behind the band; furniture goes between it and the band.</summary>
    public static RoomShell Build(SetDresser d, float depth, Material wall)
    {
        var z = d.Zone.Back - depth;
        var cx = d.Zone.CentreX;
        var k = d.Layer("walls", cx);
        k.Paint(wall).Box(new Vector3(cx, Height / 2, z - 0.1f), new Vector3(HalfLength, Height / 2, 0.1f));
        k.Paint(Skirting).Box(new Vector3(cx, 0.06f, z + 0.01f), new Vector3(HalfLength, 0.06f, 0.015f));
        d.Wall = z;
        return new RoomShell(z, cx);
    }

    /// <summary>
    /// The establishing box of the room (<see cref="SetDresser.Vista"/>): its telling furniture from x0 to x1 and from
    /// the wall out to <paramref name="front"/>, from knee height to <paramref name="top"/>. The camera fits the box
    /// from 18° above, standing farther and higher the bigger it is, so a box round the furniture alone, not the whole
    /// wall to the ceiling, keeps the lens near eye height with that furniture filling the frame. Rooms keep it about
    /// 5 m wide (a stretch of the room, not one piece of furniture) and at most 2 m high: the height, not
    /// the width, is what sets the distance at 18°.
    /// </summary>
    public Vista Frame(float x0, float x1, float front, float top = 1.8f, float lift = 0.3f) =>
        new(new Vector3(x0, lift, Wall), new Vector3(x1, top, front));

    /// <summary>A window in the wall centred at x: glazing that glows with the day outside, a frame, curtains.</summary>
    public void Window(SetDresser d, float x, float width = 1.6f, float sill = 0.9f, float height = 1.5f, Material? curtains = null)
    {
        var k = d.Layer("windows", x);
        var y = sill + height / 2;
        var glass = d.Dark ? Paints.Srgb(15, 22, 45, 0.1f, 0, "nightpane") : Palette.Glow(200, 225, 250, 1.1f, "daypane");
        k.Paint(glass).Box(new Vector3(x, y, Wall + 0.005f), new Vector3(width / 2, height / 2, 0.01f));
        var frame = k.Paint(Palette.WindowFrame);
        frame.Box(new Vector3(x, sill, Wall + 0.04f), new Vector3(width / 2 + 0.08f, 0.04f, 0.06f));
        frame.Box(new Vector3(x, sill + height, Wall + 0.03f), new Vector3(width / 2 + 0.06f, 0.04f, 0.03f));
        frame.Box(new Vector3(x, y, Wall + 0.03f), new Vector3(0.03f, height / 2, 0.03f));
        foreach (var s in new[] { -1f, 1f })
        {
            frame.Box(new Vector3(x + s * width / 2, y, Wall + 0.03f), new Vector3(0.04f, height / 2, 0.03f));
            k.Paint(curtains ?? Curtain).Box(new Vector3(x + s * (width / 2 + 0.2f), y + 0.1f, Wall + 0.08f), new Vector3(0.2f, height / 2 + 0.25f, 0.04f));
        }
    }

    /// <summary>Copies of <paramref name="unit"/> side by side along the wall, <paramref name="pitch"/> apart, from x0 to x1.</summary>
    public void Row(SetDresser d, string kind, Kit unit, float pitch, float x0, float x1, float offset = 0.3f)
    {
        for (var x = x0 + pitch / 2; x <= x1 - pitch / 2 + 1e-3f; x += pitch)
            d.Put(kind, unit, new Vector3(x, 0, Wall + offset), 0, 1, 0.05f);
    }

    /// <summary>A picture hung on the wall, centred at (x, y), unless the wall there is kept for the cast's own.</summary>
    public bool Hang(SetDresser d, Kit picture, float x, float y)
    {
        var (min, max) = picture.Bounds();
        if (d.WallTaken(x + min.X, x + max.X)) return false;
        d.Lay("pictures", picture, Matrix4x4.CreateTranslation(x, y, Wall + 0.03f));
        return true;
    }
}
