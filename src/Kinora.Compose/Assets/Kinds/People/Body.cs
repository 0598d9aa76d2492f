using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// The body below the head, in natural metres facing +X (the character's right is +Z): legs, hips, torso and arms
/// on their joints, dressed by the look. Every limb is capsules whose end spheres sit on the pivots, so a bent knee
/// or elbow turns a ball inside a ball and opens no gap. Trousers and shorts follow each leg; a skirt or a dress
/// hangs from the hips as a flared cone wide enough for a walking stride; short sleeves leave the forearm bare.
/// </summary>
public static class Body
{
    public static void Legs(ModelBuilder m, PersonLook look, int pelvis, MeshBuilder skin, MeshBuilder shirt)
    {
        var bottom = look.Bottom == Bottom.Dress ? shirt : m.Paint(PersonPaints.Bottom(look, look.Bottom.ToString().ToLowerInvariant()));
        var shoes = m.Paint(Paints.Srgb(35, 30, 28, 0.6f, 0, "shoes"));
        var bareLegs = look.Bottom is Bottom.Skirt or Bottom.Dress;
        m.Bone(pelvis);
        foreach (var s in new[] { 1f, -1f })
        {
            var z = s * 0.1f * look.Hips;
            var hip = new Vector3(0, 0.92f, z);
            var knee = new Vector3(0.012f, 0.5f, z * 1.05f);
            var ankle = new Vector3(-0.005f, 0.09f, z * 1.1f);
            var right = s > 0;
            var thigh = m.Joint(right ? JointNames.ThighR : JointNames.ThighL, pelvis, hip);
            var shin = m.Joint(right ? JointNames.ShinR : JointNames.ShinL, thigh, knee);
            var foot = m.Joint(right ? JointNames.FootR : JointNames.FootL, shin, ankle);
            m.Bone(thigh);
            var upper = bareLegs ? skin : bottom;
            if (look.Bottom == Bottom.Shorts)
            {
                // Shorts end a hand above the knee; the rest of the thigh is bare.
                var hem = Vector3.Lerp(hip, knee, 0.62f);
                bottom.Capsule(hip, hem, 0.085f, 0.068f);
                skin.Capsule(hem, knee, 0.058f, 0.05f);
            }
            else
            {
                upper.Capsule(hip, knee, bareLegs ? 0.07f : 0.08f, bareLegs ? 0.05f : 0.058f);
                upper.Ellipsoid(new Vector3(0.005f, 0.76f, z), bareLegs ? new Vector3(0.065f, 0.13f, 0.065f) : new Vector3(0.075f, 0.14f, 0.075f)); // thigh
            }
            m.Bone(shin);
            (look.Bottom == Bottom.Trousers ? bottom : skin).Capsule(knee, ankle, look.Bottom == Bottom.Trousers ? 0.058f : 0.05f, 0.04f);
            m.Bone(foot);
            shoes.Ellipsoid(new Vector3(0.04f, 0.045f, z * 1.1f), new Vector3(0.13f, 0.05f, 0.052f));
        }
        m.Bone(pelvis);
        var hips = new Vector3(0.12f, 0.12f, 0.18f * look.Hips);
        if (bareLegs)
        {
            // A flared skirt from the waist to just below the knee: wide enough at the hem for a stride.
            bottom.Lathe([new(0, 0.45f), new(0.26f, 0.45f), new(0.2f, 0.8f), new(0.16f, 1.0f), new(0, 1.02f)],
                Matrix4x4.CreateScale(0.72f, 1, look.Hips), 28);
        }
        else
        {
            bottom.Ellipsoid(new Vector3(0, 0.95f, 0), hips);
            m.Paint(Paints.Srgb(40, 30, 25, 0.5f, 0, "belt")).Cylinder(Matrix4x4.CreateScale(0.125f, 0.025f, 0.175f * look.Hips) * Matrix4x4.CreateTranslation(0, 1.02f, 0), 1, 24);
        }
    }

    public static void Torso(ModelBuilder m, PersonLook look, int spine, MeshBuilder skin, MeshBuilder shirt)
    {
        var w = look.Shoulders;
        m.Bone(spine);
        // Waist to shoulders, wider at the chest, flattened front to back; shoulders rounded.
        shirt.Lathe(TorsoProfile(look), TorsoScale(look), 24);
        if (look.Sex == Sex.Female && look.Age != AgeGroup.Child)
            foreach (var s in new[] { 1f, -1f })
                shirt.Ellipsoid(new Vector3(0.075f, 1.29f, s * 0.058f * w), new Vector3(0.055f, 0.05f, 0.06f));
        foreach (var s in new[] { 1f, -1f })
        {
            shirt.Sphere(Matrix4x4.CreateScale(0.065f) * Matrix4x4.CreateTranslation(0, 1.4f, s * 0.185f * w), 16, 10);
            // The slope from the neck down to the shoulder (trapezius), so the shoulders are not two balls on a dome.
            shirt.Sphere(Matrix4x4.CreateScale(0.065f, 0.045f, 0.1f * w) * Matrix4x4.CreateRotationX(s * 0.3f) * Matrix4x4.CreateTranslation(-0.01f, 1.425f, s * 0.1f * w), 16, 10);
        }
    }

    /// <summary>The torso's lathe profile, (radius, height) waist to shoulders, before <see cref="TorsoScale"/>.</summary>
    public static Vector2[] TorsoProfile(PersonLook look)
    {
        var waist = look.Sex == Sex.Female ? 0.14f : 0.155f;
        return [new(0.0f, 0.98f), new(waist, 1.0f), new(waist + 0.005f, 1.08f), new(0.175f, 1.22f), new(0.19f, 1.36f), new(0.16f, 1.44f), new(0.06f, 1.48f), new(0.0f, 1.48f)];
    }

    /// <summary>Flattens the torso's lathe front to back and widens it by the shoulders.</summary>
    public static Matrix4x4 TorsoScale(PersonLook look) => Matrix4x4.CreateScale(0.66f, 1, look.Shoulders);

    /// <summary>Arms hang a little away from the body, elbows slightly bent; long sleeves reach the wrist, short ones half the upper arm.</summary>
    public static void Arms(ModelBuilder m, PersonLook look, int spine, MeshBuilder skin, MeshBuilder shirt)
    {
        var w = look.Shoulders;
        foreach (var s in new[] { 1f, -1f })
        {
            var shoulder = new Vector3(0, 1.41f, s * 0.2f * w);
            var elbow = new Vector3(-0.01f, 1.13f, s * 0.25f * w);
            var wrist = new Vector3(0.05f, 0.87f, s * 0.27f * w);
            var right = s > 0;
            var upper = m.Joint(right ? JointNames.UpperArmR : JointNames.UpperArmL, spine, shoulder);
            var fore = m.Joint(right ? JointNames.ForearmR : JointNames.ForearmL, upper, elbow);
            m.Bone(upper);
            if (look.LongSleeves) shirt.Capsule(shoulder, elbow, 0.058f, 0.046f);
            else
            {
                var hem = Vector3.Lerp(shoulder, elbow, 0.5f);
                shirt.Capsule(shoulder, hem, 0.062f, 0.055f);
                skin.Capsule(hem, elbow, 0.045f, 0.04f);
            }
            m.Bone(fore); // the forearm carries the hand
            (look.LongSleeves ? shirt : skin).Capsule(elbow, wrist, look.LongSleeves ? 0.046f : 0.04f, look.LongSleeves ? 0.038f : 0.032f);
            skin.Ellipsoid(wrist + new Vector3(0.01f, -0.075f, s * 0.005f), new Vector3(0.028f, 0.085f, 0.042f), rotZ: 0.12f);
            skin.Capsule(wrist + new Vector3(0.035f, -0.03f, 0), wrist + new Vector3(0.05f, -0.09f, 0), 0.012f, 0.01f, 8); // thumb
        }
    }
}
