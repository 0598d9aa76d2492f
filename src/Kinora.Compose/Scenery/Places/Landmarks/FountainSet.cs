using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A tiered stone fountain in a paved plaza: an eight-sided basin of still, reflective water, two bowls on a
/// pedestal with water spilling from each rim in streams (ripples running down them, <see cref="Ripples"/>), a jet from
/// the top and arcs from the basin's rim; benches, lamps and trees round the plaza and a row of town houses behind.
/// </summary>
internal static class FountainSet
{
    private static readonly Material Stone = Paints.Srgb(205, 198, 182, 0.8f, 0, "fountainstone");
    private static readonly Material Spray = Paints.Srgb(215, 232, 240, 0.15f, 0, "fallingwater");
    private static readonly Material Paving = Paints.Srgb(175, 165, 150, 0.85f, 0, "plazapaving") with { Pattern = "tiles" };

    private static readonly Kit Big = Basin(4.2f);

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1.5f;
        var at = new Vector3(cx, 0, d.Zone.Back - 8);
        Landforms.Slab(d.Layer("paving"), Paving, cx - 40, cx + 40, at.Z - 18, d.Zone.Front + 6, 0.01f, 0.02f);
        if (d.Put("fountain", Big, at, 0, 1, 4.6f))
            d.Spinner("fountain", Ripples(4.2f), at, new Vector3(0, RippleSpin, 0));
        for (var i = 0; i < 8; i++)
        {
            var a = MathF.PI * (0.1f + 0.8f * i / 7f) + MathF.PI; // round the back half, facing the fountain
            var p = at + new Vector3(8.5f * MathF.Cos(a), 0, 8.5f * MathF.Sin(a));
            if (i % 2 == 0) d.Put("benches", StreetProps.Bench, p, -a - MathF.PI / 2, 1, 0.6f);
            else if (d.Put("lamps", d.Dark ? StreetProps.ParkLampLit : StreetProps.ParkLamp, p, 0, 1, 0.3f) && d.Dark)
                d.Light(StreetProps.LampLight(p + StreetProps.ParkLampHead, 6) with { Range = 14 });
        }
        foreach (var s in new[] { -1f, 1f })
            for (var z = at.Z + 4; z > at.Z - 14; z -= 6)
                d.Put("trees", Trees.Broadleaf, new Vector3(cx + s * 15, 0, z), d.Range(0, MathF.Tau), 0.9f, Trees.BroadleafRadius);
        for (var x = cx - 70; x < cx + 70;)
        {
            var w = d.Range(8, 13);
            Buildings.Add(d, x, w - 0.5f, d.Range(11, 18), 12, at.Z - 20, d.Style.Contains("cyberpunk") ? 0.6f : 0);
            x += w;
        }
        d.Vista = Masonry.Around(cx - 6.5f, cx + 6.5f, 6, at.Z - 5, at.Z + 5);
    }

    /// <summary>A tiered fountain whose basin has radius <paramref name="r"/> m (everything scales with it).</summary>
    internal static Kit Basin(float r)
    {
        var k = new Kit();
        var s = r / 4.2f;
        var stone = k.Paint(Stone);
        // The basin: an eight-sided wall with a broad rim, stepping down inside to the floor under the water.
        stone.Lathe([new(r, 0), new(r, 0.55f), new(r + 0.15f, 0.62f), new(r + 0.15f, 0.72f), new(r - 0.35f, 0.72f), new(r - 0.35f, 0.3f)], Matrix4x4.CreateRotationY(MathF.PI / 8), 8);
        k.Paint(Masonry.Water).Cylinder(Matrix4x4.CreateScale(r - 0.34f, 0.05f, r - 0.34f) * Matrix4x4.CreateRotationY(MathF.PI / 8) * Matrix4x4.CreateTranslation(0, 0.5f, 0), 1, 8);
        // The pedestal and two bowls, each holding water, the lower wider.
        stone.Lathe([new(0.7f * s, 0.4f), new(0.45f * s, 1.0f * s), new(0.35f * s, 1.5f * s), new(0.5f * s, 1.75f * s)], Matrix4x4.Identity, 16);
        Bowl(k, 2.0f * s, 1.75f * s, s);
        stone.Lathe([new(0.25f * s, 2.1f * s), new(0.18f * s, 2.7f * s), new(0.3f * s, 3.0f * s)], Matrix4x4.Identity, 12);
        Bowl(k, 1.0f * s, 3.0f * s, s);
        stone.Lathe([new(0.15f * s, 3.2f * s), new(0.1f * s, 3.6f * s), new(0.2f * s, 3.75f * s), new(0.01f, 4.0f * s)], Matrix4x4.Identity, 10);
        // Water: a jet from the top, streams spilling from each bowl's rim into the one below, arcs from the rim.
        var water = k.Paint(Spray);
        water.Rod(new Vector3(0, 4.0f * s, 0), new Vector3(0, 5.0f * s, 0), 0.07f * s, 0.03f * s, 6);
        Spill(water, 2.0f * s, 2.05f * s, 0.55f, s, 20);
        Spill(water, 1.0f * s, 3.3f * s, 2.0f * s, s, 12);
        for (var i = 0; i < 8; i++)
        {
            var a = i * MathF.Tau / 8 + MathF.PI / 8;
            var dir = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            var prev = dir * (r - 0.2f) + new Vector3(0, 0.75f, 0);
            for (var t = 1; t <= 6; t++)
            {
                var f = t / 6f;
                var p = dir * (r - 0.2f - f * 1.6f * s) + new Vector3(0, 0.75f + 1.3f * s * 4 * f * (1 - f), 0);
                water.Rod(prev, p, 0.03f, 0.03f, 4);
                prev = p;
            }
        }
        return k;
    }

    /// <summary>rad/s: how fast the ripples' helices turn about the fountain's axis (see <see cref="Ripples"/>).</summary>
    public const float RippleSpin = 4;
    private static readonly Material Ripple = Paints.Srgb(225, 238, 245, 0.1f, 0, "waterripple");

    /// <summary>
    /// The moving part of the falling water, for the fountain <see cref="Basin"/>(<paramref name="r"/>): bright
    /// ripples wound as shallow many-start helices round each bowl's falling curtain, built round the fountain's axis.
    /// Turned about that axis (a spinner, <see cref="RippleSpin"/>) a helix slides along itself, which the eye cannot
    /// see, and across itself, which it can: its nearly level turns seem to drop down the curtain like water (the barber
    /// pole's trick, with the pitch chosen so they fall at 1–2 m/s), though nothing but a turn is simulated.
    /// </summary>
    internal static Kit Ripples(float r)
    {
        var k = new Kit();
        var s = r / 4.2f;
        var water = k.Paint(Ripple);
        Helices(water, 2.0f * s, 2.05f * s, 0.55f, s, 0.4f * s, 5);
        Helices(water, 1.0f * s, 3.3f * s, 2.0f * s, s, 0.3f * s, 4);
        return k;
    }

    /// <summary><paramref name="starts"/> helices down the curtain that <see cref="Spill"/> draws from a rim of radius
    /// <paramref name="r"/> at height y0 to y1, dropping <paramref name="pitch"/> m per radian (so, turned at
    /// <see cref="RippleSpin"/>, they seem to fall at pitch × spin m/s).</summary>
    private static void Helices(Assets.Meshes.MeshBuilder water, float r, float y0, float y1, float s, float pitch, int starts)
    {
        var span = (y0 - y1) / pitch;
        var steps = (int)MathF.Ceiling(span / 0.22f);
        for (var j = 0; j < starts; j++)
        {
            Vector3 At(int i)
            {
                var f = (float)i / steps;
                // Angle grows as the water falls: a turn about +Y takes angle down, so a crossing point sinks.
                var a = j * MathF.Tau / starts + f * span;
                return new Vector3(MathF.Cos(a), 0, MathF.Sin(a)) * (r + 0.04f + 0.17f * s * f) + new Vector3(0, y0 + (y1 - y0) * f, 0);
            }
            for (var i = 0; i < steps; i++) water.Rod(At(i), At(i + 1), 0.016f * s, 0.016f * s, 3);
        }
    }

    /// <summary>A bowl of radius <paramref name="r"/> whose rim is at y = <paramref name="y"/>, water inside.</summary>
    private static void Bowl(Kit k, float r, float y, float s)
    {
        k.Paint(Stone).Lathe([new(0.3f * s, y - 0.35f * s), new(r * 0.8f, y - 0.2f * s), new(r, y), new(r - 0.1f * s, y + 0.05f * s)], Matrix4x4.Identity, 20);
        k.Paint(Masonry.Water).Cylinder(Matrix4x4.CreateScale(r - 0.12f * s, 0.02f, r - 0.12f * s) * Matrix4x4.CreateTranslation(0, y - 0.03f * s, 0), 1, 20);
    }

    /// <summary>Streams of water falling from a rim of radius r at height y0 to y1, curving a little outwards.</summary>
    private static void Spill(Assets.Meshes.MeshBuilder water, float r, float y0, float y1, float s, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var a = i * MathF.Tau / count;
            var dir = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            var top = dir * (r + 0.03f) + new Vector3(0, y0, 0);
            var mid = dir * (r + 0.12f * s) + new Vector3(0, (y0 + y1) / 2 + 0.1f, 0);
            var bottom = dir * (r + 0.2f * s) + new Vector3(0, y1, 0);
            water.Rod(top, mid, 0.05f * s, 0.045f * s, 4);
            water.Rod(mid, bottom, 0.045f * s, 0.06f * s, 4);
        }
    }
}
