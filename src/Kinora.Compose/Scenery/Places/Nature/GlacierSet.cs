using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A glacier: a tongue of blue-white ice ~150 m wide flowing down a valley towards the viewer between dark rock
/// mountains with snow on their upper slopes, its surface crossed by crevasses (dark blue cracks square to the
/// flow) and edged with grey moraine where it meets the rock. The action stands on the ice near its snout.
/// </summary>
public static class GlacierSet
{
    // Glacier ice is bluer than snow and matte where weathered: a glossy pale blue washed out to white under the sky.
    private static readonly Material GlacierIce = Paints.Srgb(138, 186, 222, 0.6f, 0, "glacierice");
    private static readonly Material Crevasse = Paints.Srgb(24, 70, 128, 0.3f, 0, "crevasse");
    private static readonly Material DarkRock = Paints.Srgb(64, 62, 64, 0.95f, 0, "mountain");
    private static readonly Material Moraine = Paints.Srgb(110, 106, 100, 0.95f, 0, "moraine");

    /// <summary>The valley's air: its walls run 1.5 km up the ice; the renderer's clear-air haze thins with the land's
    /// reach, so giving that reach keeps the walls dark rock and snow instead of a pale wash.</summary>
    public static WorldEnvironment Air(WorldEnvironment e) => e with
    {
        LandReach = MathF.Max(e.LandReach, 3000),
        // The snow family's blowing-snow haze, not a fog the weather brings (those are 0.02/m and more), is halved.
        FogDensity = e.FogDensity < 0.02f ? 0.5f * e.FogDensity : e.FogDensity,
    };

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        var back = d.Zone.Back;
        var (p, q) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        // The valley's middle wanders; its half-width grows upstream.
        // Straight near the viewer and centred right of the action, so the establishing camera (20° to the right) stands
        // over the ice, not inside the valley wall; it wanders farther up.
        float Middle(float s) => cx + 15 + 35 * MathF.Sin(0.003f * s + p) * Terrain.Smooth(80, 300, s);
        float HalfWidth(float s) => 80 + 0.12f * s;
        float Ice(float s) => 0.04f * s + 0.6f * MathF.Sin(0.05f * s + q);
        float Height(float x, float z)
        {
            var s = MathF.Max(0, back - z);
            var side = MathF.Max(0, MathF.Abs(x - Middle(s)) - HalfWidth(s));
            var peaks = 220 + 90 * MathF.Sin(0.011f * x + q) + 60 * MathF.Sin(0.027f * x + 0.01f * s + p);
            var wall = MathF.Min(peaks, 1.3f * side * (1 + 0.25f * MathF.Sin(0.03f * s + 0.04f * x)));
            return (Ice(s) + wall) * Terrain.Smooth(0, 4, s);
        }
        Material Paint(Vector3 at, float up)
        {
            var s = MathF.Max(0, back - at.Z);
            var side = MathF.Abs(at.X - Middle(s)) - HalfWidth(s);
            if (side < -8) return GlacierIce;
            if (side < 4) return Moraine;
            if (up < Terrain.SteepUp) return DarkRock;
            return at.Y > 60 + 0.05f * s ? Palette.SnowCover : Moraine;
        }
        Terrain.Land(d, "glacier", Height, Paint, cx - 180, cx + 180, back - 120, back, 3, SetDresser.ChunkSize * 2, 1.5f, perTriangle: true);
        Terrain.Land(d, "valley", Height, Paint, cx - 700, cx + 700, back - 1500, back - 120, 14, 240, 7, perTriangle: true);
        // The ice underfoot, out past the camera.
        Landforms.Slab(d.Layer("ice", cx), GlacierIce, d.Left - 60, d.Right + 60, back - 0.1f, d.Zone.Front + 60, 0.012f, 0.05f);
        // Crevasses: cracks across the flow, in bands where the ice is stretched, draped on the surface.
        var cracks = d.Layer("crevasses", cx);
        for (var i = 0; i < 120; i++)
        {
            var s = 6 + 300 * MathF.Pow(d.Range(0, 1), 1.5f);
            var half = HalfWidth(s) - 12;
            var x = Middle(s) + d.Range(-half, half);
            var (z, a) = (back - s, d.Range(0, MathF.Tau));
            WaterKit.Drape(cracks, Crevasse, u => z + 0.6f * MathF.Sin(0.2f * u + a), Height, x, x + d.Range(4, 16) * (1 + s / 150), d.Range(0.25f, 0.7f) * (1 + s / 200), 0.05f, 1.5f);
        }
        // Boulders the ice carries down.
        Sets.WildSets.OnSlope(d, "boulders", Rocks.Grey, Height, 14, back - 1, back - 40, 0.5f, 1.5f, Rocks.Radius);
        d.Vista = new Vista(new(cx - 50, 0, back - 180), new(cx + 50, 45, back - 150));
    }
}
