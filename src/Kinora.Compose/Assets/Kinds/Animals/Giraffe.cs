using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int GiraffeBody = 0, GiraffeLeg = 1, GiraffeNeck = 2, GiraffeHead = 3;

    /// <summary>
    /// A giraffe about 4.8 m to the ossicones: legs as long as the neck, a short back sloping down to the rump, the
    /// neck at ~60 degrees, a long narrow head, two furred ossicones. The coat is the reticulated pattern: chestnut
    /// polygons 15–25 cm across parted by pale lines (Worley cells: the line is where the nearest two feature
    /// points are nearly equally far), smaller towards the face and fading out down the lower legs.
    /// </summary>
    private static void Giraffe(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var neckLen = VaryStep(ref r, 1f, 0.05f, out var step);
        var neckBase = new Vector3(0.72f, 2.7f, 0);
        var poll = neckBase + Vector3.Normalize(new Vector3(0.42f, 1f, 0)) * 1.85f * neckLen;
        var rig = QuadrupedRig.Declare(m, new(0, 2.45f, 0), neckBase, poll, null, new(-0.98f, 2.5f, 0),
            (new(0.58f, 2.3f, 0.17f), new(0.62f, 1.2f, 0.19f)), (new(-0.65f, 2.25f, 0.17f), new(-0.5f, 1.75f, 0.19f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0, 2.45f, 0), new(0.85f, 0.42f, 0.34f), rotZ: 0.16f, blend: 0.15f, tag: GiraffeBody);
        b.Blob(new(0.5f, 2.5f, 0), new(0.45f, 0.5f, 0.33f), blend: 0.15f, tag: GiraffeBody);
        b.Blob(new(-0.62f, 2.28f, 0), new(0.4f, 0.4f, 0.32f), blend: 0.15f, tag: GiraffeBody);
        Legs(b,
            [new(0.58f, 2.3f, 0.17f), new(0.62f, 1.2f, 0.19f), new(0.6f, 0.62f, 0.19f), new(0.62f, 0.1f, 0.19f)], [0.13f, 0.075f, 0.06f, 0.06f],
            [new(-0.65f, 2.25f, 0.17f), new(-0.5f, 1.75f, 0.19f), new(-0.78f, 1.02f, 0.19f), new(-0.72f, 0.1f, 0.19f)], [0.19f, 0.1f, 0.07f, 0.06f],
            0.08f, GiraffeLeg, rig);
        b.Bone = rig.Neck;
        b.Limb(neckBase, poll, 0.27f, 0.11f, 0.15f, GiraffeNeck);
        var headDir = Vector3.Normalize(new Vector3(0.85f, -0.5f, 0));
        var muzzle = poll + headDir * 0.5f;
        b.Bone = rig.Head;
        b.Blob(poll + headDir * 0.1f, new(0.15f, 0.12f, 0.1f), rotZ: MathF.Atan2(headDir.Y, headDir.X), blend: 0.06f, tag: GiraffeHead);
        b.Limb(poll + headDir * 0.1f, muzzle, 0.11f, 0.075f, 0.05f, GiraffeHead);
        foreach (var s in new[] { 1f, -1f })
        {
            // Ossicones, and ears sticking out sideways behind them.
            b.Limb(poll + new Vector3(-0.04f, 0.08f, s * 0.055f), poll + new Vector3(-0.07f, 0.24f, s * 0.065f), 0.03f, 0.028f, 0.02f, GiraffeHead);
            b.Limb(poll + new Vector3(-0.08f, 0.05f, s * 0.08f), poll + new Vector3(-0.12f, 0.09f, s * 0.24f), 0.035f, 0.018f, 0.02f, GiraffeHead);
        }
        b.Bone = rig.Tail;
        b.Limb(new(-0.98f, 2.5f, 0), new(-1.05f, 1.45f, 0), 0.035f, 0.02f, 0.05f, GiraffeBody);

        var body = m.BodyPaint;
        var line = Vector3.One;
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var cell = tag switch { GiraffeHead => 0.07f, GiraffeNeck => 0.17f, GiraffeLeg => 0.12f, _ => 0.21f };
            var (f1, f2, id) = AnimalCoatNoise.Worley(xy / cell, seed);
            var edge = AnimalCoatNoise.Smooth(0.07f, 0.16f, f2 - f1); // 0 on the pale line, 1 inside a patch
            var shade = 0.85f + 0.3f * (id % 1000) / 1000f;
            var patch = AnimalCoat.Relative(body, 128, 68, 28) * shade;
            // Patches fade out below the knees and at the muzzle.
            var fade = tag == GiraffeLeg ? AnimalCoatNoise.Smooth(0.7f, 1.3f, xy.Y) : 1;
            if (tag == GiraffeHead) fade = 0.7f;
            return Vector3.Lerp(line, patch, edge * fade);
        }, shape: $"{step}", coat: $"{coatVariant}");
        var dark = m.Paint(Paints.Srgb(45, 32, 24, 0.85f, 0, "hoof"));
        foreach (var s in new[] { 1f, -1f })
        {
            m.Bone(rig.Head);
            dark.Ellipsoid(poll + new Vector3(-0.07f, 0.26f, s * 0.065f), new(0.038f, 0.03f, 0.038f));
            m.Bone(rig.Shin(true, s));
            dark.Ellipsoid(new(0.63f, 0.045f, s * 0.19f), new(0.08f, 0.05f, 0.07f));
            m.Bone(rig.Shin(false, s));
            dark.Ellipsoid(new(-0.71f, 0.045f, s * 0.19f), new(0.08f, 0.05f, 0.07f));
        }
        m.Bone(rig.Tail);
        dark.Ellipsoid(new(-1.06f, 1.38f, 0), new(0.05f, 0.16f, 0.05f)); // tail tuft
        m.Bone(rig.Neck);
        // Short dark mane along the back of the neck.
        var along = Vector3.Normalize(poll - neckBase);
        var back = new Vector3(-along.Y, along.X, 0);
        dark.Capsule(neckBase + back * 0.24f + along * 0.1f, poll + back * 0.1f, 0.035f, 0.025f, 10);
        m.Bone(rig.Head);
        Eyes(m, poll + headDir * 0.1f + new Vector3(0.02f, 0.04f, 0.09f), 0.028f);
    }
}
