using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int CanidBody = 0, CanidLeg = 1, CanidHead = 2, CanidMuzzle = 3, CanidEar = 4, CanidTail = 5;

    /// <summary>A wild canid's proportions (m): shoulder height, nose-to-rump length, chest depth, skull, muzzle, tail.</summary>
    private readonly record struct CanidBuild(float Height, float Length, float Chest, float Head, float Muzzle, float Tail, float Brush);

    /// <summary>Where the built canid's parts ended up, for its coat.</summary>
    private readonly record struct CanidFrame(SoftBody Body, QuadrupedRig Rig, Vector3 Skull, Vector3 MuzzleTip, Vector3 TailTip, float ChestY);

    /// <summary>
    /// A fox or a wolf: a dog's build with the wild animal's marks — a long narrow pointed muzzle, tall pointed ears
    /// held upright, slim legs, and a thick bushy tail carried low behind, its brush widest past the middle.
    /// </summary>
    private static CanidFrame Canid(ModelBuilder m, CanidBuild c)
    {
        var (h, l) = (c.Height, c.Length);
        var chestY = h * 0.74f;
        var fx = l * 0.3f;
        var hx = -l * 0.36f;
        var skull = new Vector3(l * 0.55f, h * 1.1f, 0);
        var neckBase = new Vector3(l * 0.36f, chestY + c.Chest * 0.4f, 0);
        var tailBase = new Vector3(-l * 0.5f, chestY + c.Chest * 0.45f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, chestY, 0), neckBase, skull + new Vector3(-c.Head * 0.5f, -c.Head * 0.2f, 0), null, tailBase,
            (new(fx, chestY, h * 0.13f), new(fx + 0.01f, h * 0.3f, h * 0.135f)), (new(hx, chestY + 0.02f, h * 0.13f), new(hx + l * 0.1f, h * 0.48f, h * 0.14f)));
        var z = h * 0.13f;
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0.02f, chestY, 0), new(l * 0.47f, c.Chest * 0.75f, c.Chest * 0.75f), rotZ: 0.05f, blend: l * 0.08f, tag: CanidBody);
        b.Blob(new(l * 0.27f, chestY - c.Chest * 0.1f, 0), new(l * 0.2f, c.Chest * 1.05f, c.Chest * 0.8f), blend: l * 0.08f, tag: CanidBody);
        b.Blob(new(-l * 0.32f, chestY + 0.01f, 0), new(l * 0.19f, c.Chest * 0.8f, c.Chest * 0.78f), blend: l * 0.08f, tag: CanidBody);
        var lr = h * 0.06f;
        Legs(b,
            [new(fx, chestY, z), new(fx + 0.01f, h * 0.3f, z * 1.04f), new(fx + 0.02f, h * 0.05f, z * 1.04f)], [lr * 1.3f, lr * 0.75f, lr * 0.62f],
            [new(hx, chestY + 0.02f, z), new(hx + l * 0.1f, h * 0.48f, z * 1.08f), new(hx - l * 0.08f, h * 0.2f, z * 1.08f), new(hx - l * 0.05f, h * 0.05f, z * 1.08f)], [lr * 2f, lr * 1f, lr * 0.62f, lr * 0.62f],
            l * 0.04f, CanidLeg, rig);
        Paws(b, rig, new(fx + lr * 0.9f, lr * 0.45f, z * 1.04f), new(lr * 1.05f, lr * 0.5f, lr * 0.75f), new(hx - l * 0.05f + lr * 0.9f, lr * 0.45f, z * 1.08f), new(lr * 1.05f, lr * 0.5f, lr * 0.75f), lr * 0.4f, CanidLeg);
        b.Bone = rig.Neck;
        b.Limb(neckBase, skull + new Vector3(-c.Head * 0.3f, -c.Head * 0.3f, 0), c.Chest * 0.7f, c.Head * 0.7f, l * 0.06f, CanidBody);
        b.Bone = rig.Head;
        b.Blob(skull, new(c.Head * 1.0f, c.Head * 0.8f, c.Head * 0.85f), blend: c.Head * 0.3f, tag: CanidHead);
        var muzzleTip = skull + new Vector3(c.Head * 0.7f + c.Muzzle, -c.Head * 0.35f, 0);
        b.Limb(skull + new Vector3(c.Head * 0.4f, -c.Head * 0.2f, 0), muzzleTip, c.Head * 0.5f, c.Head * 0.26f, c.Head * 0.25f, CanidMuzzle);
        foreach (var s in new[] { 1f, -1f })
            b.Limb(skull + new Vector3(-c.Head * 0.25f, c.Head * 0.5f, s * c.Head * 0.45f), skull + new Vector3(-c.Head * 0.35f, c.Head * 1.55f, s * c.Head * 0.62f), c.Head * 0.36f, c.Head * 0.05f, c.Head * 0.15f, CanidEar);
        // The brush: thick, hanging low behind, widest past its middle, the tip just clear of the ground.
        b.Bone = rig.Tail;
        var t1 = tailBase + new Vector3(-c.Tail * 0.35f, -c.Tail * 0.3f, 0);
        var t2 = t1 + new Vector3(-c.Tail * 0.35f, -c.Tail * 0.22f, 0);
        var tip = t2 + new Vector3(-c.Tail * 0.3f, -c.Tail * 0.05f, 0);
        b.Limb(tailBase, t1, lr * 0.8f, c.Brush * 0.8f, lr * 0.5f, CanidTail);
        b.Limb(t1, t2, c.Brush * 0.8f, c.Brush, c.Brush * 0.5f, CanidTail);
        b.Limb(t2, tip, c.Brush, c.Brush * 0.45f, c.Brush * 0.5f, CanidTail);
        return new CanidFrame(b, rig, skull, muzzleTip, tip, chestY);
    }

    private static void CanidFace(ModelBuilder m, CanidFrame f, float head, Material iris)
    {
        m.Bone(f.Rig.Head);
        m.Paint(Paints.Srgb(18, 16, 16, 0.3f, 0, "nose")).Ellipsoid(f.MuzzleTip + new Vector3(head * 0.2f, head * 0.05f, 0), new(head * 0.15f, head * 0.15f, head * 0.18f));
        Eyes(m, f.Skull + new Vector3(head * 0.72f, head * 0.16f, head * 0.48f), head * 0.12f, iris);
    }

    /// <summary>
    /// A red fox: small and slight, russet orange above, white on the chin, throat, chest and belly, black "stockings"
    /// on the lower legs and black backs to the ears, and a white tip to the big brush.
    /// </summary>
    private static void Fox(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 0.66f, 0.04f, out var step);
        var f = Canid(m, new CanidBuild(0.38f, len, 0.1f, 0.075f, 0.09f, 0.42f, 0.07f));
        var b = f.Body;
        var body = m.BodyPaint;
        var white = AnimalCoat.Relative(body, 240, 236, 228);
        var black = AnimalCoat.Relative(body, 30, 24, 22);
        var orange = AnimalCoat.Relative(body, 200, 92, 32);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var c = orange;
            switch (tag)
            {
                case CanidBody:
                    c = Vector3.Lerp(c, white, AnimalCoatNoise.Smooth(f.ChestY - 0.01f, f.ChestY - 0.05f, xy.Y - (xy.X > 0.1f ? 0.03f : 0)));
                    break;
                case CanidLeg:
                    c = Vector3.Lerp(c, black, AnimalCoatNoise.Smooth(0.17f, 0.12f, xy.Y));
                    break;
                case CanidMuzzle:
                    c = Vector3.Lerp(c, white, AnimalCoatNoise.Smooth(f.MuzzleTip.Y + 0.01f, f.MuzzleTip.Y - 0.015f, xy.Y));
                    break;
                case CanidEar:
                    c = Vector3.Lerp(c, black, 0.75f);
                    break;
                case CanidTail:
                    c = Vector3.Lerp(c * 0.92f, white, AnimalCoatNoise.Smooth(f.TailTip.X + 0.09f, f.TailTip.X + 0.05f, xy.X));
                    break;
            }
            return c * (0.9f + 0.16f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 60, xy.Y * 20), seed));
        }, texels: 768, shape: $"{step}", coat: $"{coatVariant}");
        CanidFace(m, f, 0.075f, Paints.Srgb(200, 140, 40, 0.1f, 0, "iris"));
    }

    /// <summary>
    /// A grey wolf: long-legged and deep-chested, grizzled grey with a darker saddle along the back and the top of
    /// the tail, pale cream on the belly, legs, cheeks and muzzle, dark tail tip.
    /// </summary>
    private static void Wolf(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var len = VaryStep(ref r, 1.15f, 0.04f, out var step);
        var f = Canid(m, new CanidBuild(0.8f, len, 0.2f, 0.12f, 0.13f, 0.5f, 0.085f));
        var b = f.Body;
        var body = m.BodyPaint;
        var pale = AnimalCoat.Relative(body, 215, 205, 190);
        var saddle = AnimalCoat.Relative(body, 70, 66, 62);
        var grey = AnimalCoat.Relative(body, 140, 134, 126);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var c = grey;
            switch (tag)
            {
                case CanidBody:
                    c = Vector3.Lerp(c, saddle, AnimalCoatNoise.Smooth(f.ChestY + 0.08f, f.ChestY + 0.18f, xy.Y) * 0.8f);
                    c = Vector3.Lerp(c, pale, AnimalCoatNoise.Smooth(f.ChestY - 0.04f, f.ChestY - 0.12f, xy.Y));
                    break;
                case CanidLeg or CanidMuzzle:
                    c = Vector3.Lerp(c, pale, 0.7f);
                    break;
                case CanidTail:
                    c = Vector3.Lerp(c, saddle, AnimalCoatNoise.Smooth(f.TailTip.X + 0.1f, f.TailTip.X + 0.04f, xy.X) * 0.9f);
                    break;
            }
            // Grizzled: banded guard hairs, light and dark flecks.
            return c * (0.82f + 0.3f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 70, xy.Y * 25), seed));
        }, texels: 768, shape: $"{step}", coat: $"{coatVariant}");
        CanidFace(m, f, 0.12f, Paints.Srgb(190, 150, 60, 0.1f, 0, "iris"));
    }
}
