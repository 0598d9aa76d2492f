using System.Collections.Concurrent;
using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    /// <summary>
    /// Cells across the longest side of a soft body. 110 keeps the silhouette smooth at a 1280x720 close-up (a cell
    /// is under 1% of the body; vertices sit on the true surface and normals come from the field) at about half
    /// the triangles of 150: measured in bench/assets/animal-bodies.md.
    /// </summary>
    private const int SoftCells = 110;

    /// <summary>
    /// Most surfaces and coats kept for reuse (each cache); past it that cache starts over. A sheep's surface is
    /// ~2.5 MB and a 768-texel coat ~2 MB, so a long-running server holds at most ~70 MB here.
    /// </summary>
    private const int CacheLimit = 16;

    // Meshing a soft body and baking its coat are the costly part of composing an animal (a second or more each on
    // two cores), and a herd repeats them: species draw their shape and coat from a few variants per kind, and the
    // surface (per shape variant) and coat (per shape, coat variant and colour) are built once and shared.
    private static readonly ConcurrentDictionary<string, MeshBuilder> Surfaces = new();
    private static readonly ConcurrentDictionary<string, Texture> Coats = new();

    /// <summary>
    /// Meshes a soft body into the model in <paramref name="paint"/>, with a coat painted in its side view when a
    /// painter is given (a multiplier over the paint's colour, see <see cref="AnimalCoat"/>). With a
    /// <paramref name="shape"/> key (everything the body's parts and relief depend on) the surface is cached, and
    /// with a <paramref name="coat"/> key too (everything else the painter depends on) the coat as well.
    /// </summary>
    private static void Skin(ModelBuilder m, SoftBody body, Material paint, Func<Vector2, Vector3>? painter, int cells = SoftCells, int texels = 1024, string? shape = null, string? coat = null)
    {
        var (lo, hi) = body.Bounds();
        var view = new SideProjection(new Vector2(lo.X, lo.Y), new Vector2(hi.X, hi.Y));
        var extent = hi - lo;
        var cell = MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z)) / cells;
        var name = $"{m.Kind}/{paint.Name}/coat";
        var material = painter is null ? paint : paint with
        {
            Albedo = shape is null || coat is null
                ? AnimalCoat.Bake(name, view, texels, painter)
                : Cached(Coats, $"{m.Kind}/{paint.Name}/{shape}/{coat}/{paint.BaseColor}/{texels}", () => AnimalCoat.Bake(name, view, texels, painter)),
        };
        var target = m.Paint(material);
        if (body.Rigged) body.JointParents = [.. m.Joints.Select(j => j.Parent)];
        if (shape is null)
        {
            body.Mesh(target, cell, view.Uv);
            return;
        }
        var surface = Cached(Surfaces, $"{m.Kind}/{paint.Name}/{shape}/{cells}/{body.Rigged}", () =>
        {
            var built = new MeshBuilder();
            body.Mesh(built, cell, view.Uv);
            return built;
        });
        target.Append(surface, Matrix4x4.Identity);
    }

    private static T Cached<T>(ConcurrentDictionary<string, T> cache, string key, Func<T> build) where T : class
    {
        if (cache.TryGetValue(key, out var hit)) return hit;
        if (cache.Count >= CacheLimit) cache.Clear();
        return cache.GetOrAdd(key, _ => build());
    }

    /// <summary>
    /// A noise seed drawn from a few per kind (<paramref name="variants"/>), so animals of a herd share their coat
    /// and relief (see <see cref="Skin"/>); one draw from <paramref name="r"/>, as a free seed took.
    /// </summary>
    private static uint SeedVariant(ref SeededRandom r, out int variant, int variants = 3)
    {
        variant = (int)(r.NextULong() % (ulong)variants);
        return (uint)(variant + 1) * 0x9E3779B1u;
    }

    /// <summary>
    /// <paramref name="v"/> varied by up to ±<paramref name="spread"/> in three steps (−, 0, +): a proportion that
    /// differs between animals of a herd while their surfaces can still be shared. One draw, as <see cref="Vary"/>.
    /// </summary>
    private static float VaryStep(ref SeededRandom r, float v, float spread, out int step)
    {
        step = (int)(r.NextDouble() * 3) % 3;
        return v * (1 + spread * (step - 1));
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

    /// <summary>
    /// A pad at the foot of each leg, riding its shin: <paramref name="fore"/> and <paramref name="hind"/> are the
    /// +Z side's centres, mirrored to the −Z side.
    /// </summary>
    private static void Paws(SoftBody body, QuadrupedRig rig, Vector3 fore, Vector3 foreRadii, Vector3 hind, Vector3 hindRadii, float blend, int tag)
    {
        foreach (var s in new[] { 1f, -1f })
        {
            body.Bone = rig.Shin(true, s);
            body.Blob(fore with { Z = s * fore.Z }, foreRadii, blend: blend, tag: tag);
            body.Bone = rig.Shin(false, s);
            body.Blob(hind with { Z = s * hind.Z }, hindRadii, blend: blend, tag: tag);
        }
    }

    /// <summary>
    /// Four legs mirrored across the body: each joint list is for the +Z side. With a rig, the first segment of a
    /// leg follows its thigh and the rest its shin; the body's current bone is restored after.
    /// </summary>
    private static void Legs(SoftBody body, Vector3[] front, float[] frontRadii, Vector3[] hind, float[] hindRadii, float blend, int tag, QuadrupedRig? rig = null)
    {
        var bone = body.Bone;
        foreach (var s in new[] { 1f, -1f })
        {
            Leg(body, Mirror(front, s), frontRadii, blend, tag, rig, true, s);
            Leg(body, Mirror(hind, s), hindRadii, blend, tag, rig, false, s);
        }
        if (rig is not null) body.Bone = bone;
    }

    private static void Leg(SoftBody body, Vector3[] points, float[] radii, float blend, int tag, QuadrupedRig? rig, bool front, float s)
    {
        if (rig is null)
        {
            body.Chain(points, radii, blend, tag);
            return;
        }
        body.Bone = rig.Thigh(front, s);
        body.Limb(points[0], points[1], radii[0], radii[1], blend, tag);
        body.Bone = rig.Shin(front, s);
        body.Chain(points.AsSpan(1), radii.AsSpan(1), blend, tag);
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
