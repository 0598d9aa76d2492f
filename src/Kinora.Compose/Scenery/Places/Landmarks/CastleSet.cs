using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A stone castle across a green: a crenellated curtain wall with round corner towers, a gatehouse between two
/// drum towers with a dark arched gate and a lowered drawbridge, a tall square keep with a conical-roofed turret and
/// banners behind the wall, towers at the back under slate cones; a track leads from the action to the gate.
/// </summary>
internal static class CastleSet
{
    private static readonly Material Banner = Paints.Srgb(160, 25, 30, 0.8f, 0, "banner");

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 2;
        var front = d.Zone.Back - 22; // the curtain wall's face
        d.Put("castle", Castle(), new Vector3(cx, 0, front - 14), 0, 1, 14);
        Landforms.Slab(d.Layer("track"), Masonry.Gravel, cx - 1.8f, cx + 1.8f, front, d.Zone.Front + 4, 0.02f, 0.04f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 16, cx - 60, cx - 26, d.Zone.Back - 4, front - 20, 1.0f, 1.5f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 16, cx + 30, cx + 70, d.Zone.Back - 4, front - 20, 1.0f, 1.5f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Conifer, Trees.BroadleafDark], 30, d.Left - 20, d.Right + 20, front - 32, front - 60, 1.3f, 1.9f, Trees.BroadleafRadius);
        d.Scatter("rocks", Rocks.Grey, 10, cx - 24, cx + 24, d.Zone.Back - 1, front + 2, 0.4f, 1.0f, Rocks.Radius);
        d.Scatter("grass", [Plants.GrassTuft, Plants.DryTuft], 90, d.Left, d.Right, d.Zone.Back - 0.3f, front + 1, 0.9f, 1.5f, 0.1f);
        if (d.Dark)
            foreach (var side in new[] { -1f, 1f })
                d.Light(new LightSource(new Vector3(cx + side * 4.5f, 4, front + 1.5f), new Vector3(1, 0.65f, 0.3f) * 8, 16)); // torches by the gate
        d.Vista = Masonry.Around(cx - 21, cx + 21, 22, front - 12, front + 4);
    }

    /// <summary>The castle, its ward centred on the origin, the curtain wall's face at z = +14.</summary>
    private static Kit Castle()
    {
        var k = new Kit();
        var stone = Masonry.Stone;
        var dark = Paints.Shade(stone, 0.8f) with { Name = "castlestonedark" };
        const float half = 18, deep = 14, wallH = 10, t = 2.5f;
        var walls = k.Paint(stone);
        // The curtain: front, sides and back, with merlons along the outer edge of each.
        walls.Box(new Vector3(0, wallH / 2, deep - t / 2), new Vector3(half, wallH / 2, t / 2));
        walls.Box(new Vector3(0, wallH / 2, -deep + t / 2), new Vector3(half, wallH / 2, t / 2));
        foreach (var s in new[] { -1f, 1f })
            walls.Box(new Vector3(s * (half - t / 2), wallH / 2, 0), new Vector3(t / 2, wallH / 2, deep));
        Masonry.Battlements(walls, -half, half, wallH, deep - 0.3f);
        for (var z = -deep + 0.5f; z < deep - 0.5f; z += 1.6f)
            foreach (var s in new[] { -1f, 1f })
                walls.Box(new Vector3(s * (half - 0.3f), wallH + 0.5f, z), new Vector3(0.3f, 0.5f, 0.45f));
        // Corner towers: drums with merlons at the front, slate cones at the back.
        foreach (var s in new[] { -1f, 1f })
        {
            Masonry.RoundTower(k, stone, s * half, deep, 3.6f, 15, cone: false, Masonry.Slate);
            Masonry.RoundTower(k, stone, s * half, -deep, 3.4f, 17, cone: true, Masonry.Slate);
        }
        // The gatehouse: two drums either side of a block over the arched gate.
        foreach (var s in new[] { -1f, 1f })
            Masonry.RoundTower(k, stone, s * 4.2f, deep + 0.8f, 2.8f, 14, cone: false, Masonry.Slate);
        k.Paint(stone).Box(new Vector3(0, 6.5f, deep + 0.2f), new Vector3(3.2f, 6.5f, 2.0f));
        Masonry.Battlements(k.Paint(stone), -3.2f, 3.2f, 13, deep + 1.9f);
        k.Paint(Masonry.Dark).Extrude(Arch(1.8f, 3.2f), 0.1f, Matrix4x4.CreateTranslation(0, 0, deep + 2.22f));
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 0.08f, deep + 4.5f), new Vector3(1.8f, 0.08f, 2.3f)); // the drawbridge, lowered
        k.Paint(Masonry.Dark).Box(new Vector3(0, 9.5f, deep + 2.22f), new Vector3(0.9f, 0.6f, 0.05f)); // a window over the gate
        foreach (var s in new[] { -1f, 1f }) // arrow slits along the curtain
            for (var x = 7.5f; x < half - 4; x += 3)
                k.Paint(Masonry.Dark).Box(new Vector3(s * x, 6, deep + 0.02f), new Vector3(0.12f, 0.7f, 0.05f));
        // The keep: a tall square tower behind the wall, crenellated, with a turret under a cone and a banner.
        const float kx = -3, kz = -3, kh = 24, kw = 5.5f;
        k.Paint(dark).Box(new Vector3(kx, kh / 2, kz), new Vector3(kw, kh / 2, kw));
        k.Paint(dark).Box(new Vector3(kx, kh + 0.3f, kz), new Vector3(kw + 0.3f, 0.3f, kw + 0.3f));
        Masonry.Battlements(k.Paint(dark), kx - kw, kx + kw, kh + 0.6f, kz + kw);
        for (var y = 12f; y < kh - 2; y += 5)
            foreach (var x in new[] { kx - 2.5f, kx + 2.5f })
                k.Paint(Masonry.Dark).Extrude(Arch(0.45f, 1.2f), 0.1f, Matrix4x4.CreateTranslation(x, y, kz + kw + 0.02f));
        Masonry.RoundTower(k, dark, kx + kw, kz + kw, 1.6f, kh + 3, cone: true, Masonry.Slate);
        Flag(k, new Vector3(kx - 2, kh + 0.6f, kz), 6);
        Flag(k, new Vector3(kx + kw, kh + 4 + 1.6f * 1.3f * 2, kz + kw), 3);
        // A hall roof inside the ward, its slate ridge showing over the wall on the right.
        Masonry.Block(k, stone, 9, -5, 6, 9, 4);
        Masonry.Gable(k, stone, Masonry.Slate, 9, -5, 12, 8, 9, 4, ridgeAlongX: true, 0.3f);
        return k;
    }

    /// <summary>An arch opening (x, y) of half-width r whose straight sides rise to <paramref name="spring"/>.</summary>
    internal static Vector2[] Arch(float r, float spring)
    {
        var points = new List<Vector2> { new(r, 0) };
        for (var i = 0; i <= 10; i++)
        {
            var a = MathF.PI * i / 10;
            points.Add(new Vector2(r * MathF.Cos(a), spring + r * MathF.Sin(a)));
        }
        points.Add(new Vector2(-r, 0));
        return [.. points];
    }

    private static void Flag(Kit k, Vector3 foot, float pole)
    {
        k.Paint(Paints.Black).Rod(foot, foot + new Vector3(0, pole, 0), 0.05f, 0.04f, 6);
        k.Paint(Banner).Box(foot + new Vector3(0.9f, pole - 0.6f, 0), new Vector3(0.85f, 0.5f, 0.02f));
    }
}
