using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A head of broccoli on a plain white plate: a pale thick stalk towards +X under a domed crown of bumpy florets
/// (clusters of small buds) turned up and towards the camera (+Z). Broccoli is photographed as food, on a plate or
/// in a dish, nearly always; the plate is plain and its own paint, so colour traits go to the florets. On the asset
/// bench the head alone lying on its side was named "broccoli" at 0.14, turned up to the camera 0.22–0.34, and on
/// a 27 cm plate 0.48–0.55 and on this 22 cm one 0.55.
/// </summary>
internal static class Broccoli
{
    /// <summary>m; the crown's centre above the stalk's base, and the dome radius on which the florets sit.</summary>
    public static readonly Vector3 Crown = new(0, 0.085f, 0.01f);
    public const float Dome = 0.05f;
    public const int Florets = 34;

    public static void OnPlate(ModelBuilder m, ref SeededRandom r) => OnPlate(m, ref r, 0.11f);

    public static void OnPlate(ModelBuilder m, ref SeededRandom r, float plateRim)
    {
        Head(m, ref r);
        m.Transform(Matrix4x4.CreateTranslation(0, Plate.Well, 0));
        Plate.Add(m, plateRim);
    }

    public static void Head(ModelBuilder m, ref SeededRandom r)
    {
        var stalk = m.Paint(Paints.Srgb(175, 205, 120, 0.7f, 0, "stalk"));
        stalk.Rod(new Vector3(0.09f, 0.025f, -0.02f), new Vector3(0, 0.06f, 0), 0.018f, 0.026f, 14);
        var bud = m.Body;
        for (var i = 0; i < Florets; i++)
        {
            // Points spread on a dome (golden-angle spiral) that faces up and leans towards −X and +Z.
            var t = (i + 0.5f) / Florets;
            var polar = MathF.Acos(1 - t * 1.2f);
            var az = i * 2.39996f;
            var dir = Vector3.Normalize(new Vector3(-MathF.Sin(polar) * MathF.Cos(az) * 0.8f, MathF.Cos(polar), MathF.Sin(polar) * MathF.Sin(az)) + new Vector3(-0.2f, 0, 0.25f));
            var p = Crown + dir * Dome;
            stalk.Rod(new Vector3(0.01f, 0.055f, 0), p, 0.007f, 0.005f, 6);
            var size = r.RangeF(0.02f, 0.028f);
            bud.Sphere(Matrix4x4.CreateScale(size) * Matrix4x4.CreateTranslation(p), 14, 8);
            for (var k = 0; k < 4; k++)
            {
                var a = az + k * 1.6f;
                var q = p + (dir + new Vector3(MathF.Cos(a), MathF.Sin(a), MathF.Cos(a + 1)) * 0.6f) * size * 0.75f;
                bud.Sphere(Matrix4x4.CreateScale(size * 0.5f) * Matrix4x4.CreateTranslation(q), 10, 6);
            }
        }
    }
}
