using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// Times Square, New York, looking up Broadway: a wide street running away behind the action between towers of 50 to
/// 160 m whose lower ten storeys are walls of giant lit screens (billboards in saturated reds, blues, yellows and
/// magentas, each with darker bands of "content"), yellow cabs at the kerbs. The screens glow by day and by night
/// (emissive, as real ones outshine daylight). The street runs along the line the camera looks down (20° right of
/// +Z, so ~20° left of straight back from the action), and the screens are the <see cref="SetDresser.Backdrop"/>: the
/// camera keeps them in frame over a small cast.
/// </summary>
public static class TimesSquare
{
    private static readonly Material Glass = Paints.Srgb(60, 68, 80, 0.15f, 0.3f, "towerglass");
    private static readonly Material Stone = Paints.Srgb(120, 112, 104, 0.8f, 0, "towerstone");
    private static readonly Material Road = Paints.Srgb(48, 48, 50, 0.85f, 0, "broadway");
    private static readonly Material Dark = Paints.Srgb(16, 16, 20, 0.5f, 0, "screenframe");

    /// <summary>Billboard colours: saturated, as the square's screens are (sRGB).</summary>
    private static readonly (byte R, byte G, byte B)[] Screens =
        [(230, 30, 40), (30, 90, 230), (250, 210, 30), (220, 40, 180), (30, 200, 230), (245, 245, 245), (250, 120, 20), (40, 200, 90)];

    private static readonly Lazy<Kit> Cab = new(() =>
    {
        var random = new SeededRandom(5, "street/cab");
        var (shape, model, _) = AssetLibrary.Build(new CastMember { Id = "cab", Kind = "car", Traits = new Traits { Color = "yellow" } }, ref random);
        var front = AssetLibrary.Front("car");
        return Kit.FromModel(model, Matrix4x4.CreateTranslation(0, shape.HalfHeight, 0) * Matrix4x4.CreateRotationY(MathF.Atan2(front.Z, front.X)));
    });

    /// <summary>m; the street's half-width between the façades, and how far it runs.</summary>
    public const float HalfStreet = 16, Length = 300;

    /// <summary>m; how deep each tower runs back from its front.</summary>
    private const float TowerDepth = 30;

    /// <summary>Radians the street runs left of straight back (the camera's default bearing).</summary>
    private const float Angle = 0.35f;

    public static void Dress(SetDresser d, PlaceContext c)
    {
        var origin = new Vector3(d.Zone.CentreX, 0, (d.Zone.Back + d.Zone.Front) / 2);
        var along = new Vector3(-MathF.Sin(Angle), 0, -MathF.Cos(Angle));
        var right = new Vector3(-along.Z, 0, along.X);
        var yaw = MathF.Atan2(along.X, along.Z);
        var start = MathF.Max(10, (origin.Z - d.Zone.Back) / MathF.Cos(Angle) + 6);
        var mid = origin + along * (start + Length / 2);
        d.Layer("road", mid.X).Paint(Road).Box(mid + new Vector3(0, 0.01f, 0), new Vector3(9, 0.01f, Length / 2), 0, yaw);
        foreach (var side in new[] { -1f, 1f })
        {
            for (var s = start; s < Length;)
            {
                var w = d.Range(22, 36);
                var at = origin + along * (s + w / 2) + right * (side * HalfStreet);
                // The tower runs Depth back from the street, away from it: all of it must stand behind the action.
                var nearest = MathF.Max(at.Z, at.Z + side * right.Z * TowerDepth) + MathF.Abs(along.Z) * w / 2;
                if (nearest > d.Zone.Back - 1) { s += 4; continue; }
                Tower(d, at, MathF.Atan2(-side * right.X, -side * right.Z), w - 1);
                s += w;
            }
            // Yellow cabs along the kerb near the action, facing up the street (a cab is ~12k triangles: a few only).
            for (var s = start + 4; s < start + 50; s += d.Range(14, 18))
                d.Put("cabs", Cab.Value, origin + along * s + right * (side * 7.5f), yaw - MathF.PI / 2, 1, 2.4f);
        }
        // The screens the camera holds: both walls' lower 45 m over the first 140 m.
        var (a, b) = (origin + along * start, origin + along * (start + 140));
        var min = Vector3.Min(a, b) - new Vector3(HalfStreet, 0, HalfStreet);
        var max = Vector3.Max(a, b) + new Vector3(HalfStreet, 45, HalfStreet);
        max.Z = MathF.Min(max.Z, d.Zone.Back - 1); // what stands behind the action
        d.Backdrop = new Vista(min with { Y = 0 }, max);
        // Bare prompt: standing in the square looking up the street; framed from a three-quarter view above, the box put
        // the eye outside the blocks and the frame was two grey walls in a void.
        d.Vista = new Vista(min with { Y = 0 }, max) { FromGround = true };
    }

    /// <summary>A tower whose front (facing <paramref name="yaw"/>) has its foot's middle at <paramref name="at"/>: a glass
    /// or stone shaft, and its lower storeys hung with lit screens of seeded sizes and colours.</summary>
    private static void Tower(SetDresser d, Vector3 at, float yaw, float width)
    {
        var k = new Kit();
        var height = d.Range(50, 160);
        k.Paint(d.Chance(0.6f) ? Glass : Stone).Box(new Vector3(0, height / 2, -TowerDepth / 2), new Vector3(width / 2, height / 2, TowerDepth / 2));
        // Storey bands on the shaft, so it reads as a building rather than a slab.
        for (var y = 48f; y < height - 2; y += 4)
            k.Paint(Dark).Box(new Vector3(0, y, 0.05f), new Vector3(width / 2 - 0.5f, 0.25f, 0.05f));
        // Screens stacked up the lower façade, each a lit panel with darker bands across it.
        for (var y = 5f; y < MathF.Min(45, height - 5);)
        {
            var h = d.Range(6, 14);
            var w = width * d.Range(0.55f, 0.95f);
            var x = d.Range(-(width - w) / 2, (width - w) / 2);
            var (r, g, bl) = Screens[d.Pick(Screens.Length)];
            k.Paint(Dark).Box(new Vector3(x, y + h / 2, 0.3f), new Vector3(w / 2 + 0.4f, h / 2 + 0.4f, 0.3f));
            k.Paint(Palette.Glow(r, g, bl, 2.2f, "billboard")).Box(new Vector3(x, y + h / 2, 0.65f), new Vector3(w / 2, h / 2, 0.05f));
            var (r2, g2, b2) = Screens[d.Pick(Screens.Length)];
            k.Paint(Palette.Glow(r2, g2, b2, 1.6f, "billboard2")).Box(new Vector3(x - w * 0.15f, y + h * d.Range(0.3f, 0.7f), 0.72f), new Vector3(w * 0.3f, h * 0.14f, 0.02f));
            y += h + d.Range(0.8f, 3);
        }
        d.Layer("towers", at.X).Add(k, Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(at));
    }
}
