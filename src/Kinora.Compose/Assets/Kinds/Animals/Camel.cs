using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int CamelBody = 0, CamelLeg = 1, CamelNeck = 2, CamelHead = 3, CamelHump = 4;

    /// <summary>Share of camels drawn as two-humped bactrians; the rest are dromedaries, the camel of most photos.</summary>
    public const double BactrianShare = 0.25;

    /// <summary>
    /// A dromedary (or, by seed, a bactrian): a short deep body high on long thin legs with knobbly knees and broad
    /// padded feet, the hump(s) standing well above the shoulder, the long neck dipping forward and down from the
    /// chest then curving up to a head carried level, small round ears, heavy-lidded eyes, a split upper lip. Sandy
    /// coat, paler low on the legs, with the grey calluses on the knees and chest it kneels on.
    /// </summary>
    private static void Camel(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var bactrian = r.NextDouble() < BactrianShare;
        var len = VaryStep(ref r, 1f, 0.04f, out var step);
        var fx = 0.58f * len;
        var hx = -0.6f * len;
        // The neck's curve: down and forward from the chest, then up to the poll.
        Vector3[] neck = [new(0.72f * len, 1.62f, 0), new(1.06f * len, 1.5f, 0), new(1.36f * len, 1.64f, 0), new(1.5f * len, 1.98f, 0), new(1.55f * len, 2.16f, 0)];
        var poll = neck[^1];
        var tailBase = new Vector3(-0.92f * len, 1.6f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 1.45f, 0), neck[0], poll, null, tailBase,
            (new(fx, 1.35f, 0.17f), new(fx + 0.02f, 0.68f, 0.17f)), (new(hx, 1.42f, 0.17f), new(hx + 0.15f, 1.05f, 0.17f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0, 1.48f, 0), new(0.8f * len, 0.3f, 0.33f), blend: 0.15f, tag: CamelBody);
        b.Blob(new(0.52f * len, 1.42f, 0), new(0.34f, 0.36f, 0.31f), blend: 0.15f, tag: CamelBody); // deep chest
        b.Blob(new(-0.6f * len, 1.52f, 0), new(0.34f, 0.3f, 0.29f), rotZ: -0.2f, blend: 0.15f, tag: CamelBody); // rump, sloping off
        b.Blob(new(0.5f * len, 1.08f, 0), new(0.12f, 0.07f, 0.1f), blend: 0.08f, tag: CamelLeg); // chest callus
        if (bactrian)
        {
            b.Blob(new(0.3f * len, 1.86f, 0), new(0.22f, 0.32f, 0.22f), blend: 0.14f, tag: CamelHump);
            b.Blob(new(-0.3f * len, 1.86f, 0), new(0.22f, 0.32f, 0.22f), blend: 0.14f, tag: CamelHump);
        }
        else b.Blob(new(0.02f * len, 1.84f, 0), new(0.44f * len, 0.36f, 0.26f), blend: 0.16f, tag: CamelHump);
        Legs(b,
            [new(fx, 1.35f, 0.17f), new(fx + 0.02f, 0.68f, 0.17f), new(fx, 0.16f, 0.17f), new(fx + 0.04f, 0.06f, 0.17f)], [0.12f, 0.06f, 0.042f, 0.06f],
            [new(hx, 1.42f, 0.17f), new(hx + 0.15f, 1.05f, 0.17f), new(hx - 0.04f, 0.62f, 0.17f), new(hx - 0.02f, 0.16f, 0.17f), new(hx + 0.02f, 0.06f, 0.17f)], [0.17f, 0.08f, 0.05f, 0.042f, 0.06f],
            0.05f, CamelLeg, rig);
        foreach (var s in new[] { 1f, -1f })
        {
            // Knobbly knees and hocks, and broad flat pads.
            b.Bone = rig.Shin(true, s);
            b.Blob(new(fx + 0.03f, 0.68f, s * 0.17f), new(0.07f, 0.075f, 0.065f), blend: 0.03f, tag: CamelLeg);
            b.Blob(new(fx + 0.05f, 0.045f, s * 0.17f), new(0.11f, 0.045f, 0.085f), blend: 0.03f, tag: CamelLeg);
            b.Bone = rig.Shin(false, s);
            b.Blob(new(hx - 0.04f, 0.62f, s * 0.17f), new(0.065f, 0.07f, 0.06f), blend: 0.03f, tag: CamelLeg);
            b.Blob(new(hx + 0.03f, 0.045f, s * 0.17f), new(0.11f, 0.045f, 0.085f), blend: 0.03f, tag: CamelLeg);
        }
        b.Bone = rig.Neck;
        float[] neckRadius = [0.22f, 0.13f, 0.1f, 0.085f, 0.08f];
        for (var i = 0; i + 1 < neck.Length; i++)
            b.Limb(neck[i], neck[i + 1], neckRadius[i], neckRadius[i + 1], 0.06f, CamelNeck);
        // The head is carried level: a long skull and a deep, droopy muzzle.
        var muzzle = poll + new Vector3(0.42f, -0.12f, 0);
        b.Bone = rig.Head;
        b.Blob(poll + new Vector3(0.06f, -0.02f, 0), new(0.13f, 0.1f, 0.085f), blend: 0.05f, tag: CamelHead);
        b.Limb(poll + new Vector3(0.08f, -0.03f, 0), muzzle, 0.085f, 0.07f, 0.05f, CamelHead);
        b.Blob(muzzle + new Vector3(0.0f, -0.05f, 0), new(0.07f, 0.045f, 0.06f), blend: 0.03f, tag: CamelHead); // hanging lower lip
        foreach (var s in new[] { 1f, -1f })
            b.Blob(poll + new Vector3(-0.04f, 0.07f, s * 0.07f), new(0.03f, 0.045f, 0.022f), blend: 0.015f, tag: CamelHead); // small round ears
        b.Bone = rig.Tail;
        b.Limb(tailBase, tailBase + new Vector3(-0.08f, -0.5f, 0), 0.035f, 0.02f, 0.04f, CamelBody);

        var body = m.BodyPaint;
        var pale = AnimalCoat.Relative(body, 225, 200, 160);
        var callus = AnimalCoat.Relative(body, 110, 96, 84);
        var sand = AnimalCoat.Relative(body, 200, 162, 112);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var c = sand * (bactrian ? 0.8f : 1);
            if (tag == CamelHump) c *= 1.06f; // sun-bleached top
            if (tag == CamelLeg) c = Vector3.Lerp(c, pale, AnimalCoatNoise.Smooth(0.9f, 0.3f, xy.Y) * 0.5f);
            // Grey calluses on the knees and on the chest pad it kneels on.
            foreach (var knee in new[] { new Vector2(fx + 0.04f, 0.68f), new Vector2(hx - 0.05f, 0.62f), new Vector2(0.5f * len, 1.03f) })
                c = Vector3.Lerp(c, callus, AnimalCoatNoise.Smooth(0.06f, 0.035f, Vector2.Distance(xy, knee)));
            return c * (0.9f + 0.15f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 22, xy.Y * 9), seed));
        }, texels: 768, shape: $"{step}/{bactrian}", coat: $"{coatVariant}");

        var dark = m.Paint(Paints.Srgb(40, 32, 26, 0.6f, 0, "nostril"));
        m.Bone(rig.Head);
        foreach (var s in new[] { 1f, -1f })
            dark.Ellipsoid(muzzle + new Vector3(0.06f, 0.02f, s * 0.03f), new(0.012f, 0.008f, 0.01f));
        dark.Ellipsoid(muzzle + new Vector3(0.065f, -0.03f, 0), new(0.01f, 0.022f, 0.012f)); // the split lip
        Eyes(m, poll + new Vector3(0.1f, 0.03f, 0.075f), 0.02f);
        var lid = m.Paint(body with { BaseColor = body.BaseColor * 0.8f, Name = "lid" });
        foreach (var s in new[] { 1f, -1f })
            lid.Ellipsoid(poll + new Vector3(0.1f, 0.05f, s * 0.075f), new(0.028f, 0.012f, 0.02f)); // heavy upper lids
        m.Bone(rig.Tail);
        dark.Ellipsoid(tailBase + new Vector3(-0.09f, -0.55f, 0), new(0.035f, 0.09f, 0.035f));
    }
}
