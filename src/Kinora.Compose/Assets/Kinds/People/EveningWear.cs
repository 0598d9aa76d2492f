using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// Formal evening wear ("in a tuxedo", "in formal evening wear"): a man in a black dinner suit over a white shirt
/// front with a black bow tie; a woman in a sleeveless floor-length gown in one of the colours gowns come in (black,
/// burgundy, navy, emerald, champagne). A named colour ("a red gown") dyes the gown or jacket instead.
/// </summary>
public static class EveningWear
{
    public const string Variant = "formal";

    private static readonly (byte R, byte G, byte B)[] Gowns = [(18, 18, 22), (120, 18, 34), (24, 36, 88), (16, 82, 62), (200, 170, 120)];
    private static readonly (byte R, byte G, byte B) Dinner = (22, 22, 26);

    public static PersonLook Under(PersonLook look) => look.Sex == Sex.Male || look.Age == AgeGroup.Child
        ? look with { Top = Dinner, BottomColour = (16, 16, 18), Bottom = Bottom.Trousers, LongSleeves = true, Stripe = null }
        : look with { Top = Gowns[(look.SkinTone * 7 + look.Hair.R + look.Iris.G) % Gowns.Length], Bottom = Bottom.Dress, LongSleeves = false, Stripe = null };

    public static void Dress(ModelBuilder m, PersonLook look, MeshBuilder cloth)
    {
        if (look.Bottom != Bottom.Dress)
        {
            m.Bone(m.JointIndex(JointNames.Spine));
            // The shirt front in the jacket's opening, and the bow tie at the collar.
            m.Paint(Paints.Srgb(240, 240, 236, 0.7f, 0, "shirtfront")).Ellipsoid(new Vector3(0.112f, 1.34f, 0), new Vector3(0.028f, 0.1f, 0.045f));
            var tie = m.Paint(Paints.Srgb(10, 10, 12, 0.5f, 0, "bowtie"));
            foreach (var s in new[] { 1f, -1f })
                tie.Ellipsoid(new Vector3(0.13f, 1.435f, s * 0.025f), new Vector3(0.012f, 0.018f, 0.026f));
            return;
        }
        // The gown falls from the waist to the floor, flaring at the hem for a stride.
        m.Bone(m.JointIndex(JointNames.Pelvis));
        cloth.Lathe([new(0, 0.02f), new(0.36f, 0.02f), new(0.3f, 0.3f), new(0.23f, 0.62f), new(0.19f, 0.86f), new(0.16f, 1.0f), new(0, 1.02f)],
            Matrix4x4.CreateScale(0.72f, 1, look.Hips), 28);
    }
}
