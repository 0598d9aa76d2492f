using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A divided highway: two carriageways of three lanes with hard shoulders, a concrete median barrier, dashed lane
/// lines and solid edge lines, steel guardrails, grass verges and tree belts, tall double-armed lamps on the median,
/// a green overhead sign gantry and traffic. Built in its own frame (road along X, the near carriageway towards +Z);
/// with someone cast that frame is the world's, the action on the near carriageway and traffic on the far one; with
/// nobody cast it is turned a quarter so the road runs away from the camera, the highway photograph's vanishing
/// lanes, with the gantry facing the lens.
/// </summary>
internal static class HighwaySet
{
    private const float Lane = 3.6f, Inner = 1.0f, Shoulder = 14.5f, Verge = 15.2f;
    private static readonly Material Barrier = Paints.Srgb(185, 182, 175, 0.9f, 0, "jersey");
    private static readonly Material Rail = Paints.Srgb(175, 178, 182, 0.35f, 0.8f, "guardrail");

    public static void Dress(SetDresser d, PlaceContext ctx)
    {
        var cast = ctx.Cast.Count > 0;
        var cx = d.Zone.CentreX;
        // Frame: local → world. With a cast the median lies 1.2 m behind the band, the near carriageway under it.
        var frame = cast
            ? Matrix4x4.CreateTranslation(cx, 0, d.Zone.Back - 1.2f)
            : Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(cx - 8, 0, 24);
        var layers = new Dictionary<string, Kit>();
        Kit L(string kind) => layers.TryGetValue(kind, out var k) ? k : layers[kind] = new Kit();
        var (x0, x1) = cast ? (-140f, 220f) : (-40f, 420f);

        var road = L("road");
        Landforms.Slab(road, Palette.Asphalt, x0, x1, -Shoulder, Shoulder, 0.012f);
        Landforms.Slab(road, TownPaint.Concrete, x0, x1, -0.6f, 0.6f, 0.02f, 0.02f);
        foreach (var s in new[] { -1f, 1f })
        {
            Landforms.Slab(road, TownPaint.Lawn, x0, x1, s < 0 ? -90 : Shoulder, s < 0 ? -Shoulder : 90, 0.01f, 0.01f);
            foreach (var z in new[] { Inner, Inner + 3 * Lane })
                Landforms.Slab(road, Palette.RoadPaint, x0, x1, s * z - 0.1f, s * z + 0.1f, 0.02f, 0.01f);
            for (var lane = 1; lane < 3; lane++)
                for (var x = x0; x < x1; x += 12)
                    Landforms.Slab(road, Palette.RoadPaint, x, x + 4, s * (Inner + lane * Lane) - 0.08f, s * (Inner + lane * Lane) + 0.08f, 0.02f, 0.01f);
        }
        // The median: a jersey barrier, a narrower top on a wide foot.
        var barrier = L("barriers");
        for (var x = x0; x < x1; x += 40)
        {
            barrier.Paint(Barrier).Box(new Vector3(x + 20, 0.2f, 0), new Vector3(20, 0.2f, 0.32f));
            barrier.Paint(Barrier).Box(new Vector3(x + 20, 0.6f, 0), new Vector3(20, 0.25f, 0.12f));
        }
        foreach (var s in cast ? [-1f] : new[] { -1f, 1f })
            GuardRail(L("barriers"), x0, x1, s * Verge);
        // Lamps on the median every 45 m: a 12 m mast, an arm over each carriageway.
        // With a cast only the far arm: nothing may hang over the action's lanes.
        for (var x = x0 + 20; x < x1; x += 45) MedianLamp(L("lamps"), x, d.Dark, cast);
        Gantry(L("gantry"), cast ? -14 : 42, cast);

        // Tree belts beyond the verges.
        var trees = L("trees");
        foreach (var s in cast ? [-1f] : new[] { -1f, 1f })
            for (var x = cast ? x0 : -6; x < x1; x += d.Range(4, 9))
            {
                var z = s * d.Range(22, 40);
                Kit tree = d.Chance(0.6f) ? Trees.Conifer : Trees.Broadleaf;
                trees.Add(tree, Kit.At(new Vector3(x, 0, z), d.Range(0, MathF.Tau), d.Range(1.1f, 1.7f)));
            }
        // Traffic: cars in lanes (the far carriageway only when the near one is the cast's).
        var cars = L("traffic");
        for (var i = 0; i < (cast ? 8 : 12); i++)
        {
            var far = cast || d.Chance(0.5f);
            var lane = d.Pick(3);
            var z = (far ? -1 : 1) * (Inner + Lane * (lane + 0.5f));
            var x = cast ? d.Range(-50, 90) : d.Range(8, 160);
            var near = cast ? MathF.Abs(x) < 14 : x < 40;
            var car = near ? StreetLife.Car(d.Pick(StreetLife.CarVariants)) : ParkedCars.All[d.Pick(ParkedCars.All.Length)];
            cars.Add(car, Kit.At(new Vector3(x, 0, z), far ? MathF.PI : 0));
        }
        foreach (var (kind, kit) in layers) d.Lay(kind, kit, frame);
        if (d.Dark)
            for (var x = x0 + 20; x < MathF.Min(x1, 200); x += 45)
                foreach (var s in cast ? [-1f] : new[] { -1f, 1f })
                    d.Light(StreetProps.LampLight(Vector3.Transform(new Vector3(x, 11.6f, s * 4.5f), frame), 30) with { Range = 30 });
        d.Vista = cast
            ? new Vista(new(cx - 14, 0, d.Zone.Back - 16), new(cx + 14, 8, d.Zone.Back + 6))
            : new Vista(new(cx - 24, 0, -24), new(cx + 6, 9, 8));
    }

    private static void GuardRail(Kit k, float x0, float x1, float z)
    {
        for (var x = x0; x < x1; x += 40)
        {
            k.Paint(Rail).Box(new Vector3(x + 20, 0.62f, z), new Vector3(20, 0.16f, 0.04f));
            for (var p = x; p < x + 40; p += 4)
                k.Paint(Palette.PostMetal).Box(new Vector3(p, 0.4f, z - Math.Sign(z) * 0.12f), new Vector3(0.05f, 0.4f, 0.05f));
        }
    }

    private static void MedianLamp(Kit k, float x, bool dark, bool farOnly)
    {
        k.Paint(Palette.PostMetal).Rod(new Vector3(x, 0.8f, 0), new Vector3(x, 12, 0), 0.14f, 0.09f, 8);
        foreach (var s in farOnly ? [-1f] : new[] { -1f, 1f })
        {
            k.Paint(Palette.PostMetal).Rod(new Vector3(x, 11.8f, 0), new Vector3(x, 12.2f, s * 4.2f), 0.05f, 0.05f, 5);
            k.Paint(Palette.PostMetal).Box(new Vector3(x, 12.15f, s * 4.6f), new Vector3(0.2f, 0.09f, 0.45f));
            k.Paint(dark ? Palette.LampGlow : Palette.LampOff).Box(new Vector3(x, 12.05f, s * 4.6f), new Vector3(0.15f, 0.03f, 0.38f));
        }
    }

    /// <summary>A truss gantry at x over the road (its legs beyond the guardrails), green signs with white text
    /// lines facing −X; with a cast only a cantilever over the far carriageway, its signs facing +X (towards where
    /// the camera stands, off to the action's right).</summary>
    private static void Gantry(Kit k, float x, bool cantilever)
    {
        var (z0, z1) = cantilever ? (-Verge - 1.2f, -1.2f) : (-Verge - 1.2f, Verge + 1.2f);
        var steel = k.Paint(TownPaint.Steel);
        steel.Box(new Vector3(x, 4.3f, z0), new Vector3(0.3f, 4.3f, 0.3f));
        if (!cantilever) steel.Box(new Vector3(x, 4.3f, z1), new Vector3(0.3f, 4.3f, 0.3f));
        foreach (var y in new[] { 6.6f, 8.2f })
            steel.Box(new Vector3(x, y, (z0 + z1) / 2), new Vector3(0.12f, 0.12f, (z1 - z0) / 2));
        for (var z = z0; z < z1; z += 1.6f)
            steel.Rod(new Vector3(x, 6.6f, z), new Vector3(x, 8.2f, z + 1.6f), 0.04f, 0.04f, 4);
        var face = cantilever ? 0.2f : -0.2f;
        var signs = cantilever ? new[] { -9.5f, -4.0f } : [-9.5f, -4.0f, 4.0f, 9.5f];
        foreach (var zc in signs)
        {
            k.Paint(TownPaint.SignGreen).Box(new Vector3(x + face, 7.4f, zc), new Vector3(0.06f, 1.25f, 2.5f));
            k.Paint(TownPaint.SignText).Box(new Vector3(x + face * 1.35f, 7.4f, zc), new Vector3(0.01f, 1.17f, 2.42f)); // the white border…
            k.Paint(TownPaint.SignGreen).Box(new Vector3(x + face * 1.5f, 7.4f, zc), new Vector3(0.01f, 1.1f, 2.35f)); // …inside it green again
            for (var line = 0; line < 3; line++) // three lines of destinations
                k.Paint(TownPaint.SignText).Box(new Vector3(x + face * 1.7f, 8.05f - line * 0.55f, zc - 0.3f), new Vector3(0.01f, 0.13f, 1.5f - line * 0.3f));
            k.Paint(TownPaint.SignText).Box(new Vector3(x + face * 1.7f, 6.55f, zc + 1.4f), new Vector3(0.01f, 0.25f, 0.12f)); // the arrow's shaft
        }
    }
}
