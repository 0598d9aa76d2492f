using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds.Person;

public enum Sex { Female, Male }

public enum AgeGroup { Child, Adult, Old }

/// <summary>How the hair is cut: what the head's silhouette and the frame of the face read as.</summary>
public enum HairStyle { Bald, Buzz, Short, Curly, Bob, Long, Ponytail, Bun }

/// <summary>What covers the legs: trousers and shorts follow each leg; a skirt or a dress hangs from the hips.</summary>
public enum Bottom { Trousers, Shorts, Skirt, Dress }

/// <summary>
/// Everything about one person's looks that is chosen before any geometry: sex and age (from the plan's traits when
/// the words said so, else by seed), skin, eye and hair colour, hair style, clothing, build and face shape. Kept
/// apart from the modelling so the choices can be tested without meshes, and so age and sex decide what they
/// should (a child is never grey, an old man is sometimes bald, a skirt only where one is usual).
/// </summary>
public sealed record PersonLook
{
    public Sex Sex { get; init; }
    public AgeGroup Age { get; init; }
    /// <summary>Index into <see cref="PersonPalette.SkinTones"/>, light to dark.</summary>
    public int SkinTone { get; init; }
    public (byte R, byte G, byte B) Hair { get; init; }
    public (byte R, byte G, byte B) Iris { get; init; }
    public HairStyle HairStyle { get; init; }
    public Bottom Bottom { get; init; }
    public bool LongSleeves { get; init; }
    public (byte R, byte G, byte B) BottomColour { get; init; }
    /// <summary>Shoulder width factor (1 = the canon's adult man) and hip width factor.</summary>
    public float Shoulders { get; init; } = 1;
    public float Hips { get; init; } = 1;
    /// <summary>Head size relative to an adult's, before the whole figure is scaled to its height: a child's head is a bigger share of its body.</summary>
    public float HeadScale { get; init; } = 1;
    public FaceShape Face { get; init; } = new();

    /// <summary>Chooses a look from the plan's traits and the seed (the traits win where they speak).</summary>
    public static PersonLook Choose(Traits traits, ref SeededRandom r)
    {
        var sex = traits.Sex switch
        {
            "female" => Sex.Female,
            "male" => Sex.Male,
            _ => r.NextDouble() < 0.5 ? Sex.Female : Sex.Male,
        };
        var age = traits.Age switch
        {
            "child" => AgeGroup.Child,
            "old" => AgeGroup.Old,
            _ => AgeGroup.Adult,
        };
        var skin = (int)(r.NextDouble() * PersonPalette.SkinTones.Length) % PersonPalette.SkinTones.Length;
        var female = sex == Sex.Female;
        var child = age == AgeGroup.Child;
        var look = new PersonLook
        {
            Sex = sex,
            Age = age,
            SkinTone = skin,
            Hair = PersonPalette.HairColour(age, skin, ref r),
            Iris = PersonPalette.IrisColour(skin, ref r),
            HairStyle = PersonPalette.Style(sex, age, skin, ref r),
            LongSleeves = r.NextDouble() < 0.55,
            BottomColour = PersonPalette.Pick(PersonPalette.BottomColours, ref r),
            Bottom = ChooseBottom(female, child, ref r),
            Shoulders = (female ? 0.9f : 1.02f) * r.RangeF(0.94f, 1.06f) * (child ? 0.92f : 1),
            Hips = (female ? 1.06f : 0.97f) * r.RangeF(0.95f, 1.06f),
            HeadScale = child ? 1.28f : 1,
            Face = FaceShape.Choose(sex, age, ref r),
        };
        return look;
    }

    private static Bottom ChooseBottom(bool female, bool child, ref SeededRandom r)
    {
        var u = r.NextDouble();
        if (!female) return u < (child ? 0.35 : 0.15) ? Bottom.Shorts : Bottom.Trousers;
        return u < 0.4 ? Bottom.Trousers : u < 0.65 ? Bottom.Skirt : u < 0.9 ? Bottom.Dress : Bottom.Shorts;
    }
}

/// <summary>
/// The face's proportions, each a factor about the canon (1): they vary within what a person and a face detector
/// still read as a face (eyes, brows, nose and mouth stay where the canon puts them). Women's and children's jaws are
/// narrower and their lips fuller; men's brows heavier.
/// </summary>
public sealed record FaceShape
{
    public float Jaw { get; init; } = 1;
    public float NoseLength { get; init; } = 1;
    public float NoseWidth { get; init; } = 1;
    public float EyeSize { get; init; } = 1;
    public float BrowWeight { get; init; } = 1;
    /// <summary>Brow tilt about the face's forward axis, radians: up at the outer end (surprised) or down (stern).</summary>
    public float BrowSlant { get; init; }
    public float MouthWidth { get; init; } = 1;
    public float LipFullness { get; init; } = 1;

    public static FaceShape Choose(Sex sex, AgeGroup age, ref SeededRandom r)
    {
        var female = sex == Sex.Female;
        var child = age == AgeGroup.Child;
        var face = new SeededRandom((long)(r.NextULong() >> 1), "face");
        return new FaceShape
        {
            Jaw = face.RangeF(0.92f, 1.08f) * (female || child ? 0.93f : 1.03f),
            NoseLength = face.RangeF(0.9f, 1.1f) * (child ? 0.85f : 1),
            NoseWidth = face.RangeF(0.9f, 1.15f) * (female || child ? 0.92f : 1),
            EyeSize = face.RangeF(0.93f, 1.08f) * (child ? 1.1f : 1),
            BrowWeight = face.RangeF(0.85f, 1.15f) * (female || child ? 0.8f : 1.15f),
            BrowSlant = face.RangeF(-0.12f, 0.12f),
            MouthWidth = face.RangeF(0.9f, 1.1f),
            LipFullness = face.RangeF(0.85f, 1.15f) * (female ? 1.15f : 1) * (age == AgeGroup.Old ? 0.85f : 1),
        };
    }
}
