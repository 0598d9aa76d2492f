using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Builds a fish from a <see cref="FishShape"/>: a lofted body of revolution with an elliptical, flattened section
/// (deepest a third of the way back, tapering to the tail stalk), a thin forked caudal fin, dorsal, anal and pectoral
/// fins, eyes and a mouth, painted with a darker back and paler belly, bands or a lateral line. It is rigged as a
/// chain down the spine (<see cref="FishRig"/>): every vertex is weighted between the two spine joints nearest it
/// by where it lies along the body, so bending the joints one after another sends a smooth travelling wave down the
/// body and out through the tail, where a rigid card would only slide.
/// </summary>
public static class FishBody
{
    /// <summary>Natural-unit x of the nose and of the tail stalk (the body is one unit long to the tail's tip).</summary>
    public const float NoseX = 0.5f, StalkX = -0.26f;

    /// <summary>Stations along the body and around it: enough that the silhouette and the bend stay smooth.</summary>
    private const int Along = 44, Around = 28;

    /// <summary>The body's surface point and outward normal at <paramref name="t"/> (0 nose, 1 stalk, a little over 1
    /// rounds the stalk off) and angle <paramref name="a"/> (0 the +Z flank, π/2 the back).</summary>
    public static Vector3 Surface(FishShape s, float t, float a)
    {
        var (h, w, yc) = Section(s, t);
        return new Vector3(X(t), yc + h * MathF.Sin(a), w * MathF.Cos(a));
    }

    /// <summary>Half-height, half-width and centre height of the section at <paramref name="t"/>.</summary>
    public static (float H, float W, float Y) Section(FishShape s, float t)
    {
        float h;
        if (t <= s.Deepest)
        {
            var u = (s.Deepest - t) / s.Deepest;
            h = s.Height * MathF.Pow(MathF.Max(0, 1 - MathF.Pow(u, 1 / s.Nose * 0.5f + 1)), s.Nose);
        }
        else if (t <= 1)
        {
            var u = (t - s.Deepest) / (1 - s.Deepest);
            var k = 1 - u * u;
            h = s.Peduncle + (s.Height - s.Peduncle) * k * MathF.Sqrt(MathF.Max(k, 0));
        }
        else h = s.Peduncle * MathF.Sqrt(MathF.Max(0, 1 - MathF.Pow((t - 1) / 0.05f, 2)));
        // The back is more arched than the belly: the section's centre rides up a little mid-body.
        var yc = 0.12f * s.Height * MathF.Sin(MathF.PI * Math.Clamp(t, 0, 1));
        // The stalk is about as wide as it is deep; the flank in between as flat as the species.
        var flat = s.Flat + (1 - s.Flat) * 0.4f * Math.Clamp((t - 0.75f) / 0.25f, 0, 1);
        return (h, h * flat, yc);
    }

    public static float X(float t) => NoseX - t * (NoseX - StalkX);

    /// <summary>Builds the whole fish into <paramref name="m"/>, rigged. <paramref name="paint"/> 0 is the body, 1 the
    /// back, 2 the belly, 3 bands/lines, 4 fins; eyes and mouth have their own.</summary>
    public static void Build(ModelBuilder m, FishShape s, Material[] paint)
    {
        var rig = FishRig.Declare(m, s);
        var temp = new MeshBuilder[paint.Length + 3];
        for (var i = 0; i < temp.Length; i++) temp[i] = new MeshBuilder();
        Body(s, temp);
        Fins(s, temp[4]);
        Face(s, temp[paint.Length], temp[paint.Length + 1], temp[paint.Length + 2]);
        Material[] all = [.. paint, Paints.Srgb(215, 190, 110, 0.2f, 0, "iris"), Paints.Eye, Paints.Srgb(60, 30, 30, 0.6f, 0, "mouth")];
        for (var i = 0; i < temp.Length; i++)
            if (!temp[i].IsEmpty) Skin(m.Paint(all[i]), temp[i].Build("fish"), rig);
    }

    private static void Body(FishShape s, MeshBuilder[] paint)
    {
        const float tEnd = 1.045f, tStart = 0.004f;
        for (var i = 0; i < Along; i++)
            for (var j = 0; j < Around; j++)
            {
                float T(int k) => tStart + (tEnd - tStart) * k / Along;
                float A(int k) => 2 * MathF.PI * k / Around;
                var (t0, t1, a0, a1) = (T(i), T(i + 1), A(j), A(j + 1));
                var tm = (t0 + t1) / 2;
                var up = MathF.Sin((a0 + a1) / 2);
                var which = 0;
                if (up > 0.5f - 0.25f * s.Countershade && s.Countershade > 0) which = 1;
                else if (up < -0.35f && s.Countershade > 0) which = 2;
                foreach (var b in s.Bands)
                    if (MathF.Abs(tm - b) < 0.045f) which = 3;
                if (s.LateralLine && MathF.Abs(up) < 0.08f && tm > 0.2f && tm < 0.95f) which = 3;
                Quad(paint[which], s, t0, t1, a0, a1);
            }
    }

    /// <summary>One patch of the body as two triangles with the surface's own normals (so patches of different paints
    /// meet without a crease).</summary>
    private static void Quad(MeshBuilder mesh, FishShape s, float t0, float t1, float a0, float a1)
    {
        Span<float> ts = [t0, t1, t1, t0];
        Span<float> As = [a0, a0, a1, a1];
        var p = new Vector3[4];
        var n = new Vector3[4];
        var uv = new Vector2[4];
        for (var k = 0; k < 4; k++)
        {
            p[k] = Surface(s, ts[k], As[k]);
            n[k] = Normal(s, ts[k], As[k]);
            uv[k] = new Vector2(ts[k], As[k] / (2 * MathF.PI));
        }
        mesh.Triangles(p, n, uv, [0, 2, 1, 0, 3, 2], Matrix4x4.Identity);
    }

    private static Vector3 Normal(FishShape s, float t, float a)
    {
        const float e = 1e-3f;
        var dt = Surface(s, t + e, a) - Surface(s, t - e, a);
        var da = Surface(s, t, a + e) - Surface(s, t, a - e);
        var n = Vector3.Cross(dt, da);
        var (_, _, yc) = Section(s, t);
        var outward = Surface(s, t, a) - new Vector3(X(t), yc, 0);
        if (n.LengthSquared() < 1e-12f) return t < 0.5f ? Vector3.UnitX : -Vector3.UnitX;
        n = Vector3.Normalize(n);
        return Vector3.Dot(n, outward) < 0 ? -n : n;
    }

    /// <summary>Thin fins, each a closed slab: the caudal fin's forked outline behind the stalk, the dorsal on the back,
    /// the anal and pelvic fins underneath, the pectorals swept back from behind the gills.</summary>
    private static void Fins(FishShape s, MeshBuilder fin)
    {
        const float thick = 0.008f;
        var stalk = Section(s, 0.96f);
        var tail = StalkX - s.TailLength;
        var notch = StalkX - s.TailLength * (1 - s.Fork);
        var low = StalkX - s.TailLength * s.LowerLobe;
        fin.Extrude(
        [
            new(StalkX + 0.03f, stalk.Y + stalk.H * 0.9f), new(tail, stalk.Y + s.TailSpan), new(notch, stalk.Y + s.TailSpan * 0.08f),
            new(notch, stalk.Y - s.TailSpan * 0.08f), new(low, stalk.Y - s.TailSpan * s.LowerLobe), new(StalkX + 0.03f, stalk.Y - stalk.H * 0.9f),
        ], thick, Matrix4x4.Identity);

        // Dorsal: rises from the back, its leading edge steeper than its trailing one.
        var d0 = s.DorsalAt - s.DorsalBase / 2;
        var d1 = s.DorsalAt + s.DorsalBase / 2;
        Vector2 Back(float t, float lift) { var (h, _, y) = Section(s, t); return new(X(t), y + h + lift); }
        var peak = Back(s.DorsalAt, s.Dorsal) + new Vector2(-s.DorsalBase * 0.35f, 0);
        fin.Extrude([Back(d0, -0.02f), peak, Back(d1, s.Dorsal * 0.25f), Back(d1 + 0.03f, -0.02f)], thick, Matrix4x4.Identity);

        // Anal fin under the rear of the body, a small pelvic pair further forward.
        Vector2 Belly(float t, float drop) { var (h, _, y) = Section(s, t); return new(X(t), y - h - drop); }
        fin.Extrude([Belly(0.66f, -0.02f), Belly(0.74f, s.Dorsal * 0.6f), Belly(0.84f, s.Dorsal * 0.3f), Belly(0.86f, -0.02f)], thick, Matrix4x4.Identity);
        foreach (var side in new[] { -1f, 1f })
        {
            var (h, w, y) = Section(s, 0.5f);
            fin.Ellipsoid(new Vector3(X(0.5f) - 0.02f, y - h * 0.85f, side * w * 0.35f), new Vector3(0.045f, 0.008f, 0.018f) * (s.Pectoral / 0.08f), rotZ: 0.5f, rotY: side * 0.3f);
            // Pectorals: flat paddles just behind the gill cover, angled back and a little down.
            var (ph, pw, py) = Section(s, 0.28f);
            fin.Ellipsoid(new Vector3(X(0.28f) - s.Pectoral * 0.6f, py - ph * 0.35f, side * pw * 0.95f),
                new Vector3(s.Pectoral, s.Pectoral * 0.12f, s.Pectoral * 0.42f), rotZ: 0.45f, rotY: side * 0.45f, slices: 16, stacks: 8);
        }
    }

    private static void Face(FishShape s, MeshBuilder iris, MeshBuilder pupil, MeshBuilder mouth)
    {
        foreach (var side in new[] { -1f, 1f })
        {
            const float t = 0.12f, a = 0.5f;
            var at = Surface(s, t, a);
            var n = Normal(s, t, a);
            var p = at with { Z = side * at.Z };
            var nn = n with { Z = side * n.Z };
            var r = s.Eye;
            iris.Sphere(Matrix4x4.CreateScale(r, r, r * 0.55f) * Matrix4x4.CreateTranslation(p - nn * r * 0.2f), 14, 8);
            pupil.Sphere(Matrix4x4.CreateScale(r * 0.6f, r * 0.6f, r * 0.4f) * Matrix4x4.CreateTranslation(p + nn * r * 0.22f), 12, 8);
            for (var g = 0; g < s.GillSlits; g++)
            {
                // Gill slits: short dark cuts down the side behind the eye.
                var gt = 0.2f + g * 0.03f;
                var gp = Surface(s, gt, 0.15f);
                mouth.Box(gp with { Z = side * gp.Z }, new Vector3(0.003f, Section(s, gt).H * 0.3f, 0.004f), rotZ: 0.15f);
            }
        }
        var (h, w, y) = Section(s, 0.03f);
        mouth.Ellipsoid(new Vector3(NoseX - 0.012f, y - h * 0.35f, 0), new Vector3(0.012f, 0.006f, MathF.Max(w, 0.01f) * 1.05f));
    }

    /// <summary>Re-adds a finished mesh to <paramref name="into"/> with each vertex weighted along the spine.</summary>
    private static void Skin(MeshBuilder into, Mesh mesh, FishRig rig)
    {
        var p = mesh.Positions.ToArray();
        var joints = new Vector4[p.Length];
        var weights = new Vector4[p.Length];
        for (var i = 0; i < p.Length; i++) (joints[i], weights[i]) = rig.Weights(p[i].X);
        into.Triangles(p, mesh.Normals.ToArray(), mesh.Uvs.ToArray(), mesh.Indices.ToArray(), joints, weights, Matrix4x4.Identity);
    }
}
