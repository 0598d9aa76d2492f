using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Street and park furniture, front towards +Z: a street lamp (6 m pole with an arm reaching 1.4 m towards the
/// road), a park lamp (3.6 m, a globe on top), a slatted bench (1.8 m), a litter bin, a fence section (2.4 m of
/// posts and rails). Lamps come in two states, lit and unlit; a lit lamp's light is added by <see cref="LampLight"/>.
/// </summary>
public static class StreetProps
{
    /// <summary>Where the street lamp's bulb is, relative to its foot.</summary>
    public static readonly Vector3 StreetLampHead = new(0, 5.8f, 1.4f);
    public static readonly Vector3 ParkLampHead = new(0, 3.55f, 0);

    public static Kit StreetLamp { get; } = MakeStreetLamp(Palette.LampOff);
    public static Kit StreetLampLit { get; } = MakeStreetLamp(Palette.LampGlow);
    public static Kit ParkLamp { get; } = MakeParkLamp(Palette.LampOff);
    public static Kit ParkLampLit { get; } = MakeParkLamp(Palette.LampGlow);
    public static Kit Bench { get; } = MakeBench();
    public static Kit Bin { get; } = MakeBin();
    public static Kit Fence { get; } = MakeFence();

    /// <summary>
    /// A sodium-warm lamp. 12 sun-units at 1 m gives ≈ 0.35 at the pavement 5.8 m below: a clear pool of light
    /// against a 0.05 moonlit night, fading out by its 20 m range.
    /// </summary>
    public static LightSource LampLight(Vector3 head, float strength = 12) =>
        new(head, new Vector3(1.0f, 0.78f, 0.5f) * strength, 20);

    private static Kit MakeStreetLamp(Material globe)
    {
        var k = new Kit();
        var metal = k.Paint(Palette.PostMetal);
        metal.Cylinder(Matrix4x4.CreateScale(0.16f, 0.25f, 0.16f) * Matrix4x4.CreateTranslation(0, 0.25f, 0), 1, 8);
        metal.Rod(Vector3.Zero, new Vector3(0, 5.9f, 0), 0.08f, 0.06f, 8);
        metal.Rod(new Vector3(0, 5.85f, 0), new Vector3(0, 6.05f, 1.3f), 0.04f, 0.04f, 6);
        metal.Box(new Vector3(0, 5.98f, 1.4f), new Vector3(0.2f, 0.07f, 0.35f));
        k.Paint(globe).Box(new Vector3(0, 5.88f, 1.4f), new Vector3(0.15f, 0.04f, 0.28f));
        return k;
    }

    private static Kit MakeParkLamp(Material globe)
    {
        var k = new Kit();
        var metal = k.Paint(Palette.PostMetal);
        metal.Cylinder(Matrix4x4.CreateScale(0.14f, 0.2f, 0.14f) * Matrix4x4.CreateTranslation(0, 0.2f, 0), 1, 8);
        metal.Rod(Vector3.Zero, new Vector3(0, 3.3f, 0), 0.06f, 0.05f, 8);
        metal.Cylinder(Matrix4x4.CreateScale(0.14f, 0.03f, 0.14f) * Matrix4x4.CreateTranslation(0, 3.32f, 0), 1, 8);
        k.Paint(globe).Sphere(Matrix4x4.CreateScale(0.22f) * Matrix4x4.CreateTranslation(ParkLampHead), 10, 7);
        return k;
    }

    private static Kit MakeBench()
    {
        var k = new Kit();
        var wood = k.Paint(Palette.BenchWood);
        for (var i = 0; i < 3; i++) wood.Box(new Vector3(0, 0.45f, -0.05f - i * 0.14f), new Vector3(0.9f, 0.025f, 0.055f)); // seat slats
        for (var i = 0; i < 2; i++) wood.Box(new Vector3(0, 0.62f + i * 0.16f, -0.36f), new Vector3(0.9f, 0.055f, 0.02f), rotZ: 0); // back slats
        var iron = k.Paint(Paints.Black);
        foreach (var x in new[] { -0.75f, 0.75f })
        {
            iron.Box(new Vector3(x, 0.22f, -0.02f), new Vector3(0.03f, 0.22f, 0.03f));
            iron.Box(new Vector3(x, 0.45f, -0.36f), new Vector3(0.03f, 0.45f, 0.03f));
            iron.Box(new Vector3(x, 0.42f, -0.18f), new Vector3(0.03f, 0.02f, 0.2f));
        }
        return k;
    }

    private static Kit MakeBin()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(40, 70, 50, 0.5f, 0.3f, "binmetal")).Cylinder(Matrix4x4.CreateScale(0.25f, 0.45f, 0.25f) * Matrix4x4.CreateTranslation(0, 0.45f, 0), 1, 10);
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.27f, 0.03f, 0.27f) * Matrix4x4.CreateTranslation(0, 0.92f, 0), 1, 10);
        return k;
    }

    private static Kit MakeFence()
    {
        var k = new Kit();
        var wood = k.Paint(Palette.FenceWood);
        foreach (var x in new[] { -1.2f, 0f }) wood.Box(new Vector3(x, 0.6f, 0), new Vector3(0.06f, 0.6f, 0.06f));
        foreach (var y in new[] { 0.45f, 0.95f }) wood.Box(new Vector3(-0.6f, y, 0.07f), new Vector3(0.62f, 0.06f, 0.02f));
        return k;
    }
}
