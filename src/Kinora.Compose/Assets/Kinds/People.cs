using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// People: a standing adult of human proportions (about 7.5 heads tall; proportions after the usual figure
/// drawing canon), facing +X, arms at the sides. Skin tone, hair, trousers and shoes are drawn from seeded
/// palettes; the colour trait dyes the shirt. Face shapes vary by seed (jaw, nose, eyes, brows, mouth).
/// Rigged (<see cref="JointNames"/>): pelvis → spine → neck → head → jaw, arms from the chest, legs from the pelvis,
/// pivots at the anatomical joints. Every limb is capsules whose end spheres sit on the pivots, so a bent knee or
/// elbow turns a ball inside a ball and opens no gap. The jaw carries the chin and lower lip; behind the lips is a
/// dark mouth, hidden while the jaw is shut, so the face at rest is the one it always was. The jaw opens with a
/// positive turn about the model's +X (up × front), about 18° wide open.
/// </summary>
public static class People
{
    public static IEnumerable<KindSpec> All =>
    [
        new("person", 1.72, "fabric", Paints.Srgb(60, 100, 170, 0.85f, 0, "shirt") with { Pattern = "fabric" }, Person)
        {
            Front = Vector3.UnitZ,
            Aliases = ["man", "woman", "boy", "girl", "child", "kid", "people", "human"],
        },
    ];

    // sRGB swatches, light to dark (Fitzpatrick-like range).
    private static readonly (byte R, byte G, byte B)[] SkinTones =
        [(241, 204, 177), (224, 172, 138), (198, 140, 100), (160, 105, 70), (112, 72, 46), (78, 50, 34)];
    private static readonly (byte R, byte G, byte B)[] HairColours =
        [(30, 22, 18), (60, 40, 25), (110, 75, 40), (180, 140, 80), (140, 60, 30), (120, 120, 120)];
    private static readonly (byte R, byte G, byte B)[] TrouserColours =
        [(40, 50, 80), (30, 30, 32), (90, 80, 65), (60, 60, 65), (50, 70, 110)];

    private static Material Pick((byte R, byte G, byte B)[] palette, ref SeededRandom r, float roughness, string name, string pattern = "none")
    {
        var c = palette[(int)(r.NextDouble() * palette.Length) % palette.Length];
        return Paints.Srgb(c.R, c.G, c.B, roughness, 0, name) with { Pattern = pattern };
    }

    private static void Person(ModelBuilder m, ref SeededRandom r)
    {
        // Modelled facing +X (the character's right is +Z), then turned to face +Z (the camera) at the end.
        var skinPaint = Pick(SkinTones, ref r, 0.6f, "skin", "skin");
        var skin = m.Paint(skinPaint);
        var hair = m.Paint(Pick(HairColours, ref r, 0.7f, "hair", "fur"));
        var trousers = m.Paint(Pick(TrouserColours, ref r, 0.85f, "trousers", "fabric"));
        var shoes = m.Paint(Paints.Srgb(35, 30, 28, 0.6f, 0, "shoes"));
        var shirt = m.Body;
        var build = r.RangeF(0.92f, 1.08f); // shoulder and hip width
        var head = new Vector3(0.015f, 1.615f, 0);

        // The skeleton: pivots where the body bends (hip and shoulder balls, knees, elbows, ankles, the waist, the
        // base of the neck, the top of the neck under the skull, the jaw's hinge just in front of the ear).
        var pelvis = m.Joint(JointNames.Pelvis, -1, new Vector3(0, 0.95f, 0));
        var spine = m.Joint(JointNames.Spine, pelvis, new Vector3(0, 1.02f, 0));
        var neck = m.Joint(JointNames.Neck, spine, new Vector3(0, 1.44f, 0));
        var skull = m.Joint(JointNames.Head, neck, new Vector3(0.01f, 1.555f, 0));
        var jawJoint = m.Joint(JointNames.Jaw, skull, head + new Vector3(0.005f, -0.015f, 0));

        // Legs: hip → knee → ankle, slightly apart, and shoes pointing forward.
        m.Bone(pelvis);
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * 0.1f * build;
            var hip = new Vector3(0, 0.92f, z);
            var knee = new Vector3(0.012f, 0.5f, z * 1.05f);
            var ankle = new Vector3(-0.005f, 0.09f, z * 1.1f);
            var right = s > 0;
            var thigh = m.Joint(right ? JointNames.ThighR : JointNames.ThighL, pelvis, hip);
            var shin = m.Joint(right ? JointNames.ShinR : JointNames.ShinL, thigh, knee);
            var foot = m.Joint(right ? JointNames.FootR : JointNames.FootL, shin, ankle);
            m.Bone(thigh);
            trousers.Capsule(hip, knee, 0.08f, 0.058f);
            trousers.Ellipsoid(new Vector3(0.005f, 0.76f, z), new Vector3(0.075f, 0.14f, 0.075f)); // thigh
            m.Bone(shin);
            trousers.Capsule(knee, ankle, 0.058f, 0.045f);
            m.Bone(foot);
            shoes.Ellipsoid(new Vector3(0.04f, 0.045f, z * 1.1f), new Vector3(0.13f, 0.05f, 0.052f));
        }
        m.Bone(pelvis);
        trousers.Ellipsoid(new Vector3(0, 0.95f, 0), new Vector3(0.12f, 0.12f, 0.18f * build));
        m.Paint(Paints.Srgb(40, 30, 25, 0.5f, 0, "belt")).Cylinder(Matrix4x4.CreateScale(0.125f, 0.025f, 0.175f * build) * Matrix4x4.CreateTranslation(0, 1.02f, 0), 1, 24);

        // Torso: waist to shoulders, wider at the chest, flattened front to back; shoulders rounded.
        m.Bone(spine);
        shirt.Lathe([new(0.0f, 0.98f), new(0.155f, 1.0f), new(0.16f, 1.08f), new(0.175f, 1.22f), new(0.19f, 1.36f), new(0.16f, 1.44f), new(0.06f, 1.48f), new(0.0f, 1.48f)],
            Matrix4x4.CreateScale(0.66f, 1, build), 24);
        foreach (var s in new[] { 1f, -1f })
            shirt.Sphere(Matrix4x4.CreateScale(0.065f) * Matrix4x4.CreateTranslation(0, 1.4f, s * 0.185f * build), 16, 10);
        skin.Ellipsoid(new Vector3(0.035f, 1.455f, 0), new Vector3(0.05f, 0.03f, 0.06f)); // open collar

        // Arms hang a little away from the body, elbows slightly bent; sleeves to the wrist, hands in skin.
        foreach (var s in new[] { 1f, -1f })
        {
            var shoulder = new Vector3(0, 1.41f, s * 0.2f * build);
            var elbow = new Vector3(-0.01f, 1.13f, s * 0.25f * build);
            var wrist = new Vector3(0.05f, 0.87f, s * 0.27f * build);
            var right = s > 0;
            var upper = m.Joint(right ? JointNames.UpperArmR : JointNames.UpperArmL, spine, shoulder);
            var fore = m.Joint(right ? JointNames.ForearmR : JointNames.ForearmL, upper, elbow);
            m.Bone(upper);
            shirt.Capsule(shoulder, elbow, 0.058f, 0.046f);
            m.Bone(fore); // the forearm carries the hand
            shirt.Capsule(elbow, wrist, 0.046f, 0.038f);
            skin.Ellipsoid(wrist + new Vector3(0.01f, -0.075f, s * 0.005f), new Vector3(0.028f, 0.085f, 0.042f), rotZ: 0.12f);
            skin.Capsule(wrist + new Vector3(0.035f, -0.03f, 0), wrist + new Vector3(0.05f, -0.09f, 0), 0.012f, 0.01f, 8); // thumb
        }

        // Neck and head (head about 0.23 m tall), face forward.
        m.Bone(neck);
        skin.Rod(new Vector3(0, 1.43f, 0), new Vector3(0.01f, 1.56f, 0), 0.055f, 0.05f);
        m.Bone(skull);
        // Face shape varies within what still reads as a face to a person and to a face detector (eyes, brows,
        // nose and mouth stay where the canon puts them): jaw width, nose length and breadth, eye size, brow
        // weight and slant, mouth width and fullness, each within about ±15%.
        var face = new SeededRandom((long)(r.NextULong() >> 1), "face");
        var jaw = face.RangeF(0.9f, 1.1f);
        var noseLength = face.RangeF(0.85f, 1.15f);
        var noseWidth = face.RangeF(0.85f, 1.2f);
        var eyeSize = face.RangeF(0.9f, 1.12f);
        var browWeight = face.RangeF(0.8f, 1.35f);
        var browSlant = face.RangeF(-0.2f, 0.2f);
        var mouthWidth = face.RangeF(0.85f, 1.2f);
        var lipFullness = face.RangeF(0.8f, 1.3f);
        skin.Ellipsoid(head, new Vector3(0.097f, 0.115f, 0.077f));
        skin.Ellipsoid(head + new Vector3(0.098f, -0.012f, 0), new Vector3(0.022f, 0.032f * noseLength, 0.014f * noseWidth)); // nose
        var brow = m.Paint(Paints.Shade(skinPaint, 0.45f));
        foreach (var s in new[] { 1f, -1f })
        {
            m.Paint(Paints.White).Ellipsoid(head + new Vector3(0.078f, 0.018f, s * 0.033f), new Vector3(0.012f, 0.009f, 0.016f) * eyeSize);
            m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(0.0075f * eyeSize) * Matrix4x4.CreateTranslation(head + new Vector3(0.089f, 0.018f, s * 0.033f)), 10, 6);
            // Brows tilt about the face's forward axis: up at the outer end (surprised) or down (stern).
            brow.Sphere(Matrix4x4.CreateScale(0.008f, 0.005f * browWeight, 0.02f) * Matrix4x4.CreateRotationX(s * browSlant) * Matrix4x4.CreateTranslation(head + new Vector3(0.088f, 0.042f, s * 0.035f)), 16, 8);
            skin.Ellipsoid(head + new Vector3(-0.005f, 0.0f, s * 0.077f), new Vector3(0.02f, 0.03f, 0.01f)); // ears
        }
        // Hair: a cap over the crown and back of the head; longer hair for some.
        hair.Ellipsoid(head + new Vector3(-0.025f, 0.035f, 0), new Vector3(0.097f, 0.1f, 0.082f));
        if (r.NextDouble() < 0.4)
            hair.Ellipsoid(head + new Vector3(-0.05f, -0.08f, 0), new Vector3(0.06f, 0.14f, 0.085f));
        Mouth(m, skin, head, jaw, mouthWidth, lipFullness, jawJoint);

        m.Transform(Matrix4x4.CreateRotationY(-MathF.PI / 2)); // +X → +Z
    }

    /// <summary>
    /// The mouth: the chin and lower jaw (a skin ellipsoid that makes the lower face) and the lower half of the lips
    /// follow the jaw; the upper half of the lips stays with the head. Behind them, inside the closed face, sits a
    /// dark mouth with a strip of upper teeth under the upper lip, which show only when the jaw turns down. At rest the lips are the
    /// one ellipsoid they always were (its two halves meet at its equator).
    /// </summary>
    private static void Mouth(ModelBuilder m, MeshBuilder skin, Vector3 head, float jaw, float mouthWidth, float lipFullness, int jawJoint)
    {
        var skull = m.CurrentBone;
        // The lips stand about 7 mm proud of the chin's front (at x 0.1 m here), as lips do: level with it, the chin's
        // surface covered them and the shut mouth showed no lips at all.
        var lipCentre = head + new Vector3(0.096f, -0.05f, 0);
        var lipRadii = new Vector3(0.01f, 0.008f * lipFullness, 0.022f * mouthWidth);
        var lips = m.Paint(Paints.Srgb(165, 75, 70, 0.5f, 0, "lips"));
        var inside = m.Paint(Paints.Srgb(45, 14, 16, 0.7f, 0, "mouth"));
        // The dark of the mouth: just behind the lips' middle, in front of the head's own surface, so nothing of
        // it shows past the chin and lips while shut.
        inside.Ellipsoid(head + new Vector3(0.0855f, -0.052f, 0), new Vector3(0.011f, 0.013f, 0.019f * mouthWidth));
        m.Paint(Paints.Srgb(235, 230, 215, 0.35f, 0, "teeth")).Ellipsoid(head + new Vector3(0.09f, -0.0525f, 0), new Vector3(0.006f, 0.0035f, 0.015f * mouthWidth));
        lips.Append(HalfEllipsoid(upper: true), Matrix4x4.CreateScale(lipRadii) * Matrix4x4.CreateTranslation(lipCentre));
        m.Bone(jawJoint);
        skin.Ellipsoid(head + new Vector3(0.035f, -0.055f, 0), new Vector3(0.065f, 0.06f, 0.062f * jaw)); // jaw and chin
        lips.Append(HalfEllipsoid(upper: false), Matrix4x4.CreateScale(lipRadii) * Matrix4x4.CreateTranslation(lipCentre));
        m.Bone(skull);
    }

    /// <summary>The upper or lower half of a unit sphere, closed by a flat disc at its equator.</summary>
    private static MeshBuilder HalfEllipsoid(bool upper)
    {
        var half = new MeshBuilder();
        // A lathe about y: the quarter circle from the pole down to the equator, then in to the axis (the disc).
        var profile = new List<Vector2>();
        const int steps = 7;
        for (var i = 0; i <= steps; i++)
        {
            var a = MathF.PI / 2 * i / steps;
            profile.Add(new Vector2(MathF.Sin(a), MathF.Cos(a)));
        }
        profile.Add(new Vector2(0, 0));
        if (upper) profile.Reverse(); // a lathe climbs: bottom (the disc) to top (the pole)
        else for (var i = 0; i < profile.Count; i++) profile[i] = profile[i] with { Y = -profile[i].Y };
        half.Lathe(profile, Matrix4x4.Identity, 24);
        return half;
    }
}
