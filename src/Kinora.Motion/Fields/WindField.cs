using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Physics;
using Kinora.Plan;

namespace Kinora.Motion.Fields;

/// <summary>
/// Wind from the plan's weather ("windy", "wind", "breeze", "storm", "gale"): a horizontal flow along +X with
/// seeded gusts, pushing each moving body with quadratic drag ½ρ_air·Cd·A·|u − v|·(u − v), where u is the wind and
/// v the body's velocity, so nothing is blown faster than the wind. Speeds are the Beaufort scale's middles:
/// a breeze 5 m/s (force 3), wind 9 m/s (force 5), a storm or gale 15 m/s (force 7: whole trees in motion, a
/// football blown away).
/// </summary>
public sealed class WindField : IForceField
{
    /// <summary>kg/m³ at sea level, 15 °C.</summary>
    private const double AirDensity = 1.225;

    private readonly FieldBody[] _bodies;
    private readonly double _speed, _phase1, _phase2;

    private WindField(FieldBody[] bodies, double speed, double phase1, double phase2)
    {
        _bodies = bodies;
        _speed = speed;
        _phase1 = phase1;
        _phase2 = phase2;
    }

    /// <summary>Mean wind speed for a weather word, m/s (0 when calm).</summary>
    public static double SpeedOf(string weather) => weather.ToLowerInvariant() switch
    {
        "breeze" or "breezy" => 5,
        "wind" or "windy" => 9,
        "storm" or "stormy" or "gale" or "hurricane" => 15,
        _ => 0,
    };

    /// <summary>The plan's wind on the world's moving bodies, or null in calm weather.</summary>
    public static WindField? For(World world, IReadOnlyList<int> movingBodies)
    {
        var speed = SpeedOf(world.Plan.World.Weather);
        if (speed <= 0 || world.Environment.Indoor || world.Plan.World.Indoor) return null;
        var random = new SeededRandom(world.Plan.Seed, "motion/wind");
        return new WindField([.. movingBodies.Select(i => new FieldBody(i, world.Entities[i]))], speed,
            random.Range(0, 2 * Math.PI), random.Range(0, 2 * Math.PI));
    }

    /// <summary>Wind speed at time t, m/s: the mean with two slow gust cycles (3.7 s and 1.3 s, ±30 % and ±15 %).</summary>
    public double SpeedAt(double t) =>
        _speed * (1 + 0.3 * Math.Sin(2 * Math.PI * t / 3.7 + _phase1) + 0.15 * Math.Sin(2 * Math.PI * t / 1.3 + _phase2));

    public void Apply(IPhysicsWorld physics, double stepStart, double dt, ContactTracker events)
    {
        var u = new Vector3((float)SpeedAt(stepStart), 0, 0);
        foreach (ref readonly var body in _bodies.AsSpan())
        {
            var state = physics.StateOf(body.Index);
            var relative = u - state.LinearVelocity;
            var force = (float)(0.5 * AirDensity * body.DragCoefficient * body.Area * relative.Length()) * relative;
            physics.AddForce(body.Index, force, Vector3.Zero);
        }
    }
}
