using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A canyon seen from its rim (<see cref="CanyonLand"/>): the action on the rim, the canyon falling away a few metres
/// behind it, twisting off into the distance with a river on its floor. Where the plan's ground is snow it is a
/// mountain gorge: dark rock walls too steep to hold snow, snow on every gentler face and on the ridged peaks round
/// it. Otherwise it is a desert canyon: walls stepped in red, buff and cream strata under a level plateau. The
/// establishing shot (nothing cast) frames the canyon's length from above its head, looking down into it.
/// </summary>
public static class CanyonSet
{
    /// <summary>m the land is lifted over the ground plane's little ledge (FamilyLook), so the two never z-fight.</summary>
    private const float Lift = 0.012f;

    public static void Dress(SetDresser d, PlaceContext c)
    {
        // Snowy where the plan's ground is snow, it snows, or the setting says so ("a snowy canyon").
        var world = c.Plan.World;
        var snowy = (world.Ground ?? "").ToLowerInvariant() is "snow" or "ice" || world.Weather is "snow" || (world.Setting ?? "").Contains("snow", StringComparison.OrdinalIgnoreCase);
        var land = new CanyonLand(d, snowy);
        float Height(float x, float z) => land.Height(x, z) + Lift;
        Func<Vector3, float, Material> paint = snowy ? (at, up) => Snowy(land, at, up) : (at, up) => Desert(land, at, up);
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        // Near land on a fine grid (its facets show from the rim), far land on a coarse one in wide strips.
        // Near land on a finer grid (its facets show from the rim), wide enough for the establishing view's left edge
        // (it looks 20° to the left of −Z); far land on a coarse one in wide strips, out past where the air hides it.
        Terrain.Land(d, "canyon", Height, paint, cx - 1100, cx + 450, back - 640, back + 260, 8, SetDresser.ChunkSize * 4, 4, perTriangle: true);
        Terrain.Land(d, "canyon lands", Height, paint, cx - 2600, cx + 1500, back - FarEdge, back - 640, 30, 400, 12, perTriangle: true);
        // The river on the floor, winding with the canyon.
        WaterKit.DrapeAlongZ(d.Layer("river", cx), WaterKit.River, z => land.MainX(back - z), _ => 16, Height,
            back - FarEdge, back - CanyonLandHead, 0.4f, 8);
        Rim(d, land, Height);
        // Establishing shot: a box round the rim's level over the canyon ~800 m down it (its line leans with the view). The
        // camera frames it from 7° above, which puts the eye ~160–200 m over the canyon's head looking down its length:
        // the walls fall away below, the floor shows ~1 km off where the canyon bends, the far land above.
        const float Ahead = 800;
        var x = land.MainX(Ahead);
        d.Vista = new Vista(new(x - 150, 0, back - Ahead - 150), new(x + 150, 240, back - Ahead + 150));
        // Behind a cast on the rim: the gorge's walls and the peaks above them.
        if (snowy) d.Backdrop = new Vista(new(cx - 260, -60, back - 900), new(cx + 200, 320, back - 350));
    }

    /// <summary>m behind the action where the land ends (the air has hidden it by then: <see cref="Air"/>).</summary>
    private const float FarEdge = 3600;

    /// <summary>The canyon's air: clear enough that the far rim, 2–3 km off, keeps its colour. The renderer's clear-air
    /// haze thins with the land's reach, and the land fades out from half of it, past the land's own edge.</summary>
    public static WorldEnvironment Air(WorldEnvironment e) => e with { LandReach = MathF.Max(e.LandReach, 2 * FarEdge) };

    /// <summary>m behind the action where the river starts (the canyon is deep enough there to hold it).</summary>
    private const float CanyonLandHead = 120;

    /// <summary>What stands on the rim behind the action: rocks and low trees, off to the sides of the canyon's head.</summary>
    private static void Rim(SetDresser d, CanyonLand land, Func<float, float, float> height)
    {
        Kit[] trees = land.Snowy ? [Trees.SnowyConifer] : [Plants.Bush, Trees.BroadleafDark];
        Kit[] rocks = land.Snowy ? [Rocks.Make(Palette.SnowCover, 0), Rocks.Grey[1]] : Rocks.Red;
        var cx = d.Zone.CentreX;
        foreach (var (x0, x1) in new[] { (cx - 60, cx - 18), (cx + 24, cx + 70) })
        {
            WildSets.OnSlope(d, "rim trees", trees, height, 6, d.Zone.Back - 2, d.Zone.Back - 9, 0.5f, 0.9f, Trees.ConiferRadius, x0, x1);
            WildSets.OnSlope(d, "rim rocks", rocks, height, 8, d.Zone.Back - 0.5f, d.Zone.Back - 7, 0.4f, 1.4f, Rocks.Radius, x0, x1);
        }
    }

    private static readonly Material Snow = Palette.SnowCover;
    /// <summary>Snow in a gorge's shade-prone lower walls: a touch greyer so the depth reads even in flat light.</summary>
    private static readonly Material ShadedSnow = Paints.Srgb(214, 222, 234, 0.75f, 0, "gorgesnow");
    private static readonly Material DarkRock = Paints.Srgb(58, 56, 60, 0.95f, 0, "gorgerock");
    private static readonly Material Scree = Paints.Srgb(96, 92, 90, 0.95f, 0, "scree");

    /// <summary>Mountain gorge: rock on faces too steep to hold snow (the limit wavers with the rock), snow on the rest,
    /// scree along the floor.</summary>
    private static Material Snowy(CanyonLand land, Vector3 at, float up)
    {
        // Snow clings to ~50° in the Alps' photographs; the limit wavers with the rock so the edge is ragged.
        var limit = 0.64f + 0.08f * land.Mottle(at.X, at.Z);
        if (up < limit) return DarkRock;
        var floor = -CanyonLand.FloorDepth(land.Behind(at.Z));
        if (floor < -50 && at.Y < floor + 10) return Scree; // the canyon's floor, not the rim before its head
        return at.Y < -40 ? ShadedSnow : Snow;
    }

    // Desert strata, rim down: caprock cream, a red band, pale sandstone, the great red wall, dark basement rock.
    private static readonly Material[] Beds =
    [
        Paints.Srgb(214, 184, 140, 0.95f, 0, "caprock"),
        Paints.Srgb(184, 98, 60, 0.95f, 0, "redbed"),
        Paints.Srgb(226, 196, 150, 0.95f, 0, "sandstone"),
        Paints.Srgb(168, 74, 48, 0.95f, 0, "redwall"),
        Paints.Srgb(196, 120, 78, 0.95f, 0, "mudstone"),
        Paints.Srgb(104, 72, 66, 0.95f, 0, "schist"),
    ];
    private static readonly Material Talus = Paints.Srgb(190, 140, 100, 0.95f, 0, "talus");
    private static readonly Material Plateau = Paints.Srgb(176, 150, 110, 0.95f, 0, "plateau");
    private static readonly Material Riverbank = Paints.Srgb(110, 100, 70, 0.95f, 0, "riverbank");

    /// <summary>Desert canyon: the beds in horizontal bands by height on the cliffs, scree on the benches, sage-grey
    /// soil on the plateau, a dark green margin along the river.</summary>
    private static Material Desert(CanyonLand land, Vector3 at, float up)
    {
        if (at.Y > -2) return Plateau;
        var floor = -CanyonLand.FloorDepth(land.Behind(at.Z));
        if (at.Y < floor + 6) return Riverbank;
        var bed = (int)Math.Clamp(-(at.Y + 4 * land.Mottle(at.X, at.Z)) / CanyonLand.Depth * Beds.Length, 0, Beds.Length - 1);
        return up > 0.94f ? Talus : Beds[bed];
    }
}
