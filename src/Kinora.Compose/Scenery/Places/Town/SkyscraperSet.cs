using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// One skyscraper: a 220 m glass tower with a setback crown and a spire, on a plaza behind a city street, among
/// ordinary 6–12 storey blocks that it dwarfs. The establishing view holds the plaza and the tower's lower 90 m,
/// so the tower runs out of the top of the frame: rising far above, as seen from the street.
/// </summary>
internal static class SkyscraperSet
{
    private const float Height = 220, Side = 36;

    public static void Dress(SetDresser d)
    {
        var cx = d.Zone.CentreX;
        var kerb = d.Zone.Back - 3.5f;
        var pavementBack = kerb - 4;
        // A street along X under the action, a pavement, then the plaza up to the tower.
        TownPaint.Road(d, d.Left - 200, d.Right + 200, kerb, d.Zone.Front + 3.5f);
        TownPaint.LineAlongX(d, d.Left - 200, d.Right + 200, d.Zone.Back, dashed: true);
        TownPaint.Pavement(d, d.Left - 200, d.Right + 200, pavementBack, kerb);
        TownPaint.Pavement(d, d.Left - 200, d.Right + 200, d.Zone.Front + 3.5f, d.Zone.Front + 7.5f);
        // The square on the camera's side of the street, out to where the establishing shot stands (~150 m off): a
        // bare pale ground there read as fog under the tower.
        TownPaint.Plaza(d, cx - 120, cx + 160, d.Zone.Front + 7.5f, d.Zone.Front + 200, 10, 0.15f);
        var front = pavementBack - 12;
        Landforms.Slab(d.Layer("plaza", cx), TownPaint.Setts, cx - 30, cx + 30, front, pavementBack, 0.16f, 0.16f);
        for (var x = cx - 20f; x <= cx + 20; x += 10)
        {
            d.Put("planters", Planter, new Vector3(x, 0.16f, pavementBack - 4), 0, 1, 1.2f);
            d.Put("trees", Trees.Broadleaf, new Vector3(x, 0.6f, pavementBack - 4), d.Range(0, MathF.Tau), 0.6f, 0.5f);
        }
        GlassTowers.Add(d, cx - Side / 2, Side, Height, Side, front, crown: true);
        // Its neighbours, much lower, and a skyline of middling towers behind.
        for (var x = cx - Side / 2 - 4; x > d.Left - 40;)
        {
            var w = d.Range(12, 20);
            Buildings.Add(d, x - w, w - 0.3f, d.Range(20, 38), 18, pavementBack, 0);
            x -= w;
        }
        for (var x = cx + Side / 2 + 4; x < d.Right + 40;)
        {
            var w = d.Range(12, 20);
            Buildings.Add(d, x, w - 0.3f, d.Range(20, 38), 18, pavementBack, 0);
            x += w;
        }
        for (var x = d.Left - 60; x < d.Right + 60;)
        {
            var w = d.Range(20, 32);
            if (MathF.Abs(x + w / 2 - cx) > Side) GlassTowers.Add(d, x, w - 4, d.Range(50, 110), 22, front - Side - 20);
            x += w;
        }
        TownPaint.Lamps(d, d.Left, d.Right, kerb - 0.6f, 16, 0.15f);
        for (var i = 0; i < 2; i++) // two passers-by: each is a full person model (~36k triangles)
            d.Put("passers-by", StreetLife.Person(i), new Vector3(cx + d.Range(-9, 9), 0.16f, pavementBack - d.Range(0.5f, 2.5f)), d.Range(0, MathF.Tau), 1, 0.3f);
        d.Vista = new Vista(new(cx - Side / 2 - 2, 0, front - Side), new(cx + Side / 2 + 2, 90, front + 6));
    }

    private static readonly Kit Planter = MakePlanter();

    private static Kit MakePlanter()
    {
        var k = new Kit();
        k.Paint(TownPaint.PaleStone).Box(new Vector3(0, 0.3f, 0), new Vector3(1.2f, 0.3f, 1.2f));
        k.Paint(Paints.Soil).Box(new Vector3(0, 0.58f, 0), new Vector3(1.1f, 0.03f, 1.1f));
        return k;
    }
}
