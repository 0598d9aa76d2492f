using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Kitchen and bathroom pieces other sets share, backs against −Z: a fridge (1.8 m), a bathtub lying along X (1.7 m)
/// and a toilet. The kitchen's and bathroom's own runs are KitchenProps and BathroomProps.
/// </summary>
public static class KitchenBath
{
    private static readonly Material Handle = Paints.Srgb(190, 190, 195, 0.25f, 1, "handle");
    private static readonly Material Enamel = Paints.Srgb(245, 245, 243, 0.15f, 0, "enamel");

    public static Kit Fridge { get; } = MakeFridge();
    public static Kit Bathtub { get; } = MakeBathtub();
    public static Kit Toilet { get; } = MakeToilet();

    private static Kit MakeFridge()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(215, 218, 220, 0.3f, 0.4f, "fridge")).Box(new Vector3(0, 0.9f, 0), new Vector3(0.3f, 0.9f, 0.32f));
        k.Paint(Paints.Black).Box(new Vector3(0, 1.2f, 0.325f), new Vector3(0.29f, 0.005f, 0.005f));
        k.Paint(Handle).Box(new Vector3(0.24f, 1.45f, 0.34f), new Vector3(0.012f, 0.15f, 0.012f));
        k.Paint(Handle).Box(new Vector3(0.24f, 0.95f, 0.34f), new Vector3(0.012f, 0.15f, 0.012f));
        return k;
    }

    private static Kit MakeBathtub()
    {
        var k = new Kit();
        k.Paint(Enamel).Box(new Vector3(0, 0.28f, 0), new Vector3(0.85f, 0.28f, 0.38f));
        k.Paint(Paints.Srgb(170, 200, 215, 0.05f, 0, "bathwater")).Box(new Vector3(0, 0.5f, 0), new Vector3(0.77f, 0.07f, 0.3f));
        k.Paint(Paints.Chrome).Rod(new Vector3(-0.75f, 0.56f, -0.3f), new Vector3(-0.75f, 0.75f, -0.3f), 0.02f, 0.02f, 6);
        return k;
    }

    private static Kit MakeToilet()
    {
        var k = new Kit();
        var e = k.Paint(Enamel);
        e.Cylinder(Matrix4x4.CreateScale(0.15f, 0.2f, 0.13f) * Matrix4x4.CreateTranslation(0, 0.2f, 0.05f), 1.2f, 10);
        e.Box(new Vector3(0, 0.42f, 0.08f), new Vector3(0.19f, 0.025f, 0.24f));
        e.Box(new Vector3(0, 0.6f, -0.22f), new Vector3(0.2f, 0.2f, 0.08f)); // cistern
        return k;
    }
}
