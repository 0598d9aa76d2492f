using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// The Seine in Paris, the postcard from a boat: the action on the river (a boat sails in the band, a walker on the
/// near quay's edge), the far bank's stone embankment wall with plane trees along its top, rows of Haussmann blocks
/// along it, and across the bank the iron lattice tower rising over everything. The bank opens where the tower
/// stands (its gardens run from the quay to its feet, as the Champ de Mars and Trocadéro gardens open the view), so
/// its arched legs show over the quay wall. The tower is the <see cref="SetDresser.Backdrop"/>: the camera keeps it
/// whole behind the boat. It is drawn at the angle it fills from the river ~600 m off (its true 324 m would stand
/// near the camera's 1000 m far plane): scaled to ~180 m and set <see cref="TowerBack"/> behind the action.
/// </summary>
public static class SeineQuay
{
    private static readonly Material Quay = Paints.Srgb(196, 180, 150, 0.9f, 0, "quaystone") with { Pattern = "stone" };
    private static readonly Material Waterline = Paints.Srgb(92, 96, 84, 0.9f, 0, "quaystain");
    private static readonly Material River = Paints.Srgb(52, 78, 72, 0.08f, 0, "seine") with { Name = "riverwater" };
    private static readonly Material Cobbles = Paints.Srgb(132, 128, 120, 0.95f, 0, "cobbles") with { Pattern = "stone" };
    private static readonly Material Lawn = Paints.Srgb(88, 128, 60, 0.95f, 0, "parislawn") with { Pattern = "grass" };
    private static readonly Material Gravel = Paints.Srgb(196, 182, 150, 0.95f, 0, "parisgravel");

    /// <summary>m: the far embankment's height above the water and how far behind the action band its face stands.</summary>
    public const float Wall = 5, WallBack = 45;

    /// <summary>The tower's scale and how far behind the action band it stands. From a camera a few tens of metres in
    /// front of the boat its top is then ~22° over the horizon: most of a 35 mm frame's height with the boat low in it.</summary>
    public const float TowerScale = 0.55f, TowerBack = 430;

    /// <summary>The camera looks from 20° right of +Z, so what is straight behind the action in the frame lies to −X by
    /// tan 20° of its depth; the tower stands a little left of that line, so the boat (which sails to +X) does not
    /// sit on its feet.</summary>
    public const float TowerLeft = TowerBack * 0.36f + 40;

    /// <summary>m; half the width of the opening in the bank's blocks and trees round the line of sight to the tower.</summary>
    private const float Opening = 42;

    public static void Dress(SetDresser d, PlaceContext c)
    {
        var afloat = c.Cast.Any(e => e.Kind == "boat");
        var cx = d.Zone.CentreX;
        var face = d.Zone.Back - WallBack;
        // The river from the far wall to under the camera, and the near quay when someone walks it.
        var shore = afloat ? d.Zone.Front + 60 : d.Zone.Back - 1;
        Landforms.Slab(d.Layer("river"), River, d.Left - 300, d.Right + 300, face, shore, 0.02f, 0.04f);
        if (!afloat)
        {
            // The near quay the walkers are on (its cobbles just over the place's water ground) and its edge.
            Landforms.Slab(d.Layer("nearquay"), Cobbles, d.Left - 300, d.Right + 300, shore, d.Zone.Front + 60, 0.05f, 0.05f);
            d.Layer("nearquay").Paint(Quay).Box(new Vector3(cx, 0.1f, shore + 0.25f), new Vector3(400, 0.1f, 0.25f));
        }
        var tower = new Vector3(cx - TowerLeft, Wall, d.Zone.Back - TowerBack);
        // Where the line from the camera's side of the river to the tower crosses the bank: the opening's middle.
        var sight = cx + (tower.X - cx) * (WallBack + 20) / TowerBack;
        Bank(d, cx, face, sight, tower);
        d.Layer("tower", tower.X).Add(EiffelTower.Kit, Kit.At(tower, MathF.PI / 4, TowerScale));
        var (reach, top) = (EiffelTower.HalfWidth(0) * TowerScale * 1.42f, Wall + EiffelTower.Height * TowerScale);
        d.Backdrop = new Vista(new(tower.X - reach, Wall, tower.Z - reach), new(tower.X + reach, top, tower.Z + reach));
        // Bare prompt ("the Seine", "Eiffel Tower"): the tower from the near quay, across the river and the bank's gardens.
        // Framed from a three-quarter view above, a box 330 m tall put the eye high over the roofs.
        d.Vista = new Vista(new(tower.X - reach, 0, tower.Z - reach), new(tower.X + reach, top, tower.Z + reach)) { FromGround = true };
    }

    /// <summary>The far bank: the stone wall out of the water with the upper quay on it, plane trees along its top,
    /// six-storey blocks behind them, and the gardens that open to the tower round the line of sight.</summary>
    private static void Bank(SetDresser d, float cx, float face, float sight, Vector3 tower)
    {
        var land = tower.Z - 260;
        // The wall's face: pale limestone over a band stained dark by the river, a coping and a parapet on top.
        var bank = d.Layer("embankment");
        bank.Paint(Quay).Box(new Vector3(cx, Wall / 2, face - 1), new Vector3(450, Wall / 2, 1));
        bank.Paint(Waterline).Box(new Vector3(cx, 0.6f, face + 0.02f), new Vector3(450, 0.6f, 0.02f));
        bank.Paint(Paints.Srgb(210, 198, 172, 0.9f, 0, "coping")).Box(new Vector3(cx, Wall + 0.45f, face - 0.4f), new Vector3(450, 0.45f, 0.4f));
        Landforms.Slab(bank, Cobbles, d.Left - 600, d.Right + 400, land, face - 2, Wall, Wall);
        // The gardens: a lawn in a wedge from the opening to the tower's feet, gravel round them.
        var lawn = d.Layer("gardens", tower.X);
        for (var i = 0; i < 12; i++)
        {
            var (z0, z1) = (float.Lerp(face - 26, tower.Z + 60, i / 12f), float.Lerp(face - 26, tower.Z + 60, (i + 1) / 12f));
            var x = float.Lerp(sight, tower.X, (i + 0.5f) / 12);
            Landforms.Slab(lawn, Lawn, x - Opening * 0.6f, x + Opening * 0.6f, z1, z0, Wall + 0.06f, 0.1f);
        }
        Landforms.Slab(lawn, Gravel, tower.X - 70, tower.X + 70, tower.Z - 70, tower.Z + 60, Wall + 0.04f, 0.1f);
        for (var x = d.Left - 60; x < d.Right + 60; x += d.Range(8, 11))
        {
            // Plane trees on the upper quay, thinned where the view opens so the tower's legs show over the wall.
            var open = MathF.Abs(x - sight) < Opening * 0.7f;
            if (!open || d.Chance(0.25f))
                d.Put("planes", Trees.Broadleaf, new Vector3(x, Wall, face - 5), d.Range(0, MathF.Tau), open ? 0.8f : d.Range(1.6f, 2.1f), 1.5f);
        }
        for (var x = d.Left - 160; x < d.Right + 140;)
        {
            var w = d.Range(18, 30);
            if (x + w < sight - Opening || x > sight + Opening) Haussmann.Add(d, x, w - 0.4f, face - 22, Wall, d.Chance(0.7f) ? 6 : 7);
            x += w;
        }
        // The city behind, beside the tower: more rows of blocks, leaving the gardens' wedge open.
        foreach (var row in new[] { face - 90f, face - 170f, tower.Z + 80 })
        {
            var open = float.Lerp(sight, tower.X, (face - 22 - row) / (face - 22 - tower.Z)); // the wedge's middle at this row
            for (var x = open - 260; x < open + 260;)
            {
                var w = d.Range(20, 34);
                if (x + w < open - Opening * 1.2f || x > open + Opening * 1.2f) Haussmann.Add(d, x, w - 0.4f, row, Wall, d.Chance(0.5f) ? 6 : 7);
                x += w + d.Range(0, 14);
            }
        }
        // Trees in the gardens' rows, low enough to leave the arches clear.
        for (var i = 1; i < 10; i++)
        {
            var z = float.Lerp(face - 30, tower.Z + 70, i / 10f);
            var x = float.Lerp(sight, tower.X, (face - 30 - z) / (face - 30 - tower.Z));
            foreach (var side in new[] { -1f, 1f })
                d.Put("gardentrees", Trees.BroadleafDark, new Vector3(x + side * Opening * 0.75f, Wall, z), d.Range(0, MathF.Tau), d.Range(0.9f, 1.1f), 1.5f);
        }
    }
}
