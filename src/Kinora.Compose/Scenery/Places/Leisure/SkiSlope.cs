using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A ski slope seen from its foot: a groomed snowfield under the action rising away into a piste between walls of
/// snow-laden pines, a chairlift climbing it on steel pylons with chairs hanging from the cable, orange piste
/// markers down both edges, a lift station at the bottom, and snowy peaks beyond.
/// </summary>
public static class SkiSlope
{
    private static readonly Material Groomed = Paints.Srgb(238, 242, 250, 0.75f, 0, "pistesnow");
    private static readonly Material Corduroy = Paints.Srgb(205, 215, 235, 0.7f, 0, "corduroy");
    private static readonly Material Steel = Paints.Srgb(150, 155, 165, 0.4f, 0.7f, "liftsteel");
    private static readonly Material Cable = Paints.Srgb(40, 40, 45, 0.5f, 0.5f, "liftcable");
    private static readonly Material Chair = Paints.Srgb(30, 60, 140, 0.5f, 0, "liftchair");
    private static readonly Material Marker = Paints.Srgb(245, 110, 20, 0.5f, 0, "pistemarker");
    private static readonly Material Hut = Paints.Srgb(130, 85, 50, 0.7f, 0, "huttimber") with { Pattern = "wood" };

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        var foot = back - 3;
        var (p1, p2) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        // The slope: level at its foot, steepening to ~20° and rolling across; the piste dips a little between the
        // wooded banks, which rise to either side.
        float Slope(float x, float z)
        {
            var s = MathF.Max(0, foot - z);
            var climb = 48 * Props.Terrain.Smooth(0, 170, s) + 0.03f * s; // a run of ~150 m to a crest, sky and peaks over it
            var banks = Props.Terrain.Smooth(14, 40, MathF.Abs(x - cx - 2)) * Props.Terrain.Smooth(0, 30, s) * 10;
            return climb + banks + 1.5f * MathF.Sin(0.04f * x + p1) * Props.Terrain.Smooth(0, 40, s) + 0.8f * MathF.Sin(0.05f * z + p2) * Props.Terrain.Smooth(0, 40, s);
        }
        Props.Terrain.Heightfield(d, "slope", Groomed, Slope, cx - 150, cx + 150, foot - 320, foot, 4);
        // The flat at the bottom, under the action and in front of the camera (the family's floor is a small patch).
        var k = d.Layer("snowfield", cx);
        Landforms.Slab(k, Groomed, d.Left - 80, d.Right + 80, foot, d.Zone.Front + 45, 0.01f, 0.02f);
        // Groomer's corduroy: faint blue-grey stripes up the piste's foot.
        for (var x = cx - 10f; x < cx + 14; x += 1.6f)
            Landforms.Slab(k, Corduroy, x, x + 0.35f, foot, back + 0.5f, 0.013f, 0.003f);
        // Peaks beyond the top of the slope.
        foreach (var (dx, scale, dz) in new[] { (-220f, 1.0f, -520f), (60f, 1.3f, -600f), (300f, 0.9f, -540f) })
            d.Lay("peaks", Landforms.Peak(true), Matrix4x4.CreateScale(240 * scale, 230 * scale, 180 * scale) * Matrix4x4.CreateTranslation(cx + dx, -10, foot + dz));
        // The chairlift up the right of the piste: pylons every 28 m, two cables, chairs every 11 m on each.
        var liftX = cx + 9;
        var lift = d.Layer("lift", liftX);
        var pylons = new List<Vector3>();
        for (var s = 10f; s < 250; s += 28)
        {
            var z = foot - s;
            var y = Slope(liftX, z);
            var top = new Vector3(liftX, y + 10, z);
            lift.Paint(Steel).Rod(new Vector3(liftX, y - 0.5f, z), top, 0.42f, 0.3f, 8);
            lift.Paint(Steel).Box(top + new Vector3(0, 0.2f, 0), new Vector3(2.6f, 0.18f, 0.25f));
            foreach (var side in new[] { -2.3f, 2.3f })
                lift.Paint(Cable).Cylinder(Matrix4x4.CreateScale(0.35f, 0.12f, 0.35f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(top + new Vector3(side, -0.05f, 0)), 1, 10);
            pylons.Add(top);
        }
        for (var i = 0; i + 1 < pylons.Count; i++)
            foreach (var side in new[] { -2.3f, 2.3f })
            {
                var (a, b) = (pylons[i] + new Vector3(side, -0.2f, 0), pylons[i + 1] + new Vector3(side, -0.2f, 0));
                lift.Paint(Cable).Rod(a, b, 0.03f, 0.03f, 4);
                for (var t = side < 0 ? 0.2f : 0.6f; t < 1; t += 0.4f)
                {
                    var grip = Vector3.Lerp(a, b, t);
                    var seat = grip - new Vector3(0, 2.2f, 0);
                    lift.Paint(Steel).Rod(grip, seat + new Vector3(0, 0.5f, 0.3f), 0.03f, 0.03f, 4);
                    lift.Paint(Chair).Box(seat, new Vector3(0.9f, 0.06f, 0.25f));
                    lift.Paint(Chair).Box(seat + new Vector3(0, 0.35f, 0.25f), new Vector3(0.9f, 0.3f, 0.04f));
                    lift.Paint(Steel).Rod(seat + new Vector3(-0.9f, 0.45f, -0.35f), seat + new Vector3(0.9f, 0.45f, -0.35f), 0.02f, 0.02f, 4);
                }
            }
        // The lift's bottom station: a timber hut with a snowy roof beside the first pylon.
        var hut = new Kit();
        hut.Paint(Hut).Box(new Vector3(0, 1.6f, 0), new Vector3(3, 1.6f, 2.2f));
        hut.Paint(Palette.WindowGlass).Box(new Vector3(0, 1.8f, 2.21f), new Vector3(2, 0.5f, 0.02f));
        hut.Paint(Palette.SnowCover).Box(new Vector3(0, 3.5f, 0), new Vector3(3.5f, 0.3f, 2.7f));
        d.Put("lift hut", hut, new Vector3(liftX + 7, 0, foot - 4), 0, 1, 3);
        // Piste markers: orange poles down both edges.
        for (var s = 4f; s < 200; s += 14)
            foreach (var edge in new[] { cx - 13f, cx + 16f })
            {
                var z = foot - s;
                var y = Slope(edge, z);
                var pole = new Kit();
                pole.Paint(Marker).Rod(new Vector3(0, -0.3f, 0), new Vector3(0, 1.8f, 0), 0.05f, 0.05f, 5);
                d.Put("markers", pole, new Vector3(edge, y, z), 0, 1, 0.05f);
            }
        // Pines: a dark wall along each edge of the piste (what draws the run on a white hill), thinning outwards.
        for (var s = 3f; s < 230; s += 4.5f)
            foreach (var (edge, outward) in new[] { (cx - 15f, -1f), (cx + 20f, 1f) })
                for (var j = 0; j < 2; j++)
                {
                    var x = edge + outward * (j * 5 + d.Range(0, 4));
                    var z = foot - s - d.Range(0, 3);
                    d.Put("pines", Trees.SnowyConifer, new Vector3(x, Slope(x, z) - 0.4f, z), d.Range(0, MathF.Tau), d.Range(1.3f, 2.0f), Trees.ConiferRadius);
                }
        for (var i = 0; i < 70; i++)
        {
            var left = i % 2 == 0;
            var x = left ? d.Range(cx - 120, cx - 26) : d.Range(cx + 31, cx + 130);
            var z = d.Range(foot - 240, foot - 2);
            d.Put("pines", Trees.SnowyConifer, new Vector3(x, Slope(x, z) - 0.4f, z), d.Range(0, MathF.Tau), d.Range(1.2f, 2.0f), Trees.ConiferRadius);
        }
        // The empty view: the foot of the run and its first 60 m of climb, with headroom for the sky over the crest.
        d.Vista = new Vista(new Vector3(cx - 18, 0, foot - 80), new Vector3(cx + 22, Slope(cx, foot - 80) + 16, back - 1));
    }
}
