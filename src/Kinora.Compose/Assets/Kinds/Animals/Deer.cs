using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int DeerBody = 0, DeerLeg = 1, DeerNeck = 2, DeerHead = 3, DeerMuzzle = 4, DeerTail = 5, DeerRump = 6;

    /// <summary>Share of deer drawn as stags (with antlers) when the plan does not say "male" or "female".</summary>
    public const double StagShare = 0.6;

    /// <summary>
    /// A white-tailed deer standing alert: a slim barrel on long slender legs with small dark hooves, the neck up
    /// at about 55 degrees, a small tapering head with large ears held out and up, a black nose. A stag (by the
    /// plan's sex, else by seed) carries antlers: a main beam sweeping back, out and forward over the face, with
    /// tines rising from it. The coat is warm brown, paler on the belly, with a white throat patch, white round the
    /// muzzle and under the short tail.
    /// </summary>
    private static void Deer(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 1.1f, 0.04f, out var step);
        var stag = m.Traits.Sex switch { "male" => true, "female" => false, _ => r.NextDouble() < StagShare };
        if (m.Traits.Sex is not null) r.NextDouble(); // one draw either way, so what follows keeps its stream
        var fx = 0.36f * len;
        var hx = -0.38f * len;
        var neckBase = new Vector3(0.44f * len, 0.98f, 0);
        var poll = neckBase + Vector3.Normalize(new Vector3(0.55f, 1f, 0)) * 0.5f;
        var tailBase = new Vector3(-0.6f * len, 0.98f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 0.88f, 0), neckBase, poll, null, tailBase,
            (new(fx, 0.82f, 0.1f), new(fx + 0.02f, 0.36f, 0.1f)), (new(hx, 0.88f, 0.1f), new(hx + 0.09f, 0.62f, 0.1f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0, 0.88f, 0), new(0.5f * len, 0.2f, 0.18f), blend: 0.1f, tag: DeerBody);
        b.Blob(new(0.33f * len, 0.86f, 0), new(0.22f, 0.24f, 0.17f), blend: 0.1f, tag: DeerBody); // deep chest
        b.Blob(new(-0.38f * len, 0.92f, 0), new(0.22f, 0.22f, 0.18f), blend: 0.1f, tag: DeerRump);
        Legs(b,
            [new(fx, 0.82f, 0.1f), new(fx + 0.02f, 0.36f, 0.1f), new(fx + 0.01f, 0.1f, 0.1f), new(fx + 0.03f, 0.035f, 0.1f)], [0.075f, 0.033f, 0.024f, 0.027f],
            [new(hx, 0.88f, 0.1f), new(hx + 0.09f, 0.62f, 0.1f), new(hx - 0.05f, 0.4f, 0.1f), new(hx - 0.03f, 0.1f, 0.1f), new(hx - 0.01f, 0.035f, 0.1f)], [0.12f, 0.062f, 0.032f, 0.024f, 0.027f],
            0.04f, DeerLeg, rig);
        // Neck: deep at the chest, slim at the throat; the head hangs from the poll, pointing forward and down.
        b.Bone = rig.Neck;
        b.Limb(neckBase, poll, 0.15f, 0.07f, 0.08f, DeerNeck);
        var headDir = Vector3.Normalize(new Vector3(0.9f, -0.45f, 0));
        var muzzle = poll + headDir * 0.27f;
        b.Bone = rig.Head;
        b.Blob(poll + headDir * 0.05f, new(0.1f, 0.075f, 0.068f), rotZ: MathF.Atan2(headDir.Y, headDir.X), blend: 0.04f, tag: DeerHead);
        b.Limb(poll + headDir * 0.06f, muzzle, 0.065f, 0.034f, 0.04f, DeerHead);
        b.Blob(muzzle + headDir * 0.01f, new(0.04f, 0.03f, 0.032f), blend: 0.02f, tag: DeerMuzzle);
        // Large ears held out and up, behind the eyes.
        foreach (var s in new[] { 1f, -1f })
            b.Limb(poll + new Vector3(-0.03f, 0.03f, s * 0.045f), poll + new Vector3(-0.07f, 0.15f, s * 0.15f), 0.038f, 0.026f, 0.015f, DeerHead);
        b.Bone = rig.Tail;
        b.Limb(tailBase, tailBase + new Vector3(-0.08f, -0.1f, 0), 0.05f, 0.035f, 0.03f, DeerTail);

        var body = m.BodyPaint;
        var white = AnimalCoat.Relative(body, 240, 236, 228);
        var belly = AnimalCoat.Relative(body, 222, 200, 170);
        var brown = AnimalCoat.Relative(body, 160, 108, 62);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var c = brown;
            switch (tag)
            {
                case DeerBody or DeerRump:
                    // Pale below a wavy line along the flank; darker down the spine.
                    var line = 0.76f + (AnimalCoatNoise.Fbm(xy * 8, seed) - 0.5f) * 0.04f;
                    c = Vector3.Lerp(c, belly, AnimalCoatNoise.Smooth(line, line - 0.05f, xy.Y));
                    c *= 1 - 0.25f * AnimalCoatNoise.Smooth(0.98f, 1.08f, xy.Y);
                    if (tag == DeerRump) c = Vector3.Lerp(c, white, AnimalCoatNoise.Smooth(-0.5f * len, -0.58f * len, xy.X) * AnimalCoatNoise.Smooth(1.02f, 0.92f, xy.Y));
                    break;
                case DeerNeck:
                    // The white throat patch just behind the jaw.
                    var throat = Vector2.Distance(xy, new Vector2(poll.X + 0.02f, poll.Y - 0.1f));
                    c = Vector3.Lerp(c, white, AnimalCoatNoise.Smooth(0.07f, 0.05f, throat));
                    break;
                case DeerLeg:
                    c = Vector3.Lerp(c, belly, 0.35f) * (xy.Y < 0.12f ? 0.7f : 1);
                    break;
                case DeerTail:
                    c = Vector3.Lerp(white, c, AnimalCoatNoise.Smooth(tailBase.Y - 0.08f, tailBase.Y, xy.Y));
                    break;
                case DeerMuzzle:
                    c = white;
                    break;
            }
            return c * (0.9f + 0.15f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 40, xy.Y * 14), seed + 1));
        }, texels: 768, shape: $"{step}", coat: $"{coatVariant}");

        var dark = m.Paint(Paints.Srgb(28, 24, 22, 0.45f, 0, "hoof"));
        foreach (var s in new[] { 1f, -1f })
        {
            m.Bone(rig.Shin(true, s));
            dark.Ellipsoid(new(fx + 0.04f, 0.025f, s * 0.1f), new(0.04f, 0.028f, 0.027f));
            m.Bone(rig.Shin(false, s));
            dark.Ellipsoid(new(hx + 0.0f, 0.025f, s * 0.1f), new(0.04f, 0.028f, 0.027f));
        }
        m.Bone(rig.Head);
        dark.Ellipsoid(muzzle + headDir * 0.045f + new Vector3(0, 0.01f, 0), new(0.025f, 0.022f, 0.028f));
        Eyes(m, poll + headDir * 0.08f + new Vector3(0, 0.03f, 0.06f), 0.017f);
        if (stag) Antlers(m.Paint(Paints.Srgb(150, 128, 100, 0.75f, 0, "antler")), poll, ref r);
    }

    /// <summary>
    /// A stag's antlers from the pedicels on the crown: each main beam rises back and out, then sweeps forward over
    /// the face; a brow tine points forward from its base and two or three tines stand up from the beam. The tine
    /// count and spread vary by seed.
    /// </summary>
    private static void Antlers(MeshBuilder antler, Vector3 poll, ref SeededRandom r)
    {
        var spread = r.RangeF(0.9f, 1.15f);
        var tines = 2 + (int)(r.NextDouble() * 2) % 2;
        foreach (var s in new[] { 1f, -1f })
        {
            Vector3 P(float x, float y, float z) => poll + new Vector3(x, y, s * z * spread);
            Vector3[] beam = [P(-0.02f, 0.06f, 0.04f), P(-0.07f, 0.17f, 0.12f), P(-0.05f, 0.29f, 0.19f), P(0.03f, 0.38f, 0.2f), P(0.13f, 0.42f, 0.15f)];
            float[] radius = [0.02f, 0.017f, 0.014f, 0.011f, 0.006f];
            for (var i = 0; i + 1 < beam.Length; i++) antler.Capsule(beam[i], beam[i + 1], radius[i], radius[i + 1], 10);
            antler.Capsule(beam[0] + new Vector3(0, 0.03f, 0), beam[0] + new Vector3(0.09f, 0.08f, s * 0.02f), 0.012f, 0.005f, 8); // brow tine
            for (var t = 0; t < tines; t++)
            {
                var at = Vector3.Lerp(beam[1 + t], beam[2 + t], 0.5f);
                antler.Capsule(at, at + new Vector3(0.02f, 0.14f - 0.02f * t, s * 0.01f), 0.011f, 0.004f, 8);
            }
        }
    }
}
