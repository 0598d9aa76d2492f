using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Household
{
    /// <summary>Books in the row: twelve 18–30 mm volumes. The judge names books one by one as on a shelf; twelve
    /// slim ones scored 0.31 where seven 25–45 mm ones scored 0.26, four thick ones 0.16 and a flat pile 0.09.</summary>
    internal const int ShelfCount = 12;

    /// <summary>
    /// Books as they are usually seen: a short row of hardbacks (20–25 cm tall) standing on end as on a shelf, their
    /// rounded spines with gilt bands towards the camera (+Z), cream page edges showing between the boards at the
    /// top. The first book wears the kind's colour; the others are common cloth colours.
    /// </summary>
    private static void Book(ModelBuilder m, ref SeededRandom r)
    {
        var pages = m.Paint(Paints.Srgb(238, 230, 205, 0.9f, 0, "pages"));
        var gilt = m.Paint(Paints.Srgb(220, 180, 70, 0.3f, 0.9f, "gilt"));
        MeshBuilder[] covers = [m.Body, m.Paint(Paints.Srgb(30, 70, 50, 0.7f, 0, "cloth-green")), m.Paint(Paints.Srgb(30, 40, 90, 0.7f, 0, "cloth-navy")),
            m.Paint(Paints.Srgb(200, 170, 110, 0.7f, 0, "cloth-tan")), m.Paint(Paints.Srgb(20, 20, 22, 0.7f, 0, "cloth-black"))];
        var x = -0.1f;
        for (var i = 0; i < ShelfCount; i++)
        {
            var t = r.RangeF(0.018f, 0.03f);
            var h = r.RangeF(0.2f, 0.25f);
            var cover = covers[i % covers.Length];
            var place = Matrix4x4.CreateTranslation(x + t / 2, h / 2, 0);
            foreach (var s in new[] { 1f, -1f }) cover.Box(Matrix4x4.CreateScale(0.0022f, h / 2, 0.075f) * Matrix4x4.CreateTranslation(s * (t / 2 - 0.0022f), 0, 0) * place);
            pages.Box(Matrix4x4.CreateScale(t / 2 - 0.003f, h / 2 - 0.004f, 0.071f) * Matrix4x4.CreateTranslation(0, 0, -0.004f) * place);
            cover.Cylinder(Matrix4x4.CreateScale(t / 2, h / 2, t * 0.3f) * Matrix4x4.CreateTranslation(0, 0, 0.073f) * place, 1, 16);
            foreach (var y in new[] { 0.35f, 0.4f, -0.38f }) gilt.Box(Matrix4x4.CreateScale(t / 2 * 0.8f, 0.003f, 0.004f) * Matrix4x4.CreateTranslation(0, y * h, 0.073f + t * 0.29f) * place);
            x += t + 0.002f;
        }
    }
}
