using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A bakery's pieces: loaves (round boules, long baguettes, plaited-looking batons) and a glass display counter of
/// cakes and pastries, and a wall rack of wooden shelves stacked with bread and baskets. Faces +Z, foot at the origin.
/// </summary>
internal static class BakeryProps
{
    private static readonly Material Crust = Paints.Srgb(190, 120, 55, 0.7f, 0, "crust");
    private static readonly Material DarkCrust = Paints.Srgb(140, 80, 35, 0.7f, 0, "darkcrust");
    private static readonly Material PaleCrust = Paints.Srgb(220, 170, 100, 0.7f, 0, "palecrust");
    private static readonly Material Pine = Paints.Srgb(190, 145, 95, 0.6f, 0, "rackpine") with { Pattern = "wood" };
    private static readonly Material Wicker = Paints.Srgb(170, 125, 70, 0.9f, 0, "wicker") with { Pattern = "fabric" };
    private static readonly Material CaseGlass = Paints.Srgb(210, 225, 230, 0.03f, 0, "caseglass") with { Pattern = "glass" };
    private static readonly Material CaseBody = Paints.Srgb(245, 240, 230, 0.4f, 0, "casebody");
    private static readonly Material[] Icing =
    [
        Paints.Srgb(245, 200, 210, 0.5f, 0, "icingpink"), Paints.Srgb(250, 245, 235, 0.5f, 0, "icingwhite"),
        Paints.Srgb(110, 60, 35, 0.4f, 0, "icingchoc"), Paints.Srgb(200, 40, 50, 0.4f, 0, "icingberry"),
    ];

    /// <summary>A loaf of kind <paramref name="kind"/> (0 boule, 1 baguette, 2 baton) at <paramref name="at"/>.</summary>
    private static void Loaf(Kit k, int kind, Vector3 at, float yaw)
    {
        switch (kind % 3)
        {
            case 0: k.Paint(DarkCrust).Ellipsoid(at + new Vector3(0, 0.06f, 0), new Vector3(0.11f, 0.07f, 0.11f), 0, yaw, 10, 6); break;
            case 1: k.Paint(PaleCrust).Capsule(at + new Vector3(-0.28f, 0.035f, 0), at + new Vector3(0.28f, 0.035f, 0), 0.035f, 0.035f, 7); break;
            default: k.Paint(Crust).Ellipsoid(at + new Vector3(0, 0.05f, 0), new Vector3(0.16f, 0.06f, 0.08f), 0, yaw, 10, 6); break;
        }
    }

    /// <summary>A wall rack 1.2 m wide, 2 m high: four pine shelves of loaves, a basket of baguettes standing on top.</summary>
    public static Kit Rack(int seed)
    {
        var k = new Kit();
        var r = new SeededRandom(seed, "breadrack");
        foreach (var x in new[] { -0.58f, 0.58f }) k.Paint(Pine).Box(new Vector3(x, 1.0f, 0.2f), new Vector3(0.025f, 1.0f, 0.2f));
        for (var s = 0; s < 4; s++)
        {
            var y = 0.35f + s * 0.45f;
            k.Paint(Pine).Box(new Vector3(0, y, 0.2f), new Vector3(0.58f, 0.015f, 0.2f));
            var kind = r.Range(0, 3) < 1 ? 0 : r.Range(0, 2) < 1 ? 2 : 0;
            for (var x = -0.45f; x <= 0.46f; x += kind == 0 ? 0.23f : 0.34f)
                Loaf(k, kind, new Vector3(x, y + 0.015f, 0.2f + r.RangeF(-0.05f, 0.05f)), r.RangeF(-0.3f, 0.3f));
        }
        k.Paint(Wicker).Cylinder(Matrix4x4.CreateScale(0.18f, 0.15f, 0.15f) * Matrix4x4.CreateTranslation(0, 2.17f, 0.2f), 1.2f, 10);
        for (var i = 0; i < 5; i++)
            k.Paint(PaleCrust).Capsule(new Vector3(-0.08f + i * 0.04f, 2.1f, 0.2f + (i % 2) * 0.04f), new Vector3(-0.15f + i * 0.07f, 2.65f, 0.22f), 0.03f, 0.03f, 6);
        return k;
    }

    /// <summary>A glass display counter <paramref name="length"/> m long, 1.1 m high: two glass shelves of cakes,
    /// tarts, doughnuts and pastries behind a sloping glass front, lit inside.</summary>
    public static Kit Counter(float length, int seed)
    {
        var k = new Kit();
        var r = new SeededRandom(seed, "cakecase");
        var hl = length / 2;
        k.Paint(CaseBody).Box(new Vector3(0, 0.3f, 0), new Vector3(hl, 0.3f, 0.4f));
        k.Paint(CaseBody).Box(new Vector3(0, 1.12f, -0.15f), new Vector3(hl, 0.02f, 0.25f));
        k.Paint(Palette.Glow(255, 240, 215, 1.5f, "caselight")).Box(new Vector3(0, 1.095f, -0.1f), new Vector3(hl - 0.05f, 0.005f, 0.05f));
        foreach (var (y, z0) in new[] { (0.62f, 0.0f), (0.88f, -0.12f) })
        {
            k.Paint(CaseGlass).Box(new Vector3(0, y - 0.01f, z0 - 0.05f), new Vector3(hl, 0.006f, 0.3f));
            for (var x = -hl + 0.2f; x < hl - 0.15f; x += r.RangeF(0.3f, 0.4f))
            {
                var at = new Vector3(x, y, z0 - 0.05f);
                var icing = Icing[(int)(r.NextDouble() * Icing.Length) % Icing.Length];
                switch ((int)(r.NextDouble() * 3))
                {
                    case 0: // a layer cake
                        k.Paint(PaleCrust).Cylinder(Matrix4x4.CreateScale(0.12f, 0.05f, 0.12f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.05f, 0)), 1, 14);
                        k.Paint(icing).Cylinder(Matrix4x4.CreateScale(0.125f, 0.03f, 0.125f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.12f, 0)), 1, 14);
                        k.Paint(Icing[3]).Sphere(Matrix4x4.CreateScale(0.02f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.16f, 0)), 6, 4);
                        break;
                    case 1: // doughnuts in a row
                        for (var i = 0; i < 3; i++)
                            k.Paint(icing).Torus(0.035f, 0.02f, Matrix4x4.CreateTranslation(at + new Vector3(-0.09f + i * 0.09f, 0.02f, 0)), 12, 6);
                        break;
                    default: // croissants
                        for (var i = 0; i < 3; i++)
                            k.Paint(Crust).Ellipsoid(at + new Vector3(-0.09f + i * 0.09f, 0.025f, 0), new Vector3(0.045f, 0.025f, 0.03f), 0, 0.4f * i, 8, 5);
                        break;
                }
            }
        }
        k.Paint(CaseGlass).Box(Matrix4x4.CreateScale(hl, 0.28f, 0.005f) * Matrix4x4.CreateRotationX(-0.35f) * Matrix4x4.CreateTranslation(0, 0.86f, 0.33f));
        foreach (var s in new[] { -1f, 1f }) k.Paint(CaseGlass).Box(new Vector3(s * hl, 0.86f, -0.05f), new Vector3(0.005f, 0.26f, 0.38f));
        return k;
    }
}
