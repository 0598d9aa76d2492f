using System.Numerics;

namespace Kinora.Motion;

/// <summary>Where a body is at one frame: position (m) and orientation, world space, Y up.</summary>
public readonly record struct Pose(Vector3 Position, Quaternion Rotation);

/// <summary>The camera at one frame: eye and look-at point (m), up vector, vertical field of view (radians).</summary>
public readonly record struct CameraPose(Vector3 Eye, Vector3 Target, Vector3 Up, float VerticalFov);

/// <summary>
/// Something that happened, for the sound stage and for checks. <see cref="A"/> and <see cref="B"/> are entity ids,
/// or "ground"; <see cref="MaterialA"/> and <see cref="MaterialB"/> their material names. <see cref="Kind"/> is one of
/// <see cref="EventKinds"/>:
/// <list type="bullet">
/// <item>"contact": a touch starts. Impulse in N·s (the normal impulse over the contact's first steps), relative
/// speed the closing speed along the normal, m/s.</item>
/// <item>"roll" / "slide": sampled every <see cref="Physics.ContactTracker.SampleSeconds"/> while A rolls or slides
/// on B; relative speed is how fast (m/s), impulse the normal force × the sample period (how hard it presses).</item>
/// <item>"splash": A enters the liquid B; relative speed is its downward speed at the surface, impulse its
/// momentum (kg·m/s), position where it broke the surface.</item>
/// <item>"shatter": A broke (into pieces "A/shard1"…) when hit by B with the impulse given.</item>
/// <item>"footfall": a foot of walker A lands on B (the ground).</item>
/// </list>
/// </summary>
public sealed record SimEvent
{
    public required string Kind { get; init; }
    public required double Time { get; init; }
    public required string A { get; init; }
    public required string B { get; init; }
    public double Impulse { get; init; }
    public double RelativeSpeed { get; init; }
    public Vector3 Position { get; init; }
    public string? MaterialA { get; init; }
    public string? MaterialB { get; init; }
}

/// <summary>The event kinds a track holds; the sound stage keys on these exact names.</summary>
public static class EventKinds
{
    public const string Contact = "contact";
    public const string Footfall = "footfall";
    public const string Roll = "roll";
    public const string Slide = "slide";
    public const string Splash = "splash";
    public const string Shatter = "shatter";

    public static readonly IReadOnlyList<string> All = [Contact, Footfall, Roll, Slide, Splash, Shatter];
}

/// <summary>
/// A stretch of speech for a mouth to follow: the speaker's cast id (the plan's line speaker; narration has no body),
/// when it holds (video seconds) and how open the mouth is, 0 closed (m, b, p, silence) to 1 wide (a, o).
/// The sound stage makes these from the synthesized voice's own phone timings, so lips and sound agree.
/// <see cref="Shape"/> is what the lips do meanwhile (rounded, wide, pressed…).
/// </summary>
public sealed record MouthCue(string Speaker, double Start, double End, float Open, MouthShape Shape = MouthShape.Rest);

/// <summary>
/// The simulated motion of a world: one pose per entity per frame (entities in <c>World.Entities</c> order), the
/// camera per frame, the timed events, and for bodies whose model has a <c>Rig</c>, each joint's rotation per frame.
/// Frame i shows time i / fps. Read-only once built.
/// </summary>
public sealed class Track
{
    private readonly Pose[] _poses;
    private readonly CameraPose[] _camera;
    private readonly IReadOnlyDictionary<int, Quaternion[]> _joints;

    /// <param name="joints">Body index → frameCount × that body's rig joints rotations, frame-major (see
    /// <c>Kinora.Compose.Rig.Palette</c>); bodies without an entry hold their rest pose.</param>
    public Track(int fps, int frameCount, IReadOnlyList<string> bodyIds, Pose[] poses, CameraPose[] camera, IReadOnlyList<SimEvent> events,
        IReadOnlyDictionary<int, Quaternion[]>? joints = null)
    {
        if (poses.Length != frameCount * bodyIds.Count) throw new ArgumentException("poses must hold frameCount × bodies entries", nameof(poses));
        if (camera.Length != frameCount) throw new ArgumentException("camera must hold one pose per frame", nameof(camera));
        joints ??= new Dictionary<int, Quaternion[]>();
        foreach (var (body, rotations) in joints)
            if (body < 0 || body >= bodyIds.Count || frameCount > 0 && rotations.Length % frameCount != 0)
                throw new ArgumentException("joints must hold frameCount × joints rotations for a body of the track", nameof(joints));
        Fps = fps; FrameCount = frameCount; BodyIds = bodyIds; _poses = poses; _camera = camera; Events = events; _joints = joints;
    }

    public int Fps { get; }
    public int FrameCount { get; }
    public IReadOnlyList<string> BodyIds { get; }
    public IReadOnlyList<SimEvent> Events { get; }

    public double TimeOf(int frame) => (double)frame / Fps;

    public Pose PoseOf(int frame, int body) => _poses[frame * BodyIds.Count + body];

    /// <summary>All bodies' poses at one frame, in entity order.</summary>
    public ReadOnlySpan<Pose> PosesAt(int frame) => _poses.AsSpan(frame * BodyIds.Count, BodyIds.Count);

    public CameraPose CameraAt(int frame) => _camera[frame];

    /// <summary>Bodies that have joint rotations.</summary>
    public IEnumerable<int> JointedBodies => _joints.Keys;

    /// <summary>One body's joint rotations at a frame (empty: the rest pose).</summary>
    public ReadOnlySpan<Quaternion> JointsAt(int frame, int body)
    {
        if (!_joints.TryGetValue(body, out var all) || FrameCount == 0) return [];
        var count = all.Length / FrameCount;
        return all.AsSpan(frame * count, count);
    }
}
