using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    /// <summary>
    /// A sheep in full fleece: a blunt cream barrel of wool with a lumpy surface (curls a few centimetres across,
    /// modelled as relief on the distance field, with darker crevices painted between them) standing on thin dark
    /// legs, and a dark bare face with sideways ears, as on a Suffolk. The fleece hides the neck and the tops of
    /// the legs; a little yellow-grey soiling low on the flanks.
    /// </summary>
    private static void Sheep(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var fleece, variants: 2);
        var len = VaryStep(ref r, 1f, 0.05f, out var step);
        // Half of them graze, head down at the grass, the pose sheep are most often seen in.
        var down = r.NextDouble() < 0.5;
        var skull = down ? new Vector3(0.68f * len, 0.3f, 0) : new Vector3(0.62f * len, 0.86f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 0.62f, 0), new(0.42f * len, 0.7f, 0), skull + new Vector3(-0.08f, down ? 0.08f : -0.02f, 0), null, new(-0.5f * len, 0.7f, 0),
            (new(0.3f * len, 0.55f, 0.12f), new(0.31f * len, 0.25f, 0.12f)), (new(-0.32f * len, 0.55f, 0.12f), new(-0.28f * len, 0.3f, 0.12f)));
        var wool = new SoftBody
        {
            Bone = rig.Body,
            Relief = p => 0.012f * (AnimalCoatNoise.Value(new Vector2(p.X, p.Y) * 34, seed) + AnimalCoatNoise.Value(new Vector2(p.Z, p.Y) * 34, seed + 1)
                + AnimalCoatNoise.Value(new Vector2(p.X, p.Z) * 34, seed + 2) - 1.5f),
        };
        wool.Blob(new(0, 0.62f, 0), new(0.5f * len, 0.29f, 0.3f), blend: 0.15f);
        wool.Blob(new(0.3f * len, 0.66f, 0), new(0.24f, 0.28f, 0.28f), blend: 0.12f);
        wool.Blob(new(-0.3f * len, 0.62f, 0), new(0.27f, 0.29f, 0.3f), blend: 0.12f);
        wool.Bone = rig.Neck;
        if (down) wool.Blob(new(0.52f * len, 0.52f, 0), new(0.15f, 0.24f, 0.16f), rotZ: 0.5f, blend: 0.1f); // neck in fleece
        else wool.Blob(new(0.48f * len, 0.8f, 0), new(0.17f, 0.2f, 0.18f), blend: 0.1f);
        foreach (var s in new[] { 1f, -1f })
        {
            wool.Bone = rig.Thigh(true, s);
            wool.Blob(new(0.3f * len, 0.38f, s * 0.12f), new(0.1f, 0.13f, 0.08f), blend: 0.08f);
            wool.Bone = rig.Thigh(false, s);
            wool.Blob(new(-0.32f * len, 0.38f, s * 0.12f), new(0.13f, 0.15f, 0.09f), blend: 0.08f);
        }
        var body = m.BodyPaint;
        Skin(m, wool, body, xy =>
        {
            // Curls: small soft lumps with shaded gaps (no crisp lines, which read as scales or feathers).
            var curls = AnimalCoatNoise.Fbm(xy * 28, seed + 5);
            var locks = AnimalCoatNoise.Value(xy * 9, seed + 6);
            var soil = AnimalCoatNoise.Smooth(0.55f, 0.35f, xy.Y) * 0.3f;
            var c = Vector3.Lerp(Vector3.One, AnimalCoat.Relative(body, 170, 150, 115), soil + 0.25f * locks);
            return c * AnimalCoat.Relative(body, 228, 214, 186) * (0.78f + 0.3f * curls) * (0.92f + 0.12f * locks);
        }, texels: 768, shape: $"{step}/{down}/{fleece}", coat: "");

        // The bare parts: a long face with a Roman nose, ears held out sideways, thin legs; a pale face on most
        // sheep, black on some breeds (Suffolk).
        var faceColour = r.NextDouble() < 0.8 ? Paints.Srgb(200, 188, 168, 0.8f, 0, "face") : Paints.Srgb(38, 33, 30, 0.75f, 0, "face");
        var face = new SoftBody { Bone = rig.Head };
        var nose = skull + (down ? new Vector3(0.08f, -0.16f, 0) : new Vector3(0.15f, -0.1f, 0));
        face.Blob(skull, new(0.11f, 0.1f, 0.095f), blend: 0.04f);
        face.Limb(skull + new Vector3(0.03f, -0.02f, 0), nose, 0.09f, 0.07f, 0.04f);
        foreach (var s in new[] { 1f, -1f })
        {
            face.Bone = rig.Head;
            face.Blob(skull + new Vector3(-0.02f, 0.02f, s * 0.19f), new(0.05f, 0.025f, 0.11f), rotZ: -0.15f, rotY: s * 0.15f, blend: 0.015f);
            Leg(face, [new(0.3f * len, 0.5f, s * 0.12f), new(0.31f * len, 0.25f, s * 0.12f), new(0.32f * len, 0.04f, s * 0.12f)], [0.036f, 0.026f, 0.028f], 0.02f, 0, rig, true, s);
            Leg(face, [new(-0.32f * len, 0.5f, s * 0.12f), new(-0.28f * len, 0.3f, s * 0.12f), new(-0.34f * len, 0.16f, s * 0.12f), new(-0.33f * len, 0.04f, s * 0.12f)], [0.045f, 0.032f, 0.026f, 0.028f], 0.02f, 0, rig, false, s);
        }
        Skin(m, face, faceColour, null, shape: $"{step}/{down}");
        var dark = m.Paint(Paints.Srgb(30, 26, 24, 0.5f, 0, "nostril"));
        foreach (var s in new[] { 1f, -1f })
        {
            m.Bone(rig.Head);
            dark.Ellipsoid(nose + new Vector3(0.04f, 0.0f, s * 0.022f), new(0.008f, 0.012f, 0.008f));
            m.Bone(rig.Shin(true, s));
            dark.Ellipsoid(new(0.32f * len, 0.02f, s * 0.12f), new(0.032f, 0.022f, 0.03f));
            m.Bone(rig.Shin(false, s));
            dark.Ellipsoid(new(-0.33f * len, 0.02f, s * 0.12f), new(0.032f, 0.022f, 0.03f));
        }
        m.Bone(rig.Head);
        Eyes(m, skull + new Vector3(0.06f, 0.025f, 0.068f), 0.014f, Paints.Srgb(150, 120, 60, 0.2f, 0, "iris"));
    }
}
