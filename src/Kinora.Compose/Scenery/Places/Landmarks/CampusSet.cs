using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A university quad: red-brick halls with white-framed windows and slate roofs round a lawn, the main hall with a
/// tall clock tower (four clock faces, a belfry, a copper spire) and a columned entrance; paths crossing the lawn,
/// benches along them, lamp posts and shade trees.
/// </summary>
internal static class CampusSet
{
    private static readonly Material ClockFace = Paints.Srgb(240, 238, 228, 0.5f, 0, "clockface");

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1;
        var front = d.Zone.Back - 30; // the main hall's face
        d.Put("hall", Hall(d, 44, true), new Vector3(cx, 0, front - 6), 0, 1, 6);
        d.Put("hall", Hall(d, 26, false), new Vector3(cx - 30, 0, front + 13), MathF.PI / 2, 1, 6);
        d.Put("hall", Hall(d, 26, false), new Vector3(cx + 30, 0, front + 13), -MathF.PI / 2, 1, 6);
        // Paths: one up the middle to the entrance, one along the front of the hall, two diagonals across the lawn.
        var paths = d.Layer("paths", cx);
        Landforms.Slab(paths, Palette.Pavement, cx - 1.6f, cx + 1.6f, front, d.Zone.Back + 1, 0.02f, 0.04f);
        Landforms.Slab(paths, Palette.Pavement, cx - 24, cx + 24, front + 1, front + 4, 0.02f, 0.04f);
        var mid = (front + 4 + d.Zone.Back) / 2;
        var half = (d.Zone.Back - front - 4) / 2;
        foreach (var s in new[] { -1f, 1f })
        {
            var run = MathF.Sqrt(20 * 20 + half * half);
            paths.Paint(Palette.Pavement).Box(new Vector3(cx + s * 10, 0.02f, mid), new Vector3(1.2f, 0.02f, run), 0, s * MathF.Atan2(20, 2 * half));
        }
        // Benches and lamps along the middle path, trees in rows along the sides.
        for (var z = d.Zone.Back - 4; z > front + 6; z -= 6)
            foreach (var s in new[] { -1f, 1f })
            {
                d.Put("benches", StreetProps.Bench, new Vector3(cx + s * 2.8f, 0, z), -s * MathF.PI / 2, 1, 0.6f);
                var lamp = new Vector3(cx + s * 2.4f, 0, z - 3);
                if (d.Put("lamps", d.Dark ? StreetProps.ParkLampLit : StreetProps.ParkLamp, lamp, 0, 1, 0.3f) && d.Dark)
                    d.Light(StreetProps.LampLight(lamp + StreetProps.ParkLampHead, 6) with { Range = 14 });
            }
        for (var z = d.Zone.Back - 4; z > front + 4; z -= 8)
            foreach (var s in new[] { -1f, 1f })
                d.Put("trees", Trees.Broadleaf, new Vector3(cx + s * 20, 0, z), d.Range(0, MathF.Tau), d.Range(1.0f, 1.2f), Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 20, d.Left - 20, d.Right + 20, front - 16, front - 40, 1.3f, 1.8f, Trees.BroadleafRadius);
        d.Vista = Masonry.Around(cx - 24, cx + 24, 28, front - 4, front + 14);
    }

    /// <summary>A brick hall <paramref name="length"/> m long and 12 m deep, three floors under a slate roof, its face at
    /// z = +6; the main one has a clock tower over a columned entrance.</summary>
    private static Kit Hall(SetDresser d, float length, bool tower)
    {
        var k = new Kit();
        const float h = 12, z = 6;
        Masonry.Block(k, Masonry.Brick, 0, 0, length / 2, h, z);
        k.Paint(Masonry.Trim).Box(new Vector3(0, h + 0.15f, 0), new Vector3(length / 2 + 0.2f, 0.15f, z + 0.2f));
        Masonry.Gable(k, Masonry.Brick, Masonry.Slate, 0, 0, length, 2 * z, h + 0.3f, 4.5f, ridgeAlongX: true, 0.5f);
        var bays = (int)(length / 3.2f);
        foreach (var y in new[] { 2.0f, 5.6f, 9.2f })
            Masonry.Windows(k, d.Dark, 0, y, z, bays, length / bays, 1.2f, 2.0f);
        // Dormers along the roof.
        for (var i = 0; i < bays / 3; i++)
        {
            var x = -length / 2 + (i * 3 + 1.5f) * length / bays;
            Masonry.Block(k, Masonry.Brick, x, z - 1.2f, 0.9f, h + 2.6f, 0.9f);
            Masonry.Windows(k, d.Dark, x, h + 1.3f, z - 0.3f, 1, 1, 0.9f, 1.1f);
        }
        if (!tower) return k;
        // The clock tower: square, rising through the roof, a clock on each face, a belfry and a spire.
        const float tw = 3.2f, th = 27;
        k.Paint(Masonry.Brick).Box(new Vector3(0, th / 2, z - tw + 0.5f), new Vector3(tw, th / 2, tw));
        k.Paint(Masonry.Trim).Box(new Vector3(0, th + 0.2f, z - tw + 0.5f), new Vector3(tw + 0.3f, 0.2f, tw + 0.3f));
        var c = new Vector3(0, th - 6.5f, z - tw + 0.5f);
        foreach (var (n, yaw) in new[] { (Vector3.UnitZ, 0f), (Vector3.UnitX, MathF.PI / 2), (-Vector3.UnitX, -MathF.PI / 2), (-Vector3.UnitZ, MathF.PI) })
        {
            var face = c + n * (tw + 0.05f);
            var turn = Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateRotationY(yaw);
            k.Paint(Masonry.Trim).Cylinder(Matrix4x4.CreateScale(2.0f, 0.06f, 2.0f) * turn * Matrix4x4.CreateTranslation(face), 1, 24);
            k.Paint(ClockFace).Cylinder(Matrix4x4.CreateScale(1.8f, 0.06f, 1.8f) * turn * Matrix4x4.CreateTranslation(face + n * 0.04f), 1, 24);
            // Hands at ten past ten.
            k.Paint(Paints.Black).Box(Matrix4x4.CreateScale(0.07f, 0.9f, 0.03f) * Matrix4x4.CreateTranslation(0, 0.8f, 0) * Matrix4x4.CreateRotationZ(1.05f) * Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(face + n * 0.12f));
            k.Paint(Paints.Black).Box(Matrix4x4.CreateScale(0.09f, 0.6f, 0.03f) * Matrix4x4.CreateTranslation(0, 0.55f, 0) * Matrix4x4.CreateRotationZ(-1.05f) * Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(face + n * 0.12f));
            // The belfry's arched opening over the clock.
            k.Paint(Masonry.Dark).Extrude(CastleSet.Arch(0.9f, 1.8f), 0.1f, Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(c + n * (tw + 0.02f) + new Vector3(0, 3.2f, 0)));
        }
        k.Paint(Masonry.Copper).Cylinder(Matrix4x4.CreateScale(tw * 1.25f, 4.5f, tw * 1.25f) * Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateTranslation(0, th + 4.9f, z - tw + 0.5f), 0, 4);
        Portico.Add(k, 0, z + 3.2f, 8, 4, 6, 0.6f);
        return k;
    }
}
