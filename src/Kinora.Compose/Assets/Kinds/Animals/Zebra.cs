using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    // Part tags of the zebra's coat map.
    private const int ZebraBody = 0, ZebraLeg = 1, ZebraNeck = 2, ZebraHead = 3, ZebraMuzzle = 4, ZebraRump = 5;

    /// <summary>
    /// A plains zebra: a horse's build but stockier, shorter legs, a deep neck with an upright striped mane, a black
    /// muzzle. Stripes run across each part's grain: upright on the barrel, slanting on the haunch, round the legs
    /// and across the neck and face, as on the animal (measured on photos: ~12 stripes along the barrel, ~30 cm
    /// apart on the shoulder, 6–8 cm on the legs).
    /// </summary>
    private static void Zebra(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 1f, 0.04f, out var step);
        var fx = 0.45f * len;
        var hx = -0.47f * len;
        var neckBase = new Vector3(0.55f * len, 1.18f, 0);
        var poll = new Vector3(0.92f * len, 1.62f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 1.05f, 0), neckBase, poll, null, new(-0.78f * len, 1.2f, 0),
            (new(fx, 0.98f, 0.12f), new(fx + 0.03f, 0.5f, 0.13f)), (new(hx, 1.02f, 0.12f), new(hx + 0.1f, 0.72f, 0.13f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0, 1.05f, 0), new(0.62f * len, 0.3f, 0.26f), blend: 0.12f, tag: ZebraBody);
        b.Blob(new(0.42f * len, 1.02f, 0), new(0.3f, 0.34f, 0.24f), blend: 0.12f, tag: ZebraBody);
        b.Blob(new(-0.45f * len, 1.1f, 0), new(0.32f, 0.32f, 0.26f), blend: 0.12f, tag: ZebraRump, grain: Vector2.Normalize(new(0.55f, 0.85f)));
        b.Blob(new(0.05f, 0.9f, 0), new(0.5f * len, 0.2f, 0.22f), blend: 0.12f, tag: ZebraBody); // belly
        Legs(b,
            [new(fx, 0.98f, 0.12f), new(fx + 0.03f, 0.5f, 0.13f), new(fx + 0.02f, 0.14f, 0.13f), new(fx + 0.05f, 0.06f, 0.13f)], [0.1f, 0.055f, 0.042f, 0.045f],
            [new(hx, 1.02f, 0.12f), new(hx + 0.1f, 0.72f, 0.13f), new(hx - 0.06f, 0.44f, 0.13f), new(hx - 0.03f, 0.14f, 0.13f), new(hx, 0.06f, 0.13f)], [0.17f, 0.1f, 0.055f, 0.042f, 0.045f],
            0.05f, ZebraLeg, rig);
        // Neck: deep where it meets the chest, rising at ~50 degrees; the head hangs from the poll.
        b.Bone = rig.Neck;
        b.Limb(neckBase, poll, 0.22f, 0.11f, 0.1f, ZebraNeck);
        b.Blob(Vector3.Lerp(neckBase, poll, 0.35f) + new Vector3(0, -0.04f, 0), new(0.2f, 0.2f, 0.15f), rotZ: 0.9f, blend: 0.1f, tag: ZebraNeck, grain: Vector2.Normalize(new(poll.X - neckBase.X, poll.Y - neckBase.Y)));
        var muzzle = poll + new Vector3(0.33f, -0.4f, 0);
        b.Bone = rig.Head;
        b.Blob(poll + new Vector3(0.06f, -0.08f, 0), new(0.14f, 0.12f, 0.095f), rotZ: -0.9f, blend: 0.06f, tag: ZebraHead, grain: Vector2.Normalize(new(0.4f, 0.9f)));
        b.Limb(poll + new Vector3(0.04f, -0.05f, 0), muzzle, 0.105f, 0.075f, 0.05f, ZebraHead, Vector2.Normalize(new(0.3f, 0.95f)));
        b.Blob(muzzle + new Vector3(0.01f, -0.02f, 0), new(0.08f, 0.07f, 0.075f), blend: 0.04f, tag: ZebraMuzzle);
        // Upright mane along the top of the neck, ears, a thin tail.
        var along = Vector3.Normalize(poll - neckBase);
        var up = new Vector3(-along.Y, along.X, 0);
        b.Bone = rig.Neck;
        b.Blob(Vector3.Lerp(neckBase, poll, 0.5f) + up * 0.19f, new(0.33f, 0.075f, 0.035f), rotZ: MathF.Atan2(along.Y, along.X), blend: 0.04f, tag: ZebraNeck, grain: new(along.X, along.Y));
        b.Bone = rig.Head;
        foreach (var s in new[] { 1f, -1f })
            b.Limb(poll + new Vector3(-0.02f, 0.05f, s * 0.06f), poll + new Vector3(-0.05f, 0.2f, s * 0.09f), 0.04f, 0.012f, 0.03f, ZebraHead);
        b.Bone = rig.Tail;
        b.Limb(new(-0.78f * len, 1.2f, 0), new(-0.86f * len, 0.72f, 0), 0.035f, 0.02f, 0.04f, ZebraLeg);

        var body = m.BodyPaint;
        var black = AnimalCoat.Relative(body, 24, 22, 22);
        Skin(m, b, body, xy =>
        {
            var (grain, tag, _) = b.NearestInSideView(xy);
            if (tag == ZebraMuzzle) return black;
            var period = tag switch { ZebraLeg => 0.075f, ZebraHead => 0.045f, ZebraNeck => 0.12f, ZebraRump => 0.12f, _ => 0.13f };
            var warp = (AnimalCoatNoise.Fbm(xy * 2.5f, seed) - 0.5f) * 0.7f;
            var on = Stripe(Vector2.Dot(xy, grain) / period + warp);
            // The belly's midline and the inner legs fade to white, as on the animal.
            return Vector3.Lerp(Vector3.One, black, on);
        }, shape: $"{step}", coat: $"{coatVariant}");
        m.Bone(rig.Head);
        Eyes(m, poll + new Vector3(0.08f, -0.06f, 0.085f), 0.02f);
        m.Bone(rig.Tail);
        m.Paint(Paints.Srgb(22, 20, 20, 0.8f, 0, "tail")).Ellipsoid(new(-0.87f * len, 0.62f, 0), new(0.05f, 0.14f, 0.05f));
    }
}
