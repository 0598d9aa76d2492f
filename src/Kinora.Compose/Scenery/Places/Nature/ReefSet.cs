using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A coral reef under the sea (<see cref="Environments.Underwater"/> gives the water's light and murk): mounds of
/// reef rock on the sand crowded with coral of many kinds and colours: branching staghorn, round brain coral,
/// flat table coral on a stalk, purple sea fans standing edge-on to the current, tube sponges, and little schools
/// of bright fish hanging over it. Colours are saturated, as a diver's lamp or shallow sun shows them.
/// </summary>
public static class ReefSet
{
    private static readonly Material ReefRock = Paints.Srgb(120, 110, 96, 0.95f, 0, "reefrock");
    private static readonly Material[] CoralPaints =
    [
        Paints.Srgb(240, 110, 120, 0.7f, 0, "coralpink"), Paints.Srgb(250, 150, 60, 0.7f, 0, "coralorange"),
        Paints.Srgb(230, 210, 90, 0.7f, 0, "coralyellow"), Paints.Srgb(170, 90, 190, 0.7f, 0, "coralviolet"),
        Paints.Srgb(210, 60, 60, 0.7f, 0, "coralred"), Paints.Srgb(120, 200, 170, 0.7f, 0, "coralmint"),
    ];
    private static readonly Material FanPurple = Paints.Srgb(150, 60, 170, 0.8f, 0, "seafan");
    private static readonly Material BrainGreen = Paints.Srgb(170, 180, 110, 0.8f, 0, "braincoral");
    private static readonly Material FishYellow = Paints.Srgb(255, 210, 40, 0.5f, 0, "fishyellow");
    private static readonly Material FishBlue = Paints.Srgb(50, 120, 230, 0.5f, 0, "fishblue");

    private static readonly Kit[] Branching = [MakeBranching(CoralPaints[0], 0), MakeBranching(CoralPaints[1], 1), MakeBranching(CoralPaints[3], 2), MakeBranching(CoralPaints[5], 3)];
    private static readonly Kit Brain = MakeBrain();
    private static readonly Kit[] Tables = [MakeTable(CoralPaints[2]), MakeTable(CoralPaints[5])];
    private static readonly Kit Fan = MakeFan();
    private static readonly Kit[] Tubes = [MakeTubes(CoralPaints[1]), MakeTubes(CoralPaints[4]), MakeTubes(CoralPaints[3])];
    private static readonly Kit[] Schools = [MakeSchool(FishYellow, 0), MakeSchool(FishBlue, 1)];

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        // Reef rock: low mounds behind the action and to the sides, the coral growing on and between them.
        for (var i = 0; i < 14; i++)
        {
            var at = new Vector3(cx + d.Range(-12, 14), 0, d.Zone.Back - d.Range(2.5f, 16));
            var size = new Vector3(d.Range(1.5f, 3.5f), d.Range(0.5f, 1.4f), d.Range(1.2f, 2.5f));
            if (d.Zone.Behind(at, size.X)) d.Layer("reef rock", at.X).Paint(ReefRock).Ellipsoid(at, size, 0, d.Range(0, 3), 9, 5);
        }
        Kit[] coral = [.. Branching, Brain, .. Tables, Fan, .. Tubes, .. Branching];
        // Dense near the view (the water's murk hides all beyond ~15 m), thinning out with distance.
        for (var i = 0; i < 200; i++)
        {
            var depth = 0.3f + 18 * MathF.Pow(d.Range(0, 1), 1.8f);
            var at = new Vector3(cx + d.Range(-1, 1) * (5 + depth), 0, d.Zone.Back - depth);
            var kit = coral[d.Pick(coral.Length)];
            // Fans stand across the view (they grow square to the current), the rest turned at random.
            var yaw = kit == Fan ? d.Range(-0.4f, 0.4f) : d.Range(0, MathF.Tau);
            d.Put("coral", kit, at, yaw, d.Range(1, 2.2f), 0.6f); // 0.6 m: a staghorn's reach
        }
        for (var i = 0; i < 5; i++)
        {
            var at = new Vector3(cx + d.Range(-8, 10), d.Range(1.2f, 2.6f), d.Zone.Back - d.Range(2, 12));
            d.Put("fish", Schools[i % 2], at, d.Range(-0.5f, 0.5f), d.Range(0.8f, 1.2f), 1.2f);
        }
        d.Vista = new Vista(new(cx - 3.5f, 0, d.Zone.Back - 6), new(cx + 3.5f, 1.8f, d.Zone.Back - 0.3f));
    }

    /// <summary>Staghorn coral ~0.8 m: forking round-tipped branches from a base.</summary>
    private static Kit MakeBranching(Material paint, int variant)
    {
        var k = new Kit();
        var m = k.Paint(paint);
        for (var i = 0; i < 7; i++)
        {
            var a = i * 2.4f + variant;
            var lean = 0.25f + 0.1f * (i % 3);
            var mid = new Vector3(lean * MathF.Cos(a), 0.45f, lean * MathF.Sin(a));
            // Plain rods, no round caps: a reef holds a couple of hundred of these, and caps tripled their triangles.
            m.Rod(Vector3.Zero, mid, 0.05f, 0.04f, 5);
            m.Rod(mid, mid + new Vector3(0.15f * MathF.Cos(a + 0.8f), 0.3f, 0.15f * MathF.Sin(a + 0.8f)), 0.038f, 0.03f, 5);
            m.Rod(mid, mid + new Vector3(0.12f * MathF.Cos(a - 0.9f), 0.25f, 0.12f * MathF.Sin(a - 0.9f)), 0.034f, 0.025f, 5);
        }
        return k;
    }

    /// <summary>Brain coral: a round boulder ~0.7 m with grooved ridges over it.</summary>
    private static Kit MakeBrain()
    {
        var k = new Kit();
        k.Paint(BrainGreen).Ellipsoid(new Vector3(0, 0.22f, 0), new Vector3(0.45f, 0.35f, 0.45f), 0, 0, 12, 7);
        for (var i = 0; i < 5; i++)
            k.Paint(Paints.Shade(BrainGreen, 0.7f)).Torus(0.28f + 0.03f * i, 0.03f, Matrix4x4.CreateRotationX(0.6f * (i - 2)) * Matrix4x4.CreateTranslation(0, 0.25f, 0), 12, 3);
        return k;
    }

    /// <summary>Table coral: a wide flat plate on a short stalk (~1.1 m across).</summary>
    private static Kit MakeTable(Material paint)
    {
        var k = new Kit();
        k.Paint(paint).Rod(Vector3.Zero, new Vector3(0, 0.4f, 0), 0.08f, 0.12f, 6);
        k.Paint(paint).Cylinder(Matrix4x4.CreateScale(0.6f, 0.04f, 0.5f) * Matrix4x4.CreateTranslation(0, 0.45f, 0), 1.1f, 12);
        return k;
    }

    /// <summary>A sea fan: a flat lacy fan ~1 m high, a lattice of thin rods in one plane.</summary>
    private static Kit MakeFan()
    {
        var k = new Kit();
        var m = k.Paint(FanPurple);
        for (var i = 0; i < 9; i++)
        {
            var a = -1.1f + 2.2f * i / 8;
            var tip = new Vector3(0.55f * MathF.Sin(a), 0.2f + 0.8f * MathF.Cos(a), 0);
            m.Rod(Vector3.Zero, tip, 0.025f, 0.01f, 4);
        }
        for (var j = 1; j <= 3; j++)
        {
            var r = 0.3f * j;
            m.Rod(new Vector3(-0.55f * r, 0.2f + 0.55f * r, 0), new Vector3(0.55f * r, 0.2f + 0.55f * r, 0), 0.012f, 0.012f, 3);
        }
        return k;
    }

    /// <summary>Tube sponges: a cluster of open-topped tubes ~0.6 m.</summary>
    private static Kit MakeTubes(Material paint)
    {
        var k = new Kit();
        for (var i = 0; i < 5; i++)
        {
            var a = i * 2.4f;
            var at = new Vector3(0.12f * MathF.Cos(a) * (i > 0 ? 1 : 0), 0, 0.12f * MathF.Sin(a) * (i > 0 ? 1 : 0));
            var tall = 0.35f + 0.08f * (i % 3);
            k.Paint(paint).Lathe([new(0.05f, 0), new(0.07f, tall), new(0.05f, tall - 0.02f)], Matrix4x4.CreateTranslation(at), 8);
        }
        return k;
    }

    /// <summary>A school of a dozen small fish (~0.2 m) swimming one way, in a loose ball ~1.5 m across.</summary>
    private static Kit MakeSchool(Material paint, int variant)
    {
        var k = new Kit();
        for (var i = 0; i < 12; i++)
        {
            var a = i * 2.4f + variant;
            var at = new Vector3(0.7f * MathF.Cos(a) * ((i % 4) + 1) / 4, 0.5f * MathF.Sin(1.7f * a), 0.6f * MathF.Sin(a) * ((i % 3) + 1) / 3);
            k.Paint(paint).Ellipsoid(at, new Vector3(0.11f, 0.05f, 0.025f), 0, 0, 8, 4);
            k.Paint(paint).Extrude([new(-0.1f, 0), new(-0.17f, 0.045f), new(-0.17f, -0.045f)], 0.01f, Matrix4x4.CreateTranslation(at));
        }
        return k;
    }
}
