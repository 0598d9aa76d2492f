using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// Open water. The ocean: the action on a shelf of dark wet rock with boulders at its seaward edge and surf
/// breaking white round them, then swells rolling in to the horizon with whitecaps on their crests (the place's
/// ground is water, so the sea runs to the horizon). No sand and no palms: that is the beach.
/// </summary>
public static class SeaSets
{
    private static readonly Material WetRock = Paints.Srgb(62, 60, 58, 0.5f, 0, "wetrock");

    /// <summary>m; the swells' height (crest above mean level) far out.</summary>
    private const float Swell = 0.55f;

    public static void Ocean(SetDresser d, PlaceContext c)
    {
        // A boat in the cast floats, and an empty view looks out over open water: then there is no shelf, only sea.
        var open = c.Cast.Count == 0;
        var afloat = open || c.Cast.Any(e => e.Kind == "boat");
        var cx = d.Zone.CentreX;
        var edge = d.Zone.Back - 3;
        // The rock shelf the action stands on, from the edge to well in front of the camera.
        if (!afloat) Landforms.Slab(d.Layer("shelf"), WetRock, d.Left - 60, d.Right + 60, edge, d.Zone.Front + 40, 0.06f, 0.4f);
        var (p, q, r) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        // Swells: long crests along X rolling in towards the shore, a cross-sea over them, growing from the surf.
        float Sea(float x, float z)
        {
            var s = MathF.Max(0, edge - z);
            var grow = (open ? 1 : Terrain.Smooth(0, 12, s)) * (1 - Terrain.Smooth(220, 300, s)) * (1 - Terrain.Smooth(140, 180, MathF.Abs(x - cx - 20)));
            return grow * (Swell * MathF.Sin(0.32f * z + 0.04f * x + p) + 0.4f * Swell * MathF.Sin(0.83f * z - 0.25f * x + q)
                           + 0.2f * Swell * MathF.Sin(1.7f * z + 0.6f * x + r) + 1.6f * Swell) + 0.02f; // troughs stay over the flat sea
        }
        // Fine near the shore where the camera sees each swell's facets, coarse far out where they are lines.
        Terrain.Heightfield(d, "swell", WaterKit.Sea, Sea, cx - 160, cx + 200, edge - 80, open ? d.Zone.Front + 60 : edge, 1.6f);
        Terrain.Heightfield(d, "far swell", WaterKit.Sea, Sea, cx - 160, cx + 200, edge - 300, edge - 80, 5);
        // Whitecaps: short streaks of foam on the crests of the main swell (where its phase is a quarter turn).
        var foam = d.Layer("whitecaps", cx);
        for (var i = 0; i < 90; i++)
        {
            var x = d.Range(cx - 120, cx + 160);
            var n = MathF.Floor(d.Range(1, 40));
            var crest = (MathF.PI / 2 - p - 0.04f * x - MathF.Tau * n) / 0.32f; // 0.32 z + 0.04 x + p = π/2 − 2πn
            if (crest > edge - 6) continue;
            WaterKit.Drape(foam, WaterKit.Foam, u => (MathF.PI / 2 - p - 0.04f * u - MathF.Tau * n) / 0.32f, Sea, x, x + d.Range(2, 9), d.Range(0.3f, 0.9f), 0.05f, 1);
        }
        // Surf: a band of white water along the shelf's edge and round the boulders.
        for (var i = 0; i < (afloat ? 0 : 5); i++)
        {
            var (at, a) = (edge - 0.5f - 1.4f * i, d.Range(0, MathF.Tau));
            WaterKit.Drape(foam, WaterKit.Foam, u => at + 0.5f * MathF.Sin(0.2f * u + a), Sea, cx - 120, cx + 160, 1.2f - 0.18f * i, 0.06f, 1.5f);
        }
        Kit[] rocks = [Rocks.Make(WetRock, 0), Rocks.Make(WetRock, 1), Rocks.Make(WetRock, 2)];
        if (!afloat) d.Scatter("boulders", rocks, 26, d.Left, d.Right, edge + 1.5f, edge - 4, 1.2f, 3.2f, Rocks.Radius);
        d.Scatter("stacks", rocks, 6, d.Left, d.Right, edge - 20, edge - 70, 4, 9, Rocks.Radius);
        d.Vista = new Vista(new(cx - 16, 0, edge - 50), new(cx + 16, 3, edge - 4));
    }
}
