using System.Numerics;

namespace Kinora.Motion;

/// <summary>Where a body is at one frame: position (m) and orientation, world space, Y up.</summary>
public readonly record struct Pose(Vector3 Position, Quaternion Rotation);

/// <summary>The camera at one frame: eye and look-at point (m), up vector, vertical field of view (radians).</summary>
public readonly record struct CameraPose(Vector3 Eye, Vector3 Target, Vector3 Up, float VerticalFov);

/// <summary>
/// Something that happened at an instant, for the sound stage and for checks. <see cref="Kind"/> is "contact"
/// for the start of a contact. <see cref="A"/> and <see cref="B"/> are entity ids, or "ground". Impulse in N·s
/// (magnitude of the normal impulse over the contact's first step), relative normal speed in m/s.
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
}

/// <summary>
/// The simulated motion of a world: one pose per entity per frame (entities in <c>World.Entities</c> order), the
/// camera per frame, and the timed events. Frame i shows time i / fps. Read-only once built.
/// </summary>
public sealed class Track
{
    private readonly Pose[] _poses;
    private readonly CameraPose[] _camera;

    public Track(int fps, int frameCount, IReadOnlyList<string> bodyIds, Pose[] poses, CameraPose[] camera, IReadOnlyList<SimEvent> events)
    {
        if (poses.Length != frameCount * bodyIds.Count) throw new ArgumentException("poses must hold frameCount × bodies entries", nameof(poses));
        if (camera.Length != frameCount) throw new ArgumentException("camera must hold one pose per frame", nameof(camera));
        Fps = fps; FrameCount = frameCount; BodyIds = bodyIds; _poses = poses; _camera = camera; Events = events;
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
}
