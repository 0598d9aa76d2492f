using System.Numerics;

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

    /// <summary>Connects two bodies (or a body and the world) with a joint; returns the joint's index.</summary>
    int AddJoint(in JointSpec joint);

    /// <summary>
    /// Advances the world by <paramref name="dt"/> seconds: collide, solve, integrate. An engine may split the step
    /// into sub-steps so fast bodies do not pass through thin ones; forces added since the last step act throughout.
    /// </summary>
    void Step(double dt);

    /// <summary>Writes every body's pose, in index order, into <paramref name="destination"/> (length ≥ body count).</summary>
    void ReadPoses(Span<Pose> destination);

    /// <summary>One body's pose and velocities now (static and removed bodies report zero velocity).</summary>
    BodyState StateOf(int body);

    /// <summary>Adds a force (N, through the centre of mass) and a torque (N·m) that act during the next step only.</summary>
    void AddForce(int body, Vector3 force, Vector3 torque);

    /// <summary>
    /// Moves a kinematic body: it will be at <paramref name="pose"/> now and travel at the velocities through the next
    /// step, pushing whatever is in its way (the velocities are what the contacts see).
    /// </summary>
    void Drive(int body, Pose pose, Vector3 linearVelocity, Vector3 angularVelocity);

    /// <summary>
    /// Takes a moving body out of the world (no collision, no motion, parked where nothing sees it) or puts it back
    /// at <paramref name="state"/>; how breakables swap a whole for its pieces.
    /// </summary>
    void SetActive(int body, bool active, in BodyState state);

    /// <summary>
    /// One report per touching pair during the last <see cref="Step"/>, valid until the next step. Engines report
    /// every pair in contact, new or old; <see cref="ContactTracker"/> decides what is an event.
    /// </summary>
    ReadOnlySpan<ContactReport> Contacts { get; }
}
