using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int BigCatBody = 0, BigCatLeg = 1, BigCatHead = 2, BigCatMuzzle = 3, BigCatTail = 4, BigCatMane = 5, BigCatEar = 6;

    /// <summary>Share of lions drawn as maned males when the plan does not say "male" or "female".</summary>
    public const double MaleLionShare = 0.6;

    /// <summary>Where the built big cat's parts ended up, for the species' markings.</summary>
    private readonly record struct BigCatFrame(SoftBody Body, QuadrupedRig Rig, Vector3 Head, float Yaw, Vector3 TailTip, float Shoulder, Vector3 NeckBase, float Length);

    /// <summary>
    /// The shared build of a lion and a tiger: a long, deep-chested body on thick legs with big round paws, the
    /// head carried at shoulder height on a short thick neck, broad and round with a short broad muzzle and small
    /// round ears, turned a little towards the viewer. The tail is long, hanging low behind and curving up at the
    /// tip. <paramref name="low"/> lowers the body for a tiger's longer, lower build; <paramref name="mane"/> adds a
    /// lion's mane round the head, neck and chest.
    /// </summary>
    private static BigCatFrame BigCat(ModelBuilder m, float len, float low, bool mane, uint seed)
    {
        var h = 1f - low; // shoulder-height scale
        var fx = 0.5f * len;
        var hx = -0.52f * len;
        var head = new Vector3(1.0f * len, 0.98f * h, 0);
        var neckBase = new Vector3(0.62f * len, 0.88f * h, 0);
        var tailBase = new Vector3(-0.78f * len, 0.86f * h, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 0.76f * h, 0), neckBase, head + new Vector3(-0.1f, -0.02f, 0), null, tailBase,
            (new(fx, 0.7f * h, 0.14f), new(fx - 0.02f, 0.4f * h, 0.15f)), (new(hx, 0.78f * h, 0.14f), new(hx + 0.12f, 0.5f * h, 0.15f)));
        var b = new SoftBody
        {
            Bone = rig.Body,
            // A mane is a shaggy mass: deep relief where it is, none on the short coat.
            Relief = mane ? p => ManeWeight(p, head) * 0.03f * (AnimalCoatNoise.Value(new Vector2(p.X * 28, p.Y * 22), seed) + AnimalCoatNoise.Value(new Vector2(p.Z * 28, p.Y * 22), seed + 5) - 1) : null,
        };
        b.Blob(new(0, 0.76f * h, 0), new(0.66f * len, 0.22f * h, 0.21f), blend: 0.12f, tag: BigCatBody);
        b.Blob(new(0.44f * len, 0.76f * h, 0), new(0.3f, 0.28f * h, 0.22f), blend: 0.12f, tag: BigCatBody); // chest
        b.Blob(new(-0.5f * len, 0.8f * h, 0), new(0.28f, 0.25f * h, 0.22f), blend: 0.12f, tag: BigCatBody); // haunches
        b.Blob(new(-0.05f * len, 0.6f * h, 0), new(0.4f * len, 0.08f, 0.16f), blend: 0.12f, tag: BigCatBody); // the loose belly
        Legs(b,
            [new(fx, 0.7f * h, 0.14f), new(fx - 0.02f, 0.4f * h, 0.15f), new(fx + 0.03f, 0.1f, 0.15f)], [0.13f, 0.085f, 0.07f],
            [new(hx, 0.78f * h, 0.14f), new(hx + 0.12f, 0.5f * h, 0.15f), new(hx - 0.07f, 0.26f * h, 0.15f), new(hx - 0.02f, 0.1f, 0.15f)], [0.17f, 0.095f, 0.065f, 0.068f],
            0.05f, BigCatLeg, rig);
        Paws(b, rig, new(fx + 0.07f, 0.05f, 0.15f), new(0.11f, 0.05f, 0.085f), new(hx + 0.04f, 0.05f, 0.15f), new(0.11f, 0.05f, 0.08f), 0.04f, BigCatLeg);
        const float yaw = -0.45f;
        var turn = Matrix4x4.CreateRotationY(yaw);
        Vector3 H(float x, float y, float z) => head + Vector3.Transform(new Vector3(x, y, z), turn);
        b.Bone = rig.Neck;
        b.Limb(neckBase, head, 0.22f * h, 0.15f, 0.1f, BigCatBody);
        b.Bone = rig.Head;
        b.Blob(head, new(0.16f, 0.14f, 0.15f), rotY: yaw, blend: 0.05f, tag: BigCatHead);
        b.Blob(H(0.03f, -0.05f, 0), new(0.12f, 0.1f, 0.18f), rotY: yaw, blend: 0.05f, tag: BigCatHead); // cheeks
        b.Limb(H(0.08f, -0.05f, 0), H(0.2f, -0.07f, 0), 0.095f, 0.08f, 0.04f, BigCatMuzzle);
        b.Blob(H(0.13f, -0.13f, 0), new(0.07f, 0.04f, 0.06f), rotY: yaw, blend: 0.03f, tag: BigCatMuzzle); // chin
        foreach (var s in new[] { 1f, -1f })
            b.Blob(H(-0.05f, 0.12f, s * 0.11f), new(0.035f, 0.05f, 0.055f), rotY: yaw, blend: 0.02f, tag: BigCatEar);
        if (mane)
        {
            // A ruff framing the face (it covers the back half of the head and towers over it), down the neck and
            // onto the chest; the face in front of it keeps the short coat.
            b.Bone = rig.Head;
            b.Blob(head + new Vector3(-0.21f, -0.03f, 0), new(0.26f, 0.34f, 0.34f), blend: 0.1f, tag: BigCatMane);
            b.Bone = rig.Neck;
            b.Blob(Vector3.Lerp(neckBase, head, 0.35f) + new Vector3(0, -0.02f, 0), new(0.26f, 0.33f * h, 0.28f), blend: 0.12f, tag: BigCatMane);
            b.Bone = rig.Body;
            b.Blob(new(0.62f * len, 0.62f * h, 0), new(0.16f, 0.22f * h, 0.2f), blend: 0.08f, tag: BigCatMane);
        }
        b.Bone = rig.Tail;
        Vector3[] tail = [tailBase, new(-1.0f * len, 0.64f * h, 0), new(-1.18f * len, 0.36f * h, 0), new(-1.36f * len, 0.26f * h, 0), new(-1.5f * len, 0.34f * h, 0)];
        for (var i = 0; i + 1 < tail.Length; i++)
            b.Limb(tail[i], tail[i + 1], 0.045f - 0.004f * i, 0.041f - 0.004f * i, 0.02f, BigCatTail, Vector2.Normalize(new(tail[i + 1].X - tail[i].X, tail[i + 1].Y - tail[i].Y)));
        return new BigCatFrame(b, rig, head, yaw, tail[^1], h, neckBase, len);
    }

    /// <summary>How far a side-view point lies inside a lion's mane masses (positive inside), with the face left out.</summary>
    private static float LionMane(BigCatFrame f, Vector2 xy)
    {
        static float Inside(Vector2 p, Vector2 c, Vector2 r) => 1 - ((p - c) / r).LengthSquared();
        var head = new Vector2(f.Head.X, f.Head.Y);
        var neck = Vector2.Lerp(new Vector2(f.NeckBase.X, f.NeckBase.Y), head, 0.35f) + new Vector2(0, -0.02f);
        var ruff = MathF.Max(Inside(xy, head + new Vector2(-0.21f, -0.03f), new(0.3f, 0.38f)), Inside(xy, neck, new(0.28f, 0.36f * f.Shoulder)));
        ruff = MathF.Max(ruff, Inside(xy, new Vector2(0.62f * f.Length, 0.62f * f.Shoulder), new(0.18f, 0.24f * f.Shoulder)));
        var face = xy.X > f.Head.X - 0.05f && Inside(xy, head + new Vector2(0.04f, -0.03f), new(0.2f, 0.17f)) > 0;
        return face ? 0 : ruff;
    }

    /// <summary>1 inside a lion's mane (round the head and down the neck), 0 on the short coat, blended between.</summary>
    private static float ManeWeight(Vector3 p, Vector3 head)
    {
        var d = Vector2.Distance(new Vector2(p.X, p.Y), new Vector2(head.X - 0.2f, head.Y - 0.12f));
        return AnimalCoatNoise.Smooth(0.48f, 0.3f, d) * AnimalCoatNoise.Smooth(head.X + 0.02f, head.X - 0.1f, p.X);
    }

    /// <summary>Eyes, nose and whiskers of a big cat's face.</summary>
    private static void BigCatFace(ModelBuilder m, BigCatFrame f, Material nosePaint)
    {
        var turn = Matrix4x4.CreateRotationY(f.Yaw);
        Vector3 H(float x, float y, float z) => f.Head + Vector3.Transform(new Vector3(x, y, z), turn);
        m.Bone(f.Rig.Head);
        Eyes(m, f.Head, new(0.12f, 0.03f, 0.075f), f.Yaw, 0.022f, Paints.Srgb(200, 150, 50, 0.1f, 0, "iris"));
        m.Paint(nosePaint).Ellipsoid(H(0.255f, -0.04f, 0), new(0.025f, 0.025f, 0.04f), rotY: f.Yaw);
        var whisker = m.Paint(Paints.Srgb(240, 238, 230, 0.4f, 0, "whisker"));
        foreach (var s in new[] { 1f, -1f })
            for (var i = -1; i <= 1; i++)
                whisker.Rod(H(0.22f, -0.08f + i * 0.012f, s * 0.06f), H(0.26f, -0.09f + i * 0.04f, s * 0.26f), 0.002f, 0.001f, 4);
    }

    /// <summary>
    /// A lion: tawny, paler on the belly, inner legs and muzzle, the backs of the ears dark, a black tuft at the
    /// tail's end. A male (by the plan's sex, else by seed) wears a mane, darker and browner than the coat.
    /// </summary>
    private static void Lion(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 1f, 0.04f, out var step);
        var male = m.Traits.Sex switch { "male" => true, "female" => false, _ => r.NextDouble() < MaleLionShare };
        if (m.Traits.Sex is not null) r.NextDouble(); // one draw either way, so what follows keeps its stream
        var f = BigCat(m, male ? len : len * 0.92f, 0, male, seed);
        var b = f.Body;
        var body = m.BodyPaint;
        var pale = AnimalCoat.Relative(body, 232, 212, 175);
        var maneDark = AnimalCoat.Relative(body, 85, 50, 24);
        var maneLight = AnimalCoat.Relative(body, 160, 100, 46);
        var earBack = AnimalCoat.Relative(body, 70, 50, 35);
        var tawny = AnimalCoat.Relative(body, 200, 150, 88);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            // The mane is where its masses lie in the side view, whichever part is nearest there, except the face.
            if (male && tag != BigCatMuzzle && LionMane(f, xy) > 0) tag = BigCatMane;
            var c = tawny;
            switch (tag)
            {
                case BigCatBody:
                    c = Vector3.Lerp(c, pale, AnimalCoatNoise.Smooth(0.62f, 0.5f, xy.Y) * 0.8f);
                    break;
                case BigCatLeg:
                    c = Vector3.Lerp(c, pale, AnimalCoatNoise.Smooth(0.5f, 0.3f, xy.Y) * 0.3f);
                    break;
                case BigCatMuzzle:
                    c = pale;
                    break;
                case BigCatEar:
                    c = earBack;
                    break;
                case BigCatMane:
                    // Darker towards the outside and the chest, with long lighter streaks.
                    var streak = AnimalCoatNoise.Fbm(new Vector2(xy.X * 8, xy.Y * 30), seed + 2);
                    var outer = AnimalCoatNoise.Smooth(0.2f, 0.45f, Vector2.Distance(xy, new Vector2(f.Head.X, f.Head.Y)));
                    c = Vector3.Lerp(maneLight, maneDark, 0.3f + 0.5f * outer) * (0.75f + 0.5f * streak);
                    break;
            }
            return c * (0.9f + 0.14f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 36, xy.Y * 12), seed + 1));
        }, texels: 768, shape: $"{step}/{male}", coat: $"{coatVariant}");
        BigCatFace(m, f, Paints.Srgb(120, 70, 60, 0.5f, 0, "nose"));
        m.Bone(f.Rig.Tail);
        m.Paint(Paints.Srgb(40, 28, 20, 0.9f, 0, "tuft")).Ellipsoid(f.TailTip + new Vector3(-0.04f, 0.01f, 0), new(0.08f, 0.055f, 0.055f), rotZ: 0.4f);
    }

    /// <summary>
    /// A tiger: a bright orange coat with black stripes running down the flanks (narrow, some forked, crowded on the
    /// haunch), rings round the legs and tail, a black tail tip; white belly, inner legs, muzzle, cheeks and a spot
    /// above each eye. Stripes follow the same across-the-grain recipe as the zebra's, thinner and broken.
    /// </summary>
    private static void Tiger(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 1.05f, 0.04f, out var step);
        var f = BigCat(m, len, 0.1f, false, seed);
        var b = f.Body;
        var body = m.BodyPaint;
        var white = AnimalCoat.Relative(body, 240, 236, 225);
        var black = AnimalCoat.Relative(body, 22, 18, 16);
        var orange = AnimalCoat.Relative(body, 222, 118, 38);
        var belly = 0.6f * f.Shoulder;
        Skin(m, b, body, xy =>
        {
            var (grain, tag, _) = b.NearestInSideView(xy);
            var warp = (AnimalCoatNoise.Fbm(xy * 3f, seed) - 0.5f) * 0.9f;
            var (period, width) = tag switch { BigCatLeg => (0.1f, 0.22f), BigCatTail => (0.11f, 0.4f), BigCatHead => (0.045f, 0.25f), BigCatMuzzle => (1f, 0f), _ => (0.13f, 0.26f) };
            var along = tag is BigCatTail ? Vector2.Dot(xy, grain) : tag is BigCatLeg ? xy.Y : xy.X;
            var stripe = TigerStripe(along / period + warp, width) * AnimalCoatNoise.Smooth(0.3f, 0.45f, AnimalCoatNoise.Fbm(xy * 9, seed + 4));
            // Stripes thin out towards the belly and the feet.
            if (tag == BigCatBody) stripe *= AnimalCoatNoise.Smooth(belly - 0.04f, belly + 0.08f, xy.Y);
            if (tag == BigCatLeg) stripe *= AnimalCoatNoise.Smooth(0.12f, 0.3f, xy.Y);
            if (tag == BigCatHead) stripe *= AnimalCoatNoise.Smooth(f.Head.Y + 0.02f, f.Head.Y + 0.07f, xy.Y);
            var pale = tag switch
            {
                BigCatMuzzle => 1f,
                BigCatBody => AnimalCoatNoise.Smooth(belly + 0.02f, belly - 0.06f, xy.Y),
                BigCatLeg => AnimalCoatNoise.Smooth(0.5f * f.Shoulder, 0.3f * f.Shoulder, xy.Y) * 0.25f,
                BigCatHead => AnimalCoatNoise.Smooth(f.Head.Y - 0.02f, f.Head.Y - 0.08f, xy.Y) * 0.8f,
                _ => 0f,
            };
            var c = Vector3.Lerp(orange, white, pale);
            if (tag == BigCatEar) c = black;
            if (tag == BigCatTail && xy.X < f.TailTip.X + 0.14f) c = black;
            return Vector3.Lerp(c, black, stripe) * (0.92f + 0.12f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 36, xy.Y * 12), seed + 1));
        }, texels: 1024, shape: $"{step}", coat: $"{coatVariant}");
        BigCatFace(m, f, Paints.Srgb(200, 120, 110, 0.5f, 0, "nose"));
        // White spots above the eyes, as on every tiger's face.
        var spot = m.Paint(Paints.Srgb(242, 238, 228, 0.9f, 0, "brow spot"));
        var turn = Matrix4x4.CreateRotationY(f.Yaw);
        foreach (var s in new[] { 1f, -1f })
        {
            var (at, normal) = SurfaceAlong(b, f.Head, Vector3.Transform(new Vector3(0.75f, 0.5f, s * 0.45f), turn));
            Patch(spot, at, normal, Vector3.Transform(new Vector3(0, 0, 1), turn), 0.03f, 0.02f, 0.012f);
        }
    }

    /// <summary>A tiger's stripe across a phase: 1 on the stripe, <paramref name="width"/> of the period wide, soft edges.</summary>
    private static float TigerStripe(float phase, float width)
    {
        if (width <= 0) return 0;
        var f = phase - MathF.Floor(phase);
        var d = MathF.Abs(f - 0.5f) * 2; // 0 mid-stripe, 1 mid-gap
        return AnimalCoatNoise.Smooth(width + 0.08f, width - 0.04f, d);
    }
}
