using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// A standing person of human proportions (an adult about 7.5 heads tall after the figure-drawing canon, a child
/// about 6), facing +X while built and turned to face +Z (the camera) at the end, arms at the sides. Rigged
/// (<see cref="JointNames"/>): pelvis → spine → neck → head → jaw, arms from the chest, legs from the pelvis, pivots
/// at the anatomical joints. The look (<see cref="PersonLook"/>) comes from the plan's traits and the seed; the colour
/// trait dyes the shirt or dress (the model's body paint); without one the top comes from <see cref="Wardrobe"/>.
/// </summary>
public static class PersonModel
{
    /// <summary>Where the skull's centre sits above the top of the neck (adult metres, head-local scale 1).</summary>
    private static readonly Vector3 SkullAboveNeck = new(0.005f, 0.06f, 0);

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var look = PersonLook.Choose(m.Traits, ref r);
        // An outfit the words named changes what is under it (the suit's fabric, the gown's colour) before any geometry.
        look = m.Traits.Variant switch
        {
            Spacesuit.Variant => Spacesuit.Under(look),
            EveningWear.Variant => EveningWear.Under(look),
            _ => look,
        };
        var skinPaint = PersonPaints.Skin(look);
        var skin = m.Paint(skinPaint);
        // The top: the body paint when the prompt dyes it ("a man in a red shirt", "a woman in a leather jacket"),
        // else the seeded wardrobe's colour, so no two people come out in the same blue shirt.
        var named = m.Traits.Color is not null || m.Traits.Material is not null;
        var shirt = named ? m.Body : m.Paint(PersonPaints.Top(look));

        // The skeleton: pivots where the body bends (hip and shoulder balls, knees, elbows, ankles, the waist, the
        // base of the neck, the top of the neck under the skull, the jaw's hinge just in front of the ear).
        var neckTop = new Vector3(0.01f, 1.555f, 0);
        var f = new HeadFrame(neckTop + SkullAboveNeck * look.HeadScale, look.HeadScale);
        var pelvis = m.Joint(JointNames.Pelvis, -1, new Vector3(0, 0.95f, 0));
        var spine = m.Joint(JointNames.Spine, pelvis, new Vector3(0, 1.02f, 0));
        var neck = m.Joint(JointNames.Neck, spine, new Vector3(0, 1.44f, 0));
        var skull = m.Joint(JointNames.Head, neck, neckTop);
        var jaw = m.Joint(JointNames.Jaw, skull, f.P(Mouth.Hinge));

        Body.Legs(m, look, pelvis, skin, shirt);
        Body.Torso(m, look, spine, skin, shirt);
        if (look.Stripe is { } stripe && !named) Stripes.Torso(m.Paint(PersonPaints.Stripe(stripe)), look);
        Body.Arms(m, look, spine, skin, shirt);

        m.Bone(neck);
        var neckWidth = (look.Sex == Sex.Female ? 0.9f : 1) * MathF.Sqrt(look.HeadScale);
        skin.Rod(new Vector3(0, 1.43f, 0), f.P(new(-0.005f, -0.06f, 0)), 0.06f * neckWidth, 0.05f * neckWidth);
        m.Bone(skull);
        Face.Build(m, f, look, skin, skinPaint);
        Hair.Build(f, look.HairStyle, m.Paint(PersonPaints.Hair(look)), ref r);
        Mouth.Build(m, f, look, skin, jaw);
        if (m.Traits.Variant == Spacesuit.Variant) Spacesuit.Dress(m, look, f);
        else if (m.Traits.Variant == EveningWear.Variant) EveningWear.Dress(m, look, shirt);
        Carried.Build(m, look, m.Traits.Holds);

        m.Transform(Matrix4x4.CreateRotationY(-MathF.PI / 2)); // +X → +Z
    }
}
