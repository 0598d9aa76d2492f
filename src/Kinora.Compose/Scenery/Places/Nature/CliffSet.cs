using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// Sea cliffs: the action on a grassy clifftop whose edge drops sheer <see cref="Drop"/> m to the sea a few metres
/// behind it, and across a bay the same cliffs seen face-on, pale rock walls with green tops and surf white at
/// their feet, the open sea beyond. The far wall is what shows a drop from a low camera; the near edge shows
/// where the viewer stands.
/// </summary>
public static class CliffSet
{
    /// <summary>m from the clifftop down to the sea.</summary>
    public const float Drop = 60;

    private static readonly Material Chalk = Paints.Srgb(112, 102, 90, 0.95f, 0, "cliffface");
    /// <summary>The face's beds: alternating bands of darker and warmer rock a few metres thick, which give a viewer the
    /// wall's height (a face of one pale colour read as a wall of no particular size).</summary>
    private static readonly Material[] Beds =
    [
        Chalk,
        Paints.Srgb(78, 72, 66, 0.95f, 0, "cliffbed"),
        Paints.Srgb(124, 104, 82, 0.95f, 0, "cliffband"),
    ];
    private static readonly Material Turf = Paints.Srgb(92, 120, 60, 0.95f, 0, "clifftop");

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        var near = d.Zone.Back - 5;
        var (p, q, r) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        var rock = new RidgedNoise((uint)(p * 1e5f));
        // Where our edge and the far headland's face run: the near edge wanders a metre or two, the far one bulges.
        float Edge(float x) => near - 1.2f * MathF.Sin(0.08f * x + p);
        // Buttresses and gullies down the far face (ridged noise along it), so it is rock, not a curtain.
        float FarFace(float x) => near - 120 - 30 * MathF.Sin(0.009f * x + q) - 6 * MathF.Sin(0.05f * x + r) + 7 * rock.Ridged(x / 16, 3, 3);
        float Land(float x, float z)
        {
            var ours = Terrain.Smooth(-3, 0, z - Edge(x));
            var theirs = Terrain.Smooth(3, 0, z - FarFace(x));
            var roll = 6 * Terrain.Smooth(0, 80, FarFace(x) - z) * (0.5f + 0.5f * MathF.Sin(0.02f * x + p));
            return -Drop - 4 + (Drop + 4) * MathF.Max(ours, theirs) + roll * theirs;
        }
        Material Bed(Vector3 at) => Beds[(int)MathF.Floor((at.Y + Drop + 10 + 2.5f * MathF.Sin(0.04f * at.X + r)) / 6) % Beds.Length];
        Material Paint(Vector3 at, float up) => up < Terrain.SteepUp || at.Y < -Drop + 2 ? Bed(at) : Turf;
        Terrain.Land(d, "cliffs", Land, Paint, cx - 220, cx + 260, near - 320, d.Zone.Back, 4, SetDresser.ChunkSize * 2, 2);
        // The clifftop the action stands on, out past the camera.
        // Wide and deep enough that no camera on our side looks past its end.
        Landforms.Slab(d.Layer("clifftop", cx), Turf, cx - 500, cx + 500, d.Zone.Back - 0.1f, d.Zone.Front + 500, 0.012f, 0.05f);
        // The sea below, to the horizon, and surf at both feet of the cliffs.
        var sea = d.Layer("sea", cx);
        Landforms.Slab(sea, WaterKit.Sea, cx - 1200, cx + 1200, near - 3000, near, -Drop, 0.2f);
        for (var i = 0; i < 3; i++)
        {
            var off = 1.5f + 2.5f * i;
            Landforms.Ribbon(sea, WaterKit.Foam, x => Edge(x) - 3 - off, cx - 220, cx + 260, 1.4f - 0.35f * i, -Drop + 0.05f, 3);
            Landforms.Ribbon(sea, WaterKit.Foam, x => FarFace(x) + 3 + off, cx - 220, cx + 260, 2.5f - 0.6f * i, -Drop + 0.05f, 3);
        }
        // Grass and a few rocks on our clifftop, back from the edge.
        d.Scatter("grass", [Plants.GrassTuft, Plants.DryTuft], 90, d.Left, d.Right, d.Zone.Back - 0.2f, near + 0.5f, 1.5f, 2.6f, 0.1f);
        d.Scatter("rocks", Rocks.Grey, 6, d.Left, d.Right, d.Zone.Back - 0.4f, near + 0.8f, 0.4f, 0.8f, Rocks.Radius);
        // The view: across the bay to the far cliffs, from the height of our edge.
        d.Vista = new Vista(new(cx - 60, -Drop, near - 140), new(cx + 60, 10, near - 90));
    }
}
