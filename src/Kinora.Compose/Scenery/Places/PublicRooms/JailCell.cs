using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A cell block seen from its walkway: a row of concrete cells whose fronts are steel bars with a barred door, just
/// behind the action, and in each cell a steel bunk with a thin mattress, a toilet and a small barred window high in
/// the back wall. Bars in front of a bunk are what a viewer names as a jail cell at a glance; the sun falls through
/// them and stripes the cell floor. The establishing shot holds the middle cell.
/// </summary>
internal static class JailCell
{
    private const float Width = 3.2f, Depth = 2.6f, Height = 3.0f, BarTop = 2.35f;
    /// <summary>m between bar centres: a hand's width, as cell fronts are built.</summary>
    private const float Pitch = 0.14f;

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var front = d.Zone.Back - 0.25f;   // the line of bars
        var back = front - Depth;
        d.Wall = back;
        var walls = d.Layer("walls", cx).Paint(RoomPaints.Concrete);
        walls.Box(new Vector3(cx, Height / 2, back - 0.1f), new Vector3(RoomShell.HalfLength, Height / 2, 0.1f));
        // Concrete over the bars and past the three cells, so the block reads as one wall pierced by cell fronts.
        walls.Box(new Vector3(cx, (BarTop + Height) / 2, front), new Vector3(1.5f * Width + 0.1f, (Height - BarTop) / 2, 0.12f));
        foreach (var side in new[] { -1f, 1f })
            walls.Box(new Vector3(cx + side * (1.5f * Width + 8), Height / 2, front), new Vector3(8, Height / 2, 0.12f));
        for (var i = -1; i <= 1; i++)
        {
            var x0 = cx + (i - 0.5f) * Width;
            var x1 = x0 + Width;
            walls.Box(new Vector3(x0, Height / 2, (front + back) / 2), new Vector3(0.1f, Height / 2, Depth / 2 + 0.12f));
            if (i == 1) walls.Box(new Vector3(x1, Height / 2, (front + back) / 2), new Vector3(0.1f, Height / 2, Depth / 2 + 0.12f));
            Bars(d.Layer("bars", x0), x0 + 0.1f, x1 - 0.1f, front, x0 + 0.72f * Width);
            Furnish(d, x0 + 0.1f, x1 - 0.1f, back, i);
        }
        // A caged lamp over each cell door on the walkway side lights the block after dark.
        if (d.Dark)
            for (var i = -1; i <= 1; i++)
                d.Light(new LightSource(new Vector3(cx + i * Width, 2.7f, front + 0.4f), new Vector3(1, 0.9f, 0.75f) * 3, 8));
        d.Vista = new Vista(new Vector3(cx - Width / 2 + 0.2f, 0.2f, back), new Vector3(cx + Width / 2 - 0.2f, 1.8f, front));
    }

    /// <summary>A cell front from x0 to x1 on the line z: round bars floor to lintel held by flat cross bars, and a
    /// hinged door (a heavier frame and a lock box) centred at <paramref name="door"/>.</summary>
    internal static void Bars(Kit k, float x0, float x1, float z, float door)
    {
        var steel = k.Paint(RoomPaints.Bars);
        for (var x = x0 + Pitch / 2; x < x1; x += Pitch)
            steel.Rod(new Vector3(x, 0, z), new Vector3(x, BarTop, z), 0.016f, 0.016f, 6);
        foreach (var y in new[] { 0.12f, 1.05f, 2.2f })
            steel.Box(new Vector3((x0 + x1) / 2, y, z), new Vector3((x1 - x0) / 2, 0.03f, 0.035f));
        // The door: a frame of square posts round its leaf and a lock box at hand height.
        const float half = 0.45f;
        foreach (var s in new[] { -1f, 1f })
            steel.Box(new Vector3(door + s * half, BarTop / 2, z), new Vector3(0.035f, BarTop / 2, 0.045f));
        steel.Box(new Vector3(door, 2.05f, z), new Vector3(half, 0.035f, 0.045f));
        steel.Box(new Vector3(door - half + 0.12f, 1.1f, z + 0.02f), new Vector3(0.09f, 0.12f, 0.06f));
    }

    /// <summary>What stands in one cell between x0 and x1: a two-tier bunk against the left wall, a toilet in the
    /// back right corner, a small barred window high in the back wall.</summary>
    private static void Furnish(SetDresser d, float x0, float x1, float back, int index)
    {
        var k = d.Layer("cell fittings", x0);
        var steel = k.Paint(RoomPaints.Bars);
        var (bx0, bx1, bz0, bz1) = (x0 + 0.05f, x0 + 0.9f, back + 0.05f, back + 2.0f);
        foreach (var x in new[] { bx0 + 0.03f, bx1 - 0.03f })
            foreach (var z in new[] { bz0 + 0.03f, bz1 - 0.03f })
                steel.Box(new Vector3(x, 0.9f, z), new Vector3(0.025f, 0.9f, 0.025f));
        foreach (var y in new[] { 0.42f, 1.45f })
        {
            steel.Box(new Vector3((bx0 + bx1) / 2, y, (bz0 + bz1) / 2), new Vector3((bx1 - bx0) / 2, 0.03f, (bz1 - bz0) / 2));
            k.Paint(RoomPaints.Mattress).Box(new Vector3((bx0 + bx1) / 2, y + 0.09f, (bz0 + bz1) / 2), new Vector3((bx1 - bx0) / 2 - 0.02f, 0.06f, (bz1 - bz0) / 2 - 0.03f));
            k.Paint(RoomPaints.Sheet).Box(new Vector3((bx0 + bx1) / 2, y + 0.18f, bz0 + 0.25f), new Vector3(0.3f, 0.05f, 0.16f));
            // A grey blanket folded over the foot half.
            k.Paint(RoomPaints.Blanket).Box(new Vector3((bx0 + bx1) / 2, y + 0.16f, bz1 - 0.55f), new Vector3((bx1 - bx0) / 2 - 0.01f, 0.02f, 0.5f));
        }
        d.Put("cell fittings", KitchenBath.Toilet, new Vector3(x1 - 0.35f, 0, back + 0.32f), 0, 1, 0.05f);
        // A steel sink on the back wall beside the toilet.
        k.Paint(Paints.Steel).Box(new Vector3(x1 - 0.95f, 0.82f, back + 0.2f), new Vector3(0.22f, 0.08f, 0.18f));
        var window = (x0 + x1) / 2 + 0.35f;
        k.Paint(RoomPaints.Daylight).Box(new Vector3(window, 2.35f, back + 0.005f), new Vector3(0.3f, 0.2f, 0.01f));
        k.Paint(RoomPaints.DarkConcrete).Box(new Vector3(window, 2.13f, back + 0.06f), new Vector3(0.36f, 0.03f, 0.06f));
        for (var x = window - 0.2f; x <= window + 0.21f; x += 0.1f)
            steel.Rod(new Vector3(x, 2.15f, back + 0.04f), new Vector3(x, 2.55f, back + 0.04f), 0.012f, 0.012f, 5);
        if (index == 0)
            // A prisoner's few things on a wall shelf in the middle cell.
            k.Paint(Paints.Steel).Box(new Vector3(window - 0.1f, 1.45f, back + 0.13f), new Vector3(0.35f, 0.02f, 0.12f));
    }
}
