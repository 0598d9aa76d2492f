using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    /// <summary>Cells across the longest side of a soft body: enough for a smooth silhouette at 1280x720 close-ups.</summary>
    private const int SoftCells = 150;

    /// <summary>
    /// Meshes a soft body into the model in <paramref name="paint"/>, with a coat painted in its side view when a
    /// painter is given (a multiplier over the paint's colour, see <see cref="AnimalCoat"/>).
    /// </summary>
    private static void Skin(ModelBuilder m, SoftBody body, Material paint, Func<Vector2, Vector3>? painter, int cells = SoftCells, int texels = 1024)
    {
        var (lo, hi) = body.Bounds();
        var view = new SideProjection(new Vector2(lo.X, lo.Y), new Vector2(hi.X, hi.Y));
        var extent = hi - lo;
        var cell = MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z)) / cells;
        var material = painter is null ? paint : paint with { Albedo = AnimalCoat.Bake($"{m.Kind}/{paint.Name}/coat", view, texels, painter) };
        body.Mesh(m.Paint(material), cell, view.Uv);
    }

    /// <summary>A pair of eyes: a dark glossy ball, or an iris with a pupil (round, or a cat's slit), set into the head surface.</summary>
    private static void Eyes(ModelBuilder m, Vector3 centre, float radius, Material? iris = null, bool slit = false) =>
        Eyes(m, Vector3.Zero, centre, 0, radius, iris, slit);

    /// <summary>Eyes placed at <paramref name="offset"/> (and its mirror across the head) from a head centre turned by <paramref name="yaw"/> about y.</summary>
    private static void Eyes(ModelBuilder m, Vector3 head, Vector3 offset, float yaw, float radius, Material? iris = null, bool slit = false)
    {
        var turn = Matrix4x4.CreateRotationY(yaw);
        foreach (var s in new[] { 1f, -1f })
        {
            var c = head + Vector3.Transform(offset with { Z = offset.Z * s }, turn);
            if (iris is not null)
            {
                m.Paint(iris).Sphere(Matrix4x4.CreateScale(radius) * Matrix4x4.CreateTranslation(c), 14, 8);
                var pupil = c + Vector3.Transform(new Vector3(radius * 0.72f, 0, s * radius * 0.5f), turn);
                m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(radius * 0.35f, radius * (slit ? 0.9f : 0.6f), radius * (slit ? 0.35f : 0.6f)) * Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(pupil), 10, 6);
            }
            else m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(radius) * Matrix4x4.CreateTranslation(c), 14, 8);
        }
    }

    /// <summary>Four legs mirrored across the body: each joint list is for the +Z side.</summary>
    private static void Legs(SoftBody body, Vector3[] front, float[] frontRadii, Vector3[] hind, float[] hindRadii, float blend, int tag)
    {
        foreach (var s in new[] { 1f, -1f })
        {
            body.Chain(Mirror(front, s), frontRadii, blend, tag);
            body.Chain(Mirror(hind, s), hindRadii, blend, tag);
        }
    }

    private static Vector3[] Mirror(Vector3[] points, float s) => [.. points.Select(p => p with { Z = p.Z * s })];

    /// <summary>Stripes across a part's grain: 0 between stripes, 1 on one, with soft edges a tenth of the period.</summary>
    private static float Stripe(float phase)
    {
        var f = phase - MathF.Floor(phase);
        var d = MathF.Abs(f - 0.5f) * 2; // 0 in the middle of a stripe, 1 at the middle of a gap
        return 1 - AnimalCoatNoise.Smooth(0.42f, 0.58f, d);
    }
}
