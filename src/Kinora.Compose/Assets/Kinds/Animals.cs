using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Animals. Horse and cow use the shared parametric <see cref="Quadruped"/> (a barrel torso, jointed legs, neck,
/// head, ears, tail). Dog, cat, sheep, bear, zebra, giraffe and elephant are each modelled in Animals/ as one
/// smooth <see cref="SoftBody"/> with the species' own proportions and parts, and a coat painted in the side view
/// (stripes, reticulated patches, tabby, wool, creased hide). Birds have their own build. Sizes are the largest
/// extent of an adult (body length with head and tail, or a giraffe's height).
/// </summary>
public static partial class Animals
{
    public static IEnumerable<KindSpec> All =>
    [
        new("dog", 0.95, "fabric", Paints.Srgb(200, 150, 90, 0.9f, 0, "fur") with { Pattern = "fur" }, Dog) { Aliases = ["puppy"] },
        // A cat's short coat reads as a fine, even fuzz with a soft sheen: the renderer's "fabric" pattern gives that,
        // where its "fur" strands (long and parallel) drew wood grain on a body this small (bench/assets: with "fur"
        // the detector named a dog or nothing, with "fabric" a cat).
        new("cat", 0.65, "fabric", Paints.Srgb(175, 160, 140, 0.9f, 0, "fur") with { Pattern = "fabric" }, Cat) { Aliases = ["kitten"] },
        new("horse", 2.4, "fabric", Paints.Srgb(120, 70, 35, 0.7f, 0, "coat") with { Pattern = "fur" }, Horse) { Aliases = ["pony"] },
        new("zebra", 2.3, "fabric", Paints.Srgb(240, 240, 235, 0.8f, 0, "coat") with { Pattern = "fur" }, Zebra),
        new("cow", 2.4, "fabric", Paints.Srgb(240, 238, 232, 0.8f, 0, "coat") with { Pattern = "fur" }, Cow) { Aliases = ["bull", "calf", "cattle"] },
        new("sheep", 1.3, "fabric", Paints.Srgb(235, 228, 210, 0.95f, 0, "wool") with { Pattern = "fur" }, Sheep) { Aliases = ["lamb"] },
        new("giraffe", 5.0, "fabric", Paints.Srgb(238, 220, 180, 0.8f, 0, "coat") with { Pattern = "fur" }, Giraffe),
        new("elephant", 5.5, "fabric", Paints.Srgb(128, 122, 118, 0.9f, 0, "hide") with { Pattern = "leather" }, Elephant),
        new("bear", 2.0, "fabric", Paints.Srgb(110, 72, 42, 0.95f, 0, "fur") with { Pattern = "fur" }, Bear),
        new("bird", 0.3, "fabric", Paints.Srgb(70, 110, 180, 0.7f, 0, "feathers"), Bird),
        .. WaterAnimals,
        .. OtherAnimals,
    ];

    /// <summary>Ear styles of the quadruped head.</summary>
    public enum Ears { Pointed, Floppy, Round, Side, Huge }

    /// <summary>Proportions of a quadruped in metres, facing +X.</summary>
    public sealed record QuadrupedParams
    {
        public float Length { get; init; }
        public float Height { get; init; }
        public float Width { get; init; }
        public float Leg { get; init; }
        public float LegRadius { get; init; }
        public float Fullness { get; init; } = 0.5f;
        public float Neck { get; init; }
        public float NeckAngle { get; init; }
        public float NeckRadius { get; init; }
        public Vector3 Head { get; init; }
        public float Snout { get; init; }
        public float SnoutRadius { get; init; }
        public float SnoutDrop { get; init; }
        public Ears Ears { get; init; }
        public float EarSize { get; init; }
        public float Tail { get; init; }
        public float TailRadius { get; init; }
        public float TailAngle { get; init; }
        public bool Hooves { get; init; }
        public bool Mane { get; init; }
        public bool TailTuft { get; init; }
        /// <summary>Lower-leg radius as a share of <see cref="LegRadius"/>: 1 for an elephant's pillars, less for a deer-like shin.</summary>
        public float LegTaper { get; init; } = 0.85f;
        /// <summary>Round pad feet wider than the leg (elephant) instead of hooves or paws.</summary>
        public bool Pads { get; init; }
    }

    /// <summary>Where the built body's landmarks ended up, for species extras.</summary>
    public readonly record struct QuadrupedFrame(Vector3 TorsoStart, float TorsoCentreY, Vector3 NeckBase, Vector3 NeckTop, Vector3 HeadCentre, Vector3 SnoutTip, Vector3[] LegTops, QuadrupedRig Rig);

    /// <summary>
    /// Builds a quadruped, rigged (<see cref="QuadrupedRig"/>): each closed piece follows the bone it belongs to,
    /// except the upper legs and the shoulder and haunch masses, which bend from the body into the thigh
    /// (<see cref="QuadrupedRig.UpperLeg"/>); the rods' end balls meet on the knee pivots, so a bend opens no gap. <paramref name="coat"/> gives the paint of band i
    /// (stripes); <paramref name="bands"/> the number of torso bands (1 for a plain coat).
    /// </summary>
    public static QuadrupedFrame Quadruped(ModelBuilder m, QuadrupedParams q, Func<int, MeshBuilder> coat, int bands, Material hoofPaint, Material nosePaint)
    {
        var yc = q.Leg + q.Height / 2;
        var start = new Vector3(-q.Length / 2, yc, 0);
        var neckBase = new Vector3(q.Length * 0.38f, yc + q.Height * 0.18f, 0);
        var angle = q.NeckAngle * MathF.PI / 180;
        var neckDir = new Vector3(MathF.Cos(angle), MathF.Sin(angle), 0);
        var neckTop = neckBase + neckDir * q.Neck;
        var tailBase = new Vector3(-q.Length / 2 + q.Length * 0.03f, yc + q.Height * 0.25f, 0);
        var side = q.Width * 0.28f;
        var rig = QuadrupedRig.Declare(m, new(0, yc, 0), neckBase, neckTop, null, tailBase,
            (new(q.Length * 0.33f, yc, side * 0.9f), new(q.Length * 0.33f + q.LegRadius * 0.3f, q.Leg * 0.45f, side)),
            (new(-q.Length * 0.33f, yc + q.Height * 0.05f, side * 0.9f), new(-q.Length * 0.33f + q.Length * 0.05f, q.Leg * 0.6f, side)));
        m.Bone(rig.Body);
        Shapes.Barrel(coat, bands, start, q.Length, q.Height / 2, q.Width / 2, q.Fullness);
        if (bands == 1)
        {
            // Muscle masses that make a barrel read as an animal: a deep chest and the croup (the thighs' and
            // shoulders' masses go with the legs below). The croup is only the top of the rump: a mass as deep as
            // the trunk stayed a round ball behind the thighs when the hind legs reached forward; the buttock below
            // it is the hind legs' own mass and swings with them.
            coat(0).Ellipsoid(new Vector3(q.Length * 0.27f, yc - q.Height * 0.06f, 0), new Vector3(q.Length * 0.24f, q.Height * 0.55f, q.Width * 0.47f));
            coat(0).Ellipsoid(new Vector3(-q.Length * 0.3f, yc + q.Height * 0.12f, 0), new Vector3(q.Length * 0.22f, q.Height * 0.38f, q.Width * 0.48f));
        }

        // Legs: front legs nearly straight, hind legs with the backward hock.
        var legBands = bands > 1 ? 6 : 1;
        var tops = new List<Vector3>();
        foreach (var z in new[] { q.Width * 0.28f, -q.Width * 0.28f })
        {
            var xf = q.Length * 0.33f;
            var xb = -q.Length * 0.33f;
            // Upper legs start inside the torso and are as thick as a forearm or thigh, so the leg grows out of the
            // body instead of hanging from a ball joint; the shin below the knee or hock keeps most of that width.
            var lr = q.LegRadius;
            var lower = lr * q.LegTaper;
            var top = new Vector3(xf, yc, z * 0.9f);
            var knee = new Vector3(xf + lr * 0.3f, q.Leg * 0.45f, z);
            var foot = new Vector3(xf, lr * 0.8f, z);
            // The shoulder mass and the thigh rod bend out of the body into the leg (QuadrupedRig.UpperLeg), so a
            // swinging leg carries its muscle with it and its thick top stays inside the trunk.
            var mz = MathF.Sign(z) * q.Width * 0.3f; // the muscle masses sit a little outside the leg rods
            rig.UpperLeg(coat, true, z, c =>
            {
                if (bands == 1) c(0).Ellipsoid(new Vector3(q.Length * 0.33f, yc - q.Height * 0.35f, mz), new Vector3(q.LegRadius * 2.0f, q.Height * 0.5f, q.LegRadius * 1.5f), rotZ: 0.1f);
                Shapes.BandedRod(c, legBands, top, knee, lr * 1.9f, lr * 1.12f);
            });
            m.Bone(rig.Shin(true, z));
            Shapes.BandedRod(i => coat(i + 1), legBands, knee, foot, lr * 1.05f, lower);
            Foot(m, foot, q, hoofPaint, coat(0));
            var hip = new Vector3(xb, yc + q.Height * 0.05f, z * 0.9f);
            var stifle = new Vector3(xb + q.Length * 0.05f, q.Leg * 0.6f, z);
            var hock = new Vector3(xb - q.Length * 0.06f, q.Leg * 0.3f, z);
            var hindFoot = new Vector3(xb - q.Length * 0.03f, lr * 0.8f, z);
            rig.UpperLeg(coat, false, z, c =>
            {
                if (bands == 1) c(0).Ellipsoid(new Vector3(-q.Length * 0.3f, yc - q.Height * 0.3f, mz), new Vector3(q.Length * 0.14f, q.Height * 0.55f, q.LegRadius * 1.6f), rotZ: -0.25f);
                Shapes.BandedRod(c, legBands, hip, stifle, lr * 2.3f, lr * 1.3f);
            });
            m.Bone(rig.Shin(false, z));
            Shapes.BandedRod(i => coat(i + 1), legBands, stifle, hock, lr * 1.25f, lr * (q.LegTaper + 0.1f));
            Shapes.BandedRod(coat, Math.Max(1, legBands / 2), hock, hindFoot, lr * (q.LegTaper + 0.05f), lower);
            Foot(m, hindFoot, q, hoofPaint, coat(0));
            tops.Add(top);
            tops.Add(hip);
        }

        // Neck rises from the front top of the torso at its angle; the head sits at its end.
        m.Bone(rig.Neck);
        if (q.Neck > 0) Shapes.BandedRod(coat, bands > 1 ? Math.Max(2, (int)(q.Neck / q.Length * bands * 1.2f)) : 1, neckBase, neckTop, q.NeckRadius, q.NeckRadius * 0.75f);
        if (bands == 1) coat(0).Ellipsoid(neckBase + (neckTop - neckBase) * 0.12f, new Vector3(q.NeckRadius * 1.5f, q.NeckRadius * 1.35f, q.NeckRadius * 1.2f)); // neck blends into the chest
        var head = neckTop + new Vector3(q.Head.X * 0.4f, q.Head.Y * 0.3f, 0);
        m.Bone(rig.Head);
        coat(0).Ellipsoid(head, q.Head);
        var drop = q.SnoutDrop * MathF.PI / 180;
        var snoutDir = new Vector3(MathF.Cos(drop), -MathF.Sin(drop), 0);
        var snoutTip = head + snoutDir * (q.Head.X * 0.6f + q.Snout);
        coat(0).Capsule(head + snoutDir * q.Head.X * 0.3f, snoutTip, q.SnoutRadius * 1.15f, q.SnoutRadius);
        m.Paint(nosePaint).Ellipsoid(snoutTip + snoutDir * q.SnoutRadius * 0.75f + new Vector3(0, q.SnoutRadius * 0.2f, 0), new Vector3(q.SnoutRadius * 0.35f, q.SnoutRadius * 0.45f, q.SnoutRadius * 0.6f));

        // Eyes on both sides, forward and up.
        foreach (var s in new[] { 1f, -1f })
        {
            var eye = head + new Vector3(q.Head.X * 0.45f, q.Head.Y * 0.35f, s * q.Head.Z * 0.8f);
            m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(MathF.Max(q.Head.Y * 0.16f, 0.006f)) * Matrix4x4.CreateTranslation(eye), 10, 6);
        }

        Earset(m, coat(0), q, head);

        // Tail from the rump, angled (negative hangs down).
        m.Bone(rig.Tail);
        if (q.Tail > 0)
        {
            var ta = q.TailAngle * MathF.PI / 180;
            var tailEnd = tailBase + new Vector3(-MathF.Cos(ta), MathF.Sin(ta), 0) * q.Tail;
            coat(bands > 1 ? 1 : 0).Capsule(tailBase, tailEnd, q.TailRadius, q.TailRadius * (q.Mane ? 1.6f : 0.6f));
            if (q.TailTuft) m.Paint(hoofPaint).Ellipsoid(tailEnd, new Vector3(q.TailRadius * 2, q.TailRadius * 4, q.TailRadius * 2));
        }
        m.Bone(rig.Neck);
        if (q.Mane)
        {
            var maneDir = Vector3.Normalize(neckTop - neckBase);
            var up = new Vector3(-maneDir.Y, maneDir.X, 0);
            m.Paint(hoofPaint).Capsule(neckBase + up * q.NeckRadius * 0.9f, neckTop + up * q.NeckRadius * 0.75f + maneDir * q.NeckRadius, q.NeckRadius * 0.3f, q.NeckRadius * 0.25f);
        }
        m.Bone(rig.Body);
        return new QuadrupedFrame(start, yc, neckBase, neckTop, head, snoutTip, [.. tops], rig);
    }

    private static void Foot(ModelBuilder m, Vector3 foot, QuadrupedParams q, Material hoof, MeshBuilder coat)
    {
        var r = q.LegRadius * q.LegTaper;
        if (q.Hooves)
            m.Paint(hoof).Cylinder(Matrix4x4.CreateScale(r * 1.05f, r * 0.7f, r * 1.05f) * Matrix4x4.CreateTranslation(foot.X + r * 0.1f, r * 0.7f, foot.Z), 0.85f, 16);
        else if (q.Pads)
            coat.Cylinder(Matrix4x4.CreateScale(r * 1.15f, r * 0.45f, r * 1.15f) * Matrix4x4.CreateTranslation(foot.X, r * 0.45f, foot.Z), 0.95f, 20);
        else
        {
            // A paw: a rounded pad a little longer than wide with the toes' bumps at the front.
            coat.Ellipsoid(new Vector3(foot.X + r * 0.35f, r * 0.55f, foot.Z), new Vector3(r * 1.3f, r * 0.6f, r * 1.05f));
            for (var i = -1; i <= 1; i++)
                coat.Ellipsoid(new Vector3(foot.X + r * 1.3f, r * 0.4f, foot.Z + i * r * 0.55f), new Vector3(r * 0.4f, r * 0.4f, r * 0.35f));
        }
    }

    private static void Earset(ModelBuilder m, MeshBuilder coat, QuadrupedParams q, Vector3 head)
    {
        var e = q.EarSize;
        foreach (var s in new[] { 1f, -1f })
        {
            var root = head + new Vector3(-q.Head.X * 0.2f, q.Head.Y * 0.7f, s * q.Head.Z * 0.55f);
            switch (q.Ears)
            {
                case Ears.Pointed:
                    coat.Rod(root - new Vector3(0, e * 0.2f, 0), root + new Vector3(-e * 0.15f, e, s * e * 0.2f), e * 0.4f, e * 0.04f, 10);
                    break;
                case Ears.Floppy:
                    coat.Ellipsoid(head + new Vector3(-q.Head.X * 0.15f, q.Head.Y * 0.1f, s * q.Head.Z * 1.05f), new Vector3(e * 0.45f, e, e * 0.15f), rotZ: -0.2f);
                    break;
                case Ears.Round:
                    coat.Ellipsoid(root + new Vector3(0, e * 0.3f, 0), new Vector3(e * 0.5f, e * 0.5f, e * 0.25f));
                    break;
                case Ears.Side:
                    coat.Ellipsoid(head + new Vector3(-q.Head.X * 0.2f, q.Head.Y * 0.45f, s * (q.Head.Z + e * 0.6f)), new Vector3(e * 0.35f, e * 0.2f, e * 0.7f));
                    break;
                case Ears.Huge:
                    coat.Ellipsoid(head + new Vector3(-q.Head.X * 0.45f, q.Head.Y * 0.05f, s * q.Head.Z * 0.85f), new Vector3(e * 0.75f, e, e * 0.08f), rotZ: 0.15f);
                    break;
            }
        }
    }

    private static float Vary(ref SeededRandom r, float v, float spread = 0.05f) => v * r.RangeF(1 - spread, 1 + spread);

    private static void Horse(ModelBuilder m, ref SeededRandom r)
    {
        var q = HorseParams(ref r);
        Quadruped(m, q, _ => m.Body, 1, Paints.Srgb(30, 22, 18, 0.8f, 0, "hair"), Paints.Srgb(40, 30, 28, 0.6f, 0, "nose"));
    }

    private static QuadrupedParams HorseParams(ref SeededRandom r) => new()
    {
        Length = Vary(ref r, 1.45f), Height = 0.62f, Width = 0.48f, Leg = Vary(ref r, 0.85f), LegRadius = 0.055f, LegTaper = 0.78f, Fullness = 0.4f,
        Neck = 0.72f, NeckAngle = 58, NeckRadius = 0.16f, Head = new(0.18f, 0.13f, 0.11f), Snout = 0.32f, SnoutRadius = 0.085f, SnoutDrop = 62,
        Ears = Ears.Pointed, EarSize = 0.13f, Tail = 0.7f, TailRadius = 0.05f, TailAngle = -70, Hooves = true, Mane = true,
    };

    private static void Cow(ModelBuilder m, ref SeededRandom r)
    {
        var q = new QuadrupedParams
        {
            Length = Vary(ref r, 1.7f), Height = 0.78f, Width = 0.62f, Leg = 0.72f, LegRadius = 0.08f, LegTaper = 0.8f, Fullness = 0.3f,
            Neck = 0.4f, NeckAngle = 25, NeckRadius = 0.22f, Head = new(0.2f, 0.17f, 0.14f), Snout = 0.2f, SnoutRadius = 0.1f, SnoutDrop = 55,
            Ears = Ears.Side, EarSize = 0.13f, Tail = 0.75f, TailRadius = 0.025f, TailAngle = -80, Hooves = true, TailTuft = true,
        };
        var f = Quadruped(m, q, _ => m.Body, 1, Paints.Srgb(30, 28, 26, 0.8f, 0, "hoof"), Paints.Srgb(225, 160, 160, 0.6f, 0, "muzzle"));
        // Holstein patches: large black spots on the flanks and neck, horns, a pink udder.
        var patch = m.Paint(Paints.Srgb(22, 20, 20, 0.85f, 0, "patch"));
        Shapes.SpotBarrel(patch, ref r, 12, f.TorsoStart, q.Length, q.Height / 2, q.Width / 2, q.Fullness, 0.2f, 0.1f, 0.9f);
        m.Bone(f.Rig.Neck);
        Shapes.SpotRod(patch, ref r, 3, f.NeckBase, f.NeckTop, q.NeckRadius, q.NeckRadius * 0.75f, 0.12f);
        m.Bone(f.Rig.Head);
        foreach (var s in new[] { 1f, -1f })
            m.Paint(Paints.Srgb(225, 215, 190, 0.4f, 0, "horn")).Capsule(f.HeadCentre + new Vector3(-0.05f, 0.14f, s * 0.1f), f.HeadCentre + new Vector3(0, 0.22f, s * 0.22f), 0.025f, 0.01f);
        m.Bone(f.Rig.Body);
        m.Paint(Paints.Srgb(230, 160, 160, 0.6f, 0, "muzzle")).Ellipsoid(new Vector3(-q.Length * 0.22f, q.Leg + 0.04f, 0), new Vector3(0.14f, 0.1f, 0.12f));
    }

    private static void Bird(ModelBuilder m, ref SeededRandom r)
    {
        // A perching songbird (robin/sparrow proportions) standing on thin legs, facing +X.
        var belly = m.Paint(Paints.Srgb(225, 215, 195, 0.8f, 0, "belly"));
        var beak = m.Paint(Paints.Srgb(230, 160, 40, 0.5f, 0, "beak"));
        var leg = m.Paint(Paints.Srgb(120, 90, 60, 0.6f, 0, "leg"));
        var body = new Vector3(0, 0.1f, 0);
        var head = body + new Vector3(0.06f, 0.055f, 0);
        // Rig: the body is the root; the head turns on a short neck; wings hinge at the shoulders, the tail at the rump.
        var root = m.Joint(JointNames.Body, -1, body);
        var neck = m.Joint(JointNames.Neck, root, body + new Vector3(0.045f, 0.03f, 0));
        var skull = m.Joint(JointNames.Head, neck, head - new Vector3(0.012f, 0.02f, 0));
        var tail = m.Joint(JointNames.Tail, root, body + new Vector3(-0.055f, -0.005f, 0));
        var wingL = m.Joint(JointNames.WingL, root, body + new Vector3(0.03f, 0.025f, -0.03f));
        var wingR = m.Joint(JointNames.WingR, root, body + new Vector3(0.03f, 0.025f, 0.03f));
        m.Bone(root);
        m.Body.Ellipsoid(body, new Vector3(0.075f, 0.05f, 0.045f), rotZ: 0.35f);
        belly.Ellipsoid(body + new Vector3(0.012f, -0.01f, 0), new Vector3(0.062f, 0.043f, 0.042f), rotZ: 0.35f);
        m.Bone(skull);
        m.Body.Sphere(Matrix4x4.CreateScale(0.033f) * Matrix4x4.CreateTranslation(head), 16, 10);
        beak.Rod(head + new Vector3(0.025f, 0, 0), head + new Vector3(0.065f, -0.006f, 0), 0.011f, 0.001f, 10);
        foreach (var s in new[] { 1f, -1f })
        {
            m.Bone(skull);
            m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(0.006f) * Matrix4x4.CreateTranslation(head + new Vector3(0.015f, 0.008f, s * 0.028f)), 8, 6);
            // Folded wing along the side, a little darker.
            m.Bone(s > 0 ? wingR : wingL);
            m.Paint(Paints.Shade(m.BodyPaint, 0.6f)).Ellipsoid(body + new Vector3(-0.02f, 0.01f, s * 0.035f), new Vector3(0.07f, 0.032f, 0.014f), rotZ: 0.25f);
            m.Bone(root);
            leg.Rod(body + new Vector3(0, -0.03f, s * 0.015f), new Vector3(0.005f, 0.004f, s * 0.015f), 0.004f, 0.003f, 6);
            leg.Rod(new Vector3(-0.01f, 0.003f, s * 0.015f), new Vector3(0.03f, 0.003f, s * 0.015f), 0.003f, 0.003f, 6);
        }
        m.Bone(tail);
        m.Paint(Paints.Shade(m.BodyPaint, 0.6f)).Ellipsoid(body + new Vector3(-0.1f, -0.01f, 0), new Vector3(0.06f, 0.008f, 0.025f), rotZ: 0.3f);
    }
}
