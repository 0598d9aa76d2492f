using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A golf hole seen from its fairway: mown turf in light and dark bands under the action, the putting green
/// behind it (a smoother, brighter green with a fringe) with the flag in the hole and a ball near it, sand bunkers
/// at its sides, trees lining the hole, and rolling fairways and rough climbing away to a far tree line.
/// </summary>
public static class GolfCourse
{
    private static readonly Material Rough = Paints.Srgb(62, 112, 44, 0.95f, 0, "golfrough") with { Pattern = "grass" };
    private static readonly Material FairwayDark = Paints.Srgb(78, 150, 55, 0.9f, 0, "fairwaydark");
    private static readonly Material FairwayLight = Paints.Srgb(100, 172, 68, 0.9f, 0, "fairwaylight");
    private static readonly Material Fringe = Paints.Srgb(58, 125, 42, 0.85f, 0, "fringe");
    private static readonly Material Green = Paints.Srgb(135, 205, 82, 0.6f, 0, "puttinggreen");
    private static readonly Material Sand = Paints.Srgb(232, 214, 170, 0.95f, 0, "bunkersand");
    private static readonly Material FlagRed = Paints.Srgb(220, 30, 35, 0.6f, 0, "golfflag");

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        var turf = d.Layer("turf", cx);
        // The fairway under the action, mown in bands across it.
        Landforms.Slab(turf, Rough, d.Left - 40, d.Right + 40, back - 26, d.Zone.Front + 40, 0.01f, 0.01f);
        for (var x = cx - 24f; x < cx + 24; x += 6)
            Landforms.Slab(turf, ((int)((x - cx + 24) / 6)) % 2 == 0 ? FairwayDark : FairwayLight, x, x + 6, back - 22, d.Zone.Front + 30, 0.02f, 0.005f);
        // The green behind it: fringe, green, the hole and its flag, a ball.
        var green = new Vector3(cx + 1.5f, 0, back - 14);
        Flat.Disc(turf, Fringe, green + new Vector3(0, 0.03f, 0), 9.5f, 7, 36);
        Flat.Disc(turf, Green, green + new Vector3(0, 0.036f, 0), 8.5f, 6.2f, 36);
        var hole = green + new Vector3(1.2f, 0, 0.8f);
        Flat.Disc(turf, Paints.White, hole + new Vector3(0, 0.042f, 0), 0.07f, 0.07f, 12);
        Flat.Disc(turf, Paints.Black, hole + new Vector3(0, 0.046f, 0), 0.055f, 0.055f, 12);
        var flag = new Kit();
        flag.Paint(Paints.White).Rod(Vector3.Zero, new Vector3(0, 2.4f, 0), 0.018f, 0.015f, 6);
        Vector2[] cloth = [new(0, 0), new(0.62f, -0.04f), new(0.6f, -0.42f), new(0, -0.4f)];
        flag.Paint(FlagRed).Extrude(cloth, 0.01f, Matrix4x4.CreateTranslation(0.015f, 2.38f, 0));
        d.Put("flag", flag, hole, 0.35f, 1, 0.1f);
        var ball = new Kit();
        ball.Paint(Paints.White).Sphere(Matrix4x4.CreateScale(0.0214f) * Matrix4x4.CreateTranslation(0, 0.0214f, 0), 10, 6);
        d.Put("golf ball", ball, hole + new Vector3(-1.6f, 0.036f, 1.1f), 0, 1, 0.05f);
        // Bunkers: pale sand in the turf at the green's sides, with a darker lip.
        foreach (var (dx, dz, rx, rz) in new[] { (-10.5f, 1.5f, 3.4f, 2.2f), (9.5f, -1.5f, 2.8f, 1.9f), (-4f, 8.5f, 2.4f, 1.4f) })
        {
            var at = green + new Vector3(dx, 0, dz);
            Flat.Disc(turf, Paints.Shade(Sand, 0.8f), at + new Vector3(0, 0.03f, 0), rx + 0.25f, rz + 0.2f, 24);
            Flat.Disc(turf, Sand, at + new Vector3(0, 0.036f, 0), rx, rz, 24);
        }
        // Rolling land behind the green: swells of fairway and rough rising away, planted with trees.
        var far = back - 26;
        var (p1, p2) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        float Land(float x, float z)
        {
            var s = MathF.Max(0, far - z);
            var rise = Props.Terrain.Smooth(0, 30, s);
            return rise * (2.2f + 1.6f * MathF.Sin(0.045f * x + p1) + 1.2f * MathF.Sin(0.06f * z + 0.02f * x + p2)) + 0.04f * s;
        }
        Material Paint(Vector3 at, float up) => MathF.Abs(at.X - (cx + 12 * MathF.Sin(at.Z * 0.012f + p1))) < 16 ? FairwayDark : Rough;
        Props.Terrain.Land(d, "course", Land, Paint, cx - 160, cx + 160, far - 260, far, 4, SetDresser.ChunkSize * 2, 2);
        // Trees: lining the hole either side, behind the green, and in clumps over the land beyond.
        Kit[] trees = [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer];
        d.Scatter("trees", trees, 10, d.Left, cx - 17, back - 4, back - 24, 1.0f, 1.5f, Trees.BroadleafRadius);
        d.Scatter("trees", trees, 10, cx + 17, d.Right, back - 4, back - 24, 1.0f, 1.5f, Trees.BroadleafRadius);
        d.Scatter("trees", trees, 8, cx - 16, cx + 18, back - 22, back - 27, 1.1f, 1.5f, Trees.BroadleafRadius);
        for (var i = 0; i < 60; i++)
        {
            var (x, z) = (d.Range(cx - 140, cx + 140), d.Range(far - 200, far - 4));
            if (Paint(new Vector3(x, 0, z), 1) == FairwayDark) continue; // keep the far fairways open
            d.Put("trees", trees[d.Pick(trees.Length)], new Vector3(x, Land(x, z) - 0.3f, z), d.Range(0, MathF.Tau), d.Range(1.1f, 1.7f), Trees.BroadleafRadius);
        }
        d.Vista = new Vista(new Vector3(green.X - 11, 0, green.Z - 7), new Vector3(green.X + 10, 3, green.Z + 7));
    }
}
