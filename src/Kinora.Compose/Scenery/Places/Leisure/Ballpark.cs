using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A ballpark seen from behind home plate, as on television: the diamond with home plate just behind the action,
/// the infield's dirt arc and bases, the grass square with the pitcher's mound, white foul lines running out to
/// a green outfield wall, stands along both lines and bleachers with a scoreboard beyond centre field, and
/// light towers (lit after dark).
/// </summary>
public static class Ballpark
{
    private static readonly Material Dirt = Paints.Srgb(176, 120, 78, 0.95f, 0, "infielddirt");
    private static readonly Material GrassDark = Paints.Srgb(52, 125, 48, 0.9f, 0, "outfielddark");
    private static readonly Material GrassLight = Paints.Srgb(74, 150, 62, 0.9f, 0, "outfieldlight");
    private static readonly Material Chalk = Paints.Srgb(245, 245, 240, 0.7f, 0, "chalk");
    private static readonly Material WallGreen = Paints.Srgb(30, 75, 45, 0.7f, 0, "outfieldwall");
    private static readonly Material Board = Paints.Srgb(25, 45, 35, 0.5f, 0, "scoreboard");
    private static readonly Material[] Seats = [Paints.Srgb(30, 60, 150, 0.5f, 0, "seatnavy"), Paints.Srgb(30, 60, 150, 0.5f, 0, "seatnavy")];

    /// <summary>m between bases; home to the mound; home to the outfield wall.</summary>
    public const float Base = 27.4f, Mound = 18.4f, Wall = 80;

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var cx = d.Zone.CentreX;
        var home = new Vector3(cx, 0, d.Zone.Back - 1.5f);
        var field = d.Layer("field", cx);
        // The outfield and foul ground, mown in bands running out from home.
        Landforms.Slab(field, GrassDark, cx - 120, cx + 120, home.Z - Wall - 10, d.Zone.Front + 40, 0.01f, 0.01f);
        for (var i = -6; i < 6; i += 2)
            Flat.Ring(field, GrassLight, home + new Vector3(0, 0.02f, 0), 44, Wall, MathF.PI / 4 + (i + 6) * MathF.PI / 24, MathF.PI / 4 + (i + 7) * MathF.PI / 24, 6);
        // The skin: a dirt sector between the foul lines out past the bases, the grass square inside it, the
        // mound, and a dirt circle round home.
        Flat.Ring(field, Dirt, home + new Vector3(0, 0.03f, 0), 0, 43, MathF.PI / 4 - 0.05f, 3 * MathF.PI / 4 + 0.05f, 28);
        var diamond = home + new Vector3(0, 0.04f, -Base / MathF.Sqrt(2));
        var inset = Base / MathF.Sqrt(2) - 2.6f;
        Flat.Disc(field, GrassLight, diamond, inset, inset, 4);
        Flat.Disc(field, Dirt, home + new Vector3(0, 0.046f, -Mound), 2.8f, 2.8f, 24);
        Flat.Disc(field, Dirt, home + new Vector3(0, 0.046f, 0), 4, 4, 24);
        var mound = new Kit();
        mound.Paint(Dirt).Ellipsoid(Vector3.Zero, new Vector3(2.7f, 0.25f, 2.7f), 0, 0, 16, 5);
        mound.Paint(Chalk).Box(new Vector3(0, 0.26f, 0), new Vector3(0.3f, 0.02f, 0.08f));
        d.Put("mound", mound, home + new Vector3(0, 0, -Mound), 0, 1, 0.5f);
        // Home plate, the bases, foul lines from home to the wall, batter's boxes.
        Vector2[] plate = [new(-0.22f, 0), new(0.22f, 0), new(0.22f, -0.22f), new(0, -0.43f), new(-0.22f, -0.22f)];
        field.Paint(Chalk).Extrude(plate, 0.03f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(home + new Vector3(0, 0.055f, -0.2f)));
        var bases = new Kit();
        bases.Paint(Chalk).Box(new Vector3(0, 0.05f, 0), new Vector3(0.19f, 0.05f, 0.19f));
        foreach (var b in new[] { new Vector3(1, 0, -1), new Vector3(0, 0, -2), new Vector3(-1, 0, -1) })
            d.Put("bases", bases, home + b * (Base / MathF.Sqrt(2)), MathF.PI / 4, 1, 0.3f);
        foreach (var side in new[] { -1f, 1f })
        {
            var yaw = side > 0 ? MathF.PI / 4 : 3 * MathF.PI / 4;
            var dir = new Vector3(MathF.Cos(yaw), 0, -MathF.Sin(yaw));
            field.Paint(Chalk).Box(home + dir * (Wall / 2 + 0.5f) + new Vector3(0, 0.05f, 0), new Vector3(Wall / 2 - 0.5f, 0.006f, 0.08f), 0, yaw);
            // Batter's box beside the plate.
            var box = home + new Vector3(side * 1.05f, 0.05f, 0);
            foreach (var (dx, dz, hx, hz) in new[] { (-0.6f, 0f, 0.04f, 0.95f), (0.6f, 0f, 0.04f, 0.95f), (0f, -0.93f, 0.62f, 0.04f), (0f, 0.93f, 0.62f, 0.04f) })
                field.Paint(Chalk).Box(box + new Vector3(dx, 0, dz), new Vector3(hx, 0.006f, hz));
        }
        // The outfield wall: an arc of green panels 3.5 m high with a yellow top line.
        var wall = d.Layer("outfield wall", cx);
        const int Panels = 30;
        for (var i = 0; i < Panels; i++)
        {
            var a = MathF.PI / 4 + (i + 0.5f) * (MathF.PI / 2) / Panels;
            var p = home + new Vector3(MathF.Cos(a), 0, -MathF.Sin(a)) * Wall;
            var width = Wall * (MathF.PI / 2) / Panels / 2 + 0.05f;
            wall.Paint(WallGreen).Box(p + new Vector3(0, 1.75f, 0), new Vector3(width, 1.75f, 0.2f), 0, a - MathF.PI / 2);
            wall.Paint(Paints.Srgb(240, 200, 40, 0.5f, 0, "wallstripe")).Box(p + new Vector3(0, 3.55f, 0), new Vector3(width, 0.06f, 0.22f), 0, a - MathF.PI / 2);
        }
        // Bleachers beyond the wall in three straight runs, the scoreboard over centre field.
        foreach (var a in new[] { MathF.PI * 0.33f, MathF.PI * 0.5f, MathF.PI * 0.67f })
        {
            var dir = new Vector3(MathF.Cos(a), 0, -MathF.Sin(a));
            var at = home + dir * (Wall + 3);
            if (MathF.Abs(a - MathF.PI / 2) < 0.01f) continue; // centre field: the scoreboard's place
            d.Put("bleachers", Stands.Build(40, 14, Seats, 0.55f, roof: false), at, MathF.Atan2(-dir.X, -dir.Z), 1, 1);
        }
        var board = new Kit();
        foreach (var x in new[] { -9f, 9f })
            board.Paint(Palette.PostMetal).Box(new Vector3(x, 6, 0), new Vector3(0.4f, 6, 0.4f));
        board.Paint(Board).Box(new Vector3(0, 15, 0), new Vector3(14, 6, 0.5f));
        var lit = d.Dark ? Palette.Glow(255, 220, 120, 2.5f, "scorelights") : Paints.Srgb(245, 215, 110, 0.4f, 0, "scoredigits");
        for (var r = 0; r < 4; r++)
            for (var c = 0; c < 10; c++)
                board.Paint(c < 7 ? Chalk : lit).Box(new Vector3(-11.5f + c * 2.4f, 18.5f - r * 2.2f, 0.52f), new Vector3(c < 7 ? 0.9f : 0.7f, 0.7f, 0.02f));
        board.Paint(Paints.Srgb(200, 30, 40, 0.5f, 0, "scoretop")).Box(new Vector3(0, 21.8f, 0.1f), new Vector3(14.5f, 0.8f, 0.6f));
        d.Put("scoreboard", board, home + new Vector3(0, 0, -Wall - 12), 0, 1, 1);
        // Stands along both foul lines, facing the field, set back from the lines.
        foreach (var side in new[] { -1f, 1f })
        {
            var along = new Vector3(side, 0, -1) / MathF.Sqrt(2);
            var inward = new Vector3(-side, 0, -1) / MathF.Sqrt(2);
            var at = home + along * 52 - inward * 16;
            d.Put("stands", Stands.Build(44, 18, Seats, 0.6f, roof: false), at, MathF.Atan2(inward.X, inward.Z), 1, 1);
        }
        foreach (var side in new[] { -1f, 1f })
        {
            var mast = home + new Vector3(side * 62, 0, -58);
            d.Put("floodlights", TransitSet.Floodlight, mast, 0, 1.5f, 0.5f);
            if (d.Dark) d.Light(new LightSource(mast + new Vector3(0, 29.5f, 2), new Vector3(1, 0.97f, 0.92f) * 250, 90));
        }
        d.Vista = new Vista(new Vector3(cx - 21, 0, home.Z - 36), new Vector3(cx + 21, 9, home.Z + 1));
    }
}
