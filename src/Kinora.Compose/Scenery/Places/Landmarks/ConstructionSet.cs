using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A building site on bare earth: a half-built concrete frame (slabs on columns, the top floor only begun, rebar
/// sticking up) wrapped in scaffolding, a yellow tower crane over it, an excavator and a dump truck by heaps of
/// dirt, a site cabin, pallets and pipes; a fence of mesh panels along the action with traffic cones before it.
/// </summary>
internal static class ConstructionSet
{
    private static readonly Material Concrete = Paints.Srgb(170, 168, 160, 0.9f, 0, "rawconcrete");
    private static readonly Material Yellow = Paints.Srgb(235, 175, 25, 0.55f, 0.2f, "siteyellow");
    private static readonly Material Tube = Paints.Srgb(150, 150, 155, 0.45f, 0.7f, "scaffold");
    private static readonly Material Plank = Paints.Srgb(150, 115, 70, 0.85f, 0, "plank");
    private static readonly Material Rust = Paints.Srgb(110, 60, 35, 0.8f, 0.3f, "rebar");
    private static readonly Material Earth = Paints.Srgb(110, 82, 55, 0.95f, 0, "heapearth");
    private static readonly Material Orange = Paints.Srgb(240, 100, 20, 0.6f, 0, "coneorange");

    private static readonly Kit Crane = MakeCrane();
    private static readonly Kit Excavator = MakeExcavator();
    private static readonly Kit Truck = MakeTruck();
    private static readonly Kit Panel = MakePanel();
    private static readonly Kit Cone = MakeCone();

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 3;
        var front = d.Zone.Back - 13; // the frame's front row of columns
        d.Put("frame", Frame(), new Vector3(cx, 0, front - 6), 0, 1, 6.5f);
        d.Put("crane", Crane, new Vector3(cx - 14, 0, front - 8), 0, 1, 2);
        d.Put("excavator", Excavator, new Vector3(cx - 7, 0, d.Zone.Back - 8), 0.5f, 1, 3);
        d.Put("dump truck", Truck, new Vector3(cx + 14, 0, d.Zone.Back - 9), -0.3f, 1, 3.5f);
        foreach (var (x, z, r) in new[] { (-12f, -6f, 3.2f), (-3f, -10f, 2.2f), (22f, -12f, 3.6f) })
            d.Put("heaps", Heap, new Vector3(cx + x, 0, d.Zone.Back + z), d.Range(0, MathF.Tau), r, 0.9f);
        var cabin = new Kit();
        Masonry.Block(cabin, Paints.Srgb(225, 225, 215, 0.7f, 0, "cabin"), 0, 0, 3, 2.7f, 1.2f);
        Masonry.Windows(cabin, d.Dark, 0, 1.6f, 1.2f, 2, 3, 1.0f, 0.8f);
        d.Put("cabin", cabin, new Vector3(cx + 20, 0, front - 2), 0, 1, 3.2f);
        // Pallets of blocks and a stack of pipes.
        var stock = d.Layer("stock", cx);
        for (var i = 0; i < 3; i++)
        {
            var p = new Vector3(cx + 6 + i * 1.6f, 0, d.Zone.Back - 5);
            stock.Paint(Plank).Box(p + new Vector3(0, 0.07f, 0), new Vector3(0.6f, 0.07f, 0.5f));
            stock.Paint(Concrete).Box(p + new Vector3(0, 0.55f, 0), new Vector3(0.55f, 0.42f, 0.45f));
        }
        for (var i = 0; i < 6; i++)
            stock.Paint(Paints.Srgb(60, 110, 170, 0.5f, 0, "pipeblue")).Rod(new Vector3(cx - 2, 0.25f + (i / 3) * 0.45f, d.Zone.Back - 4.5f - (i % 3) * 0.5f - (i / 3) * 0.25f), new Vector3(cx + 3, 0.25f + (i / 3) * 0.45f, d.Zone.Back - 4.5f - (i % 3) * 0.5f - (i / 3) * 0.25f), 0.22f, 0.22f, 10);
        // The site fence along the action, open at the gate, cones along it.
        for (var x = d.Left; x < d.Right; x += 3.5f)
            if (MathF.Abs(x + 1.75f - cx) > 4)
                d.Put("fence", Panel, new Vector3(x, 0, d.Zone.Back - 0.5f), 0, 1, 0.2f);
        for (var x = cx - 4.5f; x < cx + 5; x += 1.5f)
            d.Put("cones", Cone, new Vector3(x, 0, d.Zone.Back - 1.2f), 0, 1, 0.2f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 20, d.Left - 20, d.Right + 20, front - 25, front - 45, 1.1f, 1.6f, Trees.BroadleafRadius);
        for (var x = d.Left - 60; x < d.Right + 60;)
        {
            var w = d.Range(12, 22);
            Buildings.Add(d, x, w - 1, d.Range(10, 22), 12, front - 45, 0, shopFront: false);
            x += w;
        }
        d.Vista = Masonry.Around(cx - 14, cx + 12, 16, front - 8, front + 3);
    }

    /// <summary>The concrete frame, 20 × 12 m on a 5 × 6 m column grid, three floors done and the fourth begun,
    /// scaffolding on its front; its footprint centred on the origin.</summary>
    private static Kit Frame()
    {
        var k = new Kit();
        const float storey = 3.4f;
        var c = k.Paint(Concrete);
        for (var floor = 0; floor < 4; floor++)
        {
            var y0 = floor * storey;
            for (var x = -10f; x <= 10; x += 5)
                for (var z = -6f; z <= 6; z += 6)
                {
                    var top = floor < 3 || x < 1 ? y0 + storey : y0 + 1.2f; // the top storey only begun on the right
                    c.Box(new Vector3(x, (y0 + top) / 2, z), new Vector3(0.25f, (top - y0) / 2, 0.25f));
                    if (floor == 3 && x >= 1)
                        for (var i = 0; i < 4; i++)
                            k.Paint(Rust).Rod(new Vector3(x + (i % 2 - 0.5f) * 0.3f, top, z + (i / 2 - 0.5f) * 0.3f), new Vector3(x + (i % 2 - 0.5f) * 0.3f, top + 1.4f, z + (i / 2 - 0.5f) * 0.3f), 0.02f, 0.02f, 4);
                }
            if (floor < 3) c.Box(new Vector3(0, y0 + storey - 0.15f, 0), new Vector3(10.6f, 0.15f, 6.6f));
            else c.Box(new Vector3(-5.3f, y0 + storey - 0.15f, 0), new Vector3(5.3f, 0.15f, 6.6f));
        }
        // Scaffolding on the front: standards every 2.5 m, ledgers every 2 m, a plank deck at each lift.
        const float sz = 7.6f;
        var tube = k.Paint(Tube);
        for (var x = -10.5f; x <= 10.6f; x += 2.5f)
            foreach (var z in new[] { sz - 1, sz })
                tube.Rod(new Vector3(x, 0, z), new Vector3(x, 12.5f, z), 0.04f, 0.04f, 4);
        for (var y = 2f; y < 12.6f; y += 2)
        {
            foreach (var z in new[] { sz - 1, sz })
                tube.Rod(new Vector3(-10.5f, y, z), new Vector3(10.5f, y, z), 0.035f, 0.035f, 4);
            if ((int)y % 4 == 0) k.Paint(Plank).Box(new Vector3(0, y - 0.05f, sz - 0.5f), new Vector3(10.5f, 0.04f, 0.5f));
        }
        for (var x = -10.5f; x < 10; x += 5) // diagonal braces
            tube.Rod(new Vector3(x, 0, sz), new Vector3(x + 5, 12, sz), 0.03f, 0.03f, 4);
        // Green safety netting over part of the scaffold.
        k.Paint(Paints.Srgb(70, 120, 95, 0.9f, 0, "netting")).Box(new Vector3(7.5f, 5.5f, sz + 0.1f), new Vector3(2.5f, 3.5f, 0.02f));
        return k;
    }

    /// <summary>A tower crane: a 30 m lattice mast, the cab and slewing ring, a jib 34 m out over the site (+X)
    /// and a counter-jib with concrete weights, a hook hanging from the trolley.</summary>
    private static Kit MakeCrane()
    {
        var k = new Kit();
        var y = k.Paint(Yellow);
        const float mast = 30, h = 0.9f;
        Lattice(y, new Vector3(0, 0, 0), new Vector3(0, mast, 0), h, 2.4f);
        y.Box(new Vector3(0, mast + 0.5f, 0), new Vector3(1.2f, 0.5f, 1.2f));
        k.Paint(Paints.White).Box(new Vector3(1.4f, mast + 1.6f, 0.6f), new Vector3(0.8f, 1.0f, 0.8f));
        k.Paint(Paints.Glass).Box(new Vector3(1.4f, mast + 1.7f, 1.42f), new Vector3(0.7f, 0.7f, 0.02f));
        Lattice(y, new Vector3(0, mast + 1, 0), new Vector3(0, mast + 7, 0), 0.7f, 2); // the apex
        Lattice(y, new Vector3(0, mast + 1.8f, 0), new Vector3(34, mast + 1.8f, 0), 0.6f, 2.4f);
        Lattice(y, new Vector3(0, mast + 1.8f, 0), new Vector3(-11, mast + 1.8f, 0), 0.6f, 2.4f);
        y.Rod(new Vector3(0, mast + 7, 0), new Vector3(26, mast + 2.4f, 0), 0.04f, 0.04f, 4); // pendant ties
        y.Rod(new Vector3(0, mast + 7, 0), new Vector3(-10, mast + 2.4f, 0), 0.04f, 0.04f, 4);
        for (var i = 0; i < 3; i++)
            k.Paint(Concrete).Box(new Vector3(-7.5f - i * 1.1f, mast + 1.0f, 0), new Vector3(0.5f, 1.0f, 0.9f));
        y.Box(new Vector3(20, mast + 1.0f, 0), new Vector3(0.6f, 0.25f, 0.6f)); // the trolley
        k.Paint(Paints.Black).Rod(new Vector3(20, mast + 0.8f, 0), new Vector3(20, 16, 0), 0.03f, 0.03f, 4);
        k.Paint(Rust).Box(new Vector3(20, 15.5f, 0), new Vector3(1.8f, 0.25f, 0.3f)); // a bundle of steel on the hook
        k.Paint(Concrete).Box(new Vector3(0, 0.5f, 0), new Vector3(2.5f, 0.5f, 2.5f));
        return k;
    }

    /// <summary>A square lattice of side <paramref name="h"/> from a to b: four chords and zig-zag bracing every
    /// <paramref name="bay"/> m on each face.</summary>
    private static void Lattice(MeshBuilder m, Vector3 a, Vector3 b, float h, float bay)
    {
        var axis = Vector3.Normalize(b - a);
        var u = MathF.Abs(axis.Y) > 0.9f ? Vector3.UnitX : Vector3.UnitY;
        var v = Vector3.Normalize(Vector3.Cross(axis, u));
        u = Vector3.Cross(v, axis);
        Vector3[] corners = [(u + v) * h / 2, (u - v) * h / 2, (-u - v) * h / 2, (-u + v) * h / 2];
        foreach (var c in corners) m.Rod(a + c, b + c, 0.06f, 0.06f, 4);
        var length = Vector3.Distance(a, b);
        var n = Math.Max(1, (int)(length / bay));
        for (var i = 0; i < n; i++)
        {
            var (p, q) = (a + (b - a) * i / n, a + (b - a) * (i + 1) / n);
            for (var f = 0; f < 4; f++)
            {
                var (c0, c1) = (corners[f], corners[(f + 1) % 4]);
                m.Rod(p + (i % 2 == 0 ? c0 : c1), q + (i % 2 == 0 ? c1 : c0), 0.035f, 0.035f, 4);
            }
        }
    }

    private static Kit MakeExcavator()
    {
        var k = new Kit();
        foreach (var z in new[] { -1.1f, 1.1f })
            k.Paint(Paints.Rubber).Box(new Vector3(0, 0.45f, z), new Vector3(2.1f, 0.45f, 0.4f));
        var y = k.Paint(Yellow);
        y.Box(new Vector3(-0.3f, 1.35f, 0), new Vector3(1.7f, 0.5f, 1.3f));
        y.Box(new Vector3(0.7f, 2.3f, 0.6f), new Vector3(0.6f, 0.6f, 0.6f));
        k.Paint(Paints.Glass).Box(new Vector3(1.31f, 2.4f, 0.6f), new Vector3(0.02f, 0.45f, 0.5f));
        k.Paint(Paints.Glass).Box(new Vector3(0.7f, 2.4f, 1.21f), new Vector3(0.5f, 0.45f, 0.02f));
        y.Box(Matrix4x4.CreateScale(1.8f, 0.25f, 0.25f) * Matrix4x4.CreateRotationZ(0.7f) * Matrix4x4.CreateTranslation(2.4f, 2.9f, -0.2f)); // boom
        y.Box(Matrix4x4.CreateScale(1.3f, 0.2f, 0.2f) * Matrix4x4.CreateRotationZ(-1.1f) * Matrix4x4.CreateTranslation(4.2f, 2.6f, -0.2f)); // arm
        k.Paint(Paints.Srgb(60, 60, 62, 0.5f, 0.6f, "bucket")).Box(Matrix4x4.CreateScale(0.45f, 0.4f, 0.55f) * Matrix4x4.CreateRotationZ(0.5f) * Matrix4x4.CreateTranslation(4.8f, 1.2f, -0.2f));
        return k;
    }

    private static Kit MakeTruck()
    {
        var k = new Kit();
        var cab = Paints.Srgb(200, 40, 35, 0.5f, 0.2f, "truckred");
        k.Paint(cab).Box(new Vector3(2.6f, 1.9f, 0), new Vector3(0.9f, 0.9f, 1.2f));
        k.Paint(Paints.Glass).Box(new Vector3(3.51f, 2.2f, 0), new Vector3(0.02f, 0.45f, 1.0f));
        k.Paint(Paints.Srgb(80, 80, 84, 0.5f, 0.5f, "chassis")).Box(new Vector3(0, 1.0f, 0), new Vector3(3.4f, 0.2f, 1.0f));
        k.Paint(Yellow).Extrude([new(-3.4f, 1.2f), new(1.5f, 1.2f), new(1.7f, 3.0f), new(-3.6f, 3.0f)], 2.4f, Matrix4x4.Identity);
        k.Paint(Earth).Ellipsoid(new Vector3(-0.9f, 3.0f, 0), new Vector3(2.3f, 0.6f, 1.0f), 0, 0, 10, 5);
        foreach (var x in new[] { -2.4f, -1.2f, 2.5f })
            foreach (var z in new[] { -1.05f, 1.05f })
                k.Paint(Paints.Rubber).Cylinder(Matrix4x4.CreateScale(0.55f, 0.2f, 0.55f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.55f, z), 1, 12);
        return k;
    }

    private static readonly Kit Heap = MakeHeap();

    private static Kit MakeHeap()
    {
        var k = new Kit();
        k.Paint(Earth).Cylinder(Matrix4x4.CreateScale(1, 0.35f, 1) * Matrix4x4.CreateTranslation(0, 0.35f, 0), 0.15f, 9);
        return k;
    }

    /// <summary>A 3.5 m mesh fence panel on two feet: a steel frame, a grid of wires, an orange banner.</summary>
    private static Kit MakePanel()
    {
        var k = new Kit();
        var steel = k.Paint(Tube);
        foreach (var x in new[] { 0.05f, 3.45f })
        {
            steel.Box(new Vector3(x, 1.0f, 0), new Vector3(0.025f, 1.0f, 0.025f));
            k.Paint(Concrete).Box(new Vector3(x, 0.08f, 0), new Vector3(0.3f, 0.08f, 0.15f));
        }
        foreach (var y in new[] { 0.1f, 1.98f })
            steel.Box(new Vector3(1.75f, y, 0), new Vector3(1.7f, 0.02f, 0.02f));
        for (var x = 0.25f; x < 3.4f; x += 0.25f) steel.Box(new Vector3(x, 1.0f, 0), new Vector3(0.006f, 0.95f, 0.006f));
        for (var y = 0.3f; y < 1.95f; y += 0.25f) steel.Box(new Vector3(1.75f, y, 0), new Vector3(1.7f, 0.006f, 0.006f));
        k.Paint(Orange).Box(new Vector3(1.75f, 1.1f, 0.03f), new Vector3(1.1f, 0.3f, 0.01f));
        return k;
    }

    private static Kit MakeCone()
    {
        var k = new Kit();
        k.Paint(Paints.Black).Box(new Vector3(0, 0.02f, 0), new Vector3(0.2f, 0.02f, 0.2f));
        k.Paint(Orange).Cylinder(Matrix4x4.CreateScale(0.15f, 0.36f, 0.15f) * Matrix4x4.CreateTranslation(0, 0.4f, 0), 0.2f, 10);
        k.Paint(Paints.White).Cylinder(Matrix4x4.CreateScale(0.105f, 0.06f, 0.105f) * Matrix4x4.CreateTranslation(0, 0.48f, 0), 0.8f, 10);
        return k;
    }
}
