using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// The Seine in Paris: the action on the river (a boat sails in the band, a walker on the near quay's edge), the far
/// bank's stone embankment wall with plane trees along its top, a row of Haussmann blocks behind them, and the iron
/// lattice tower standing over the roofs downstream. The tower is drawn at the size it looks from the river ~1.5 km
/// away (its true 324 m would reach past the camera's 1000 m far plane): scaled to ~125 m and set 600 m back, where
/// the eye-level camera's upper frame still holds its tip. With no boat, a walker stands on the near quay.
/// </summary>
public static class SeineQuay
{
    private static readonly Material Quay = Paints.Srgb(196, 180, 150, 0.9f, 0, "quaystone");
    private static readonly Material River = Paints.Srgb(52, 78, 72, 0.08f, 0, "seine") with { Name = "riverwater" };
    private static readonly Material Cobbles = Paints.Srgb(150, 140, 125, 0.95f, 0, "cobbles");

    /// <summary>m: the far embankment's height above the water and how far behind the action band its face stands.</summary>
    public const float Wall = 5, WallBack = 45;

    /// <summary>The tower's scale and where it stands behind and beside the action (the camera looks 20° from +Z).</summary>
    public const float TowerScale = 0.38f, TowerBack = 600, TowerLeft = 150;

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
        // The far embankment: a stone wall out of the water, the upper quay on it.
        Landforms.Slab(d.Layer("embankment"), Quay, d.Left - 300, d.Right + 300, face - 60, face, Wall, Wall);
        d.Layer("embankment").Paint(Paints.Srgb(170, 156, 130, 0.9f, 0, "coping")).Box(new Vector3(cx, Wall + 0.5f, face - 0.3f), new Vector3(400, 0.5f, 0.3f));
        for (var x = d.Left - 40; x < d.Right + 40; x += d.Range(8, 11))
            d.Put("planes", Trees.Broadleaf, new Vector3(x, Wall, face - 4), d.Range(0, MathF.Tau), d.Range(1.1f, 1.4f), 1.5f);
        // The blocks stop for the park at the tower's foot (as the Champ de Mars opens the bank to it): there the view
        // runs over lawns and low trees to the tower, which the six-storey fronts would otherwise hide entirely.
        var (gap0, gap1) = (cx - TowerLeft * 0.4f - 30, cx + 30);
        for (var x = d.Left - 120; x < d.Right + 120;)
        {
            var w = d.Range(18, 30);
            if (x + w < gap0 || x > gap1) Haussmann.Add(d, x, w - 0.4f, face - 18, Wall, d.Chance(0.7f) ? 6 : 7);
            else if (d.Chance(0.8f)) d.Put("planes", Trees.Broadleaf, new Vector3(x + w / 2, Wall, face - d.Range(14, 40)), d.Range(0, MathF.Tau), d.Range(0.9f, 1.2f), 1.5f);
            x += w;
        }
        var tower = new Vector3(cx - TowerLeft, Wall, d.Zone.Back - TowerBack);
        d.Layer("tower", tower.X).Add(EiffelTower.Kit, Kit.At(tower, MathF.PI / 4, TowerScale));
        // Bare prompt ("the Seine", "Eiffel Tower"): hold the river, the far bank and the tower over it.
        d.Vista = new Vista(new(cx - 40, 0, face - 20), new(cx + 40, 30, d.Zone.Back));
    }
}
