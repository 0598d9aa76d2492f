using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Animals
{
    private const int PandaBody = 0, PandaLeg = 1, PandaHead = 2, PandaMuzzle = 3;

    /// <summary>The panda's black (a multiplier over its white paint): legs, shoulder band, ears, eye patches.</summary>
    private static Vector3 PandaBlack(Material body) => AnimalCoat.Relative(body, 28, 25, 25);

    /// <summary>
    /// A giant panda on all fours: a bear's build but rounder and shorter-legged, the back level, a big round head
    /// with wide cheeks and a short muzzle. What names it at a glance is the coat: white, with black legs whose black
    /// runs up over the shoulders as a band, black round ears, and black eye patches slanting down and out round
    /// each eye. The legs and band are painted in the coat; the ears and eye patches are their own black pieces on
    /// the head, so they sit on the face from any side.
    /// Rigged as every quadruped (<see cref="QuadrupedRig"/>): body, neck → head, tail, and per leg a thigh (the
    /// upper arm on a foreleg, from the shoulder) and a shin (the forearm, from the elbow). Sitting up is a pose of
    /// that rig: the body tipped back about the haunches, the hind legs then lie forward on the ground and the
    /// forelegs hang free in front of the chest, so a paw can be brought to the mouth by the fore thigh and shin.
    /// </summary>
    private static void Panda(ModelBuilder m, ref SeededRandom r)
    {
        var seed = SeedVariant(ref r, out var variant);
        var len = VaryStep(ref r, 1f, 0.04f, out var step);
        var fx = 0.36f * len;
        var hx = -0.4f * len;
        var head = new Vector3(0.9f * len, 0.72f, 0);
        var rig = QuadrupedRig.Declare(m, new(0, 0.72f, 0), new(0.5f * len, 0.8f, 0), head + new Vector3(-0.1f, -0.02f, 0), null, new(-0.66f * len, 0.84f, 0),
            (new(fx, 0.66f, 0.2f), new(fx + 0.04f, 0.34f, 0.21f)), (new(hx, 0.7f, 0.2f), new(hx + 0.06f, 0.42f, 0.21f)));
        var b = new SoftBody
        {
            Bone = rig.Body,
            // A dense, slightly uneven coat: softer and finer than a bear's shag.
            Relief = p => 0.01f * (AnimalCoatNoise.Value(new Vector2(p.X * 18, p.Y * 24), seed) + AnimalCoatNoise.Value(new Vector2(p.Z * 18, p.Y * 24), seed + 3) - 1),
        };
        b.Blob(new(0, 0.72f, 0), new(0.5f * len, 0.3f, 0.36f), blend: 0.15f, tag: PandaBody);
        b.Blob(new(0.28f * len, 0.76f, 0), new(0.32f, 0.3f, 0.36f), blend: 0.15f, tag: PandaBody); // shoulders
        b.Blob(new(-0.36f * len, 0.74f, 0), new(0.34f, 0.32f, 0.37f), blend: 0.15f, tag: PandaBody); // round rump
        Legs(b,
            [new(fx, 0.66f, 0.2f), new(fx + 0.04f, 0.34f, 0.21f), new(fx + 0.05f, 0.1f, 0.21f)], [0.17f, 0.12f, 0.105f],
            [new(hx, 0.7f, 0.2f), new(hx + 0.06f, 0.42f, 0.21f), new(hx - 0.02f, 0.1f, 0.21f)], [0.2f, 0.135f, 0.105f],
            0.08f, PandaLeg, rig);
        Paws(b, rig, new(fx + 0.1f, 0.065f, 0.21f), new(0.14f, 0.065f, 0.1f), new(hx + 0.04f, 0.065f, 0.21f), new(0.15f, 0.065f, 0.1f), 0.05f, PandaLeg);
        // The head turns a little towards the viewer's side (+Z), so both eye patches show in a side view.
        const float yaw = -0.55f;
        var turn = Matrix4x4.CreateRotationY(yaw);
        Vector3 H(float x, float y, float z) => head + Vector3.Transform(new Vector3(x, y, z), turn);
        b.Bone = rig.Neck;
        b.Limb(new(0.5f * len, 0.8f, 0), head, 0.26f, 0.18f, 0.1f, PandaBody);
        b.Bone = rig.Head;
        b.Blob(head, new(0.23f, 0.22f, 0.24f), blend: 0.08f, tag: PandaHead);
        b.Blob(H(0.04f, -0.07f, 0), new(0.17f, 0.15f, 0.28f), rotY: yaw, blend: 0.07f, tag: PandaHead); // the wide cheeks
        var nose = H(0.3f, -0.08f, 0);
        b.Limb(H(0.14f, -0.06f, 0), nose, 0.11f, 0.07f, 0.06f, PandaMuzzle);
        b.Bone = rig.Tail;
        b.Blob(new(-0.7f * len, 0.82f, 0), new(0.07f, 0.06f, 0.06f), blend: 0.05f, tag: PandaBody);

        var body = m.BodyPaint;
        var black = PandaBlack(body);
        Skin(m, b, body, xy =>
        {
            var (_, tag, _) = b.NearestInSideView(xy);
            var c = Vector3.One;
            if (tag == PandaLeg) c = black;
            else if (tag == PandaBody)
            {
                // The band: the forelegs' black carried up over the shoulders, leaning back as it rises.
                var centre = fx + 0.02f - (xy.Y - 0.6f) * 0.45f;
                var edge = (AnimalCoatNoise.Fbm(xy * 6, seed) - 0.5f) * 0.05f;
                c = Vector3.Lerp(c, black, AnimalCoatNoise.Smooth(0.17f, 0.13f, MathF.Abs(xy.X - centre) + edge));
            }
            // A faint warm cast low on the white, and fine fur streaks.
            var fur = 0.9f + 0.14f * AnimalCoatNoise.Fbm(new Vector2(xy.X * 30, xy.Y * 10), seed + 1);
            return c * fur;
        }, texels: 768, shape: $"{step}/{variant}", coat: $"{variant}");

        var dark = m.Paint(body with { BaseColor = body.BaseColor * PandaBlack(body), Name = "black fur" });
        m.Bone(rig.Head);
        // Round black ears standing clear of the crown.
        foreach (var s in new[] { 1f, -1f })
            dark.Ellipsoid(H(-0.06f, 0.19f, s * 0.15f), new(0.06f, 0.085f, 0.09f), rotY: yaw, slices: 16, stacks: 10);
        // Eye patches: teardrops round the eyes, slanting down and out towards the cheeks.
        var centreOfHead = head + new Vector3(0, 0.02f, 0);
        foreach (var s in new[] { 1f, -1f })
        {
            var aim = Vector3.Transform(new Vector3(0.85f, 0.12f, s * 0.52f), turn);
            var (at, normal) = SurfaceAlong(b, centreOfHead, aim);
            var down = Vector3.Transform(new Vector3(-0.2f, -0.8f, s * 0.6f), turn);
            Patch(dark, at, normal, down, 0.075f, 0.047f, 0.02f);
            var (eye, eyeNormal) = SurfaceAlong(b, centreOfHead, Vector3.Transform(new Vector3(0.85f, 0.16f, s * 0.5f), turn));
            m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(0.016f) * Matrix4x4.CreateTranslation(eye + eyeNormal * 0.012f), 12, 8);
        }
        m.Paint(Paints.Srgb(20, 18, 18, 0.4f, 0, "nose")).Ellipsoid(nose + Vector3.Transform(new Vector3(0.05f, 0.02f, 0), turn), new(0.03f, 0.032f, 0.045f), rotY: yaw);
    }
}
