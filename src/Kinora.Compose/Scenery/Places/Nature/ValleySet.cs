using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A valley seen from its floor: green meadows along a river that winds away up the valley, forested slopes
/// climbing steeply on both sides to rock and snow, converging with distance so the valley's shape frames the view.
/// The river swings past behind the action and leaves to the side (the action walks along X over dry ground).
/// </summary>
public static class ValleySet
{
    private static readonly Material Meadow = Paints.Srgb(96, 128, 60, 0.95f, 0, "meadow");
    private static readonly Material SlopeForest = Paints.Srgb(44, 70, 44, 0.95f, 0, "slopeforest");

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        var back = d.Zone.Back;
        var (p, q) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        // Straight near the viewer and centred right of the action, so the establishing camera (20° to the right, up the
        // valley) stands over the floor, not inside a slope; it wanders farther up.
        float Middle(float s) => cx + 15 + 30 * MathF.Sin(0.004f * s + p) * Terrain.Smooth(80, 300, s);
        float HalfFloor(float s) => 60 + 0.08f * s;
        float Height(float x, float z)
        {
            var s = MathF.Max(0, back - z);
            var side = MathF.Max(0, MathF.Abs(x - Middle(s)) - HalfFloor(s));
            var crest = 260 + 110 * MathF.Sin(0.009f * x + q) + 50 * MathF.Sin(0.021f * x + 0.006f * s + p);
            var slope = MathF.Min(crest, 0.55f * side + 0.003f * side * side);
            return (0.015f * s + slope) * Terrain.Smooth(0, 6, s);
        }
        Material Paint(Vector3 at, float up)
        {
            if (up < Terrain.SteepUp) return Palette.MountainRock;
            if (at.Y > 170) return Palette.SnowCover;
            return at.Y > 4 + 0.015f * MathF.Max(0, back - at.Z) ? SlopeForest : Meadow;
        }
        Terrain.Land(d, "valley floor", Height, Paint, cx - 160, cx + 160, back - 150, back, 3, SetDresser.ChunkSize * 2, 1.5f);
        Terrain.Land(d, "slopes", Height, Paint, cx - 900, cx + 900, back - 1800, back - 150, 15, 240, 7);
        Landforms.Slab(d.Layer("meadow", cx), Meadow, d.Left - 60, d.Right + 60, back - 0.1f, d.Zone.Front + 60, 0.012f, 0.05f);
        // The river: winding up the valley's floor, swinging off to the right behind the action.
        float RiverX(float z)
        {
            var s = back - z;
            var swing = s < 60 ? 0.012f * (60 - s) * (60 - s) : 0;
            return Middle(s) + 12 * MathF.Sin(0.02f * s + q) + swing;
        }
        WaterKit.DrapeAlongZ(d.Layer("river", cx), WaterKit.River, RiverX, z => 9 + 0.01f * (back - z), Height, back - 1500, back - 4, 0.06f, 4);
        // Conifers on the lower slopes and scattered over the meadows, bushes along the river.
        WildSets.OnSlope(d, "trees", [Trees.Conifer, Trees.Conifer, Trees.BroadleafDark], Height, 160, back - 8, back - 140, 1, 1.6f, Trees.ConiferRadius);
        WildSets.OnSlope(d, "meadow grass", [Plants.GrassTuft, Plants.Flowers[1], Plants.Flowers[2]], Height, 90, back - 0.3f, back - 15, 1.5f, 2.5f, 0.1f);
        d.Vista = new Vista(new(cx - 50, -10, back - 160), new(cx + 50, 40, back - 130));
    }
}
