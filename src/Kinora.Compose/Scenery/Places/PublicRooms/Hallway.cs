using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A long corridor receding from the action: two walls with doors in a row along each, a painted dado, a glossy
/// floor strip, ceiling panels in a row and a window at the far end. A corridor is its perspective, so it runs away
/// from the lens along the camera's own line (turned by the rig's 20° three-quarter angle), opening through the wall
/// just behind the action: walkers crossing along X pass its mouth, and the establishing shot looks straight down it.
/// </summary>
internal static class Hallway
{
    private const float HalfWidth = 1.25f, Height = 2.7f, Length = 26;
    /// <summary>The camera rig's azimuth: the corridor's axis lies along its line of sight.</summary>
    private static readonly float Turn = 20 * MathF.PI / 180;
    /// <summary>m between doors along each wall.</summary>
    private const float DoorPitch = 3.6f;

    /// <summary>The corridor's far end stays clear of a room's edge haze (which starts about 7 m out): its length is
    /// what names it.</summary>
    public static WorldEnvironment Air(WorldEnvironment environment) =>
        environment with { LandReach = MathF.Max(environment.LandReach, Length + 14) };

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var along = new Vector3(-MathF.Sin(Turn), 0, -MathF.Cos(Turn)); // into the corridor
        var across = new Vector3(MathF.Cos(Turn), 0, -MathF.Sin(Turn));  // to its right-hand wall
        var mid = (d.Zone.Back + d.Zone.Front) / 2;
        var frontZ = d.Zone.Back - 0.25f;
        // The axis passes through the action's middle, so the lens looking at the cast also looks down the corridor.
        Vector3 On(float t, float side, float y = 0) => new Vector3(cx, y, mid) + along * t + across * side;
        float MouthT(float side) => (mid - frontZ + across.Z * side) / MathF.Cos(Turn); // where a wall meets the front
        var t0 = MathF.Max(MouthT(-HalfWidth - 0.1f), MouthT(HalfWidth + 0.1f)) + 0.05f;
        var t1 = t0 + Length;
        var wall = ctx.WallPaint;

        var walls = d.Layer("walls", cx);
        foreach (var side in new[] { -1f, 1f })
        {
            var s = side * (HalfWidth + 0.1f);
            var start = MouthT(s) - 0.1f;
            var centre = On((start + t1) / 2, s, Height / 2);
            var half = new Vector3(0.1f, Height / 2, (t1 - start) / 2);
            walls.Paint(wall).Box(centre, half, 0, Turn);
            walls.Paint(RoomPaints.Dado).Box(On((start + t1) / 2, side * (HalfWidth + 0.005f), 0.5f), new Vector3(0.01f, 0.5f, half.Z), 0, Turn);
            walls.Paint(RoomPaints.FrameWhite).Box(On((start + t1) / 2, side * (HalfWidth - 0.005f), 1.0f), new Vector3(0.015f, 0.025f, half.Z), 0, Turn); // chair rail
        }
        // The end wall with a window, the ceiling and a glossy floor strip down the middle.
        walls.Paint(wall).Box(On(t1 + 0.1f, 0, Height / 2), new Vector3(HalfWidth + 0.2f, Height / 2, 0.1f), 0, Turn);
        walls.Paint(RoomPaints.Daylight).Box(On(t1 - 0.005f, 0, 1.55f), new Vector3(0.6f, 0.6f, 0.01f), 0, Turn);
        walls.Paint(Palette.WindowFrame).Box(On(t1 - 0.02f, 0, 1.55f), new Vector3(0.03f, 0.6f, 0.02f), 0, Turn);
        walls.Paint(wall).Box(On((t0 + t1) / 2, 0, Height + 0.05f), new Vector3(HalfWidth + 0.2f, 0.05f, Length / 2 + 0.3f), 0, Turn);
        d.Layer("floor", cx).Paint(RoomPaints.Linoleum).Box(On((t0 + t1) / 2, 0, 0.005f), new Vector3(HalfWidth, 0.005f, Length / 2), 0, Turn);

        // The wall the corridor opens from, along X behind the action, on both sides of the mouth and over it.
        var left = On(MouthT(-HalfWidth - 0.2f), -HalfWidth - 0.2f).X;
        var right = On(MouthT(HalfWidth + 0.2f), HalfWidth + 0.2f).X;
        var front = walls.Paint(wall);
        front.Box(new Vector3((cx - RoomShell.HalfLength + left) / 2, Height / 2 + 0.15f, frontZ - 0.1f), new Vector3((left - cx + RoomShell.HalfLength) / 2, Height / 2 + 0.15f, 0.1f));
        front.Box(new Vector3((right + cx + RoomShell.HalfLength) / 2, Height / 2 + 0.15f, frontZ - 0.1f), new Vector3((cx + RoomShell.HalfLength - right) / 2, Height / 2 + 0.15f, 0.1f));
        front.Box(new Vector3((left + right) / 2, Height + 0.15f, frontZ - 0.1f), new Vector3((right - left) / 2, 0.15f, 0.1f));
        d.Wall = frontZ;
        // The wall the cast walks along is the cross corridor's: dado, rail and doors run on along it both ways, so a
        // walker the camera follows past the mouth is still in a hallway.
        foreach (var (x0, x1) in new[] { (cx - RoomShell.HalfLength, left), (right, cx + RoomShell.HalfLength) })
        {
            walls.Paint(RoomPaints.Dado).Box(new Vector3((x0 + x1) / 2, 0.5f, frontZ + 0.005f), new Vector3((x1 - x0) / 2, 0.5f, 0.01f));
            walls.Paint(RoomPaints.FrameWhite).Box(new Vector3((x0 + x1) / 2, 1.0f, frontZ + 0.015f), new Vector3((x1 - x0) / 2, 0.025f, 0.015f));
        }
        var crossDoors = d.Layer("doors", cx);
        for (var i = 1; i <= 6; i++)
        {
            FrontDoor(crossDoors, left - 1.2f - (i - 1) * DoorPitch, frontZ);
            FrontDoor(crossDoors, right + 1.2f + (i - 1) * DoorPitch, frontZ);
        }

        var doors = d.Layer("doors", cx);
        var n = 0;
        for (var t = t0 + 1.6f; t < t1 - 1.2f; t += DoorPitch)
            foreach (var side in new[] { -1f, 1f })
            {
                // Doors alternate a little along the two walls, as rooms on either side rarely line up.
                var at = t + (side > 0 ? 0.9f : 0);
                if (at > t1 - 1.2f) continue;
                Door(doors, On(at, side * (HalfWidth - 0.02f)), side, n++);
            }
        for (var t = t0 + 1.5f; t < t1; t += 3)
        {
            d.Layer("ceiling lights", cx).Paint(RoomPaints.PanelLight).Box(On(t, 0, Height - 0.02f), new Vector3(0.3f, 0.02f, 0.6f), 0, Turn);
            if (t < t0 + 13) d.Light(new LightSource(On(t, 0, Height - 0.15f), new Vector3(1, 0.95f, 0.85f) * 2.5f, 7));
        }
        // The establishing shot: a box down the axis a few metres in, so the lens stands in the mouth looking along it.
        var look = On(t0 + 5.5f, 0);
        d.Vista = new Vista(new Vector3(look.X - 1.0f, 0.2f, look.Z - 0.8f), new Vector3(look.X + 1.0f, 1.6f, look.Z + 0.8f));
    }

    /// <summary>A door in the cross corridor's wall (along X at z), facing the lens.</summary>
    private static void FrontDoor(Kit k, float x, float z)
    {
        k.Paint(RoomPaints.FrameWhite).Box(new Vector3(x, 1.07f, z + 0.01f), new Vector3(0.52f, 1.1f, 0.02f));
        k.Paint(RoomPaints.DoorWood).Box(new Vector3(x, 1.03f, z + 0.025f), new Vector3(0.44f, 1.03f, 0.02f));
        k.Paint(Paints.Chrome).Box(new Vector3(x + 0.34f, 1.0f, z + 0.06f), new Vector3(0.07f, 0.015f, 0.02f));
        k.Paint(Paints.Black).Box(new Vector3(x, 1.6f, z + 0.05f), new Vector3(0.1f, 0.06f, 0.01f));
    }

    /// <summary>A door set into the wall at <paramref name="at"/> on the <paramref name="side"/> wall, facing across:
    /// a wooden leaf in a white frame with a handle and a number plate.</summary>
    private static void Door(Kit k, Vector3 at, float side, int n)
    {
        var inward = new Vector3(-MathF.Cos(Turn), 0, MathF.Sin(Turn)) * side; // from the wall towards the corridor
        Vector3 Off(float depth, float y, float along) =>
            at + inward * depth + new Vector3(0, y, 0) + new Vector3(-MathF.Sin(Turn), 0, -MathF.Cos(Turn)) * along;
        k.Paint(RoomPaints.FrameWhite).Box(Off(0.01f, 1.07f, 0), new Vector3(0.02f, 1.1f, 0.52f), 0, Turn);
        k.Paint(RoomPaints.DoorWood).Box(Off(0.025f, 1.03f, 0), new Vector3(0.02f, 1.03f, 0.44f), 0, Turn);
        k.Paint(Paints.Chrome).Box(Off(0.06f, 1.0f, 0.34f * side), new Vector3(0.02f, 0.015f, 0.07f), 0, Turn);
        k.Paint(n % 3 == 0 ? RoomPaints.Dado : Paints.Black).Box(Off(0.05f, 1.6f, 0), new Vector3(0.01f, 0.06f, 0.1f), 0, Turn);
    }
}
