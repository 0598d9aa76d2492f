using Kinora.Motion.Physics;

namespace Kinora.Motion.Fields;

/// <summary>
/// Something that pushes bodies every step without touching them: a liquid's buoyancy and drag, the wind. Fields
/// read the bodies' state and add forces before the step; what they notice (a splash) goes to the events.
/// Allocation-free per step.
/// </summary>
public interface IForceField
{
    /// <param name="stepStart">Simulated time at the start of the step, s.</param>
    void Apply(IPhysicsWorld physics, double stepStart, double dt, ContactTracker events);
}
