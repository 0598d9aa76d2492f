using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int BearBody = 0, BearLeg = 1, BearMuzzle = 2, BearHead = 3;

    /// <summary>
    /// A brown bear on all fours: a heavy body with the shoulder hump higher than the rump, thick straight legs on
    /// broad paws, the big round head carried low on a short neck, small round ears, a short tapering muzzle paler
    /// than the face. Shaggy: a coarse relief on the surface and long-haired streaks in the coat, darker on the legs.
    /// </summary>
    private static void Bear(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var variant);
        var head = new Vector3(0.88f, 0.86f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 0.82f, 0), new(0.55f, 0.92f, 0), head + new Vector3(-0.12f, 0, 0), null, new(-0.78f, 0.93f, 0),
            (new(0.42f, 0.72f, 0.2f), new(0.45f, 0.35f, 0.21f)), (new(-0.5f, 0.78f, 0.2f), new(-0.42f, 0.45f, 0.21f)));
        var b = new SoftBody
        {
            Bone = rig.Body,
            Relief = p => 0.02f * (AnimalCoatNoise.Value(new Vector2(p.X * 14, p.Y * 30), seed) + AnimalCoatNoise.Value(new Vector2(p.Z * 14, p.Y * 30), seed + 3) - 1),
        };
        b.Blob(new(0, 0.82f, 0), new(0.55f, 0.37f, 0.37f), blend: 0.15f, tag: BearBody);
        b.Blob(new(0.3f, 0.95f, 0), new(0.36f, 0.34f, 0.34f), blend: 0.15f, tag: BearBody); // hump
        b.Blob(new(-0.45f, 0.82f, 0), new(0.34f, 0.36f, 0.35f), blend: 0.15f, tag: BearBody);
        Legs(b,
            [new(0.42f, 0.72f, 0.2f), new(0.45f, 0.35f, 0.21f), new(0.47f, 0.1f, 0.21f)], [0.16f, 0.12f, 0.1f],
            [new(-0.5f, 0.78f, 0.2f), new(-0.42f, 0.45f, 0.21f), new(-0.5f, 0.1f, 0.21f)], [0.19f, 0.13f, 0.1f],
            0.08f, BearLeg, rig);
        Paws(b, rig, new(0.53f, 0.06f, 0.21f), new(0.15f, 0.06f, 0.1f), new(-0.44f, 0.06f, 0.21f), new(0.15f, 0.06f, 0.1f), 0.05f, BearLeg);
        // A big round head, a little below the hump, with a broad forehead and cheeks.
        // The head turns a little towards the viewer's side, as a bear does when it looks up at the photographer.
        const float yaw = -0.75f;
        var turn = Matrix4x4.CreateRotationY(yaw);
        Vector3 H(float x, float y, float z) => head + Vector3.Transform(new Vector3(x, y, z), turn);
        b.Bone = rig.Neck;
        b.Limb(new(0.55f, 0.92f, 0), head, 0.3f, 0.22f, 0.12f, BearBody);
        b.Bone = rig.Head;
        b.Blob(head, new(0.24f, 0.23f, 0.24f), blend: 0.08f, tag: BearHead);
        b.Blob(H(0.02f, -0.06f, 0), new(0.18f, 0.17f, 0.27f), rotY: yaw, blend: 0.06f, tag: BearHead);
        var nose = H(0.34f, -0.08f, 0);
        b.Limb(H(0.14f, -0.03f, 0), nose, 0.12f, 0.075f, 0.06f, BearMuzzle);
        // Small round ears standing clear of the crown.
        foreach (var s in new[] { 1f, -1f })
            b.Blob(H(-0.05f, 0.22f, s * 0.15f), new(0.05f, 0.065f, 0.07f), rotY: yaw, blend: 0.025f, tag: BearHead);
        b.Bone = rig.Tail;
        b.Blob(new(-0.82f, 0.93f, 0), new(0.08f, 0.06f, 0.06f), blend: 0.06f, tag: BearBody);

        var body = m.BodyPaint;
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var streak = AnimalCoatNoise.Fbm(new Vector2(xy.X * 14, xy.Y * 4), seed);
            var tone = tag switch { BearLeg => 0.5f, BearMuzzle => 1f, _ => 0.8f };
            var c = tag == BearMuzzle ? AnimalCoat.Relative(body, 175, 135, 95) : new Vector3(tone);
            // Paler, sun-bleached tips on the back and hump.
            var tips = AnimalCoatNoise.Smooth(0.9f, 1.25f, xy.Y) * 0.25f;
            return c * (0.6f + 0.6f * streak) * (1 + tips);
        }, texels: 768, shape: $"{variant}", coat: "");
        m.Bone(rig.Head);
        m.Paint(Paints.Srgb(20, 18, 18, 0.4f, 0, "nose")).Ellipsoid(nose + Vector3.Transform(new Vector3(0.055f, 0.015f, 0), turn), new(0.03f, 0.035f, 0.045f), rotY: yaw);
        Eyes(m, head, new(0.19f, 0.07f, 0.12f), yaw, 0.022f);
    }
}
