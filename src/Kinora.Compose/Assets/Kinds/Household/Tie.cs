using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Household
{
    /// <summary>
    /// A necktie as it is seen, knotted under a collar: a white shirt front on a small display stand, the collar's
    /// two points either side of a four-in-hand knot, and the blade (8 cm wide, pointed) falling down the placket
    /// with diagonal stripes. Faces +Z.
    /// </summary>
    private static void Tie(ModelBuilder m, ref SeededRandom r)
    {
        var shirt = m.Paint(Paints.Srgb(240, 242, 245, 0.7f, 0, "shirt") with { Pattern = "fabric" });
        var stripe = m.Paint(Paints.Srgb(225, 195, 90, 0.5f, 0, "stripe"));
        var stand = m.Paint(Paints.DarkWood);
        const float top = 0.62f;
        RoundedSlab.Add(shirt, RoundedSlab.Rectangle(new(0.17f, 0.25f), 0.02f, 0.09f), 0.08f, 0.035f, Matrix4x4.CreateTranslation(0, top - 0.25f, 0));
        // Collar: a band round the neck and two points folded down over the shirt.
        shirt.Torus(0.06f, 0.018f, Matrix4x4.CreateScale(1, 1.6f, 0.8f) * Matrix4x4.CreateTranslation(0, top - 0.01f, 0.0f), 24, 8);
        foreach (var s in new[] { 1f, -1f })
            RoundedSlab.Add(shirt, [new(s * 0.012f, top - 0.02f), new(s * 0.085f, top - 0.0f), new(s * 0.06f, top - 0.1f)], 0.012f, 0.004f, Matrix4x4.CreateTranslation(0, 0, 0.05f), 2);
        // Knot and blade.
        RoundedSlab.Add(m.Body, [new(-0.026f, top - 0.02f), new(0.026f, top - 0.02f), new(0.016f, top - 0.075f), new(-0.016f, top - 0.075f)], 0.03f, 0.01f, Matrix4x4.CreateTranslation(0, 0, 0.05f), 3);
        var blade = new Vector2[] { new(-0.016f, top - 0.07f), new(0.016f, top - 0.07f), new(0.042f, top - 0.43f), new(0, top - 0.47f), new(-0.042f, top - 0.43f) };
        RoundedSlab.Add(m.Body, blade, 0.01f, 0.004f, Matrix4x4.CreateTranslation(0, 0, 0.048f), 2);
        for (var i = 0; i < 7; i++)
        {
            var y = top - 0.1f - i * 0.048f;
            var w = 0.016f + (0.042f - 0.016f) * (top - 0.07f - y) / 0.36f;
            stripe.Box(Matrix4x4.CreateScale(w * 1.05f, 0.006f, 0.006f) * Matrix4x4.CreateRotationZ(0.55f) * Matrix4x4.CreateTranslation(0, y, 0.054f));
        }
        // The stand: a post into a base.
        stand.Rod(new Vector3(0, 0.02f, -0.02f), new Vector3(0, top - 0.45f, -0.02f), 0.012f, 0.012f, 8);
        stand.Box(new Vector3(0, 0.012f, -0.02f), new Vector3(0.1f, 0.012f, 0.07f));
    }
}
