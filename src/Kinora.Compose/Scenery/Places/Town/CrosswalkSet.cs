using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// A zebra crossing: a two-lane road runs away from the camera (along Z) and the crossing lies across it under the
/// action, so a walker going along X walks over the white bars. Dropped kerbs at its ends, raised pavements
/// elsewhere, a stop line with a car waiting at it, traffic lights with pedestrian signals on the far corners,
/// street blocks on both sides of the road. The bars run along the road, which from the camera's side reads as the
/// unmistakable striped band.
/// </summary>
internal static class CrosswalkSet
{
    private const float RoadHalf = 5.5f, ZebraHalfDepth = 2.0f;
    private static readonly Material SignalBox = Paints.Srgb(30, 32, 30, 0.5f, 0.2f, "signalbox");

    public static void Dress(SetDresser d)
    {
        var cx = d.Zone.CentreX;
        var zc = (d.Zone.Back + d.Zone.Front) / 2;
        var (zebraFar, zebraNear) = (zc - ZebraHalfDepth, zc + ZebraHalfDepth);
        // The road along Z and its markings; the band across it is flush paving beyond the kerbs.
        var road = d.Layer("road", cx);
        Landforms.Slab(road, Palette.Asphalt, cx - RoadHalf, cx + RoadHalf, -300, 120, 0.012f);
        var paint = d.Layer("road paint", cx);
        for (var x = cx - RoadHalf + 0.5f; x < cx + RoadHalf - 0.4f; x += 1.0f)
            Landforms.Slab(paint, Palette.RoadPaint, x, x + 0.5f, zebraFar, zebraNear, 0.02f, 0.01f);
        Landforms.Slab(paint, Palette.RoadPaint, cx - RoadHalf + 0.3f, cx, zebraFar - 1.3f, zebraFar - 0.9f, 0.02f, 0.01f); // stop line
        Landforms.Slab(paint, Palette.RoadPaint, cx, cx + RoadHalf - 0.3f, zebraNear + 0.9f, zebraNear + 1.3f, 0.02f, 0.01f);
        for (var z = zebraFar - 2f; z > -300; z -= 6) // dashed centre line, solid near the crossing
            Landforms.Slab(paint, Palette.RoadPaint, cx - 0.07f, cx + 0.07f, z - (z > zebraFar - 20 ? 6 : 3), z, 0.02f, 0.01f);
        for (var z = zebraNear + 2f; z < 120; z += 6)
            Landforms.Slab(paint, Palette.RoadPaint, cx - 0.07f, cx + 0.07f, z, z + 3, 0.02f, 0.01f);
        foreach (var s in new[] { -1f, 1f })
        {
            var kerb = cx + s * RoadHalf;
            var (x0, x1) = s < 0 ? (cx - 80, kerb) : (kerb, cx + 80);
            // Pavements behind and in front of the crossing raised a kerb high; at the crossing dropped flush.
            Side(d, x0, x1, -300, zebraFar - 0.5f, s);
            Side(d, x0, x1, zebraNear + 0.5f, 120, s);
            Landforms.Slab(d.Layer("pavement", kerb), Palette.Pavement, x0, x1, zebraFar - 0.5f, zebraNear + 0.5f, 0.015f, 0.02f);
            // Tactile paving at the dropped kerb.
            Landforms.Slab(d.Layer("pavement", kerb), Paints.Srgb(200, 150, 60, 0.8f, 0, "tactile"), s < 0 ? kerb - 1.2f : kerb, s < 0 ? kerb : kerb + 1.2f, zebraFar, zebraNear, 0.02f, 0.02f);
            Signal(d, new Vector3(kerb + s * 0.7f, 0.15f, d.Zone.Back - 0.6f), s);
            // Street blocks facing the crossing, either side of the road, their fronts behind the band.
            var front = d.Zone.Back - 5.5f;
            for (var x = s < 0 ? cx - RoadHalf - 4.5f : cx + RoadHalf + 4.5f; MathF.Abs(x - cx) < 75;)
            {
                var width = d.Range(8, 14);
                var left = s < 0 ? x - width : x;
                Buildings.Add(d, left, width - 0.2f, (int)d.Range(3, 7.99f) * Buildings.FloorHeight + 0.6f, 14, front);
                x += s * width;
            }
            // Side walls of the blocks along the road, so the road is a street receding between buildings.
            for (var z = front; z > -150;)
            {
                var depth = d.Range(10, 18);
                var h = d.Range(10, 24);
                TownPaint.Box(d, "buildings", d.Chance(0.5f) ? TownPaint.Brick : TownPaint.Concrete, new Vector3(cx + s * (RoadHalf + 4.5f + 7), h / 2, z - depth / 2), new Vector3(7, h / 2, depth / 2 - 0.1f));
                z -= depth;
            }
        }
        // Traffic: a car waiting at the stop line facing the camera, another behind it.
        TownPaint.Car(d, new Vector3(cx - RoadHalf / 2, 0, zebraFar - 4.0f), -MathF.PI / 2, 12);
        TownPaint.Car(d, new Vector3(cx - RoadHalf / 2, 0, zebraFar - 10.5f), -MathF.PI / 2, 12);
        TownPaint.Lamps(d, cx + RoadHalf + 1.0f, cx + RoadHalf + 1.1f, d.Zone.Back - 14, 10, 0.15f, -MathF.PI / 2);
        TownPaint.Lamps(d, cx - RoadHalf - 1.1f, cx - RoadHalf - 1.0f, d.Zone.Back - 30, 10, 0.15f, MathF.PI / 2);
        d.Vista = new Vista(new(cx - 8, 0, d.Zone.Back - 9), new(cx + 8, 4.5f, zebraNear + 1));
    }

    private static void Side(SetDresser d, float x0, float x1, float z0, float z1, float s)
    {
        var k = d.Layer("pavement", (x0 + x1) / 2);
        Landforms.Slab(k, Palette.Pavement, x0, x1, z0, z1, 0.15f, 0.2f);
        var kerb = s < 0 ? x1 : x0;
        Landforms.Slab(k, Palette.Kerb, kerb - 0.1f, kerb + 0.1f, z0, z1, 0.16f, 0.2f);
    }

    /// <summary>A traffic-light pole on the far corner: a vehicle signal facing +Z (red, amber, green), a pedestrian
    /// signal facing across the road (a red standing figure lit), a push-button box.</summary>
    private static void Signal(SetDresser d, Vector3 foot, float s)
    {
        if (!d.Zone.Behind(foot, 0.3f)) return;
        var k = d.Layer("signals", foot.X);
        k.Paint(Palette.PostMetal).Rod(foot, foot + new Vector3(0, 3.6f, 0), 0.07f, 0.06f, 8);
        var head = foot + new Vector3(0, 3.1f, 0.2f);
        k.Paint(SignalBox).Box(head, new Vector3(0.17f, 0.5f, 0.14f));
        var on = d.Chance(0.5f) ? 0 : 2;
        Material[] lamps = [Palette.Glow(255, 40, 30, 3, "signalred"), Palette.Glow(255, 170, 20, 3, "signalamber"), Palette.Glow(40, 255, 120, 3, "signalgreen")];
        for (var i = 0; i < 3; i++)
            k.Paint(i == on ? lamps[i] : Paints.Srgb(40, 40, 40, 0.3f, 0, "signaloff")).Cylinder(Matrix4x4.CreateScale(0.11f, 0.02f, 0.11f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(head + new Vector3(0, 0.32f - i * 0.32f, 0.15f)), 1, 10);
        // The pedestrian head faces across the crossing (towards −s·X), its lit figure on the face.
        var ped = foot + new Vector3(-s * 0.15f, 2.3f, 0);
        k.Paint(SignalBox).Box(ped, new Vector3(0.12f, 0.3f, 0.17f));
        var man = on == 0 ? Palette.Glow(40, 255, 140, 3, "walkgreen") : Palette.Glow(255, 50, 30, 3, "walkred");
        k.Paint(man).Box(ped + new Vector3(-s * 0.13f, on == 0 ? -0.1f : 0.1f, 0), new Vector3(0.01f, 0.1f, 0.07f));
        k.Paint(SignalBox).Box(foot + new Vector3(0, 1.1f, 0.1f), new Vector3(0.07f, 0.12f, 0.05f));
        // A white band round the pole at knee height: it catches the eye in the dark.
        k.Paint(Paints.Srgb(250, 250, 250, 0.4f, 0, "stripepole")).Box(foot + new Vector3(0, 0.9f, 0), new Vector3(0.075f, 0.15f, 0.075f));
    }
}
