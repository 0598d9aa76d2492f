using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// The sky itself: fair-weather cumulus, heaped white tops over flat grey bases, in a deck a hundred metres up and
/// towers rising above it, with the land far below. The view is taken from among the clouds, so they, not the
/// ground, fill the frame under a deep blue. Clouds glow a little of their own (sunlit water droplets scatter light
/// into their shaded sides), so their undersides are grey, never black.
/// </summary>
public static class SkySet
{
    /// <summary>m; the cloud deck's base.</summary>
    public const float Base = 110;

    private static readonly Material CloudTop = Paints.Srgb(250, 250, 252, 0.95f, 0, "cloud") with { Emission = new(0.14f, 0.14f, 0.15f), CastsShadow = false };
    private static readonly Material CloudBase = Paints.Srgb(196, 200, 210, 0.95f, 0, "cloudbase") with { Emission = new(0.07f, 0.07f, 0.08f), CastsShadow = false };

    private static readonly Kit[] Cumulus = [MakeCumulus(0), MakeCumulus(1), MakeCumulus(2)];

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        // Clouds from near overhead to the horizon, larger and sparser with distance; each ~1 unit = 1 m before scale.
        for (var i = 0; i < 55; i++)
        {
            var depth = d.Range(150, 1400);
            var at = new Vector3(cx + d.Range(-0.9f, 0.9f) * (200 + depth), Base + d.Range(-10, 60), d.Zone.Back - depth);
            d.Lay("clouds", Cumulus[d.Pick(3)], Kit.At(at, d.Range(0, MathF.Tau), d.Range(18, 45) * (1 + depth / 1400)));
        }
        d.Vista = new Vista(new(cx - 120, Base + 20, d.Zone.Back - 420), new(cx + 120, Base + 150, d.Zone.Back - 380));
    }

    /// <summary>Looking level from among the clouds, the frame is the sky near the horizon: a deeper blue there than
    /// the pale haze seen from the ground, or the sky reads as fog.</summary>
    public static WorldEnvironment Air(WorldEnvironment e) =>
        e with { SkyHorizon = Vector3.Lerp(e.SkyHorizon, e.SkyZenith, 0.6f), SkyZenith = e.SkyZenith * 0.9f };

    /// <summary>A cumulus ~2 m across and 1.2 m tall at scale 1: a flat grey base and heaped lobes above it.</summary>
    private static Kit MakeCumulus(int variant)
    {
        var k = new Kit();
        k.Paint(CloudBase).Ellipsoid(new Vector3(0, 0.12f, 0), new Vector3(1.1f, 0.14f, 0.8f), 0, variant, 12, 4);
        for (var i = 0; i < 7; i++)
        {
            var a = i * 2.4f + variant * 0.9f;
            var r = i == 0 ? 0 : 0.35f + 0.3f * (i % 3) / 2;
            var size = i == 0 ? 0.6f : 0.45f - 0.05f * (i % 3);
            k.Paint(CloudTop).Ellipsoid(new Vector3(r * MathF.Cos(a), 0.25f + size * 0.8f + (i == 0 ? 0.25f : 0), r * 0.7f * MathF.Sin(a)),
                new Vector3(size, size * 0.85f, size * 0.9f), 0, a, 8, 5);
        }
        return k;
    }
}
