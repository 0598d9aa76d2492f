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
    /// <summary>The top's colour (shirt or dress, sRGB), unless the prompt names one (see <see cref="Wardrobe"/>).</summary>
    public (byte R, byte G, byte B) Top { get; init; } = (60, 100, 170);
    /// <summary>Horizontal stripes' colour on the top, or none.</summary>
    public (byte R, byte G, byte B)? Stripe { get; init; }
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
        // The draws come in a fixed order (so a seed keeps its face when the clothes change): the wardrobe has its
        // own stream, seeded from the one draw that once picked the trousers' colour.
        var hair = PersonPalette.HairColour(age, skin, ref r);
        var iris = PersonPalette.IrisColour(skin, ref r);
        var style = PersonPalette.Style(sex, age, skin, ref r);
        var longSleeves = r.NextDouble() < 0.55;
        var wardrobe = new SeededRandom((long)(r.NextULong() >> 1), "wardrobe");
        var bottom = ChooseBottom(female, child, ref r);
        var outfit = Wardrobe.Choose(bottom, age, ref wardrobe);
        return new PersonLook
        {
            Sex = sex,
            Age = age,
            SkinTone = skin,
            Hair = hair,
            Iris = iris,
            HairStyle = style,
            LongSleeves = longSleeves,
            Top = outfit.Top,
            Stripe = outfit.Stripe,
            BottomColour = outfit.Bottom,
            Bottom = bottom,
            Shoulders = (female ? 0.9f : 1.02f) * r.RangeF(0.94f, 1.06f) * (child ? 0.92f : 1),
            Hips = (female ? 1.06f : 0.97f) * r.RangeF(0.95f, 1.06f),
            HeadScale = child ? 1.28f : 1,
            Face = FaceShape.Choose(sex, age, ref r),
        };
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
    /// <summary>The cheeks' fullness (a child's are rounder).</summary>
    public float Cheeks { get; init; } = 1;
    /// <summary>The chin's size (a child's is small and set back).</summary>
    public float Chin { get; init; } = 1;

    public static FaceShape Choose(Sex sex, AgeGroup age, ref SeededRandom r)
    {
        var female = sex == Sex.Female;
        var child = age == AgeGroup.Child;
        var face = new SeededRandom((long)(r.NextULong() >> 1), "face");
        return new FaceShape
        {
            // A child's face is not an adult's scaled: bigger eyes for the face, a smaller, shorter nose, a narrower
            // jaw with a small chin, fuller cheeks (Cheeks, Chin below).
            Jaw = face.RangeF(0.92f, 1.08f) * (child ? 0.9f : female ? 0.93f : 1.03f),
            NoseLength = face.RangeF(0.9f, 1.1f) * (child ? 0.8f : 1),
            NoseWidth = face.RangeF(0.9f, 1.15f) * (child ? 0.84f : female ? 0.92f : 1),
            EyeSize = face.RangeF(0.93f, 1.08f) * (child ? 1.15f : 1),
            BrowWeight = face.RangeF(0.85f, 1.15f) * (female || child ? 0.8f : 1.15f),
            BrowSlant = face.RangeF(-0.12f, 0.12f),
            MouthWidth = face.RangeF(0.9f, 1.1f),
            LipFullness = face.RangeF(0.85f, 1.15f) * (female ? 1.15f : 1) * (age == AgeGroup.Old ? 0.85f : 1),
            Cheeks = child ? 1.05f : 1,
            Chin = child ? 0.85f : 1,
        };
    }
}
