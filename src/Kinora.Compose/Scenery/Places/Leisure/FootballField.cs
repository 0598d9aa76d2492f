using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// An American football field seen from behind one end zone, down its length: the yellow goalpost just behind the
/// action, the painted end zone, white yard lines every five yards across the field (the goal lines and the
/// fifty thicker), mown bands, sidelines, the far goalpost, stands down both sidelines, and floodlights.
/// </summary>
public static class FootballField
{
    private static readonly Material TurfDark = Paints.Srgb(48, 118, 44, 0.9f, 0, "turfdark");
    private static readonly Material TurfLight = Paints.Srgb(66, 140, 56, 0.9f, 0, "turflight");
    private static readonly Material EndZone = Paints.Srgb(25, 55, 130, 0.8f, 0, "endzone");
    private static readonly Material Line = Paints.Srgb(245, 245, 240, 0.7f, 0, "yardline");
    private static readonly Material Post = Paints.Srgb(250, 210, 30, 0.4f, 0.2f, "goalpost");
    private static readonly Material[] Seats = [Paints.Srgb(150, 25, 35, 0.5f, 0, "seatmaroon"), Paints.Srgb(120, 120, 125, 0.5f, 0, "seatgrey")];

    /// <summary>m: a yard; the field's half width; the end zone's depth.</summary>
    private const float Yard = 0.9144f, HalfWidth = 53.33f * Yard / 2, Zone = 10 * Yard;

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var cx = d.Zone.CentreX;
        var end = d.Zone.Back - 2; // the near end line, where the goalpost stands
        var goal = end - Zone;
        var farGoal = goal - 100 * Yard;
        var farEnd = farGoal - Zone;
        var field = d.Layer("field", cx);
        Landforms.Slab(field, TurfDark, cx - 70, cx + 70, farEnd - 30, d.Zone.Front + 40, 0.01f, 0.01f);
        for (var i = 0; i < 20; i += 2)
        {
            var z = goal - i * 5 * Yard;
            Landforms.Slab(field, TurfLight, cx - HalfWidth, cx + HalfWidth, z - 5 * Yard, z, 0.02f, 0.005f);
        }
        foreach (var (z0, z1) in new[] { (goal, end), (farEnd, farGoal) })
            Landforms.Slab(field, EndZone, cx - HalfWidth, cx + HalfWidth, z0, z1, 0.022f, 0.005f);
        // Lines: sidelines and end lines, then a yard line every five yards, heavier at the goals and the fifty.
        foreach (var x in new[] { cx - HalfWidth, cx + HalfWidth })
            Landforms.Slab(field, Line, x - 0.1f, x + 0.1f, farEnd, end, 0.032f, 0.005f);
        foreach (var z in new[] { end, farEnd })
            Landforms.Slab(field, Line, cx - HalfWidth, cx + HalfWidth, z - 0.1f, z + 0.1f, 0.032f, 0.005f);
        for (var i = 0; i <= 20; i++)
        {
            var z = goal - i * 5 * Yard;
            var w = i is 0 or 10 or 20 ? 0.15f : 0.06f;
            Landforms.Slab(field, Line, cx - HalfWidth, cx + HalfWidth, z - w, z + w, 0.032f, 0.005f);
            // Hash marks: a short tick every yard between this line and the next, in two columns.
            if (i == 20) break;
            for (var y = 1; y < 5; y++)
                foreach (var hx in new[] { -3.1f, 3.1f, -HalfWidth + 0.6f, HalfWidth - 0.6f })
                    Landforms.Slab(field, Line, cx + hx - 0.3f, cx + hx + 0.3f, z - y * Yard - 0.05f, z - y * Yard + 0.05f, 0.032f, 0.005f);
        }
        // Goalposts at both end lines.
        // Each post's foot stands outside its end line, the crossbar reaching over the line.
        d.Put("goalposts", Goalpost(), new Vector3(cx, 0, end - 0.6f), MathF.PI, 1, 0.4f);
        d.Put("far goalpost", Goalpost(), new Vector3(cx, 0, farEnd + 0.6f), 0, 1, 0.4f);
        // Stands down both sidelines, facing the field, and behind the far end zone.
        var midZ = (end + farEnd) / 2;
        foreach (var side in new[] { -1f, 1f })
            d.Put("stands", Stands.Build(100, 16, Seats, 0.7f, roof: false), new Vector3(cx + side * (HalfWidth + 7), 0, midZ - 6), -side * MathF.PI / 2, 1, 1);
        d.Put("stands", Stands.Build(70, 14, Seats, 0.7f, roof: false), new Vector3(cx, 0, farEnd - 12), 0, 1, 1);
        foreach (var (sx, sz) in new[] { (-1f, end - 10), (1f, end - 10), (-1f, farEnd - 5), (1f, farEnd - 5) })
        {
            var mast = new Vector3(cx + sx * (HalfWidth + 28), 0, sz);
            d.Put("floodlights", TransitSet.Floodlight, mast, 0, 1.6f, 0.5f);
            if (d.Dark) d.Light(new LightSource(mast + new Vector3(0, 31.5f, 0), new Vector3(1, 0.97f, 0.92f) * 250, 100));
        }
        d.Vista = new Vista(new Vector3(cx - HalfWidth, 0, goal - 25 * Yard), new Vector3(cx + HalfWidth, 13, end));
    }

    /// <summary>A goalpost: a padded post 1.8 m behind (−Z of) the crossbar, the gooseneck reaching forward to it,
    /// the crossbar 3 m up and two uprights 5.6 m apart rising 10 m.</summary>
    private static Kit Goalpost()
    {
        var k = new Kit();
        var paint = k.Paint(Post);
        k.Paint(Paints.Srgb(30, 55, 130, 0.8f, 0, "postpad")).Rod(new Vector3(0, 0, -1.8f), new Vector3(0, 2, -1.8f), 0.22f, 0.22f, 10);
        paint.Rod(new Vector3(0, 2, -1.8f), new Vector3(0, 2.6f, -1.8f), 0.12f, 0.12f, 8);
        paint.Rod(new Vector3(0, 2.6f, -1.8f), new Vector3(0, 3.05f, 0), 0.12f, 0.12f, 8);
        paint.Rod(new Vector3(-2.82f, 3.05f, 0), new Vector3(2.82f, 3.05f, 0), 0.1f, 0.1f, 8);
        foreach (var x in new[] { -2.82f, 2.82f })
            paint.Rod(new Vector3(x, 3.05f, 0), new Vector3(x, 13.05f, 0), 0.08f, 0.06f, 8);
        return k;
    }
}
