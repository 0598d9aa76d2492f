namespace Kinora.Plan;

/// <summary>
/// The whole description of a video: what is in it, what happens, how it is filmed and how it sounds.
/// Everything a user can change lives here, and rendering is a pure function of the plan and its seed
/// (the composition, in Remotion's and Manim's sense). Field names are the JSON contract (camelCase).
/// </summary>
public sealed record ScenePlan
{
    /// <summary>Schema version; <see cref="PlanSchema.CurrentVersion"/> for plans written by this build.</summary>
    public int Version { get; init; } = PlanSchema.CurrentVersion;
    public long Seed { get; init; } = 42;
    /// <summary>The words the plan came from, kept for provenance and remix.</summary>
    public string Prompt { get; init; } = "";
    public VideoFormat Format { get; init; } = new();
    public LookSpec Look { get; init; } = new();
    public WorldSpec World { get; init; } = new();
    public IReadOnlyList<CastMember> Cast { get; init; } = [];
    public IReadOnlyList<RelationSpec> Relations { get; init; } = [];
    public IReadOnlyList<ShotSpec> Shots { get; init; } = [];
    public AudioSpec Audio { get; init; } = new();
    public IReadOnlyList<InterpretationNote> Interpretation { get; init; } = [];
    /// <summary>The still image the video starts from or shows; null for text-only prompts.</summary>
    public PictureSpec? Picture { get; init; }

    /// <summary>Frames in the video: seconds × fps, rounded. Derived, so not part of the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int FrameCount => (int)Math.Round(Format.Seconds * Format.Fps);
}

/// <summary>Output size and timing. Seconds may be fractional; frame count is seconds × fps, rounded.</summary>
public sealed record VideoFormat
{
    public int Width { get; init; } = 1280;
    public int Height { get; init; } = 720;
    public int Fps { get; init; } = 24;
    public double Seconds { get; init; } = 8;
}

/// <summary>How the picture looks: a named style preset and an optional colour grade.</summary>
public sealed record LookSpec
{
    public string Style { get; init; } = "photoreal";
    public string? Grade { get; init; }
}

/// <summary>The place: setting family, sun position by hour, weather, gravity (m/s²) and ground surface.</summary>
public sealed record WorldSpec
{
    public string Setting { get; init; } = "studio";
    public bool Indoor { get; init; }
    /// <summary>Local solar time in hours, 0–24; drives the sun's elevation.</summary>
    public double TimeOfDay { get; init; } = 14;
    public string Weather { get; init; } = "clear";
    /// <summary>Gravitational acceleration in m/s², pointing down (−Y). Earth is 9.81.</summary>
    public double Gravity { get; init; } = 9.81;
    /// <summary>Ground material name from the materials table (wood, grass, concrete…).</summary>
    public string Ground { get; init; } = "concrete";
    /// <summary>What drifts through the air besides the weather: one of <see cref="PlanSchema.Particles"/>
    /// ("petals", "leaves", "sparks", "confetti", "bubbles"), or null for nothing. Optional, so older plans load.</summary>
    public string? Particles { get; init; }
}

/// <summary>
/// One thing (or a counted group of identical things) in the scene. <see cref="Kind"/> is the canonical class
/// name, the COCO name wherever one applies ("sports ball", "dining table", "person"). Bodies of a counted entry
/// get ids that start with <see cref="Id"/>: "domino1", "domino1.2", …
/// </summary>
public sealed record CastMember
{
    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public int Count { get; init; } = 1;
    public Traits Traits { get; init; } = new();
}

/// <summary>Appearance and physical traits. Size is the object's largest extent in metres.</summary>
public sealed record Traits
{
    public string? Color { get; init; }
    public string? Material { get; init; }
    public double? Size { get; init; }
    /// <summary>"female" or "male" when the words say so ("a woman", "two boys"); casts voices and builds.</summary>
    public string? Sex { get; init; }
    /// <summary>"child", "adult" or "old" when the words say so ("a girl", "an old man").</summary>
    public string? Age { get; init; }
    /// <summary>A narrower look the words named within the kind, which its asset draws: a person's outfit
    /// ("spacesuit", "formal"), a dog's breed ("corgi"). Null: the kind's everyday look.</summary>
    public string? Variant { get; init; }
    /// <summary>A small thing a person carries all through the clip, drawn in their hands by the person asset: an
    /// "umbrella" held up over the head, an open "book" held up to read. Null: empty hands.</summary>
    public string? Holds { get; init; }
}

/// <summary>
/// A spatial relation the layout honours: subject is [relation] object. "between" names its other end in
/// <see cref="SecondObject"/> (or, when that is null, the object is a counted group and the subject goes between
/// its first two members).
/// </summary>
public sealed record RelationSpec
{
    public string Subject { get; init; } = "";
    public string Relation { get; init; } = "";
    public string Object { get; init; } = "";
    public string? SecondObject { get; init; }
}

/// <summary>A continuous piece of time with one camera. Start and seconds are in video seconds.</summary>
public sealed record ShotSpec
{
    public string Id { get; init; } = "s1";
    public double Start { get; init; }
    public double Seconds { get; init; } = 8;
    public CameraSpec Camera { get; init; } = new();
    public IReadOnlyList<ActionSpec> Actions { get; init; } = [];
}

/// <summary>Camera move ("auto": the director picks a fixed or following framing; "static", "orbit", "dolly", "pan left", "tracking"…), what it looks at and its lens.</summary>
public sealed record CameraSpec
{
    public string Move { get; init; } = "auto";
    public string? Target { get; init; }
    public double LensMm { get; init; } = 35;
    /// <summary>Shot size: "wide", "medium", "close-up".</summary>
    public string Framing { get; init; } = "medium";
}

/// <summary>
/// Something an actor does. Optional numbers come from the prompt: <see cref="Height"/> in metres ("from 2
/// meters"), <see cref="Speed"/> in m/s. Start/end are seconds within the video; null means the whole shot.
/// </summary>
public sealed record ActionSpec
{
    public string Actor { get; init; } = "";
    public string Verb { get; init; } = "";
    public string? Object { get; init; }
    public double? Start { get; init; }
    public double? End { get; init; }
    public double? Height { get; init; }
    public double? Speed { get; init; }
    public IReadOnlyList<string> Manner { get; init; } = [];
}

/// <summary>What the soundtrack holds besides event sounds.</summary>
public sealed record AudioSpec
{
    public MusicSpec? Music { get; init; }
    public IReadOnlyList<string> Ambience { get; init; } = [];
    public IReadOnlyList<SpokenLine> Lines { get; init; } = [];
}

public sealed record MusicSpec
{
    public string Mood { get; init; } = "calm";
    public int Bpm { get; init; } = 100;
}

public sealed record SpokenLine
{
    public string Speaker { get; init; } = "narrator";
    public string Text { get; init; } = "";
    public double? Start { get; init; }
}

/// <summary>
/// Which words became which plan element (<see cref="As"/>), or were not understood
/// (<see cref="Understood"/> false), so the user can see what the planner did with the prompt.
/// </summary>
public sealed record InterpretationNote
{
    public string Text { get; init; } = "";
    public string As { get; init; } = "";
    public bool Understood { get; init; } = true;
    /// <summary>Where <see cref="Text"/> starts in <see cref="ScenePlan.Prompt"/>, in UTF-16 characters; null in
    /// plans written before spans were recorded.</summary>
    public int? Start { get; init; }
    /// <summary>How many characters of the prompt the note covers.</summary>
    public int? Length { get; init; }
    /// <summary>What the words became, one of <see cref="PlanSchema.InterpretationCategories"/>.</summary>
    public string? Category { get; init; }
}

/// <summary>
/// An input image: <see cref="Path"/> on the machine that renders; <see cref="Fit"/> "crop" or "pad" to the frame;
/// <see cref="Use"/> "scene" (the image is the first frame and comes alive) or a surface in a generated scene
/// ("painting", "tv", "poster").
/// </summary>
public sealed record PictureSpec
{
    public string Path { get; init; } = "";
    public string Fit { get; init; } = "crop";
    public string Use { get; init; } = "scene";
}
