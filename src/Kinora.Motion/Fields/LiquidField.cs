using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Fields;

/// <summary>
/// Buoyancy and drag inside liquid volumes (<see cref="LiquidShape"/> entities), and a "splash" when a body
/// breaks the surface. Archimedes: the lift is the weight of the displaced liquid, ρ·V_submerged·g, so wood
/// (700 kg/m³) floats ~70 % under and iron (7870 kg/m³) sinks. Drag is quadratic, ½ρ·Cd·A·|v|·v on the submerged
/// share, plus a linear damping term that stands in for the waves a bobbing body radiates (without it a floating
/// block would bob for many seconds; real ones settle in two or three).
/// </summary>
public sealed class LiquidField : IForceField
{
    /// <summary>1/s: the wave-radiation damping rate on the submerged share (by eye: a block settles in ~2 s).</summary>
    private const double HeaveDamping = 3;
    /// <summary>1/s: rotational damping in the liquid.</summary>
    private const double SpinDamping = 2;
    /// <summary>m/s; slower entries make no audible splash.</summary>
    public const double MinSplashSpeed = 0.3;

    private readonly record struct Pool(int Entity, string Id, Vector3 Min, Vector3 Max, double Density, string Material);

    private readonly Pool[] _pools;
    private readonly FieldBody[] _bodies;
    private readonly string[] _ids, _materials;
    private readonly double _gravity;
    private readonly bool[] _wet;

    private LiquidField(Pool[] pools, FieldBody[] bodies, string[] ids, string[] materials, double gravity)
    {
        _pools = pools;
        _bodies = bodies;
        _ids = ids;
        _materials = materials;
        _gravity = gravity;
        _wet = new bool[bodies.Length];
    }

    /// <summary>The world's liquids acting on its moving bodies, or null when it has none.</summary>
    public static LiquidField? For(World world, IReadOnlyList<int> movingBodies)
    {
        var pools = new List<Pool>();
        for (var i = 0; i < world.Entities.Count; i++)
        {
            var e = world.Entities[i];
            if (e.Shape is not LiquidShape liquid) continue;
            pools.Add(new Pool(i, e.Id, e.Position - liquid.HalfExtents, e.Position + liquid.HalfExtents, e.Material.Density, e.Material.Name));
        }
        if (pools.Count == 0) return null;
        var bodies = movingBodies.Select(i => new FieldBody(i, world.Entities[i])).ToArray();
        return new LiquidField([.. pools], bodies, [.. world.Entities.Select(e => e.Id)], [.. world.Entities.Select(e => e.Material.Name)],
            world.Environment.Gravity.Length());
    }

    public void Apply(IPhysicsWorld physics, double stepStart, double dt, ContactTracker events)
    {
        for (var k = 0; k < _bodies.Length; k++)
        {
            ref readonly var body = ref _bodies[k];
            var state = physics.StateOf(body.Index);
            var p = state.Pose.Position;
            var wet = false;
            foreach (var pool in _pools)
            {
                if (p.X < pool.Min.X || p.X > pool.Max.X || p.Z < pool.Min.Z || p.Z > pool.Max.Z || p.Y > pool.Max.Y + body.HalfExtents.Length()) continue;
                var fraction = body.SubmergedFraction(p, state.Pose.Rotation, pool.Max.Y);
                if (fraction <= 0) continue;
                wet = true;
                if (!_wet[k] && -state.LinearVelocity.Y >= MinSplashSpeed)
                    events.Add(new SimEvent
                    {
                        Kind = EventKinds.Splash, Time = stepStart + dt, A = _ids[body.Index], B = pool.Id,
                        Impulse = body.Mass * state.LinearVelocity.Length(), RelativeSpeed = -state.LinearVelocity.Y,
                        Position = new Vector3(p.X, pool.Max.Y, p.Z), MaterialA = _materials[body.Index], MaterialB = pool.Material,
                    });

                var v = state.LinearVelocity;
                var lift = new Vector3(0, (float)(pool.Density * body.Volume * fraction * _gravity), 0);
                var drag = -(float)(0.5 * pool.Density * body.DragCoefficient * body.Area * fraction * v.Length()) * v;
                var damping = -(float)(HeaveDamping * body.Mass * fraction) * v;
                var reach = body.HalfExtents.Length();
                var spin = -(float)(SpinDamping * body.Mass * reach * reach * fraction) * state.AngularVelocity;
                physics.AddForce(body.Index, lift + drag + damping, spin);
                break;
            }
            _wet[k] = wet;
        }
    }
}
