namespace Kinora.Motion.Physics;

/// <summary>
/// What Kinora needs from a rigid-body engine, so the engine can be swapped (ODE today; Bepu, Jolt or a GPU solver
/// later) without touching the simulator, the camera or the event logic. Bodies are numbered 0, 1, 2… in the
/// order they were added; the ground plane (y = 0) is body <see cref="ContactReport.Ground"/>.
/// Units: metres, kilograms, seconds.
/// </summary>
public interface IPhysicsWorld : IDisposable
{
    /// <summary>Adds a body (static bodies get collision but never move) and returns its index.</summary>
    int AddBody(in BodySpec body);

    /// <summary>Advances the world by <paramref name="dt"/> seconds: collide, solve, integrate.</summary>
    void Step(double dt);

    /// <summary>Writes every body's pose, in index order, into <paramref name="destination"/> (length ≥ body count).</summary>
    void ReadPoses(Span<Pose> destination);

    /// <summary>
    /// One report per touching pair during the last <see cref="Step"/>, valid until the next step. Engines report
    /// every pair in contact, new or old; <see cref="ContactTracker"/> decides what is an event.
    /// </summary>
    ReadOnlySpan<ContactReport> Contacts { get; }
}
