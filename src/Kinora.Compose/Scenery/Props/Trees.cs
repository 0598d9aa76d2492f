using System.Numerics;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Trees as a person draws them, low-poly: a broadleaf (tapering trunk, a crown of overlapping lumps, ~5.5 m), a
/// conifer (stacked cones, ~7 m, snow-capped in winter), a palm (a leaning, curving trunk with drooping fronds).
/// Each prototype is built once and merged into sets by position, turn and scale; ~150–500 triangles each.
/// Footprints (radius, m) are the crown's.
/// </summary>
public static class Trees
{
    public const float BroadleafRadius = 2.1f, ConiferRadius = 1.55f, PalmRadius = 4.4f;

    public static Kit Broadleaf { get; } = MakeBroadleaf(Palette.Leaves, 0);
    public static Kit BroadleafDark { get; } = MakeBroadleaf(Palette.DarkLeaves, 1);
    public static Kit BroadleafAutumn { get; } = MakeBroadleaf(Palette.AutumnLeaves, 2);
    public static Kit Conifer { get; } = MakeConifer(snow: false);
    public static Kit SnowyConifer { get; } = MakeConifer(snow: true);
    public static Kit Palm { get; } = MakePalm();
    /// <summary>A tall forest tree as the understorey sees it: a straight bare trunk ~11 m up to a crown high
    /// overhead. Rows of them receding are what makes a wood read as deep (~110 triangles).</summary>
    public static Kit TallTrunk { get; } = MakeTallTrunk();
    public const float TallTrunkRadius = 2.5f; // the crown's: it overhangs the trunk by metres

    private static Kit MakeBroadleaf(Material leaves, int variant)
    {
        var k = new Kit();
        k.Paint(Palette.Bark).Rod(Vector3.Zero, new Vector3(0, 3.2f, 0), 0.2f, 0.11f, 7);
        // Two branches into the crown so it does not float on a pole.
        k.Paint(Palette.Bark).Rod(new Vector3(0, 2.2f, 0), new Vector3(0.8f, 3.4f, 0.2f), 0.08f, 0.04f, 5);
        k.Paint(Palette.Bark).Rod(new Vector3(0, 2.5f, 0), new Vector3(-0.7f, 3.6f, -0.3f), 0.07f, 0.04f, 5);
        var crown = k.Paint(leaves);
        // Lumps round a centre, their layout turned per variant so merged copies do not read as clones.
        var spin = variant * 1.3f;
        crown.Ellipsoid(new Vector3(0, 4.1f, 0), new Vector3(1.5f, 1.3f, 1.5f), 0, spin, 9, 6);
        for (var i = 0; i < 4; i++)
        {
            var a = spin + i * MathF.Tau / 4;
            var c = new Vector3(MathF.Cos(a) * 0.95f, 3.7f + (i % 2) * 0.6f, MathF.Sin(a) * 0.95f);
            crown.Ellipsoid(c, new Vector3(1.0f, 0.85f, 1.0f), 0, a, 7, 5);
        }
        crown.Ellipsoid(new Vector3(0.2f, 5.0f, -0.1f), new Vector3(0.9f, 0.7f, 0.9f), 0, spin, 7, 5);
        return k;
    }

    private static Kit MakeConifer(bool snow)
    {
        var k = new Kit();
        k.Paint(Palette.Bark).Rod(Vector3.Zero, new Vector3(0, 1.6f, 0), 0.2f, 0.16f, 6);
        var needles = k.Paint(Palette.Needles);
        // Four tiers, each a cone from a wide skirt to a point, narrowing up the tree.
        for (var i = 0; i < 4; i++)
        {
            var baseY = 1.1f + i * 1.35f;
            var r = 1.5f - i * 0.3f;
            var h = 2.1f - i * 0.2f;
            needles.Cylinder(Matrix4x4.CreateScale(r, h / 2, r) * Matrix4x4.CreateTranslation(0, baseY + h / 2, 0), 0, 9);
            if (snow)
                k.Paint(Palette.SnowCover).Cylinder(Matrix4x4.CreateScale(r * 0.7f, h * 0.32f, r * 0.7f) * Matrix4x4.CreateTranslation(0, baseY + h * 0.72f, 0), 0, 9);
        }
        return k;
    }

    private static Kit MakeTallTrunk()
    {
        var k = new Kit();
        k.Paint(Palette.Bark).Rod(Vector3.Zero, new Vector3(0.15f, 11f, 0), 0.3f, 0.14f, 7);
        k.Paint(Palette.Bark).Rod(new Vector3(0.1f, 8.5f, 0), new Vector3(1.3f, 10.5f, 0.3f), 0.08f, 0.04f, 4);
        var crown = k.Paint(Palette.DarkLeaves);
        crown.Ellipsoid(new Vector3(0.2f, 12.2f, 0), new Vector3(2.4f, 1.6f, 2.4f), 0, 0, 7, 4);
        crown.Ellipsoid(new Vector3(1.2f, 11.2f, 0.5f), new Vector3(1.5f, 1.1f, 1.5f), 0, 0.7f, 5, 3);
        return k;
    }

    private static Kit MakePalm()
    {
        var k = new Kit();
        var trunk = k.Paint(Palette.PalmTrunk);
        // A trunk that leans and curves back up: five segments along a gentle arc.
        var prev = Vector3.Zero;
        for (var i = 1; i <= 5; i++)
        {
            var t = i / 5f;
            var next = new Vector3(1.2f * t * t, 6.5f * t, 0);
            trunk.Rod(prev, next, 0.2f - 0.05f * t, 0.19f - 0.05f * t, 6);
            prev = next;
        }
        var top = prev;
        var fronds = k.Paint(Palette.PalmFrond);
        for (var i = 0; i < 8; i++)
        {
            var a = i * MathF.Tau / 8 + 0.2f;
            var dir = new Vector3(MathF.Cos(a), 0, MathF.Sin(a));
            // Each frond: a long thin leaf, out and drooping, from two flattened lumps.
            fronds.Ellipsoid(top + dir * 1.0f + new Vector3(0, 0.15f, 0), new Vector3(1.1f, 0.06f, 0.35f), -0.25f, -a, 7, 4);
            fronds.Ellipsoid(top + dir * 2.2f - new Vector3(0, 0.45f, 0), new Vector3(0.9f, 0.05f, 0.28f), -0.6f, -a, 7, 4);
        }
        k.Paint(Palette.Bark).Sphere(Matrix4x4.CreateScale(0.3f) * Matrix4x4.CreateTranslation(top), 6, 4); // coconuts
        return k;
    }
}
