using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Kinds;
using Kinora.Compose.Assets.Textures;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// The animals beyond COCO's ten (panda, deer, camel, lion, tiger): each is a rigged quadruped Motion can walk,
/// deterministic by seed, at its real size, and carries what names it at a glance — a panda's black eye patches on a
/// white coat, a stag's antlers, a camel's hump above its shoulders, a lion's mane, a tiger's stripes.
/// </summary>
public class OtherAnimalsTests
{
    private static Model Build(string kind, long seed = 7, string? sex = null)
    {
        var random = new SeededRandom(seed, "test/other/" + kind);
        return AssetLibrary.Build(new CastMember { Id = "x", Kind = kind, Traits = new Traits { Sex = sex } }, ref random).Model;
    }

    public static TheoryData<string> Kinds() => ["panda", "deer", "camel", "lion", "tiger", "fox", "wolf"];

    private static IEnumerable<Vector3> Vertices(ModelPart part)
    {
        foreach (var p in part.Mesh.Positions.ToArray()) yield return Vector3.Transform(p, part.Local);
    }

    private static Texture Coat(Model model) => model.Parts.First(p => p.Material.Albedo is not null).Material.Albedo!;

    private static float Share(Texture t, Func<byte, byte, byte, bool> test)
    {
        var rgba = t.Rgba.Span;
        var n = 0;
        for (var i = 0; i < rgba.Length; i += 4) if (test(rgba[i], rgba[i + 1], rgba[i + 2])) n++;
        return n / (rgba.Length / 4f);
    }

    /// <summary>Share of the coat's texels whose colour as drawn (the paint times the coat's multiplier, linear) passes the test.</summary>
    private static float ShareDrawn(Model model, Func<Vector3, bool> test)
    {
        var part = model.Parts.First(p => p.Material.Albedo is not null);
        var rgba = part.Material.Albedo!.Rgba.Span;
        var n = 0;
        for (var i = 0; i < rgba.Length; i += 4)
            if (test(part.Material.BaseColor * new Vector3(Paints.ToLinear(rgba[i]), Paints.ToLinear(rgba[i + 1]), Paints.ToLinear(rgba[i + 2])))) n++;
        return n / (rgba.Length / 4f);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_is_a_rigged_quadruped_of_its_typical_size_and_the_same_seed_builds_the_same(string kind)
    {
        var model = Build(kind);
        var rig = Assert.IsType<Rig>(model.Rig);
        foreach (var joint in new[] { JointNames.Body, JointNames.Neck, JointNames.Head, JointNames.Tail, JointNames.ThighFL, JointNames.ShinFL, JointNames.ThighBR, JointNames.ShinBR })
            Assert.True(rig.IndexOf(joint) >= 0, $"{kind} has no {joint}");
        var extent = AssetModels.Extent(model);
        var size = AssetLibrary.TypicalSize(kind);
        Assert.InRange(MathF.Max(extent.X, MathF.Max(extent.Y, extent.Z)), size * 0.94, size * 1.06);
        Assert.True(extent.X > extent.Z * 1.5f, $"{kind} {extent}: not longer than wide");
        var again = Build(kind);
        Assert.Equal(model.Parts.Count, again.Parts.Count);
        for (var i = 0; i < model.Parts.Count; i++)
            Assert.True(model.Parts[i].Mesh.Positions.Span.SequenceEqual(again.Parts[i].Mesh.Positions.Span), $"{kind} part {i} differs");
        Assert.True(Animals.IsOtherAnimal(kind));
    }

    [Fact]
    public void A_panda_is_white_with_black_legs_band_ears_and_eye_patches()
    {
        var panda = Build("panda");
        var coat = Coat(panda);
        // White over most of the coat, black on the legs and over the shoulders.
        Assert.InRange(Share(coat, (r, g, b) => r > 190 && g > 190 && b > 180), 0.45f, 0.85f);
        Assert.InRange(Share(coat, (r, g, b) => r < 70 && g < 70 && b < 70), 0.12f, 0.5f);
        // The ears and eye patches are black pieces on the head, at its front and top.
        var black = Assert.Single(panda.Parts, p => p.Material.Name == "black fur");
        Assert.True(black.Material.BaseColor.Length() < 0.05f, $"black fur {black.Material.BaseColor}");
        var (min, max) = AssetModels.Bounds(panda.Parts);
        var face = Vertices(black).Where(v => v.X > max.X - 0.2f * (max.X - min.X)).ToList();
        Assert.True(face.Count > 100, "no eye patches on the face");
        // Both patches: one either side of the face's middle.
        Assert.Contains(face, v => v.Z > 0.05f * (max.X - min.X));
        Assert.Contains(face, v => v.Z < 0.0f);
    }

    [Fact]
    public void A_panda_can_sit_up_with_its_forelegs_free()
    {
        // Tip the body back about its hips (the rig's body turned nose-up): the rump is then the lowest part, the
        // hind legs reach forward along the ground and the fore paws hang free in front of the chest.
        var panda = Build("panda");
        var rig = panda.Rig!;
        var rotations = new Quaternion[rig.Joints.Count];
        Array.Fill(rotations, Quaternion.Identity);
        rotations[rig.IndexOf(JointNames.Body)] = Quaternion.CreateFromAxisAngle(Vector3.UnitZ, 1.25f);
        var palette = new Matrix4x4[rig.Joints.Count];
        rig.Palette(rotations, palette);
        var foreShins = new[] { rig.IndexOf(JointNames.ShinFL), rig.IndexOf(JointNames.ShinFR) };
        var (lowest, foreLowest, headTop) = (float.MaxValue, float.MaxValue, float.MinValue);
        var head = rig.IndexOf(JointNames.Head);
        foreach (var part in panda.Parts)
        {
            var p = part.Mesh.Positions.Span;
            var joints = part.Mesh.SkinJoints.Span;
            var weights = part.Mesh.SkinWeights.Span;
            for (var i = 0; i < p.Length; i++)
            {
                var local = Vector3.Transform(p[i], part.Local);
                var (w, j) = (weights[i], joints[i]);
                var q = w.X * Vector3.Transform(local, palette[(int)j.X]) + w.Y * Vector3.Transform(local, palette[(int)j.Y])
                    + w.Z * Vector3.Transform(local, palette[(int)j.Z]) + w.W * Vector3.Transform(local, palette[(int)j.W]);
                lowest = MathF.Min(lowest, q.Y);
                if (weights[i].X > 0.9f && foreShins.Contains((int)joints[i].X)) foreLowest = MathF.Min(foreLowest, q.Y);
                if (weights[i].X > 0.9f && (int)joints[i].X == head) headTop = MathF.Max(headTop, q.Y);
            }
        }
        var height = headTop - lowest;
        Assert.True(foreLowest - lowest > 0.3f * height, $"fore paws {foreLowest - lowest:F2} above the ground of a {height:F2} tall sitting panda");
        Assert.True(height > 1.2f * AssetModels.Extent(panda).Y, "sitting up does not make the panda taller than it stands");
    }

    [Fact]
    public void A_stag_has_antlers_and_a_doe_none()
    {
        var stag = Build("deer", sex: "male");
        var doe = Build("deer", sex: "female");
        var antler = Assert.Single(stag.Parts, p => p.Material.Name == "antler");
        Assert.DoesNotContain(doe.Parts, p => p.Material.Name == "antler");
        // The antlers are the stag's highest point.
        var (_, max) = AssetModels.Bounds(stag.Parts);
        Assert.Equal(max.Y, Vertices(antler).Max(v => v.Y), 3);
        // Unsaid, some deer are stags and some does.
        var stags = Enumerable.Range(1, 12).Count(seed => Build("deer", seed).Parts.Any(p => p.Material.Name == "antler"));
        Assert.InRange(stags, 3, 11);
        // Lighter belly than back.
        var coat = Coat(doe);
        var rgba = coat.Rgba.ToArray();
        int Luma(int x, int y) => rgba[(y * coat.Width + x) * 4 + 1];
        var mid = coat.Width / 2;
        var column = Enumerable.Range(0, coat.Height).Select(y => Luma(mid, y)).ToArray();
        Assert.True(column.Skip(coat.Height / 2).Take(coat.Height / 6).Max() > column.Take(coat.Height / 2).Where(l => l > 20).Min() + 20, "no pale belly");
    }

    [Fact]
    public void A_camel_carries_its_hump_above_its_shoulders_on_long_legs()
    {
        foreach (var seed in new long[] { 1, 2, 3, 4, 5, 6 })
        {
            var camel = Build("camel", seed);
            var verts = camel.Parts.SelectMany(Vertices).ToList();
            var (min, max) = AssetModels.Bounds(camel.Parts);
            var length = max.X - min.X;
            var middle = min.X + length * 0.45f; // the body's middle: the head and neck reach further forward than the tail back
            var hump = verts.Where(v => MathF.Abs(v.X - middle) < 0.15f * length).Max(v => v.Y);
            var shoulder = verts.Where(v => MathF.Abs(v.X - (middle + 0.22f * length)) < 0.03f * length).Max(v => v.Y);
            Assert.True(hump > shoulder + 0.05f * max.Y, $"seed {seed}: hump {hump:F2} not above the shoulder {shoulder:F2}");
            // Daylight under the body: the belly is well above half the hump's height.
            var belly = verts.Where(v => MathF.Abs(v.X - middle) < 0.05f * length && MathF.Abs(v.Z) < 0.05f).Min(v => v.Y);
            Assert.True(belly - min.Y > 0.45f * (hump - min.Y), $"seed {seed}: belly {belly - min.Y:F2} under a hump at {hump - min.Y:F2}");
        }
    }

    [Fact]
    public void A_male_lion_wears_a_mane_and_every_lion_a_tufted_tail()
    {
        // The mane towers over the head: the front's top stands well above the haunches' (about level on a lioness).
        static float Crest(Model lion)
        {
            var coat = Vertices(lion.Parts.First(p => p.Material.Albedo is not null)).ToList();
            var (minX, maxX, minY) = (coat.Min(v => v.X), coat.Max(v => v.X), coat.Min(v => v.Y));
            var front = coat.Where(v => v.X > maxX - 0.3f * (maxX - minX)).Max(v => v.Y) - minY;
            var back = coat.Where(v => v.X > minX + 0.3f * (maxX - minX) && v.X < minX + 0.45f * (maxX - minX)).Max(v => v.Y) - minY;
            return front / back;
        }
        var male = Build("lion", sex: "male");
        var female = Build("lion", sex: "female");
        Assert.True(Crest(male) > 1.15f && Crest(female) < 1.12f, $"crest {Crest(male):F2} (male) vs {Crest(female):F2}");
        // And it is painted darker and browner than the tawny coat.
        static bool Mane(Vector3 c) => c.X > 0.01f && c.Y < 0.42f * c.X;
        Assert.True(ShareDrawn(male, Mane) > 0.05f && ShareDrawn(female, Mane) < 0.01f, $"mane share {ShareDrawn(male, Mane):F3} vs {ShareDrawn(female, Mane):F3}");
        Assert.Contains(male.Parts, p => p.Material.Name == "tuft");
        Assert.Contains(female.Parts, p => p.Material.Name == "tuft");
        // Tawny: most of the coat as drawn is a warm yellow-brown.
        Assert.True(ShareDrawn(female, c => c.X > c.Y && c.Y > 1.5f * c.Z && c.X > 0.2f) > 0.6f, "not tawny");
    }

    [Fact]
    public void A_tiger_is_orange_with_black_stripes()
    {
        var tiger = Build("tiger");
        Assert.InRange(ShareDrawn(tiger, c => c.X > 0.3f && c.X > 2.5f * c.Y && c.Y > 2 * c.Z), 0.35f, 0.85f); // orange
        Assert.InRange(ShareDrawn(tiger, c => c.X > 0.6f && c.Y > 0.6f && c.Z > 0.5f), 0.03f, 0.3f); // white belly and face
        Assert.InRange(ShareDrawn(tiger, c => c.X < 0.03f), 0.08f, 0.45f); // black stripes
        var coat = Coat(tiger);
        // Stripes run across the flank: along a row through the body, dark and orange alternate many times.
        var rgba = coat.Rgba.Span;
        var y = (int)(coat.Height * 0.3f);
        var changes = 0;
        var dark = false;
        for (var x = coat.Width / 4; x < coat.Width * 3 / 4; x++)
        {
            var now = rgba[(y * coat.Width + x) * 4] < 90;
            if (now != dark) changes++;
            dark = now;
        }
        Assert.True(changes >= 8, $"{changes} stripe edges along the flank");
    }

    [Fact]
    public void A_fox_is_orange_with_a_white_tail_tip_and_a_wolf_grey()
    {
        var fox = Build("fox");
        Assert.True(ShareDrawn(fox, c => c.X > 0.25f && c.X > 3 * c.Y) > 0.4f, "not orange");
        // The side-view coat runs from the tail end (u = 0, the least x) to the nose: its first columns are the brush's tip.
        var coat = Coat(fox);
        var rgba = coat.Rgba.ToArray();
        var tip = Enumerable.Range(0, coat.Height).Select(y => rgba[(y * coat.Width + 2) * 4 + 2]).Order().ElementAt(coat.Height / 2);
        var flank = Enumerable.Range(0, coat.Height).Select(y => rgba[(y * coat.Width + coat.Width / 2) * 4 + 2]).Order().ElementAt(coat.Height / 4);
        Assert.True(tip > flank + 60, $"tail tip blue {tip} vs flank {flank}: not white");
        var wolf = Build("wolf");
        Assert.True(ShareDrawn(wolf, c => MathF.Abs(c.X - c.Z) < 0.25f * c.X && c.X is > 0.02f and < 0.6f) > 0.6f, "not grey");
    }
}
