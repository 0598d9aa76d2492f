using Kinora.Compose;
using Kinora.Motion.Fields;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Behaviours;

/// <summary>
/// A thrown or kicked thing's flight, simulated honestly: the main simulation ran before anyone's hand was posed, so
/// a thing launched from a hand is simulated again, in a second world, from its <see cref="Launch"/> to the clip's
/// end: the same engine, step rate, ground, liquids and scene, the thing dynamic at the hand's place with the launch
/// velocity, every other moving body kinematic along its finished path (a dog it flies at is still there to hit),
/// and the launcher and things held taken out (the ball starts in the hand, inside the thrower's box). Its poses from
/// the launch on are replaced and its contacts — the bounce when it lands, its roll, a splash — become events on the
/// same clock. Deterministic: one engine, fixed steps, inputs from the track.
/// </summary>
public static class Flight
{
    /// <param name="poses">frameCount × bodies (entity order), finished; the launched body's poses after the launch frame are written.</param>
    /// <param name="substeps">Engine steps per frame, and <paramref name="dt"/> the simulated seconds of each (the main simulation's).</param>
    /// <param name="held">Bodies carried by someone at the launch (left out, like the launcher).</param>
    /// <returns>The launched body's events (video seconds ×<paramref name="timeScale"/>: simulated seconds, as the main tracker's).</returns>
    public static IReadOnlyList<SimEvent> Fly(World world, IPhysicsWorld physics, Pose[] poses, int frameCount, int substeps, double dt,
        Launch launch, IReadOnlyCollection<int> held)
    {
        var n = world.Entities.Count;
        var from = launch.Frame;
        if (from < 0 || from >= frameCount - 1) return [];
        var kinematic = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var e = world.Entities[i];
            var at = poses[from * n + i];
            var spec = BodySpec.From(e) with { Position = at.Position, Rotation = at.Rotation, LinearVelocity = default, AngularVelocity = default };
            if (i == launch.Body) spec = spec with { IsStatic = false, LinearVelocity = launch.Velocity, AngularVelocity = launch.Spin };
            else if (!e.IsStatic && e.Shape is not LiquidShape) { spec = spec with { IsKinematic = true }; kinematic[i] = true; }
            if (physics.AddBody(spec) != i) throw new InvalidOperationException("physics engine must number bodies in the order they are added");
        }
        foreach (var i in held.Append(launch.By))
            if (i != launch.Body && kinematic[i]) { physics.SetActive(i, false, default); kinematic[i] = false; }

        var ids = world.Entities.Select(e => e.Id).ToArray();
        var tracker = new ContactTracker(ids, dt, [.. world.Entities.Select(e => e.Material.Name)], world.Environment.Ground.Name,
            [.. Enumerable.Range(0, n).Select(i => i != launch.Body)]);
        IForceField? liquid = LiquidField.For(world, [launch.Body]);
        var step = (long)from * substeps;
        for (var f = from + 1; f < frameCount; f++)
        {
            for (var i = 0; i < n; i++)
            {
                if (!kinematic[i]) continue;
                var (v, w) = Simulator.Velocities(poses[(f - 1) * n + i], poses[f * n + i], substeps * dt);
                physics.Drive(i, poses[(f - 1) * n + i], v, w);
            }
            for (var s = 0; s < substeps; s++)
            {
                var stepStart = step * dt;
                liquid?.Apply(physics, stepStart, dt, tracker);
                physics.Step(dt);
                tracker.Observe(step, stepStart, physics.Contacts);
                step++;
            }
            poses[f * n + launch.Body] = physics.StateOf(launch.Body).Pose;
        }
        var id = ids[launch.Body];
        return [.. tracker.Finish().Where(e => e.A == id || e.B == id)];
    }
}
