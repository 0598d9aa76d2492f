using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A churchyard cemetery: a black iron railing along the action with a gate, a gravel path straight back to a small
/// stone chapel with a bell tower, and either side of it rows of headstones (round-topped tablets, crosses, the odd
/// obelisk), a little askew, under cypresses and old trees.
/// </summary>
internal static class CemeterySet
{
    private static readonly Material[] Stones =
    [
        Paints.Srgb(150, 150, 148, 0.85f, 0, "granite"), Paints.Srgb(200, 195, 182, 0.85f, 0, "limestone"),
        Paints.Srgb(95, 95, 100, 0.7f, 0, "darkgranite"), Paints.Srgb(175, 170, 160, 0.9f, 0, "weatheredstone"),
    ];
    private static readonly Kit[] Graves = [.. Stones.Select(Tablet), .. Stones.Take(2).Select(Cross), Obelisk(Stones[0]), Tablet(Stones[1])];
    private static readonly Kit Chapel = MakeChapel();
    private static readonly Kit Railing = MakeRailing();

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1;
        var first = d.Zone.Back - 2.5f;
        Landforms.Slab(d.Layer("path"), Masonry.Gravel, cx - 1.1f, cx + 1.1f, first - 30, d.Zone.Back, 0.02f, 0.04f);
        for (var x = cx - 30; x < cx + 30; x += 2.4f)
            if (MathF.Abs(x + 1.2f - cx) > 2.2f)
                d.Put("railing", Railing, new Vector3(x, 0, d.Zone.Back - 0.5f), 0, 1, 0.1f);
        // Rows of graves either side of the path, each a little out of line and leaning.
        for (var row = 0; row < 10; row++)
        {
            var z = first - row * 2.8f;
            for (var x = cx - 22f; x < cx + 22f; x += 1.9f)
            {
                if (MathF.Abs(x - cx) < 1.8f || d.Chance(0.12f)) continue;
                var grave = Graves[d.Pick(Graves.Length)];
                var at = new Vector3(x + d.Range(-0.2f, 0.2f), 0, z + d.Range(-0.25f, 0.25f));
                if (!d.Zone.Behind(at, 0.5f)) continue;
                d.Layer("graves", at.X).Add(grave, Matrix4x4.CreateRotationZ(d.Range(-0.06f, 0.06f)) * Matrix4x4.CreateRotationY(d.Range(-0.12f, 0.12f)) * Matrix4x4.CreateTranslation(at));
            }
        }
        var chapelZ = first - 10 * 2.8f - 6;
        d.Put("chapel", Chapel, new Vector3(cx, 0, chapelZ), 0, 1, 5);
        // Cypresses along the path and old trees round the edges.
        for (var z = first - 1.4f; z > chapelZ + 6; z -= 5.6f)
            foreach (var s in new[] { -1f, 1f })
                d.Put("cypresses", Trees.Conifer, new Vector3(cx + s * 1.6f, 0, z), d.Range(0, MathF.Tau), 0.8f, 0.4f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 10, cx - 40, cx - 24, d.Zone.Back - 3, chapelZ, 1.2f, 1.6f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 10, cx + 24, cx + 45, d.Zone.Back - 3, chapelZ, 1.2f, 1.6f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.BroadleafDark, Trees.Conifer], 26, d.Left - 20, d.Right + 20, chapelZ - 8, chapelZ - 40, 1.2f, 1.8f, Trees.BroadleafRadius);
        d.Scatter("grass", [Plants.GrassTuft], 90, cx - 25, cx + 25, d.Zone.Back - 0.5f, chapelZ + 4, 0.8f, 1.3f, 0.1f);
        d.Vista = Masonry.Around(cx - 12, cx + 12, 7, first - 20, first + 1);
    }

    /// <summary>A round-topped headstone 0.65 m wide and 1 m tall on a low plinth, its face to +Z.</summary>
    private static Kit Tablet(Material stone)
    {
        var k = new Kit();
        var outline = new List<Vector2> { new(-0.32f, 0), new(0.32f, 0), new(0.32f, 0.72f) };
        for (var i = 1; i < 8; i++)
        {
            var a = MathF.PI * i / 8;
            outline.Add(new Vector2(0.32f * MathF.Cos(a), 0.72f + 0.28f * MathF.Sin(a)));
        }
        outline.Add(new Vector2(-0.32f, 0.72f));
        k.Paint(stone).Extrude(outline, 0.12f, Matrix4x4.CreateTranslation(0, 0.1f, 0));
        k.Paint(stone).Box(new Vector3(0, 0.05f, 0.05f), new Vector3(0.4f, 0.05f, 0.2f));
        k.Paint(Paints.Shade(stone, 0.5f) with { Name = stone.Name + "engraving" }).Box(new Vector3(0, 0.6f, 0.065f), new Vector3(0.18f, 0.02f, 0.005f));
        return k;
    }

    private static Kit Cross(Material stone)
    {
        var k = new Kit();
        k.Paint(stone).Box(new Vector3(0, 0.15f, 0), new Vector3(0.35f, 0.15f, 0.25f));
        k.Paint(stone).Box(new Vector3(0, 0.95f, 0), new Vector3(0.07f, 0.7f, 0.07f));
        k.Paint(stone).Box(new Vector3(0, 1.25f, 0), new Vector3(0.3f, 0.07f, 0.07f));
        return k;
    }

    private static Kit Obelisk(Material stone)
    {
        var k = new Kit();
        k.Paint(stone).Box(new Vector3(0, 0.25f, 0), new Vector3(0.4f, 0.25f, 0.4f));
        k.Paint(stone).Cylinder(Matrix4x4.CreateScale(0.3f, 0.9f, 0.3f) * Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateTranslation(0, 1.4f, 0), 0.6f, 4);
        k.Paint(stone).Cylinder(Matrix4x4.CreateScale(0.18f, 0.15f, 0.18f) * Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateTranslation(0, 2.45f, 0), 0, 4);
        return k;
    }

    /// <summary>A small stone chapel 7 × 11 m, gable to +Z, a square bell tower with a spire over its door.</summary>
    private static Kit MakeChapel()
    {
        var k = new Kit();
        var stone = Masonry.Stone;
        Masonry.Block(k, stone, 0, 0, 3.5f, 5, 5.5f);
        Masonry.Gable(k, stone, Masonry.Slate, 0, 0, 7, 11, 5, 4, ridgeAlongX: false, 0.35f);
        Masonry.Block(k, stone, 0, 6.2f, 1.6f, 11, 1.6f);
        k.Paint(Masonry.Slate).Cylinder(Matrix4x4.CreateScale(2.1f, 3.5f, 2.1f) * Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateTranslation(0, 14.5f, 6.2f), 0, 4);
        k.Paint(Paints.Black).Rod(new Vector3(0, 18, 6.2f), new Vector3(0, 19.5f, 6.2f), 0.05f, 0.05f, 4);
        k.Paint(Paints.Black).Box(new Vector3(0, 19.0f, 6.2f), new Vector3(0.4f, 0.05f, 0.05f));
        k.Paint(Masonry.Dark).Extrude(CastleSet.Arch(0.6f, 1.5f), 0.1f, Matrix4x4.CreateTranslation(0, 0, 7.82f));
        k.Paint(Masonry.Dark).Extrude(CastleSet.Arch(0.45f, 0.6f), 0.1f, Matrix4x4.CreateTranslation(0, 8.5f, 7.82f)); // the belfry opening
        foreach (var z in new[] { -3f, 0f, 3f })
            k.Paint(Masonry.Dark).Extrude(CastleSet.Arch(0.35f, 1.0f), 0.1f, Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(3.52f, 1.8f, z));
        return k;
    }

    /// <summary>2.4 m of black iron railing: bars with spear tops between two rails.</summary>
    private static Kit MakeRailing()
    {
        var k = new Kit();
        var iron = k.Paint(Paints.Black);
        iron.Box(new Vector3(1.2f, 0.15f, 0), new Vector3(1.2f, 0.025f, 0.025f));
        iron.Box(new Vector3(1.2f, 1.0f, 0), new Vector3(1.2f, 0.025f, 0.025f));
        for (var x = 0.06f; x < 2.4f; x += 0.16f)
        {
            iron.Box(new Vector3(x, 0.6f, 0), new Vector3(0.012f, 0.6f, 0.012f));
            iron.Cylinder(Matrix4x4.CreateScale(0.035f, 0.06f, 0.035f) * Matrix4x4.CreateTranslation(x, 1.26f, 0), 0, 4);
        }
        return k;
    }
}
