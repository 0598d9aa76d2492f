using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A glacier: a tongue of blue-white ice ~150 m wide flowing down a valley towards the viewer between dark rock
/// mountains with snow on their upper slopes, its surface crossed by crevasses (dark blue cracks square to the
/// flow), striped down its length by two dark medial moraines and edged with grey moraine where it meets the rock;
/// 1 km up, the walls close in to a head of peaks. The action stands on the ice near its snout; with nobody there the
/// camera looks straight up the ice from above it.
/// </summary>
public static class GlacierSet
{
    // A glacier's surface is weathered white ice with a blue cast, matte: glossy, it mirrored the pale sky and read as
    // a lake. The blue is in the cracks.
    private static readonly Material GlacierIce = Paints.Srgb(164, 198, 226, 0.9f, 0, "glacierice");
    private static readonly Material Crevasse = Paints.Srgb(20, 64, 124, 0.3f, 0, "crevasse");
    private static readonly Material DarkRock = Paints.Srgb(52, 50, 52, 0.95f, 0, "mountain");
    private static readonly Material Moraine = Paints.Srgb(100, 96, 92, 0.95f, 0, "moraine");
    /// <summary>The dark rubble stripes that run down a glacier's middle where two tributaries' side moraines merged
    /// (Aletsch's lines): what tells ice from a frozen lake at a glance.</summary>
    private static readonly Material MedialMoraine = Paints.Srgb(96, 92, 90, 0.95f, 0, "medialmoraine");

    /// <summary>m up the valley where its walls start to close in, and where they meet: looking up the valley the ice then
    /// ends at a head of dark peaks under the sky, not in a flat haze (nor at a pale icefall filling the frame).</summary>
    private const float HeadStart = 800, HeadEnd = 1400;

    /// <summary>The valley's air: its walls run 1.5 km up the ice; the renderer's clear-air haze thins with the land's
    /// reach, so giving that reach keeps the walls dark rock and snow instead of a pale wash.</summary>
    public static WorldEnvironment Air(WorldEnvironment e) => e.FogDensity >= 0.02f
        // A fog or a storm the weather brings (0.02/m and more) stays.
        ? e with { LandReach = MathF.Max(e.LandReach, 3000) }
        : e with
        {
            LandReach = MathF.Max(e.LandReach, 3000),
            // High mountain air is clear: no blowing-snow haze, and a deeper blue sky whose horizon is not the near-white
            // of the snow family's glare (the haze takes the horizon's colour, which paled the walls to grey).
            FogDensity = 0,
            SkyZenith = Vector3.Lerp(e.SkyZenith, new Vector3(0.16f, 0.32f, 0.72f), 0.7f),
            SkyHorizon = Vector3.Lerp(e.SkyHorizon, new Vector3(0.58f, 0.7f, 0.88f), 0.7f),
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
        float HalfWidth(float s) => (80 + 0.12f * s) * (1 - 0.9f * Terrain.Smooth(HeadStart, HeadEnd, s));
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
            // Snow lies above a ragged snow line on all but the sheerest faces: rock walls streaked with snow gullies.
            var snowLine = 70 + 0.05f * s + 25 * MathF.Sin(0.05f * at.X + 0.03f * s);
            if (at.Y > snowLine && up > 0.55f) return Palette.SnowCover;
            return up < Terrain.SteepUp ? DarkRock : Moraine;
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
        // Two medial moraines down the ice, from where the walls close in to the snout.
        var stripes = d.Layer("moraines", cx);
        foreach (var side in (ReadOnlySpan<float>)[-0.35f, 0.3f])
        {
            // Rubble thins and spreads as it goes, so the stripe's width wanders rather than running like a road.
            var phase = d.Range(0, MathF.Tau);
            WaterKit.DrapeAlongZ(stripes, MedialMoraine, z => Middle(back - z) + side * HalfWidth(back - z),
                z => (2 + 0.012f * (back - z)) * (0.75f + 0.25f * MathF.Sin(0.04f * (back - z) + phase)), Height, back - HeadStart, back - 2, 0.3f, 6);
        }
        // Boulders the ice carries down.
        Sets.WildSets.OnSlope(d, "boulders", Rocks.Grey, Height, 14, back - 1, back - 40, 0.5f, 1.5f, Rocks.Radius);
        // The view: straight up the ice between its walls to the peaks at its head, from high enough over it (the box stands
        // in the air above the ice) that the ice is seen from above, with sky over the peaks.
        d.Vista = new Vista(new(Middle(200) - 60, 40, back - 230), new(Middle(200) + 60, 120, back - 170)) { AzimuthDeg = 0 };
    }
}
