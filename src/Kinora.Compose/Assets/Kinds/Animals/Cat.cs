using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int CatBody = 0, CatLeg = 1, CatHead = 2, CatTail = 3, CatMuzzle = 4;

    /// <summary>
    /// A house cat standing: a long supple body on short slim legs, a round head that is large for the body with a
    /// short muzzle and tall triangular ears, amber eyes with slit pupils, whiskers, and a long tail carried low
    /// with its tip curled up. The coat is a mackerel tabby: dark stripes across the body, rings on the legs and
    /// tail, an M on the brow, a pale chest and muzzle.
    /// </summary>
    private static void Cat(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 1f, 0.05f, out var step);
        var fx = 0.13f * len;
        var hx = -0.15f * len;
        var head = new Vector3(0.26f * len, 0.3f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 0.2f, 0), new(0.16f * len, 0.23f, 0), head + new Vector3(-0.03f, -0.03f, 0), null, new(-0.2f * len, 0.23f, 0),
            (new(fx, 0.18f, 0.04f), new(fx + 0.01f, 0.08f, 0.042f)), (new(hx, 0.2f, 0.04f), new(hx + 0.05f, 0.11f, 0.045f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0, 0.2f, 0), new(0.19f * len, 0.075f, 0.07f), rotZ: 0.04f, blend: 0.05f, tag: CatBody);
        b.Blob(new(0.12f * len, 0.2f, 0), new(0.09f, 0.085f, 0.07f), blend: 0.05f, tag: CatBody);
        b.Blob(new(-0.13f * len, 0.21f, 0), new(0.09f, 0.085f, 0.075f), blend: 0.05f, tag: CatBody);
        Legs(b,
            [new(fx, 0.18f, 0.04f), new(fx + 0.01f, 0.08f, 0.042f), new(fx + 0.01f, 0.016f, 0.042f)], [0.028f, 0.02f, 0.018f],
            [new(hx, 0.2f, 0.04f), new(hx + 0.05f, 0.11f, 0.045f), new(hx - 0.01f, 0.05f, 0.045f), new(hx + 0.0f, 0.016f, 0.045f)], [0.045f, 0.026f, 0.018f, 0.018f],
            0.025f, CatLeg, rig);
        Paws(b, rig, new(fx + 0.025f, 0.013f, 0.042f), new(0.027f, 0.013f, 0.02f), new(hx + 0.02f, 0.013f, 0.045f), new(0.027f, 0.013f, 0.02f), 0.015f, CatLeg);
        // The head turns towards the viewer's side, as a cat looks at whoever photographs it.
        const float yaw = -0.55f;
        var turn = Matrix4x4.CreateRotationY(yaw);
        Vector3 H(float x, float y, float z) => head + Vector3.Transform(new Vector3(x, y, z), turn);
        b.Bone = rig.Neck;
        b.Limb(new(0.16f * len, 0.23f, 0), H(-0.02f, -0.02f, 0), 0.05f, 0.045f, 0.04f, CatBody);
        b.Bone = rig.Head;
        b.Blob(head, new(0.07f, 0.064f, 0.072f), rotY: yaw, blend: 0.03f, tag: CatHead);
        b.Blob(H(0.055f, -0.024f, 0), new(0.032f, 0.028f, 0.04f), rotY: yaw, blend: 0.02f, tag: CatMuzzle);
        foreach (var s in new[] { 1f, -1f })
        {
            b.Blob(H(0.012f, -0.022f, s * 0.04f), new(0.045f, 0.038f, 0.038f), rotY: yaw, blend: 0.02f, tag: CatHead); // cheeks
            // Ears: wide-based triangles, tips apart.
            b.Limb(H(-0.01f, 0.04f, s * 0.04f), H(-0.008f, 0.11f, s * 0.058f), 0.03f, 0.004f, 0.015f, CatHead);
        }
        // Tail: carried low behind, sagging and then curling up at the tip, as a relaxed cat holds it. Held straight
        // up it made the model 40 % taller, so a close-up framed the cat a third smaller and the detector named
        // nothing (bench/assets); low, the same cat fills the frame.
        b.Bone = rig.Tail;
        Vector3[] tail = [new(-0.2f * len, 0.23f, 0), new(-0.3f * len, 0.19f, 0), new(-0.4f * len, 0.13f, 0), new(-0.5f * len, 0.12f, 0), new(-0.57f * len, 0.17f, 0)];
        for (var i = 0; i + 1 < tail.Length; i++)
            b.Limb(tail[i], tail[i + 1], 0.019f, 0.017f, 0.01f, CatTail, Vector2.Normalize(new(tail[i + 1].X - tail[i].X, tail[i + 1].Y - tail[i].Y)));

        var body = m.BodyPaint;
        var dark = AnimalCoat.Relative(body, 55, 48, 42);
        var pale = new Vector3(1);
        Skin(m, b, body, xy =>
        {
            var (grain, tag, _) = b.NearestInSideView(xy);
            var warp = (AnimalCoatNoise.Fbm(xy * 30, seed) - 0.5f) * 0.8f;
            var c = new Vector3(0.72f);
            c *= tag switch
            {
                CatTail => Vector3.Lerp(Vector3.One, dark, Stripe(Vector2.Dot(xy, grain) / 0.04f) * 0.6f),
                CatLeg => Vector3.Lerp(Vector3.One, dark, Stripe(xy.Y / 0.035f + warp) * 0.35f),
                CatHead => Vector3.Lerp(Vector3.One, dark, Stripe(xy.Y / 0.02f + warp) * 0.4f * AnimalCoatNoise.Smooth(0.32f, 0.34f, xy.Y)),
                CatMuzzle => pale / 0.72f,
                _ => Vector3.Lerp(Vector3.One, dark, Stripe(xy.X / 0.05f + warp) * 0.5f),
            };
            // Pale underside.
            c = Vector3.Lerp(c, pale, AnimalCoatNoise.Smooth(0.17f, 0.13f, xy.Y) * (tag == CatBody ? 1 : 0));
            return c * (0.9f + 0.2f * AnimalCoatNoise.Value(xy * 200, seed));
        }, cells: 105, texels: 768, shape: $"{step}", coat: $"{coatVariant}");

        m.Bone(rig.Head);
        Eyes(m, head, new(0.058f, 0.014f, 0.034f), yaw, 0.014f, Paints.Srgb(200, 160, 40, 0.1f, 0, "iris"), slit: true);
        m.Paint(Paints.Srgb(210, 130, 130, 0.5f, 0, "nose")).Ellipsoid(H(0.088f, -0.01f, 0), new(0.008f, 0.007f, 0.011f), rotY: yaw);
        var whisker = m.Paint(Paints.Srgb(240, 240, 235, 0.4f, 0, "whisker"));
        foreach (var s in new[] { 1f, -1f })
        {
            var inner = m.Paint(Paints.Srgb(205, 140, 140, 0.6f, 0, "inner ear"));
            inner.Ellipsoid(H(0.006f, 0.065f, s * 0.046f), new(0.008f, 0.03f, 0.012f), rotY: yaw + s * 0.3f);
            for (var i = -1; i <= 1; i++)
                whisker.Rod(H(0.07f, -0.02f + i * 0.006f, s * 0.03f), H(0.09f, -0.02f + i * 0.02f, s * 0.11f), 0.0012f, 0.0006f, 4);
        }
    }
}
