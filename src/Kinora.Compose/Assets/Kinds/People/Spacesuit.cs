using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// An astronaut's extravehicular suit (after NASA's EMU, the white suit of every spacewalk photograph): white
/// layered fabric puffed well out from the body on every limb, grey gloves and boots, a hard torso with a chest
/// control box, a life-support backpack as deep as the chest, and a round helmet whose gold-coated visor (a thin
/// gold film that stops the sun's glare) hides the face. Built over the ordinary body on the same joints, so the suit
/// bends where the person does; the helmet sits on the head joint.
/// </summary>
public static class Spacesuit
{
    public const string Variant = "spacesuit";

    public static readonly Material Fabric = Paints.Srgb(236, 236, 230, 0.85f, 0, "spacesuit") with { Pattern = "fabric" };
    private static readonly Material Grey = Paints.Srgb(140, 142, 148, 0.6f, 0.2f, "suitgrey");
    private static readonly Material Visor = Paints.Srgb(225, 165, 70, 0.08f, 1, "visor");
    private static readonly Material Stripe = Paints.Srgb(190, 40, 40, 0.7f, 0, "suitstripe");

    /// <summary>The look under the suit: trousers and long sleeves of suit fabric (the body's own capsules are the
    /// suit's inner layer) and hair cropped so nothing pokes out of the helmet.</summary>
    public static PersonLook Under(PersonLook look) => look with
    {
        Bottom = Bottom.Trousers, LongSleeves = true, Stripe = null, HairStyle = HairStyle.Buzz,
        Top = (236, 236, 230), BottomColour = (236, 236, 230),
    };

    public static void Dress(ModelBuilder m, PersonLook look, HeadFrame f)
    {
        var suit = m.Paint(Fabric);
        var grey = m.Paint(Grey);
        Vector3 P(string joint) => m.Joints[m.JointIndex(joint)].Pivot;
        void Limb(string joint, Vector3 a, Vector3 b, float ra, float rb)
        {
            m.Bone(m.JointIndex(joint));
            suit.Capsule(a, b, ra, rb);
        }
        var w = look.Shoulders;
        foreach (var right in new[] { true, false })
        {
            var s = right ? 1f : -1f;
            string thigh = right ? JointNames.ThighR : JointNames.ThighL, shin = right ? JointNames.ShinR : JointNames.ShinL;
            string foot = right ? JointNames.FootR : JointNames.FootL;
            string upper = right ? JointNames.UpperArmR : JointNames.UpperArmL, fore = right ? JointNames.ForearmR : JointNames.ForearmL;
            Limb(thigh, P(thigh), P(shin), 0.115f, 0.095f);
            Limb(shin, P(shin), P(foot) + new Vector3(0, 0.05f, 0), 0.095f, 0.085f);
            m.Bone(m.JointIndex(foot));
            grey.Ellipsoid(P(foot) + new Vector3(0.045f, -0.035f, 0), new Vector3(0.155f, 0.075f, 0.08f)); // boot
            var wrist = new Vector3(0.05f, 0.87f, s * 0.27f * w);
            Limb(upper, P(upper), P(fore), 0.1f, 0.085f);
            Limb(fore, P(fore), wrist, 0.085f, 0.07f);
            m.Paint(Stripe).Cylinder(Matrix4x4.CreateScale(0.09f, 0.02f, 0.09f) * MeshBuilder.AlignY(wrist - P(fore)) * Matrix4x4.CreateTranslation(Vector3.Lerp(P(fore), wrist, 0.3f)), 1, 16);
            grey.Ellipsoid(wrist + new Vector3(0.01f, -0.075f, s * 0.005f), new Vector3(0.05f, 0.095f, 0.06f), rotZ: 0.12f); // glove
        }
        m.Bone(m.JointIndex(JointNames.Pelvis));
        suit.Ellipsoid(new Vector3(0, 0.95f, 0), new Vector3(0.16f, 0.15f, 0.23f * look.Hips));
        m.Bone(m.JointIndex(JointNames.Spine));
        // The hard upper torso, broader than any chest, and the backpack standing off the back.
        suit.Ellipsoid(new Vector3(0, 1.24f, 0), new Vector3(0.19f, 0.27f, 0.27f * w));
        suit.Box(new Vector3(-0.29f, 1.2f, 0), new Vector3(0.12f, 0.3f, 0.23f * w));
        grey.Box(new Vector3(-0.41f, 1.24f, 0), new Vector3(0.005f, 0.2f, 0.16f * w));
        grey.Box(new Vector3(0.21f, 1.2f, 0), new Vector3(0.05f, 0.08f, 0.13f)); // chest control box
        grey.Torus(0.15f, 0.025f, Matrix4x4.CreateTranslation(0, 1.47f, 0), 24, 8); // neck ring under the helmet
        m.Bone(m.JointIndex(JointNames.Head));
        suit.Sphere(f.At(new(0.0f, 0.01f, 0), new(0.175f, 0.18f, 0.175f)), 28, 16);
        m.Paint(Visor).Sphere(f.At(new(0.055f, 0.0f, 0), new(0.14f, 0.125f, 0.145f)), 28, 16);
    }
}
