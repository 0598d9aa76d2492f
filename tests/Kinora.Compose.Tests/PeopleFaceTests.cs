using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Kinds.Person;
using Kinora.Plan;

namespace Kinora.Compose.Tests;

/// <summary>
/// A person's face as a viewer in front of it sees it: rays cast from the camera's side (+Z, the way a person faces)
/// meet the eye whites, irises, brows, lips and nose where a face has them, for every skin tone and age. The eyes look
/// straight out (flat irises facing +Z, centred in the whites); paints keep their contrast on dark skin.
/// </summary>
public class PeopleFaceTests
{
    public static Model Build(long seed, string? sex = null, string? age = null)
    {
        var random = new SeededRandom(seed, "test/people/face");
        return AssetLibrary.Build(new CastMember { Id = "p", Kind = "person", Traits = new Traits { Sex = sex, Age = age } }, ref random).Model;
    }

    private static Vector3[] Points(Model model, string paint) =>
        [.. model.Parts.Where(p => p.Material.Name == paint).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)))];

    private static string? Seen(Model model, float x, float y) => AssetRays.FirstHit(model, new Vector3(x, y, 10), -Vector3.UnitZ)?.Material.Name;

    public static TheoryData<long, string?, string?> Faces() => new()
    {
        { 1, "female", null }, { 3, "female", null }, { 7, "female", null }, { 11, "female", null },
        { 2, "male", null }, { 5, "male", "old" }, { 9, null, "child" }, { 12, "male", "child" },
    };

    [Theory]
    [MemberData(nameof(Faces))]
    public void A_viewer_in_front_sees_whites_irises_pupils_brows_lips_and_a_nose(long seed, string? sex, string? age)
    {
        var model = Build(seed, sex, age);
        foreach (var side in new[] { 1f, -1f })
        {
            // One eye: the iris disc on that side; the ray through its middle meets the pupil, a little off it the
            // iris, and beside it, towards the eye's corners, the white.
            var iris = Points(model, "iris").Where(p => p.X * side > 0).ToArray();
            var white = Points(model, "white").Where(p => p.X * side > 0).ToArray();
            Assert.NotEmpty(iris);
            var c = iris.Aggregate(Vector3.Zero, (a, b) => a + b) / iris.Length;
            var radius = iris.Max(p => p.X) - c.X;
            Assert.Equal("eye", Seen(model, c.X, c.Y));
            Assert.Equal("iris", Seen(model, c.X + 0.7f * radius, c.Y));
            var (wMin, wMax) = (white.Min(p => p.X), white.Max(p => p.X));
            Assert.Equal("white", Seen(model, (wMin + c.X - radius) / 2, c.Y));
            Assert.Equal("white", Seen(model, (wMax + c.X + radius) / 2, c.Y));
            // The brow: some ray in the 3 cm above the eye meets it.
            var top = white.Max(p => p.Y);
            var above = Enumerable.Range(1, 30).Select(i => Seen(model, c.X, top + i * 0.001f)).ToList();
            Assert.True(above.Contains("brow"), $"no brow above the eye: {string.Join(",", above)}");
        }
        var lips = Points(model, "lips");
        var mouth = lips.Aggregate(Vector3.Zero, (a, b) => a + b) / lips.Length;
        Assert.Equal("lips", Seen(model, 0, mouth.Y + 0.004f));
        var across = Enumerable.Range(-8, 17).Select(i => Seen(model, 0, mouth.Y + i * 0.0005f)).ToList();
        Assert.True(across.Contains("eye"), $"no line between the lips: {string.Join(",", across)}");
        // The nose stands in front of everything else on the face's midline between the eyes and the mouth.
        var eyes = Points(model, "iris").Average(p => p.Y);
        var nose = AssetRays.Cast(model, new Vector3(0, (eyes + mouth.Y) / 2 + 0.005f, 10), -Vector3.UnitZ);
        var cheek = AssetRays.Cast(model, new Vector3(0.04f, (eyes + mouth.Y) / 2 + 0.005f, 10), -Vector3.UnitZ);
        Assert.Equal("skin", nose.Part?.Material.Name);
        Assert.InRange(cheek.Distance - nose.Distance, 0.015f, 0.06f);
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void Eye_whites_stand_in_front_of_the_face_and_irises_face_forward(long seed, string? sex, string? age)
    {
        var model = Build(seed, sex, age);
        var skin = Points(model, "skin");
        foreach (var side in new[] { 1f, -1f })
        {
            var white = Points(model, "white").Where(p => p.X * side > 0).ToArray();
            var iris = Points(model, "iris").Where(p => p.X * side > 0).ToArray();
            var front = white.MaxBy(p => p.Z);
            // Skin right behind the white's front (not the lids above and below it).
            var behind = skin.Where(p => MathF.Abs(p.X - front.X) < 0.003f && MathF.Abs(p.Y - front.Y) < 0.001f && p.Z < front.Z + 0.02f).Select(p => p.Z);
            Assert.True(front.Z > behind.Where(z => z < front.Z).DefaultIfEmpty(float.MinValue).Max() + 0.001f);
            // A flat disc facing +Z, centred on the white left to right: the eye looks straight ahead.
            var extent = iris.Aggregate((Min: new Vector3(float.MaxValue), Max: new Vector3(float.MinValue)), (a, p) => (Vector3.Min(a.Min, p), Vector3.Max(a.Max, p)));
            var size = extent.Max - extent.Min;
            Assert.True(size.Z < 0.45f * size.X && size.Z < 0.45f * size.Y, $"the iris is not a disc facing forward: {size}");
            var irisMid = (extent.Min.X + extent.Max.X) / 2;
            var whiteMid = (white.Min(p => p.X) + white.Max(p => p.X)) / 2;
            Assert.InRange(irisMid - whiteMid, -0.003f, 0.003f);
            Assert.True(extent.Max.Z > front.Z, "the iris is behind the white");
        }
    }

    [Fact]
    public void A_child_is_never_grey_and_an_old_person_mostly_is()
    {
        static bool Grey(Model m)
        {
            var c = m.Parts.First(p => p.Material.Name == "hair").Material.BaseColor;
            return MathF.Abs(c.X - c.Y) < 0.01f && MathF.Abs(c.Y - c.Z) < 0.01f && c.X > 0.1f;
        }
        for (long seed = 1; seed <= 30; seed++)
        {
            Assert.False(Grey(Build(seed, "male", "child")), $"a grey-haired boy at seed {seed}");
            Assert.False(Grey(Build(seed, "female", null)), $"a grey-haired young woman at seed {seed}");
        }
        Assert.True(Enumerable.Range(1, 30).Count(s => Grey(Build(s, "male", "old"))) >= 20);
    }

    [Fact]
    public void A_child_has_a_bigger_head_for_its_height()
    {
        static float HeadShare(Model m)
        {
            var (min, max) = AssetModels.Bounds(m.Parts);
            var neck = m.Rig!.Joints[m.Rig.IndexOf(JointNames.Head)].Pivot;
            return (max.Y - neck.Y) / (max.Y - min.Y);
        }
        for (long seed = 1; seed <= 5; seed++)
            Assert.True(HeadShare(Build(seed, null, "child")) > 1.15f * HeadShare(Build(seed, null, null)));
    }

    [Fact]
    public void Looks_vary_with_sex_and_age()
    {
        PersonLook Look(long seed, string? sex, string? age)
        {
            var r = new SeededRandom(seed, "test/people/look");
            return PersonLook.Choose(new Traits { Sex = sex, Age = age }, ref r);
        }
        var women = Enumerable.Range(1, 40).Select(s => Look(s, "female", null)).ToList();
        var men = Enumerable.Range(1, 40).Select(s => Look(s, "male", null)).ToList();
        var oldMen = Enumerable.Range(1, 40).Select(s => Look(s, "male", "old")).ToList();
        Assert.True(women.Select(l => l.HairStyle).Distinct().Count() >= 4);
        Assert.Contains(women, l => l.Bottom == Bottom.Skirt);
        Assert.Contains(women, l => l.Bottom == Bottom.Dress);
        Assert.Contains(women, l => l.HairStyle is HairStyle.Long or HairStyle.Ponytail);
        Assert.DoesNotContain(men, l => l.Bottom is Bottom.Skirt or Bottom.Dress);
        Assert.DoesNotContain(men, l => l.HairStyle == HairStyle.Bald);
        Assert.Contains(oldMen, l => l.HairStyle == HairStyle.Bald);
        Assert.Contains(men, l => l.LongSleeves);
        Assert.Contains(men, l => !l.LongSleeves);
        Assert.True(women.Average(l => l.Shoulders) < men.Average(l => l.Shoulders));
        Assert.Equal(PersonPalette.SkinTones.Length, women.Concat(men).Select(l => l.SkinTone).Distinct().Count());
    }

    [Fact]
    public void A_dress_hangs_below_the_hips_and_trousers_reach_the_ankles()
    {
        var models = Enumerable.Range(1, 40).Select(s => Build(s, "female", null)).ToList();
        var dressed = models.First(m => m.Parts.All(p => p.Material.Name is not ("trousers" or "skirt" or "shorts")));
        var knee = dressed.Rig!.Joints[dressed.Rig.IndexOf(JointNames.ShinL)].Pivot.Y;
        Assert.Contains(Points(dressed, "shirt"), p => p.Y < knee + 0.05f);
        var skirted = models.First(m => m.Parts.Any(p => p.Material.Name == "skirt"));
        Assert.Contains(Points(skirted, "skirt"), p => p.Y < knee + 0.05f);
        var inTrousers = models.First(m => m.Parts.Any(p => p.Material.Name == "trousers"));
        Assert.True(Points(inTrousers, "trousers").Min(p => p.Y) < AssetModels.Bounds(inTrousers.Parts).Min.Y + 0.2f, "trousers stop above the ankle");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    public void Brows_lash_lines_and_lips_keep_their_contrast_on_every_skin(int tone)
    {
        static float Lum(Vector3 c) => 0.2126f * c.X + 0.7152f * c.Y + 0.0722f * c.Z;
        foreach (var hair in new[] { PersonPalette.DarkHair[0], PersonPalette.GreyHair[2], PersonPalette.LightHair[2] })
        {
            var look = new PersonLook { SkinTone = tone, Hair = hair };
            var skin = PersonPaints.Skin(look);
            var brow = PersonPaints.Brow(look, skin);
            Assert.True(MathF.Abs(Lum(brow.BaseColor) - Lum(skin.BaseColor)) >= 0.45f * Lum(skin.BaseColor), $"brow too close to skin tone {tone}");
            Assert.True(Lum(Paints.White.BaseColor) > 3 * Lum(skin.BaseColor) || tone == 0);
            Assert.True(Lum(Paints.Eye.BaseColor) < 0.25f * Lum(skin.BaseColor));
            var lips = PersonPaints.Lips(look).BaseColor;
            Assert.True(lips.X / lips.Y > 1.15f * skin.BaseColor.X / skin.BaseColor.Y, "lips no redder than the skin");
        }
    }
}
