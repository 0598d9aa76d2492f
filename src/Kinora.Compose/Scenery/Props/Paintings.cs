using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// A framed painting that names itself as one at a glance: a moulded frame standing proud of the canvas, and on the
/// canvas an image rather than flat blocks — a landscape (sky, far hills, a field, a sun), a seascape (sky, sea, a
/// sail) or a still life (a table, a bowl, fruit), chosen and coloured by the seed. Faces +Z, centred at the origin,
/// w × h metres of canvas.
/// </summary>
public static class Paintings
{
    /// <summary>m the frame's moulding is wide and how far it stands out from the wall.</summary>
    private const float Moulding = 0.07f, FrameDepth = 0.05f;

    /// <summary>m of frame round the canvas on each side.</summary>
    public const float Border = Moulding;
    /// <summary>m from the frame's back to its front.</summary>
    public const float Depth = FrameDepth;

    private static readonly Material Gilt = Paints.Srgb(185, 145, 65, 0.35f, 0.8f, "giltframe");
    private static readonly Material Walnut = Paints.Srgb(70, 45, 30, 0.6f, 0, "walnutframe");

    public static Kit Framed(float w, float h, int seed)
    {
        var r = new SeededRandom(seed, "painting");
        var k = new Kit();
        var frame = k.Paint(r.NextDouble() < 0.5 ? Gilt : Walnut);
        var (hw, hh) = (w / 2, h / 2);
        // Four bars, so the canvas sits recessed inside the frame and the moulding catches light on its edges.
        frame.Box(new Vector3(0, hh + Moulding / 2, 0), new Vector3(hw + Moulding, Moulding / 2, FrameDepth / 2));
        frame.Box(new Vector3(0, -hh - Moulding / 2, 0), new Vector3(hw + Moulding, Moulding / 2, FrameDepth / 2));
        frame.Box(new Vector3(hw + Moulding / 2, 0, 0), new Vector3(Moulding / 2, hh, FrameDepth / 2));
        frame.Box(new Vector3(-hw - Moulding / 2, 0, 0), new Vector3(Moulding / 2, hh, FrameDepth / 2));
        const float z = 0.005f; // the canvas face, just behind the frame's front (at FrameDepth / 2)
        switch ((int)(r.NextDouble() * 3))
        {
            case 0: Landscape(k, hw, hh, z, ref r); break;
            case 1: Seascape(k, hw, hh, z, ref r); break;
            default: StillLife(k, hw, hh, z, ref r); break;
        }
        return k;
    }

    private static Material Oil(ref SeededRandom r, int rMin, int rMax, int gMin, int gMax, int bMin, int bMax, string name) =>
        Paints.Srgb((byte)r.Range(rMin, rMax), (byte)r.Range(gMin, gMax), (byte)r.Range(bMin, bMax), 0.85f, 0, name);

    /// <summary>A flat patch on the canvas at depth layer <paramref name="layer"/> (later layers lie over earlier).</summary>
    private static void Patch(Kit k, Material m, Vector3 centre, Vector3 half, int layer) =>
        k.Paint(m).Box(centre with { Z = centre.Z + layer * 0.002f }, half with { Z = 0.001f });

    /// <summary>A flattened disc (sun, fruit, hill crest) on the canvas.</summary>
    private static void Disc(Kit k, Material m, float x, float y, float z, float rx, float ry, int layer) =>
        k.Paint(m).Cylinder(Matrix4x4.CreateScale(rx, 0.001f, ry) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, y, z + layer * 0.002f), 1, 20);

    private static void Landscape(Kit k, float hw, float hh, float z, ref SeededRandom r)
    {
        var horizon = (float)r.Range(-0.25, 0.1) * hh;
        Patch(k, Oil(ref r, 120, 200, 160, 215, 200, 245, "sky"), new Vector3(0, 0, z), new Vector3(hw, hh, 0), 0);
        Disc(k, Oil(ref r, 240, 255, 200, 235, 90, 150, "sun"), (float)r.Range(-0.6, 0.6) * hw, hh * 0.55f, z, hh * 0.14f, hh * 0.14f, 1);
        // Far hills: blue-grey humps, their lower halves hidden by the field.
        var hills = Oil(ref r, 80, 120, 100, 140, 120, 160, "hills");
        for (var i = 0; i < 3; i++)
            Disc(k, hills, (float)r.Range(-0.8, 0.8) * hw, horizon, z, (float)r.Range(0.3, 0.6) * hw, (float)r.Range(0.2, 0.4) * hh, 2);
        Patch(k, Oil(ref r, 60, 130, 110, 170, 30, 70, "field"), new Vector3(0, (horizon - hh) / 2, z), new Vector3(hw, (horizon + hh) / 2, 0), 3);
        // A dark tree on the field.
        var tx = (float)r.Range(-0.7, 0.7) * hw;
        Patch(k, Paints.Srgb(70, 50, 35, 0.9f, 0, "trunk"), new Vector3(tx, horizon - 0.05f * hh, z), new Vector3(0.015f * hw + 0.004f, 0.12f * hh, 0), 4);
        Disc(k, Paints.Srgb(35, 75, 40, 0.9f, 0, "crown"), tx, horizon + 0.15f * hh, z, 0.12f * hw, 0.16f * hh, 5);
    }

    private static void Seascape(Kit k, float hw, float hh, float z, ref SeededRandom r)
    {
        var horizon = (float)r.Range(-0.1, 0.2) * hh;
        Patch(k, Oil(ref r, 170, 235, 180, 225, 190, 240, "dusk"), new Vector3(0, 0, z), new Vector3(hw, hh, 0), 0);
        Disc(k, Oil(ref r, 245, 255, 170, 220, 90, 140, "sun"), (float)r.Range(-0.5, 0.5) * hw, horizon + 0.25f * hh, z, hh * 0.16f, hh * 0.16f, 1);
        Patch(k, Oil(ref r, 20, 60, 60, 110, 110, 170, "sea"), new Vector3(0, (horizon - hh) / 2, z), new Vector3(hw, (horizon + hh) / 2, 0), 2);
        // A sailing boat: a dark hull and a white triangle of sail.
        var bx = (float)r.Range(-0.5, 0.5) * hw;
        var boat = horizon - 0.25f * hh;
        Patch(k, Paints.Srgb(60, 35, 25, 0.8f, 0, "hull"), new Vector3(bx, boat, z), new Vector3(0.12f * hw, 0.03f * hh, 0), 3);
        k.Paint(Paints.Srgb(240, 236, 225, 0.8f, 0, "sail")).Extrude([new(0, 0), new(0.1f * hw, 0), new(0, 0.3f * hh)], 0.002f,
            Matrix4x4.CreateTranslation(bx - 0.02f * hw, boat + 0.03f * hh, z + 0.008f));
    }

    private static void StillLife(Kit k, float hw, float hh, float z, ref SeededRandom r)
    {
        var table = -0.3f * hh;
        Patch(k, Oil(ref r, 40, 90, 30, 70, 25, 60, "ground"), new Vector3(0, 0, z), new Vector3(hw, hh, 0), 0);
        Patch(k, Oil(ref r, 120, 170, 80, 120, 50, 80, "table"), new Vector3(0, (table - hh) / 2, z), new Vector3(hw, (table + hh) / 2, 0), 1);
        // A bowl and fruit: the bowl a half-disc, the fruit round dabs of warm colour.
        Disc(k, Oil(ref r, 180, 230, 180, 230, 170, 220, "bowl"), 0, table + 0.05f * hh, z, 0.3f * hw, 0.16f * hh, 2);
        for (var i = 0; i < 4; i++)
            Disc(k, Oil(ref r, 170, 245, 40, 180, 20, 60, $"fruit{i}"), (float)r.Range(-0.22, 0.22) * hw, table + (float)r.Range(0.14, 0.26) * hh, z, 0.08f * hw, 0.08f * hw, 3 + i % 2);
    }

    /// <summary>
    /// An easel for a canvas <paramref name="h"/> m high centred at the origin: two front legs splayed to the
    /// ground, a back leg, and the ledge the canvas rests on (at −h/2).
    /// </summary>
    public static Kit Easel(float h)
    {
        var k = new Kit();
        var wood = k.Paint(Paints.Srgb(150, 110, 70, 0.7f, 0, "easel"));
        var ground = -h / 2 - 0.75f;
        var top = h / 2 + 0.15f;
        foreach (var s in new[] { -1f, 1f })
            wood.Rod(new Vector3(s * 0.35f, ground, -0.05f), new Vector3(s * 0.08f, top, -0.05f), 0.02f, 0.018f, 6);
        wood.Rod(new Vector3(0, ground, -0.6f), new Vector3(0, top - 0.1f, -0.06f), 0.02f, 0.018f, 6);
        wood.Box(new Vector3(0, -h / 2 - Border - 0.02f, 0), new Vector3(0.4f, 0.02f, 0.06f));
        return k;
    }
}
