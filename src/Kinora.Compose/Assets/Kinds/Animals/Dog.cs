using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int DogBody = 0, DogLeg = 1, DogHead = 2, DogMuzzle = 3, DogEar = 4, DogTail = 5;

    /// <summary>A dog breed's proportions in metres (shoulder height, body length, head and muzzle, ear style).</summary>
    private readonly record struct DogBreed(float Height, float Length, float Chest, float Head, float Muzzle, bool Floppy, float Tail, (byte R, byte G, byte B) Saddle, float Ears = 1);

    // A retriever, a shepherd and a short-legged beagle: the common silhouettes in photos of dogs.
    private static readonly DogBreed[] Breeds =
    [
        new(0.57f, 0.62f, 0.15f, 0.1f, 0.1f, true, 0.38f, (150, 95, 45)),
        new(0.62f, 0.68f, 0.15f, 0.1f, 0.13f, false, 0.4f, (40, 32, 26)),
        new(0.38f, 0.5f, 0.13f, 0.09f, 0.08f, true, 0.25f, (45, 35, 28)),
        // The corgi, only when the words say so (traits.variant): long and low (withers ~0.27 m, body twice as
        // long as it is tall), short legs, a fox's head with big pricked ears, a stub tail; red-tan over white.
        new(0.3f, 0.62f, 0.125f, 0.1f, 0.085f, false, 0.08f, (215, 120, 50), 1.45f),
    ];

    /// <summary>How many of <see cref="Breeds"/> a dog is drawn from by seed (the rest are named breeds).</summary>
    private const int SeededBreeds = 3, Corgi = 3;

    /// <summary>A corgi's coat is white where a tan dog's is pale (chest, legs, muzzle): its own base paint, unless a colour is named.</summary>
    private static readonly Material CorgiWhite = Paints.Srgb(245, 240, 230, 0.9f, 0, "fur") with { Pattern = "fur" };

    /// <summary>
    /// A dog standing: a deep chest tucking up to a narrower loin, legs about as long as the chest is deep, a head
    /// big for the body on a neck carried forward, a distinct stop between skull and a blunt muzzle with a black
    /// nose, ears hanging or pricked by breed, a tail carried out behind. The coat darkens over the back (saddle)
    /// and pales on the chest and legs.
    /// </summary>
    private static void Dog(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var coatVariant);
        var breedIndex = (int)(r.NextDouble() * SeededBreeds) % SeededBreeds;
        if (m.Traits.Variant == "corgi") breedIndex = Corgi;
        var breed = Breeds[breedIndex];
        var h = breed.Height;
        var l = breed.Length;
        var chestY = h * 0.72f;
        var fx = l * 0.3f;
        var hx = -l * 0.36f;
        var skull = new Vector3(l * 0.55f, h * 1.08f, 0);
        var neckBase = new Vector3(l * 0.36f, chestY + breed.Chest * 0.4f, 0);
        var tailBase = new Vector3(-l * 0.5f, chestY + breed.Chest * 0.5f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, chestY, 0), neckBase, skull + new Vector3(-breed.Head * 0.5f, -breed.Head * 0.2f, 0),
            skull + new Vector3(0, -breed.Head * 0.45f, 0), tailBase, (new(fx, chestY, 0.08f), new(fx + 0.01f, h * 0.3f, 0.085f)), (new(hx, chestY + 0.02f, 0.08f), new(hx + l * 0.1f, h * 0.48f, 0.09f)));
        var b = new SoftBody { Bone = rig.Body };
        b.Blob(new(0.02f, chestY, 0), new(l * 0.48f, breed.Chest * 0.8f, breed.Chest * 0.85f), rotZ: 0.06f, blend: 0.06f, tag: DogBody);
        b.Blob(new(l * 0.27f, chestY - breed.Chest * 0.12f, 0), new(l * 0.22f, breed.Chest * 1.1f, breed.Chest * 0.88f), blend: 0.06f, tag: DogBody);
        b.Blob(new(-l * 0.32f, chestY + 0.02f, 0), new(l * 0.2f, breed.Chest * 0.85f, breed.Chest * 0.82f), blend: 0.06f, tag: DogBody);
        var lr = h * 0.07f;
        Legs(b,
            [new(fx, chestY, 0.08f), new(fx + 0.01f, h * 0.3f, 0.085f), new(fx + 0.02f, h * 0.05f, 0.085f)], [lr * 1.25f, lr * 0.8f, lr * 0.7f],
            [new(hx, chestY + 0.02f, 0.08f), new(hx + l * 0.1f, h * 0.48f, 0.09f), new(hx - l * 0.08f, h * 0.2f, 0.09f), new(hx - l * 0.05f, h * 0.05f, 0.09f)], [lr * 1.9f, lr * 1.05f, lr * 0.7f, lr * 0.7f],
            0.03f, DogLeg, rig);
        Paws(b, rig, new(fx + 0.035f, lr * 0.5f, 0.085f), new(lr * 1.1f, lr * 0.55f, lr * 0.85f), new(hx - l * 0.05f + 0.035f, lr * 0.5f, 0.09f), new(lr * 1.1f, lr * 0.55f, lr * 0.85f), 0.02f, DogLeg);
        // Neck forward and up to a skull about as long as the muzzle.
        b.Bone = rig.Neck;
        b.Limb(neckBase, skull + new Vector3(-0.03f, -0.03f, 0), breed.Chest * 0.75f, breed.Head * 0.75f, 0.05f, DogBody);
        b.Bone = rig.Head;
        b.Blob(skull, new(breed.Head * 1.05f, breed.Head * 0.85f, breed.Head * 0.82f), blend: 0.03f, tag: DogHead);
        var muzzleTip = skull + new Vector3(breed.Head * 0.7f + breed.Muzzle, -breed.Head * 0.35f, 0);
        b.Limb(skull + new Vector3(breed.Head * 0.5f, -breed.Head * 0.25f, 0), muzzleTip, breed.Head * 0.55f, breed.Head * 0.42f, 0.025f, DogMuzzle);
        b.Bone = rig.Jaw;
        b.Blob(muzzleTip + new Vector3(-breed.Muzzle * 0.4f, -breed.Head * 0.25f, 0), new(breed.Muzzle * 0.55f, breed.Head * 0.25f, breed.Head * 0.38f), blend: 0.02f, tag: DogMuzzle); // jaw
        b.Bone = rig.Head;
        foreach (var s in new[] { 1f, -1f })
        {
            if (breed.Floppy)
                b.Blob(skull + new Vector3(-breed.Head * 0.25f, -breed.Head * 0.3f, s * breed.Head * 0.88f), new(breed.Head * 0.45f, breed.Head * 0.85f, breed.Head * 0.14f), rotZ: -0.25f, blend: 0.02f, tag: DogEar);
            else
                b.Limb(skull + new Vector3(-breed.Head * 0.3f, breed.Head * 0.5f, s * breed.Head * 0.5f), skull + new Vector3(-breed.Head * 0.4f, breed.Head * (0.5f + 1.1f * breed.Ears), s * breed.Head * (0.5f + 0.25f * breed.Ears)), breed.Head * 0.38f * breed.Ears, breed.Head * 0.05f, 0.02f, DogEar);
        }
        b.Bone = rig.Tail;
        var tailMid = tailBase + new Vector3(-breed.Tail * 0.5f, breed.Tail * 0.15f, 0);
        var tailEnd = tailMid + new Vector3(-breed.Tail * 0.45f, breed.Tail * 0.05f, 0);
        b.Limb(tailBase, tailMid, lr * 0.75f, lr * 0.6f, 0.02f, DogTail);
        b.Limb(tailMid, tailEnd, lr * 0.6f, lr * 0.3f, 0.02f, DogTail);

        var body = breedIndex == Corgi && m.Traits.Color is null ? CorgiWhite : m.BodyPaint;
        var saddle = AnimalCoat.Relative(body, breed.Saddle.R, breed.Saddle.G, breed.Saddle.B);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var c = Vector3.One * 0.85f;
            if (tag is DogBody or DogTail or DogEar)
                c = Vector3.Lerp(c, saddle, AnimalCoatNoise.Smooth(chestY, chestY + breed.Chest * 0.7f, xy.Y + (AnimalCoatNoise.Fbm(xy * 10, seed) - 0.5f) * 0.08f) * (tag == DogEar ? 0.5f : 1));
            if (tag == DogMuzzle) c = Vector3.Lerp(saddle, Vector3.One * 0.9f, 0.5f);
            if (tag == DogEar) c *= 0.85f;
            if (breedIndex == Corgi)
            {
                // Tan ears and crown, a white muzzle, throat and cheeks under it.
                if (tag == DogEar) c = saddle * 0.95f;
                if (tag == DogHead) c = Vector3.Lerp(Vector3.One * 0.9f, saddle, AnimalCoatNoise.Smooth(skull.Y - breed.Head * 0.35f, skull.Y + breed.Head * 0.05f, xy.Y));
                if (tag == DogMuzzle) c = Vector3.One * 0.92f;
            }
            return c * (0.88f + 0.2f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 40, xy.Y * 12), seed + 1));
        }, cells: 115, texels: 768, shape: $"{breedIndex}", coat: $"{coatVariant}");

        m.Bone(rig.Head);
        var nose = muzzleTip + new Vector3(breed.Head * 0.38f, breed.Head * 0.08f, 0);
        m.Paint(Paints.Srgb(18, 16, 16, 0.3f, 0, "nose")).Ellipsoid(nose, new(breed.Head * 0.2f, breed.Head * 0.2f, breed.Head * 0.26f));
        Eyes(m, skull + new Vector3(breed.Head * 0.78f, breed.Head * 0.18f, breed.Head * 0.5f), breed.Head * 0.13f, Paints.Srgb(90, 55, 25, 0.1f, 0, "iris"));
    }
}
