using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A campsite: a grassy clearing in a wood with two or three dome tents pitched round a stone fire ring, logs
/// laid round the fire to sit on, a camp table and a lantern, the forest closing in behind. The fire burns after
/// dark (flames and an orange light); by day its embers smoulder.
/// </summary>
public static class Campsite
{
    private static readonly Material Table = Paints.Srgb(140, 100, 62, 0.7f, 0, "camptable") with { Pattern = "wood" };
    private static readonly Material Trodden = Paints.Srgb(120, 100, 70, 0.95f, 0, "trodden");

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        var fire = new Vector3(cx + 0.5f, 0, back - 3.2f);
        // Bare trodden earth round the fire.
        Flat.Disc(d.Layer("clearing", fire.X), Trodden, fire + new Vector3(0, 0.006f, 0), 3.2f, 2.4f, 24);
        d.Put("campfire", d.Dark ? CampGear.FireLit : CampGear.Fire, fire, 0, 1, 0.7f);
        d.Light(new LightSource(fire + CampGear.FlameAt, new Vector3(1, 0.55f, 0.2f) * (d.Dark ? 9 : 0.6f), 12));
        // Logs to sit on, round the far side of the fire (the near side is left open to the camera).
        foreach (var (a, turn) in new[] { (MathF.PI * 0.5f, 0f), (MathF.PI * 0.95f, 1.2f), (MathF.PI * 0.05f, -1.2f) })
            d.Put("logs", CampGear.SittingLog, fire + new Vector3(MathF.Cos(a) * 1.7f, 0, -MathF.Sin(a) * 1.7f), turn, 1, 0.3f);
        // Tents: doors turned to the fire.
        var tents = new[] { new Vector3(cx - 4.2f, 0, back - 6.6f), new Vector3(cx + 4.4f, 0, back - 7.6f), new Vector3(cx + 8.6f, 0, back - 4.2f) };
        for (var i = 0; i < tents.Length; i++)
        {
            var to = fire - tents[i];
            d.Put("tents", CampGear.Tents[(i + d.Pick(CampGear.Tents.Length)) % CampGear.Tents.Length], tents[i], MathF.Atan2(to.X, to.Z), i == 2 ? 0.85f : 1, CampGear.TentRadius);
        }
        // A folding table with a lantern, by the first tent.
        var table = new Kit();
        table.Paint(Table).Box(new Vector3(0, 0.72f, 0), new Vector3(0.6f, 0.025f, 0.4f));
        foreach (var (x, z) in new[] { (-0.55f, -0.35f), (0.55f, -0.35f), (-0.55f, 0.35f), (0.55f, 0.35f) })
            table.Paint(Palette.PostMetal).Rod(new Vector3(x, 0, z), new Vector3(x, 0.7f, z), 0.02f, 0.02f, 4);
        table.Paint(Palette.PostMetal).Rod(new Vector3(0.2f, 0.745f, 0), new Vector3(0.2f, 0.98f, 0), 0.07f, 0.07f, 8);
        table.Paint(d.Dark ? Palette.LampGlow : Palette.LampOff).Sphere(Matrix4x4.CreateScale(0.06f, 0.08f, 0.06f) * Matrix4x4.CreateTranslation(0.2f, 0.86f, 0), 8, 5);
        var tableAt = new Vector3(cx - 6.5f, 0, back - 3.2f);
        if (d.Put("camp table", table, tableAt, 0.3f, 1, 0.8f) && d.Dark)
            d.Light(new LightSource(tableAt + new Vector3(0.2f, 0.9f, 0), new Vector3(1, 0.8f, 0.5f) * 1.5f, 7));
        // The wood: trees at the clearing's edges and thick behind it.
        Kit[] trees = [Trees.Conifer, Trees.Conifer, Trees.Broadleaf, Trees.BroadleafDark];
        d.Scatter("trees", trees, 14, d.Left, cx - 12, back - 2, back - 12, 0.9f, 1.4f, Trees.BroadleafRadius);
        d.Scatter("trees", trees, 14, cx + 15, d.Right, back - 2, back - 12, 0.9f, 1.4f, Trees.BroadleafRadius);
        d.Scatter("trees", trees, 70, d.Left - 20, d.Right + 20, back - 13, back - 50, 1.0f, 1.8f, Trees.BroadleafRadius);
        d.Scatter("trunks", [Trees.TallTrunk], 60, d.Left - 20, d.Right + 20, back - 14, back - 45, 0.8f, 1.2f, Trees.TallTrunkRadius);
        d.Scatter("undergrowth", [Plants.Bush], 30, d.Left, d.Right, back - 11, back - 20, 0.5f, 1.2f, 0.8f);
        d.Scatter("rocks", Rocks.Grey, 8, d.Left, d.Right, back - 1, back - 12, 0.4f, 0.9f, Rocks.Radius);
        d.Scatter("grass", [Plants.GrassTuft, Plants.DryTuft], 120, d.Left, d.Right, back - 0.3f, back - 14, 0.9f, 1.5f, 0.1f);
        d.Vista = new Vista(new Vector3(cx - 6.5f, 0, back - 9), new Vector3(cx + 7, 2.6f, back - 1));
    }
}
