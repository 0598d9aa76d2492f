using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int ElephantBody = 0, ElephantLeg = 1, ElephantTrunk = 2, ElephantHead = 3;

    /// <summary>
    /// An African elephant about 3 m at the shoulder: a massive barrel on four straight pillar legs with broad flat
    /// feet, a domed head carried high with no visible neck, a trunk that hangs nearly to the ground and curls
    /// forward at the tip, ears like great flat fans against the shoulders, ivory tusks curving forward. The hide
    /// is grey with creases: rings across the trunk and legs, a coarse crackle elsewhere.
    /// </summary>
    private static void Elephant(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var rig = QuadrupedRig.Declare(m, new(0, 2.05f, 0), new(1.1f, 2.3f, 0), new(1.35f, 2.4f, 0), null, new(-1.55f, 2.45f, 0),
            (new(0.95f, 1.8f, 0.42f), new(0.97f, 0.9f, 0.44f)), (new(-1.0f, 1.9f, 0.42f), new(-0.92f, 0.95f, 0.44f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0, 2.05f, 0), new(1.5f, 0.9f, 0.78f), blend: 0.25f, tag: ElephantBody);
        b.Blob(new(0.8f, 2.2f, 0), new(0.6f, 0.85f, 0.72f), blend: 0.25f, tag: ElephantBody);
        b.Blob(new(-0.95f, 2.05f, 0), new(0.65f, 0.85f, 0.72f), blend: 0.25f, tag: ElephantBody);
        b.Blob(new(0.1f, 1.65f, 0), new(1.2f, 0.6f, 0.72f), blend: 0.25f, tag: ElephantBody);
        Legs(b,
            [new(0.95f, 1.8f, 0.42f), new(0.97f, 0.9f, 0.44f), new(0.98f, 0.28f, 0.44f)], [0.4f, 0.33f, 0.33f],
            [new(-1.0f, 1.9f, 0.42f), new(-0.92f, 0.95f, 0.44f), new(-0.98f, 0.28f, 0.44f)], [0.45f, 0.33f, 0.32f],
            0.12f, ElephantLeg, rig);
        Paws(b, rig, new(1.0f, 0.16f, 0.44f), new(0.37f, 0.16f, 0.36f), new(-0.97f, 0.16f, 0.44f), new(0.36f, 0.16f, 0.35f), 0.1f, ElephantLeg);
        // Head: a high dome in front of the shoulders, the brow bulging forward.
        b.Bone = rig.Head; // the trunk too: it has no joints of its own
        b.Blob(new(1.62f, 2.5f, 0), new(0.6f, 0.72f, 0.55f), blend: 0.3f, tag: ElephantHead);
        b.Blob(new(1.95f, 2.7f, 0), new(0.38f, 0.42f, 0.42f), blend: 0.2f, tag: ElephantHead);
        // Trunk: thick at the face, hanging nearly to the ground, the tip curling forward.
        Vector3[] trunk = [new(2.15f, 2.35f, 0), new(2.4f, 1.9f, 0), new(2.5f, 1.35f, 0), new(2.48f, 0.8f, 0), new(2.45f, 0.42f, 0), new(2.55f, 0.2f, 0), new(2.68f, 0.22f, 0)];
        float[] trunkRadii = [0.3f, 0.22f, 0.17f, 0.14f, 0.115f, 0.1f, 0.09f];
        for (var i = 0; i + 1 < trunk.Length; i++)
            b.Limb(trunk[i], trunk[i + 1], trunkRadii[i], trunkRadii[i + 1], 0.06f, ElephantTrunk, Vector2.Normalize(new(trunk[i + 1].X - trunk[i].X, trunk[i + 1].Y - trunk[i].Y)));
        b.Bone = rig.Tail;
        b.Limb(new(-1.55f, 2.45f, 0), new(-1.7f, 1.35f, 0), 0.06f, 0.035f, 0.08f, ElephantBody);

        var body = m.BodyPaint;
        Skin(m, b, body, xy =>
        {
            var (grain, tag, _) = b.NearestInSideView(xy);
            var mottle = 0.85f + 0.2f * AnimalCoatNoise.Fbm(xy * 1.5f, seed);
            float crease;
            if (tag is ElephantTrunk or ElephantLeg)
            {
                // Rings round the trunk and legs, closer together on the trunk.
                var along = Vector2.Dot(xy, tag == ElephantTrunk ? grain : Vector2.UnitY) / (tag == ElephantTrunk ? 0.045f : 0.08f);
                crease = Stripe(along + AnimalCoatNoise.Value(xy * 6, seed) * 0.6f) * 0.55f;
            }
            else
            {
                var (f1, f2, _) = AnimalCoatNoise.Worley(xy / 0.09f, seed + 7);
                crease = (1 - AnimalCoatNoise.Smooth(0.02f, 0.12f, f2 - f1)) * 0.45f;
            }
            return new Vector3(mottle * (1 - crease));
        }, cells: 105, texels: 768, shape: "", coat: $"{coatVariant}");

        m.Bone(rig.Head);
        // Ears: great thin fans lying back against the shoulders, a little flared; tusks and the tail tuft.
        foreach (var s in new[] { 1f, -1f })
        {
            m.Body.Ellipsoid(new(1.3f, 2.35f, s * 0.78f), new(0.62f, 0.88f, 0.07f), rotZ: 0.1f, rotY: s * 0.25f, slices: 32, stacks: 18);
            m.Paint(Paints.Srgb(236, 226, 200, 0.35f, 0, "ivory")).Capsule(new(2.1f, 1.95f, s * 0.25f), new(2.55f, 1.45f, s * 0.33f), 0.075f, 0.05f, 14);
            m.Paint(Paints.Srgb(236, 226, 200, 0.35f, 0, "ivory")).Capsule(new(2.55f, 1.45f, s * 0.33f), new(2.85f, 1.52f, s * 0.3f), 0.05f, 0.02f, 14);
        }
        m.Bone(rig.Tail);
        m.Paint(Paints.Srgb(40, 38, 36, 0.9f, 0, "tuft")).Ellipsoid(new(-1.71f, 1.28f, 0), new(0.05f, 0.12f, 0.05f));
        m.Bone(rig.Head);
        Eyes(m, new(2.02f, 2.45f, 0.41f), 0.035f);
    }
}
