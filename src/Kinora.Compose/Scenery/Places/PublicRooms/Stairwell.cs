using System.Numerics;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A stairwell: a flight of nine steps rising away from the lens just behind the action to a half landing, where a
/// second flight turns left along the back wall up to the floor above; wooden treads on white risers, a handrail on
/// turned-down balusters along every open edge, a tall window over the landing. Steps seen face-on climbing away are
/// what a viewer names as a staircase; the second flight's sawtooth in profile shows it rising on.
/// </summary>
internal static class Stairwell
{
    private const int Steps = 9;
    private const float Rise = 0.18f, Going = 0.28f, FlightWidth = 1.3f, LandingDepth = 1.3f, WallHeight = 6.5f;
    /// <summary>m of handrail over the nosing line, and between balusters.</summary>
    private const float RailHeight = 0.9f, BalusterPitch = 0.14f;

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cx = d.Zone.CentreX;
        var foot = d.Zone.Back - 0.3f;               // the first riser
        var top = foot - Steps * Going;              // the last riser of the first flight, the landing's front
        var wallZ = top - LandingDepth;
        var landing = Steps * Rise;
        var (fx0, fx1) = (cx - FlightWidth / 2, cx + FlightWidth / 2);
        var secondEnd = fx0 - Steps * Going;         // where the second flight reaches the floor above

        var walls = d.Layer("walls", cx);
        walls.Paint(ctx.WallPaint).Box(new Vector3(cx, WallHeight / 2, wallZ - 0.1f), new Vector3(RoomShell.HalfLength, WallHeight / 2, 0.1f));
        new RoomShell(wallZ, cx).Window(d, cx, 1.1f, landing + 0.5f, 1.8f);
        d.Wall = wallZ;

        var stairs = d.Layer("stairs", cx);
        for (var k = 1; k <= Steps; k++)
        {
            // Flight one climbs towards −Z: each step a solid block to the floor under its tread.
            var (z0, z1) = (foot - k * Going, foot - (k - 1) * Going);
            Step(stairs, new Vector3(cx, 0, (z0 + z1) / 2), new Vector3(FlightWidth / 2, k * Rise, Going / 2), new Vector3(0, 0, 1));
            // Flight two climbs towards −X along the wall from the landing.
            var (x0, x1) = (fx0 - k * Going, fx0 - (k - 1) * Going);
            Step(stairs, new Vector3((x0 + x1) / 2, 0, wallZ + LandingDepth / 2), new Vector3(Going / 2, landing + k * Rise, LandingDepth / 2), new Vector3(1, 0, 0));
        }
        // The half landing and the floor above (solid below: a wall under the upper floor).
        Block(stairs, RoomPaints.Riser, fx0, fx1, wallZ, top, landing);
        Block(stairs, RoomPaints.Riser, secondEnd - 6, secondEnd, wallZ, wallZ + LandingDepth + 0.4f, 2 * landing);
        Block(stairs, RoomPaints.Tread, fx0 - 0.01f, fx1 + 0.01f, wallZ, top + 0.02f, landing + 0.03f, 0.03f);
        Block(stairs, RoomPaints.Tread, secondEnd - 6, secondEnd + 0.02f, wallZ, wallZ + LandingDepth + 0.42f, 2 * landing + 0.03f, 0.03f);

        var rail = d.Layer("handrails", cx);
        // Both sides of flight one, then round the landing's open side and up flight two's open edge, then along the
        // upper floor's edge.
        foreach (var x in new[] { fx0 + 0.04f, fx1 - 0.04f })
            Railing(rail, new Vector3(x, Rise, foot - Going / 2), new Vector3(x, landing, top + Going / 2));
        Railing(rail, new Vector3(fx1 - 0.04f, landing, top), new Vector3(fx1 - 0.04f, landing, wallZ + 0.1f));
        var edge = wallZ + LandingDepth - 0.04f;
        Railing(rail, new Vector3(fx0 - Going / 2, landing + Rise, edge), new Vector3(secondEnd + Going / 2, 2 * landing, edge));
        Railing(rail, new Vector3(secondEnd, 2 * landing, wallZ + LandingDepth + 0.36f), new Vector3(secondEnd - 5, 2 * landing, wallZ + LandingDepth + 0.36f));

        // A pendant over the landing; lit after dark.
        var lamp = new Vector3(cx, landing + 2.6f, top - 0.2f);
        d.Layer("lamps", cx).Paint(d.Dark ? Palette.LampGlow : Palette.LampOff).Sphere(Matrix4x4.CreateScale(0.16f) * Matrix4x4.CreateTranslation(lamp), 10, 6);
        if (d.Dark) d.Light(new LightSource(lamp - new Vector3(0, 0.2f, 0), new Vector3(1, 0.85f, 0.65f) * 4, 10));
        d.Vista = new Vista(new Vector3(cx - 1.8f, 0.2f, wallZ), new Vector3(cx + 0.8f, 2.0f, foot));
    }

    /// <summary>One step: a white block from the floor to its tread, the wooden tread on top overhanging the riser
    /// by a nosing; <paramref name="down"/> points down the flight (where the nosing faces).</summary>
    private static void Step(Kit k, Vector3 at, Vector3 half, Vector3 down)
    {
        var height = half.Y;
        k.Paint(RoomPaints.Riser).Box(at + new Vector3(0, height / 2, 0), half with { Y = height / 2 });
        k.Paint(RoomPaints.Tread).Box(at + new Vector3(0, height + 0.015f, 0) + down * 0.02f, half + new Vector3(0, 0.015f - height, 0) + new Vector3(MathF.Abs(down.X), 0, MathF.Abs(down.Z)) * 0.02f);
    }

    private static void Block(Kit k, Material paint, float x0, float x1, float z0, float z1, float top, float thickness = -1) =>
        Props.Landforms.Slab(k, paint, x0, x1, z0, z1, top, thickness < 0 ? top : thickness);

    /// <summary>A handrail from a to b (nosing line points), balusters under it and a newel post at each end.</summary>
    private static void Railing(Kit k, Vector3 a, Vector3 b)
    {
        var up = new Vector3(0, RailHeight, 0);
        k.Paint(RoomPaints.Rail).Capsule(a + up, b + up, 0.03f, 0.03f, 8);
        var length = Vector3.Distance(new Vector3(a.X, 0, a.Z), new Vector3(b.X, 0, b.Z));
        var count = Math.Max(1, (int)(length / BalusterPitch));
        for (var i = 0; i <= count; i++)
        {
            var p = Vector3.Lerp(a, b, (float)i / count);
            k.Paint(RoomPaints.FrameWhite).Rod(p, p + up, 0.012f, 0.012f, 5);
        }
        foreach (var p in new[] { a, b })
            k.Paint(RoomPaints.Rail).Box(p + new Vector3(0, (RailHeight + 0.1f) / 2, 0), new Vector3(0.045f, (RailHeight + 0.1f) / 2, 0.045f));
    }
}
