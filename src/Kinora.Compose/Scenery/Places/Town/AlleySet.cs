using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A back alley: a 6 m lane of wet-dark asphalt running away from the camera between two tall brick walls, with
/// the rear walls of the blocks either side of its mouth standing right behind the action (the cast walks along
/// them). Iron fire escapes zig-zag up the walls, bins and a dumpster stand against them, drainpipes, small lit
/// doorways, and cables sag across the lane overhead. Seen down its length it is a slot of sky over a deep gap,
/// which is what says "alley" rather than "street".
/// </summary>
internal static class AlleySet
{
    private const float HalfWidth = 3.0f, Depth = 40;
    private static readonly Material Dumpster = Paints.Srgb(40, 85, 60, 0.6f, 0.3f, "dumpster");
    private static readonly Material Door = Paints.Srgb(70, 60, 55, 0.7f, 0.2f, "backdoor");
    private static readonly Material Cable = Paints.Srgb(20, 20, 20, 0.8f, 0, "cable");

    public static void Dress(SetDresser d)
    {
        var cx = d.Zone.CentreX;
        // The rear walls stand 1.4 m behind the band: their fire escapes' landings reach out over the lane's edge.
        var back = d.Zone.Back - 1.4f;
        var far = back - Depth;
        // The lane: asphalt from the camera's side to the alley's far end, a gutter down its middle.
        TownPaint.Road(d, d.Left - 20, d.Right + 20, back, d.Zone.Front + 6);
        TownPaint.Road(d, cx - HalfWidth, cx + HalfWidth, far, back);
        Landforms.Slab(d.Layer("road paint", cx), Paints.Srgb(34, 34, 36, 0.7f, 0, "gutter"), cx - 0.12f, cx + 0.12f, far, back, 0.016f, 0.01f);

        // The blocks: rear walls along X on both sides of the mouth, and the alley's two side walls going back.
        var height = new[] { d.Range(13, 19), d.Range(11, 17) };
        for (var side = 0; side < 2; side++)
        {
            var sign = side == 0 ? -1 : 1;
            var inner = cx + sign * HalfWidth;
            var outer = cx + sign * 60;
            var wall = side == 0 ? TownPaint.Brick : TownPaint.DarkBrick;
            var h = height[side];
            var x0 = MathF.Min(inner, outer);
            var x1 = MathF.Max(inner, outer);
            TownPaint.Box(d, "walls", wall, new Vector3((x0 + x1) / 2, h / 2, back - Depth / 2), new Vector3((x1 - x0) / 2, h / 2, Depth / 2));
            Windows(d, x0, x1, back, h);
            SideWindows(d, inner, back, far, h, sign);
            FireEscape(d, new Vector3(inner + sign * 0.05f, 0, back - d.Range(8, 12)), sign, h);
            FireEscape(d, new Vector3(cx + sign * d.Range(6, 9), 0, back), 0, h);
            // Drainpipes down the rear walls.
            for (var x = cx + sign * 4.5f; MathF.Abs(x - cx) < 40; x += sign * d.Range(7, 11))
                TownPaint.Box(d, "pipes", Paints.Srgb(60, 62, 60, 0.5f, 0.4f, "drainpipe"), new Vector3(x, h / 2, back + 0.08f), new Vector3(0.06f, h / 2, 0.06f));
        }
        // Bins and a dumpster against the walls, a door with a lamp over it.
        d.Put("bins", DumpsterKit, new Vector3(cx - HalfWidth + 0.9f, 0, back - 5), MathF.PI / 2, 1, 0.6f);
        d.Put("bins", DumpsterKit, new Vector3(cx + 4.5f, 0, back - 0.75f), 0, 1, 0.6f);
        for (var i = 0; i < 5; i++)
        {
            var left = i % 2 == 0;
            var at = new Vector3(cx + (left ? -1 : 1) * (HalfWidth - 0.35f), 0, back - d.Range(1.5f, 22));
            d.Put("bins", StreetProps.Bin, at, 0, d.Range(0.9f, 1.1f), 0.3f);
        }
        for (var i = 0; i < 4; i++)
            d.Put("bins", StreetProps.Bin, new Vector3(cx + (i < 2 ? -1 : 1) * d.Range(3.2f, 12), 0, back - 0.35f), 0, 1, 0.3f);
        foreach (var x in new[] { cx - 7.5f, cx + 11f })
        {
            TownPaint.Box(d, "doors", Door, new Vector3(x, 1.05f, back + 0.04f), new Vector3(0.5f, 1.05f, 0.05f));
            var lamp = new Vector3(x, 2.55f, back + 0.2f);
            TownPaint.Box(d, "doors", d.Dark ? Palette.LampGlow : Palette.LampOff, lamp, new Vector3(0.12f, 0.08f, 0.12f));
            if (d.Dark) d.Light(StreetProps.LampLight(lamp, 4) with { Range = 9 });
        }
        // Cables sagging across the lane: three spans at different heights and depths.
        var wires = d.Layer("wires", cx);
        for (var i = 0; i < 4; i++)
        {
            var z = back - 3 - i * d.Range(4, 7);
            var y = d.Range(6.5f, 9.5f);
            Sag(wires, new Vector3(cx - HalfWidth, y, z), new Vector3(cx + HalfWidth, y + d.Range(-0.8f, 0.8f), z - d.Range(-1.5f, 1.5f)), 0.5f);
        }
        // Wires along the rear walls too, so they cross behind the cast.
        Sag(wires, new Vector3(cx - 18, 7.5f, back + 0.3f), new Vector3(cx - HalfWidth, 8.2f, back + 0.3f), 0.9f);
        Sag(wires, new Vector3(cx + HalfWidth, 8.0f, back + 0.3f), new Vector3(cx + 20, 7.2f, back + 0.3f), 1.0f);
        // The far end: a wall closing the alley, a glimpse of a lit street beyond is too much; a plain wall reads.
        TownPaint.Box(d, "walls", TownPaint.Brick, new Vector3(cx, 9, far - 0.5f), new Vector3(HalfWidth + 1, 9, 0.5f));
        // Puddles: dark mirror patches on the asphalt.
        for (var i = 0; i < 5; i++)
            d.Lay("puddles", Puddle, Matrix4x4.CreateScale(d.Range(0.8f, 1.6f), 1, d.Range(0.6f, 1.2f)) * Matrix4x4.CreateTranslation(cx + d.Range(-1.4f, 1.4f), 0.017f, back - d.Range(1, 25)));
        // The shot: square down the lane from its mouth, a slot of sky over the walls, fire escapes and bins running
        // to the far wall. From the cast's three-quarter view (20° right) the left wall closed the view 16 m in and the
        // frame was two brick walls meeting.
        d.Vista = new Vista(new(cx - HalfWidth, 0, back - 30), new(cx + HalfWidth, 8, back - 4)) { AzimuthDeg = 0 };
    }

    private static void Windows(SetDresser d, float x0, float x1, float z, float h)
    {
        var k = d.Layer("windows", (x0 + x1) / 2);
        for (var x = x0 + 1.5f; x < x1 - 1; x += d.Range(2.6f, 3.4f))
            for (var y = 4.2f; y < h - 1.5f; y += 3.2f)
                if (d.Chance(0.75f))
                    k.Paint(d.Dark && d.Chance(0.3f) ? Palette.LitWindow : Palette.WindowGlass).Box(new Vector3(x, y, z + 0.03f), new Vector3(0.5f, 0.7f, 0.05f));
    }

    private static void SideWindows(SetDresser d, float x, float zNear, float zFar, float h, int sign)
    {
        var k = d.Layer("windows", x);
        for (var z = zNear - 2; z > zFar + 1; z -= d.Range(2.6f, 3.6f))
            for (var y = 4.2f; y < h - 1.5f; y += 3.2f)
                if (d.Chance(0.6f))
                    k.Paint(d.Dark && d.Chance(0.3f) ? Palette.LitWindow : Palette.WindowGlass).Box(new Vector3(x - sign * 0.03f, y, z), new Vector3(0.05f, 0.7f, 0.5f));
    }

    /// <summary>An iron fire escape on a wall: landings every floor from 3.5 m, railings, ladders between; on a side
    /// wall (<paramref name="side"/> ±1: the wall faces ∓X) or a rear wall (0: faces +Z).</summary>
    private static void FireEscape(SetDresser d, Vector3 foot, int side, float h)
    {
        var k = d.Layer("fire escapes", foot.X).Paint(TownPaint.Iron);
        var along = side == 0 ? Vector3.UnitX : Vector3.UnitZ;
        var outward = side == 0 ? Vector3.UnitZ : new Vector3(-side, 0, 0);
        for (var y = 3.6f; y < h - 2; y += 3.2f)
        {
            var c = foot + new Vector3(0, y, 0) + outward * 0.6f;
            var half = along * 1.6f + outward * 0.6f;
            k.Box(c, new Vector3(MathF.Abs(half.X), 0.03f, MathF.Abs(half.Z)));
            // Railing: a top rail and posts along the outer edge.
            var edge = c + outward * 0.6f;
            k.Box(edge + new Vector3(0, 0.9f, 0), new Vector3(MathF.Max(along.X * 1.6f, 0.02f), 0.025f, MathF.Max(along.Z * 1.6f, 0.02f)));
            for (var t = -1.6f; t <= 1.61f; t += 0.8f)
                k.Box(edge + along * t + new Vector3(0, 0.45f, 0), new Vector3(0.02f, 0.45f, 0.02f));
            // A stair flight up to the next landing, slanting along the wall.
            var a = c - along * 1.2f;
            var b = c + along * 1.2f + new Vector3(0, 3.2f, 0);
            if (y + 3.2f < h - 2) k.Rod(a, b, 0.05f, 0.05f, 4);
        }
    }

    private static void Sag(Kit into, Vector3 a, Vector3 b, float sag)
    {
        const int steps = 8;
        for (var i = 0; i < steps; i++)
        {
            var t0 = (float)i / steps;
            var t1 = (float)(i + 1) / steps;
            var p0 = Vector3.Lerp(a, b, t0) - new Vector3(0, sag * 4 * t0 * (1 - t0), 0);
            var p1 = Vector3.Lerp(a, b, t1) - new Vector3(0, sag * 4 * t1 * (1 - t1), 0);
            into.Paint(Cable).Rod(p0, p1, 0.015f, 0.015f, 4);
        }
    }

    private static readonly Kit DumpsterKit = MakeDumpster();
    private static readonly Kit Puddle = MakePuddle();

    private static Kit MakeDumpster()
    {
        var k = new Kit();
        k.Paint(Dumpster).Box(new Vector3(0, 0.65f, 0), new Vector3(0.95f, 0.55f, 0.6f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.23f, -0.05f), new Vector3(0.97f, 0.04f, 0.62f), rotZ: 0);
        foreach (var x in new[] { -0.8f, 0.8f })
            foreach (var z in new[] { -0.45f, 0.45f })
                k.Paint(Paints.Rubber).Cylinder(Matrix4x4.CreateScale(0.06f) * Matrix4x4.CreateTranslation(x, 0.06f, z), 1, 6);
        return k;
    }

    private static Kit MakePuddle()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(25, 28, 32, 0.04f, 0, "puddle")).Ellipsoid(Vector3.Zero, new Vector3(0.5f, 0.002f, 0.5f), 0, 0, 10, 2);
        return k;
    }
}
