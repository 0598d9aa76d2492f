using Kinora.Compose;
using Kinora.Compose.Scenarios;
using Kinora.Motion.Animation;
using Kinora.Motion.Behaviours;
using Kinora.Motion.Breakage;
using Kinora.Motion.Fields;
using Kinora.Motion.Camera;
using Kinora.Motion.Ode;
using Kinora.Motion.Physics;

namespace Kinora.Motion;

/// <summary>
/// The Direct &amp; Simulate stage's entry point: a world and its plan's actions become a Track.
/// Rigid bodies step at a fixed rate of at least <see cref="MinStepRate"/> Hz chosen so that a whole number of steps
/// fits in a frame (fps × ⌈240 / fps⌉: exactly 240 Hz for 24, 30, 48, 60 fps; 250 Hz for 25 fps), so frame i's
/// poses are read after exactly i × substeps steps with no interpolation. Each step: force fields push (liquids,
/// wind), the engine steps, contacts become events (<see cref="ContactTracker"/>) and hard hits break brittle things
/// (<see cref="Breakables"/>). Joints come from the composed set-ups (pendulums, cradles). The camera is planned
/// afterwards from the finished motion (<see cref="CameraRig"/>), and rigged bodies are articulated last (<see cref="Animator"/>);
/// things thrown from their hands or kicked by their feet then fly in a second simulation from that instant (<see cref="Flight"/>).
/// </summary>
public static class Simulator
{
    /// <summary>Hz. 240 Hz keeps a 10 m/s body moving 4 cm a step, under the size of the smallest props.</summary>
    public const int MinStepRate = 240;

    /// <summary>Simulates with ODE (<see cref="OdeWorld"/>).</summary>
    /// <param name="progress">Receives the fraction done, 0–1, now and then.</param>
    /// <exception cref="PhysicsUnavailableException">libode.so.8 is missing (`apt-get install libode8`).</exception>
    /// <param name="mouth">Speech for speakers' mouths to follow (see <see cref="MouthCue"/>); none: mouths stay shut.</param>
    public static Track Simulate(World world, IProgress<double>? progress = null, IReadOnlyList<MouthCue>? mouth = null)
    {
        using var physics = new OdeWorld(world.Environment.Gravity, world.Environment.Ground);
        return Simulate(world, physics, progress, mouth);
    }

    /// <summary>Simulates on any engine; <paramref name="physics"/> must be empty and is left stepped to the end.</summary>
    /// <param name="flight">A fresh, empty engine for a thrown or kicked thing's flight (see <see cref="Flight"/>); ODE by default.</param>
    public static Track Simulate(World world, IPhysicsWorld physics, IProgress<double>? progress = null, IReadOnlyList<MouthCue>? mouth = null,
        Func<IPhysicsWorld>? flight = null)
    {
        flight ??= () => new OdeWorld(world.Environment.Gravity, world.Environment.Ground);
        mouth ??= [];
        var plan = world.Plan;
        var fps = plan.Format.Fps;
        if (fps <= 0) throw new ArgumentException("format.fps must be positive", nameof(world));
        var frameCount = Math.Max(0, plan.FrameCount);
        var timeScale = TimeScale.For(plan);
        var substeps = Math.Max(1, (int)Math.Round(StepsPerFrame(fps) * timeScale));
        var dt = timeScale / ((double)fps * substeps); // simulated seconds per step; substeps × dt = timeScale / fps

        var n = world.Entities.Count;
        var ids = new string[n];
        var drivers = Locomotion.Drivers(world);
        var runner = drivers.Count > 0 ? new Locomotion.Runner(world, drivers, fps, timeScale) : null;
        var driven = drivers.Select(d => d.Body).Distinct().ToArray();
        for (var i = 0; i < n; i++)
        {
            ids[i] = world.Entities[i].Id;
            var spec = BodySpec.From(world.Entities[i]);
            // Self-propelled bodies follow their behaviour's path, not the solver's (see Locomotion): kinematic, so
            // they push what they walk or drive into and nothing pushes them.
            if (driven.Contains(i))
            {
                var start = runner!.StartOf(i);
                spec = spec with { Position = start.Position, Rotation = start.Rotation, IsStatic = false, IsKinematic = true, LinearVelocity = default, AngularVelocity = default };
            }
            var index = physics.AddBody(spec);
            if (index != i) throw new InvalidOperationException("physics engine must number bodies in the order they are added");
        }

        foreach (var joint in ScenarioSetups.Joints(world)) physics.AddJoint(JointSpec.From(joint, world));
        var moving = Enumerable.Range(0, n)
            .Where(i => !world.Entities[i].IsStatic && world.Entities[i].Shape is not LiquidShape && drivers.All(d => d.Body != i)).ToList();
        IForceField[] fields = [.. new IForceField?[] { LiquidField.For(world, moving), WindField.For(world, moving) }.OfType<IForceField>()];
        var breakables = Breakables.For(world);
        breakables?.Start(physics);

        var poses = new Pose[frameCount * n];
        var tracker = new ContactTracker(ids, dt, [.. world.Entities.Select(e => e.Material.Name)], world.Environment.Ground.Name,
            [.. Enumerable.Range(0, n).Select(i => world.Entities[i].IsStatic || world.Entities[i].Shape is LiquidShape || drivers.Any(d => d.Body == i))]);
        if (frameCount > 0) physics.ReadPoses(poses.AsSpan(0, n));
        long step = 0;
        var reportEvery = Math.Max(1, frameCount / 50); // ~2 % granularity
        if (frameCount > 0) runner?.Advance(0, poses.AsSpan(0, n), poses.AsSpan(0, n));
        var target = new Pose[n];
        for (var f = 1; f < frameCount; f++)
        {
            if (runner is not null)
            {
                // Each driven body moves from last frame's pose to this frame's at constant velocity over the frame.
                runner.Advance(f, poses.AsSpan((f - 1) * n, n), target);
                foreach (var i in driven)
                {
                    var from = poses[(f - 1) * n + i];
                    var (v, w) = Velocities(from, target[i], substeps * dt);
                    physics.Drive(i, from, v, w);
                }
            }
            for (var s = 0; s < substeps; s++)
            {
                var stepStart = step * dt;
                foreach (var field in fields) field.Apply(physics, stepStart, dt, tracker);
                physics.Step(dt);
                tracker.Observe(step, stepStart, physics.Contacts);
                breakables?.AfterStep(physics, stepStart, dt, tracker);
                step++;
            }
            physics.ReadPoses(poses.AsSpan(f * n, n));
            foreach (var i in driven) poses[f * n + i] = target[i]; // exactly on the path, whatever the integrator's rounding
            if (f % reportEvery == 0) progress?.Report((double)f / frameCount * 0.95);
        }

        IReadOnlyList<SimEvent> events = tracker.Finish();
        if (timeScale != 1) events = [.. events.Select(e => e with { Time = e.Time / timeScale })]; // to video seconds
        var holding = Holding.For(world); // players to their seats, pickers within reach, before the camera frames them
        holding.Place(poses, frameCount);
        var paws = PawHolding.For(world); // a sitting animal's cup in its forepaws
        paws.Place(poses, frameCount);
        var kicking = Kicking.For(world); // kickers behind their balls
        kicking.Place(poses, frameCount);
        var camera = CameraRig.Shoot(world, poses, frameCount);
        // Rigged bodies are articulated on the finished paths (after the camera, which frames the bodies, not their
        // limbs); their legs' landings replace the path runner's evenly spaced footfalls.
        var articulation = Animator.Animate(world, poses, frameCount, fps, mouth);
        IEnumerable<SimEvent> steps = runner?.Finish().Where(e => !articulation.Stepping.Contains(e.A)) ?? [];
        holding.Attach(poses, articulation.Joints, frameCount, fps); // held things follow the posed hands
        paws.Attach(poses, articulation.Joints, frameCount, fps);
        // Thrown and kicked things fly from the posed hand or foot: each flight simulated again from its launch.
        var flights = new List<SimEvent>();
        var held = holding.Held.ToArray();
        var kicks = kicking.Launches(poses, frameCount).ToArray();
        foreach (var launch in holding.Launches.Concat(kicks.Select(k => k.Launch)).OrderBy(l => l.Frame))
        {
            using var again = flight();
            flights.AddRange(Flight.Fly(world, again, poses, frameCount, substeps, dt, launch, held)
                .Select(e => timeScale == 1 ? e : e with { Time = e.Time / timeScale }));
        }
        flights.AddRange(kicks.Select(k => k.Contact));
        events = [.. kicking.Filter(paws.Filter(holding.Filter(events.Concat(steps).Concat(articulation.Footfalls)))).Concat(flights).OrderBy(e => e.Time)];
        progress?.Report(1);
        return new Track(fps, frameCount, ids, poses, camera, events, articulation.Joints);
    }

    /// <summary>Linear and angular velocity that carry a pose to another in <paramref name="seconds"/>.</summary>
    internal static (System.Numerics.Vector3 Linear, System.Numerics.Vector3 Angular) Velocities(Pose from, Pose to, double seconds)
    {
        var linear = (to.Position - from.Position) / (float)seconds;
        var turn = to.Rotation * System.Numerics.Quaternion.Inverse(from.Rotation);
        if (turn.W < 0) turn = -turn; // the short way round
        var sinHalf = new System.Numerics.Vector3(turn.X, turn.Y, turn.Z);
        var length = sinHalf.Length();
        if (length < 1e-7f) return (linear, System.Numerics.Vector3.Zero);
        var angle = 2 * MathF.Atan2(length, turn.W);
        return (linear, sinHalf / length * (angle / (float)seconds));
    }

    /// <summary>Whole steps per frame so the step rate is at least <see cref="MinStepRate"/>.</summary>
    public static int StepsPerFrame(int fps) => Math.Max(1, (MinStepRate + fps - 1) / fps);
}
