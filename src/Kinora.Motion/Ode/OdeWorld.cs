using System.Numerics;
using System.Runtime.InteropServices;
using Kinora.Compose;
using Kinora.Compose.Scenarios;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Ode;

/// <summary>
/// <see cref="IPhysicsWorld"/> on the Open Dynamics Engine 0.16 C API (Russell Smith, ode.org; manual:
/// http://ode.org/wiki/index.php/Manual). One world, one sweep-and-prune space, an infinite ground plane at y = 0, a
/// contact joint group rebuilt every step from a dSpaceCollide near-callback (in a crowd, from the managed
/// <see cref="SweepAndPrune"/> instead). Contact forces are read back through
/// dJointFeedback so each touching pair reports its normal impulse. Resting islands fall asleep (ODE auto-disable),
/// which is what keeps a stack from creeping and makes a settled scene cheap. Steps are split into sub-steps while
/// something moves more than a quarter of its own thickness per step, so a fast marble cannot pass through a wall.
/// Holds <see cref="OdeLibrary.Gate"/> from construction to <see cref="Dispose"/>: one ODE world at a time.
/// </summary>
public sealed unsafe partial class OdeWorld : IPhysicsWorld
{
    // Solver settings. ERP/CFM follow the ODE manual's advice (§3.7–3.8): ERP 0.1–0.8, a small CFM for stability.
    private const double WorldErp = 0.2;
    private const double WorldCfm = 1e-7;
    /// <summary>m; lets resting bodies sink 1 mm so a contact stays a contact instead of flickering every step.</summary>
    private const double SurfaceLayer = 0.001;
    /// <summary>m/s; caps how fast penetration is pushed out, so deep overlaps resolve without a pop.</summary>
    private const double MaxCorrectingVelocity = 1.0;
    /// <summary>ODE's default SOR sweep count; 40 cost ~2× on 200 boxes with no change in the bounce numbers.</summary>
    private const int QuickStepIterations = 20;

    // Sleeping (ODE manual §3.10, auto-disable). Speeds are averaged over the samples, so a ball at its apex or a
    // pendulum at the end of its swing (momentarily still) never sleeps; a body that has stayed this slow for the
    // steps does, with its whole island, and wakes when something touches it.
    private const double SleepLinearSpeed = 0.02; // m/s
    private const double SleepAngularSpeed = 0.05; // rad/s
    private const uint SleepAverageSamples = 10;
    private const int SleepSteps = 60; // 0.25 s at 240 Hz

    /// <summary>A body may move at most this share of its thickness in one sub-step (swept-volume safety).</summary>
    private const double MaxTravelPerThickness = 0.25;
    /// <summary>Enough for a 2 cm marble at 30 m/s (25 sub-steps); only steps with such a body pay for them.</summary>
    private const int MaxSubsteps = 32;

    // Contact surface settings (contact.h, dSurfaceParameters).
    /// <summary>m/s; below this approach speed a contact does not bounce (stops endless micro-bounces).</summary>
    private const double BounceVelocity = 0.1;
    private const double ContactErp = 0.2;
    /// <summary>
    /// m/(N·s). CFM makes a contact give by cfm × force in velocity (ODE manual §3.8): a 6 kg ball hitting at 6 m/s
    /// pushes ~12 kN for one 240 Hz step, so 1e-5 lost 0.12 m/s of its rebound (apexes 7 % low); 1e-7 loses 1 mm/s
    /// and still keeps stacks from chattering.
    /// </summary>
    private const double ContactCfm = 1e-7;
    /// <summary>Spinning (about the normal) resistance as a fraction of rolling resistance.</summary>
    private const double SpinFraction = 0.1;

    /// <summary>
    /// Broad phase: sweep and prune along X, then Z, then Y (scenes spread over the floor, not up). Measured on 500
    /// tumbling bodies: its collide pass took 60 % of the hash space's CPU; pairs come in another (fixed) order.
    /// </summary>
    private const int SweepXThenZThenY = 0 | (2 << 2) | (1 << 4);

    /// <summary>
    /// Solver threads: ODE 0.16's QuickStep splits each island's constraint sweeps over a thread pool, ordered by
    /// their dependencies. With one pool thread the result is bit-identical to no pool (OdeThreadingTests); the
    /// stepping thread waits while it solves, so on an idle machine this buys little (bench/physics/speed-notes.md). Small worlds stay on one thread, where handing work to a pool would cost more than it saves.
    /// </summary>
    internal static readonly int DefaultSolverThreads = Math.Clamp(Environment.ProcessorCount, 1, 2);
    /// <summary>Threads this world's solver may use (tests set 1 to compare against the threaded result).</summary>
    internal int SolverThreads { get; init; } = DefaultSolverThreads;
    private const int ThreadedFromBodies = 64;
    private nint _threading, _pool;

    /// <summary>dCollide returns at most this many points per pair (box–box needs up to 8).</summary>
    private const int MaxContactsPerPair = 8;

    /// <summary>Where removed bodies wait, m below the floor: out of every camera's view.</summary>
    private static readonly Vector3 Parking = new(0, -1000, 0);

    private readonly nint _world, _space, _group, _ground;
    private readonly Material _groundMaterial;
    private readonly OdeShapes _shapes = new();
    private readonly List<OdeShapes.Placed> _scratchGeoms = new(8);
    private GCHandle _self;

    // Per body, by index. Static bodies have no ODE body (_bodies[i] == 0), only placed geoms.
    private nint[] _bodies = new nint[16];
    private Material[] _materials = new Material[16];
    /// <summary>Sphere radius in m (0 for other shapes); rolling resistance becomes a torque arm of Crr × radius.</summary>
    private double[] _radius = new double[16];
    private double[] _thickness = new double[16];
    private Pose[] _staticPose = new Pose[16];
    private Vector3[] _force = new Vector3[16], _torque = new Vector3[16];
    private bool[] _removed = new bool[16];
    /// <summary>Moved by its velocities only (infinite mass): never body 1 of a contact, never touches the immovable.</summary>
    private bool[] _kinematic = new bool[16];
    private int[] _geomStart = new int[16], _geomCount = new int[16];
    private readonly List<nint> _geoms = new(64);
    private int _count;
    private readonly List<nint> _joints = [];

    // Per step, pre-allocated: contact points from dCollide, per-joint feedback, per-pair reports.
    private readonly DContactGeom* _points;
    private DJointFeedback* _feedback;
    private int _feedbackCapacity, _feedbackUsed;
    private int[] _feedbackPair = [];
    private ContactReport[] _reports = new ContactReport[64];
    private int _reportCount;
    private double _subDt;
    private Exception? _callbackError;
    private bool _disposed;

    public OdeWorld(Vector3 gravity, Material ground)
    {
        OdeLibrary.Gate.Enter();
        try
        {
            OdeLibrary.EnsureInitialized();
            OdeLibrary.AttachThread();
            // QuickStep shuffles constraints with ODE's global generator; reseed so every run is identical.
            OdeNative.dRandSetSeed(0);
            _world = OdeNative.dWorldCreate();
            OdeNative.dWorldSetGravity(_world, gravity.X, gravity.Y, gravity.Z);
            OdeNative.dWorldSetERP(_world, WorldErp);
            OdeNative.dWorldSetCFM(_world, WorldCfm);
            OdeNative.dWorldSetContactSurfaceLayer(_world, SurfaceLayer);
            OdeNative.dWorldSetContactMaxCorrectingVel(_world, MaxCorrectingVelocity);
            OdeNative.dWorldSetQuickStepNumIterations(_world, QuickStepIterations);
            OdeNative.dWorldSetAutoDisableFlag(_world, 1);
            OdeNative.dWorldSetAutoDisableLinearThreshold(_world, SleepLinearSpeed);
            OdeNative.dWorldSetAutoDisableAngularThreshold(_world, SleepAngularSpeed);
            OdeNative.dWorldSetAutoDisableAverageSamplesCount(_world, SleepAverageSamples);
            OdeNative.dWorldSetAutoDisableSteps(_world, SleepSteps);
            OdeNative.dWorldSetAutoDisableTime(_world, 0);
            _space = OdeNative.dSweepAndPruneSpaceCreate(0, SweepXThenZThenY);
            _group = OdeNative.dJointGroupCreate(0);
            // Plane a·x + b·y + c·z = d with (a, b, c) = (0, 1, 0), d = 0: the floor y = 0. Geom data 0 = ground.
            _ground = OdeNative.dCreatePlane(_space, 0, 1, 0, 0);
            _groundMaterial = ground;
            _points = (DContactGeom*)NativeMemory.Alloc((nuint)(MaxContactsPerPair * sizeof(DContactGeom)));
            GrowFeedback(1024);
            _self = GCHandle.Alloc(this);
        }
        catch
        {
            OdeLibrary.Gate.Exit();
            throw;
        }
    }

    public int AddBody(in BodySpec spec)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var index = _count;
        if (index == _bodies.Length) GrowBodies(index * 2);

        // A liquid is a region, not a solid: no geom (the simulator's liquid field acts on what is inside it).
        var isStatic = spec.IsStatic || spec.Shape is LiquidShape or TriangleMeshShape or HeightfieldShape;
        _scratchGeoms.Clear();
        if (spec.Shape is not LiquidShape) _shapes.Create(_space, spec.Shape, Vector3.Zero, Quaternion.Identity, _scratchGeoms);
        _geomStart[index] = _geoms.Count;
        _geomCount[index] = _scratchGeoms.Count;

        nint body = 0;
        if (!isStatic)
        {
            DMass mass;
            OdeShapes.Mass(spec.Shape, Math.Max(spec.Mass, 1e-3), &mass); // kg; ODE rejects zero mass
            body = OdeNative.dBodyCreate(_world);
            OdeNative.dBodySetMass(body, &mass);
            OdeNative.dBodySetPosition(body, spec.Position.X, spec.Position.Y, spec.Position.Z);
            var q = stackalloc double[4] { spec.Rotation.W, spec.Rotation.X, spec.Rotation.Y, spec.Rotation.Z }; // ODE: w, x, y, z
            OdeNative.dBodySetQuaternion(body, q);
            OdeNative.dBodySetLinearVel(body, spec.LinearVelocity.X, spec.LinearVelocity.Y, spec.LinearVelocity.Z);
            OdeNative.dBodySetAngularVel(body, spec.AngularVelocity.X, spec.AngularVelocity.Y, spec.AngularVelocity.Z);
            if (spec.IsKinematic)
            {
                OdeNative.dBodySetKinematic(body);
                OdeNative.dBodySetAutoDisableFlag(body, 0); // it moves on its own; sleeping would freeze it
            }
        }
        var g = stackalloc double[4];
        foreach (var placed in _scratchGeoms)
        {
            OdeNative.dGeomSetData(placed.Geom, index + 1); // 0 is the ground
            if (body != 0)
            {
                OdeNative.dGeomSetBody(placed.Geom, body);
                if (placed.Offset != Vector3.Zero) OdeNative.dGeomSetOffsetPosition(placed.Geom, placed.Offset.X, placed.Offset.Y, placed.Offset.Z);
                if (placed.Rotation != Quaternion.Identity)
                {
                    g[0] = placed.Rotation.W; g[1] = placed.Rotation.X; g[2] = placed.Rotation.Y; g[3] = placed.Rotation.Z;
                    OdeNative.dGeomSetOffsetQuaternion(placed.Geom, g);
                }
            }
            else
            {
                var p = spec.Position + Vector3.Transform(placed.Offset, spec.Rotation);
                var r = spec.Rotation * placed.Rotation;
                OdeNative.dGeomSetPosition(placed.Geom, p.X, p.Y, p.Z);
                g[0] = r.W; g[1] = r.X; g[2] = r.Y; g[3] = r.Z;
                OdeNative.dGeomSetQuaternion(placed.Geom, g);
            }
            _geoms.Add(placed.Geom);
            _sweep?.Add(placed.Geom, index, body == 0);
        }

        _bodies[index] = body;
        _materials[index] = spec.Material;
        _kinematic[index] = body != 0 && spec.IsKinematic;
        _radius[index] = spec.Shape is SphereShape s ? s.Radius : 0;
        _thickness[index] = Math.Max(spec.Shape.Thickness, 1e-3);
        _staticPose[index] = new Pose(spec.Position, spec.Rotation);
        _count++;
        // Room for every pair a body can plausibly touch at once; more only loses the impulse of the extras.
        if (_feedbackCapacity < _count * 32) GrowFeedback(_count * 32);
        return index;
    }

    public int AddJoint(in JointSpec spec)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var a = BodyOrWorld(spec.A);
        var b = BodyOrWorld(spec.B);
        if (a == 0 && b == 0) throw new ArgumentException("a joint needs at least one moving body", nameof(spec));
        if (a == 0) (a, b) = (b, a);
        var joint = spec.Kind switch
        {
            JointKind.Hinge => OdeNative.dJointCreateHinge(_world, 0),
            JointKind.Ball => OdeNative.dJointCreateBall(_world, 0),
            JointKind.Slider => OdeNative.dJointCreateSlider(_world, 0),
            _ => OdeNative.dJointCreateFixed(_world, 0),
        };
        OdeNative.dJointAttach(joint, a, b); // anchors and axes are read against the attached bodies' current poses
        var axis = spec.Axis == Vector3.Zero ? Vector3.UnitZ : Vector3.Normalize(spec.Axis);
        switch (spec.Kind)
        {
            case JointKind.Hinge:
                OdeNative.dJointSetHingeAnchor(joint, spec.Anchor.X, spec.Anchor.Y, spec.Anchor.Z);
                OdeNative.dJointSetHingeAxis(joint, axis.X, axis.Y, axis.Z);
                SetLimitsAndMotor(joint, spec, &OdeNative.dJointSetHingeParam);
                break;
            case JointKind.Ball:
                OdeNative.dJointSetBallAnchor(joint, spec.Anchor.X, spec.Anchor.Y, spec.Anchor.Z);
                break;
            case JointKind.Slider:
                OdeNative.dJointSetSliderAxis(joint, axis.X, axis.Y, axis.Z);
                SetLimitsAndMotor(joint, spec, &OdeNative.dJointSetSliderParam);
                break;
            default:
                OdeNative.dJointSetFixed(joint);
                break;
        }
        _joints.Add(joint);
        return _joints.Count - 1;
    }

    private static void SetLimitsAndMotor(nint joint, in JointSpec spec, delegate*<nint, int, double, void> set)
    {
        // Hi before lo is ODE's advice when both move, so a new pair never passes through lo > hi.
        if (!double.IsPositiveInfinity(spec.HighStop)) set(joint, DJointParam.HiStop, spec.HighStop);
        if (!double.IsNegativeInfinity(spec.LowStop)) set(joint, DJointParam.LoStop, spec.LowStop);
        if (spec.MotorForce > 0)
        {
            set(joint, DJointParam.Vel, spec.MotorSpeed);
            set(joint, DJointParam.FMax, spec.MotorForce);
        }
    }

    private nint BodyOrWorld(int index) =>
        index == ContactReport.Ground ? 0
        : (uint)index < (uint)_count ? _bodies[index]
        : throw new ArgumentOutOfRangeException(nameof(index), $"no body {index}");

    public ReadOnlySpan<ContactReport> Contacts => _reports.AsSpan(0, _reportCount);

    public void Step(double dt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _reportCount = 0;
        if (_pool == 0 && _count >= ThreadedFromBodies) UseThreads();
        if (!_bigWorld && _count >= BigWorldFromBodies) BecomeBig();
        var substeps = Substeps(dt);
        _subDt = dt / substeps;
        for (var s = 0; s < substeps; s++)
        {
            _feedbackUsed = 0;
            if (_sweep is not null) CollideCrowd();
            else OdeNative.dSpaceCollide(_space, GCHandle.ToIntPtr(_self), &NearCallback);
            if (_callbackError is { } error) { _callbackError = null; OdeNative.dJointGroupEmpty(_group); throw error; }

            // ODE clears force accumulators after every step, so the step's forces go in again before each sub-step.
            for (var i = 0; i < _count; i++)
            {
                var body = _bodies[i];
                if (body == 0 || _removed[i]) continue;
                var f = _force[i];
                var t = _torque[i];
                if (f == Vector3.Zero && t == Vector3.Zero) continue;
                OdeNative.dBodyAddForce(body, f.X, f.Y, f.Z);
                OdeNative.dBodyAddTorque(body, t.X, t.Y, t.Z);
            }

            OdeNative.dWorldQuickStep(_world, _subDt);

            // Impulse = force × dt. f1 is the force on body 1, which the near-callback made the moving body A; its
            // component along the normal (which points into A) is the push that stopped or bounced it.
            for (var j = 0; j < _feedbackUsed; j++)
            {
                ref var report = ref _reports[_feedbackPair[j]];
                var f = _feedback[j].F1;
                var fn = f.X * report.Normal.X + f.Y * report.Normal.Y + f.Z * report.Normal.Z;
                report = report with { NormalImpulse = report.NormalImpulse + fn * _subDt };
            }
            OdeNative.dJointGroupEmpty(_group);
        }
        Array.Clear(_force, 0, _count);
        Array.Clear(_torque, 0, _count);
    }

    /// <summary>Sub-steps needed so no awake body travels more than <see cref="MaxTravelPerThickness"/> of its thickness in one.</summary>
    private int Substeps(double dt)
    {
        var worst = 0.0;
        for (var i = 0; i < _count; i++)
        {
            var body = _bodies[i];
            if (body == 0 || _removed[i] || OdeNative.dBodyIsEnabled(body) == 0) continue;
            var v = OdeNative.dBodyGetLinearVel(body);
            var speed = Math.Sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            worst = Math.Max(worst, speed * dt / _thickness[i]);
        }
        return Math.Clamp((int)Math.Ceiling(worst / MaxTravelPerThickness), 1, MaxSubsteps);
    }

    public void ReadPoses(Span<Pose> destination)
    {
        for (var i = 0; i < _count; i++)
        {
            var body = _bodies[i];
            if (body == 0) { destination[i] = _staticPose[i]; continue; }
            var p = OdeNative.dBodyGetPosition(body);
            var q = OdeNative.dBodyGetQuaternion(body); // w, x, y, z
            destination[i] = new Pose(
                new Vector3((float)p[0], (float)p[1], (float)p[2]),
                new Quaternion((float)q[1], (float)q[2], (float)q[3], (float)q[0]));
        }
    }

    public BodyState StateOf(int index)
    {
        var body = _bodies[index];
        if (body == 0) return new BodyState(_staticPose[index], Vector3.Zero, Vector3.Zero, false);
        var p = OdeNative.dBodyGetPosition(body);
        var q = OdeNative.dBodyGetQuaternion(body);
        var v = OdeNative.dBodyGetLinearVel(body);
        var w = OdeNative.dBodyGetAngularVel(body);
        return new BodyState(
            new Pose(new Vector3((float)p[0], (float)p[1], (float)p[2]), new Quaternion((float)q[1], (float)q[2], (float)q[3], (float)q[0])),
            new Vector3((float)v[0], (float)v[1], (float)v[2]),
            new Vector3((float)w[0], (float)w[1], (float)w[2]),
            !_removed[index] && OdeNative.dBodyIsEnabled(body) != 0);
    }

    public void AddForce(int index, Vector3 force, Vector3 torque)
    {
        var body = _bodies[index];
        if (body == 0 || _removed[index]) return;
        _force[index] += force;
        _torque[index] += torque;
        // A sleeping body ignores forces; one that is pushed hard enough to notice wakes up.
        if (OdeNative.dBodyIsEnabled(body) == 0 && force.LengthSquared() > 1e-6f) OdeNative.dBodyEnable(body);
    }

    public void Drive(int index, Pose pose, Vector3 linearVelocity, Vector3 angularVelocity)
    {
        var body = _bodies[index];
        if (body == 0 || !_kinematic[index]) throw new InvalidOperationException($"body {index} is not kinematic");
        OdeNative.dBodySetPosition(body, pose.Position.X, pose.Position.Y, pose.Position.Z);
        var q = stackalloc double[4] { pose.Rotation.W, pose.Rotation.X, pose.Rotation.Y, pose.Rotation.Z };
        OdeNative.dBodySetQuaternion(body, q);
        OdeNative.dBodySetLinearVel(body, linearVelocity.X, linearVelocity.Y, linearVelocity.Z);
        OdeNative.dBodySetAngularVel(body, angularVelocity.X, angularVelocity.Y, angularVelocity.Z);
    }

    public void SetActive(int index, bool active, in BodyState state)
    {
        var body = _bodies[index];
        if (body == 0) throw new InvalidOperationException("static bodies cannot be removed or moved");
        _removed[index] = !active;
        var pose = active ? state.Pose : new Pose(Parking + new Vector3(index * 2, 0, 0), Quaternion.Identity);
        OdeNative.dBodySetPosition(body, pose.Position.X, pose.Position.Y, pose.Position.Z);
        var q = stackalloc double[4] { pose.Rotation.W, pose.Rotation.X, pose.Rotation.Y, pose.Rotation.Z };
        OdeNative.dBodySetQuaternion(body, q);
        var v = active ? state.LinearVelocity : Vector3.Zero;
        var w = active ? state.AngularVelocity : Vector3.Zero;
        OdeNative.dBodySetLinearVel(body, v.X, v.Y, v.Z);
        OdeNative.dBodySetAngularVel(body, w.X, w.Y, w.Z);
        for (var k = 0; k < _geomCount[index]; k++)
        {
            if (active) OdeNative.dGeomEnable(_geoms[_geomStart[index] + k]);
            else OdeNative.dGeomDisable(_geoms[_geomStart[index] + k]);
            _sweep?.SetEnabled(SweepSlot(_geomStart[index] + k), active);
        }
        if (active) OdeNative.dBodyEnable(body);
        else OdeNative.dBodyDisable(body);
    }

    /// <summary>
    /// ODE's dNearCallback. A static [UnmanagedCallersOnly] method passed as a C function pointer: unlike a
    /// marshalled delegate it cannot be collected while ODE holds it, and <paramref name="data"/> carries a GCHandle
    /// to this world, so nothing is allocated per call.
    /// </summary>
    [UnmanagedCallersOnly]
    private static void NearCallback(nint data, nint o1, nint o2)
    {
        var self = (OdeWorld)GCHandle.FromIntPtr(data).Target!;
        try { self.Near(o1, o2); }
        catch (Exception e) { self._callbackError ??= e; } // never let an exception unwind through ODE's C frames
    }

    /// <summary>Turns one potentially touching geom pair into contact joints and a <see cref="ContactReport"/>.</summary>
    private void Near(nint o1, nint o2)
    {
        var b1 = OdeNative.dGeomGetBody(o1);
        var b2 = OdeNative.dGeomGetBody(o2);
        if (b1 == b2) return; // ground and static furniture (both 0), or two parts of one compound body
        var a = (int)OdeNative.dGeomGetData(o1) - 1;
        var b = (int)OdeNative.dGeomGetData(o2) - 1; // −1: ground
        Touch(o1, o2, a, b, b1, b2);
    }

    /// <summary><see cref="Near"/> once the pair's bodies are known: <paramref name="a"/>, <paramref name="b"/> are body indices (−1: ground), <paramref name="b1"/>, <paramref name="b2"/> their ODE bodies (0: static).</summary>
    private void Touch(nint o1, nint o2, int a, int b, nint b1, nint b2)
    {
        if (!Orient(ref o1, ref o2, ref a, ref b, ref b1, ref b2)) return;
        var n = OdeNative.dCollide(o1, o2, MaxContactsPerPair, _points, sizeof(DContactGeom));
        if (n > 0) Join(a, b, b1, b2, _points, n);
    }

    /// <summary>
    /// Makes body 1 one that contacts can move (dynamic): its feedback force is the event's impulse. False when
    /// neither can move (static or kinematic on both sides): then touching is no contact at all.
    /// </summary>
    private bool Orient(ref nint o1, ref nint o2, ref int a, ref int b, ref nint b1, ref nint b2)
    {
        if (b1 == 0 || (a >= 0 && _kinematic[a]))
        {
            (o1, o2) = (o2, o1);
            (b1, b2) = (b2, b1);
            (a, b) = (b, a);
        }
        return b1 != 0 && !_kinematic[a];
    }

    /// <summary>Turns the <paramref name="n"/> contact points dCollide found for an oriented pair into contact joints and a report.</summary>
    private void Join(int a, int b, nint b1, nint b2, DContactGeom* points, int n)
    {
        var ma = _materials[a];
        var mb = b < 0 ? _groundMaterial : _materials[b];

        DContact contact = default;
        ref var surface = ref contact.Surface;
        surface.Mode = DContactMode.Bounce | DContactMode.SoftErp | DContactMode.SoftCfm | DContactMode.Approx1;
        surface.Mu = SurfaceMixing.Friction(ma, mb);
        surface.Bounce = SurfaceMixing.Restitution(ma, mb);
        surface.BounceVel = BounceVelocity;
        surface.SoftErp = ContactErp;
        surface.SoftCfm = ContactCfm;
        // Rolling resistance as ODE's rolling friction: torque ≤ rho × normal force, so rho is a length, the
        // coefficient times the rolling radius (F = Crr·N at the contact ⇒ τ = Crr·N·r). Only spheres roll.
        var rollRadius = Math.Max(_radius[a], b >= 0 ? _radius[b] : 0);
        if (rollRadius > 0 && !(_bigWorld && b >= 0 && _bodies[b] != 0))
        {
            surface.Mode |= DContactMode.Rolling;
            surface.Rho = surface.Rho2 = SurfaceMixing.RollingResistance(ma, mb) * rollRadius;
            surface.RhoN = surface.Rho * SpinFraction;
        }

        if (_reportCount == _reports.Length) Array.Resize(ref _reports, _reports.Length * 2);
        var reportIndex = _reportCount++;
        var position = Vector3.Zero;
        double approach = double.NegativeInfinity, depth = 0;
        DVector3 v1, v2 = default;
        for (var k = 0; k < n; k++)
        {
            ref var point = ref points[k];
            // Closing speed along the normal before the step: the normal points into body 1, so body 1 moving
            // against it (relative to body 2) is closing.
            OdeNative.dBodyGetPointVel(b1, point.Pos.X, point.Pos.Y, point.Pos.Z, &v1);
            if (b2 != 0) OdeNative.dBodyGetPointVel(b2, point.Pos.X, point.Pos.Y, point.Pos.Z, &v2);
            var closing = -((v1.X - v2.X) * point.Normal.X + (v1.Y - v2.Y) * point.Normal.Y + (v1.Z - v2.Z) * point.Normal.Z);
            approach = Math.Max(approach, closing);
            depth = Math.Max(depth, point.Depth);
            position += new Vector3((float)point.Pos.X, (float)point.Pos.Y, (float)point.Pos.Z);

            contact.Geom = point;
            var joint = OdeNative.dJointCreateContact(_world, _group, &contact);
            OdeNative.dJointAttach(joint, b1, b2);
            if (_feedbackUsed < _feedbackCapacity)
            {
                OdeNative.dJointSetFeedback(joint, &_feedback[_feedbackUsed]);
                _feedbackPair[_feedbackUsed++] = reportIndex;
            }
        }
        ref var first = ref points[0];
        var normal = new Vector3((float)first.Normal.X, (float)first.Normal.Y, (float)first.Normal.Z);
        var centre = position / n;
        var (slip, travel) = TangentialSpeeds(b1, b2, centre, normal);
        _reports[reportIndex] = new ContactReport(a, b, centre, normal, 0, approach, depth, slip, travel);
    }

    /// <summary>
    /// How fast A's surface slides over B's at the contact (0 for a ball rolling without slipping) and how fast A's
    /// centre moves along B's surface: what "slide" and "roll" sounds are made of.
    /// </summary>
    private static (double Slip, double Travel) TangentialSpeeds(nint b1, nint b2, Vector3 at, Vector3 normal)
    {
        DVector3 surface1, surface2 = default;
        OdeNative.dBodyGetPointVel(b1, at.X, at.Y, at.Z, &surface1);
        if (b2 != 0) OdeNative.dBodyGetPointVel(b2, at.X, at.Y, at.Z, &surface2);
        var slip = new Vector3((float)(surface1.X - surface2.X), (float)(surface1.Y - surface2.Y), (float)(surface1.Z - surface2.Z));
        var c = OdeNative.dBodyGetLinearVel(b1);
        var travel = new Vector3((float)(c[0] - surface2.X), (float)(c[1] - surface2.Y), (float)(c[2] - surface2.Z));
        slip -= Vector3.Dot(slip, normal) * normal;
        travel -= Vector3.Dot(travel, normal) * normal;
        return (slip.Length(), travel.Length());
    }

    /// <summary>
    /// From this many bodies a world is a crowd (a pile, a tumbler, poured marbles) rather than a textbook
    /// experiment: no single body is watched closely enough for the last digits of its contact forces to show, and
    /// the solve dominates the cost (bench/physics/speed-notes.md). Every accuracy scene has fewer bodies.
    /// </summary>
    private const int BigWorldFromBodies = 64;
    /// <summary>
    /// QuickStep sweeps in a crowd, half the default (measured alone: ~25 % less CPU on the 500-body tumbler). 8 took
    /// another ~12 % off the tumbler but left a settling pile jittering above the sleep thresholds (the pen's awake
    /// share rose from 49 to 61 %, its CPU with it), so it stays 10 (bench/physics/speed-notes.md).
    /// </summary>
    private const int BigWorldIterations = 10;
    private bool _bigWorld;

    /// <summary>
    /// Crowd settings: fewer sweeps, no rolling-resistance rows between two moving bodies (three extra
    /// constraint rows per contact, doubling a ball's; a ball rolling on the floor or a static ramp keeps them,
    /// which is where rolling resistance is seen, as distance rolled), and the managed broad phase. The pairs then
    /// come in another order than ODE's space gives them, so a crowd's poses differ in the last digits from what
    /// ODE's space would give (the contacts found are the same: CrowdBroadPhaseTests); small worlds keep the space.
    /// </summary>
    private void BecomeBig()
    {
        _bigWorld = true;
        OdeNative.dWorldSetQuickStepNumIterations(_world, BigWorldIterations);
        if (!ManagedBroadPhase) return;
        // Slot 0 is the ground, slot k + 1 is _geoms[k]; bodies added later join in AddBody.
        _sweep = new SweepAndPrune();
        _sweep.Add(_ground, ContactReport.Ground, isStatic: true);
        for (var i = 0; i < _count; i++)
            for (var k = 0; k < _geomCount[i]; k++)
            {
                var slot = _sweep.Add(_geoms[_geomStart[i] + k], i, _bodies[i] == 0);
                if (_removed[i]) _sweep.SetEnabled(slot, false);
            }
    }

    private void UseThreads()
    {
        if (SolverThreads < 2) { _pool = -1; return; }
        _threading = OdeNative.dThreadingAllocateMultiThreadedImplementation();
        // SolverThreads − 1 pool threads. Two would split the solve, but ODE 0.16 then steps islands in parallel and
        // each island's constraint shuffle draws from the one global dRand, so poses change run to run (measured:
        // two different checksums in two runs). Limiting islands to one thread limits the stepper to one as well
        // (util.cpp: stepper threads = island threads), so with Debian's libode8 one pool thread is the ceiling.
        _pool = OdeNative.dThreadingAllocateThreadPool((uint)SolverThreads - 1, 0, 0, 0);
        OdeNative.dThreadingThreadPoolServeMultiThreadedImplementation(_pool, _threading);
        OdeNative.dWorldSetStepThreadingImplementation(_world, OdeNative.dThreadingImplementationGetFunctions(_threading), _threading);
        OdeNative.dWorldSetStepIslandsProcessingMaxThreadCount(_world, (uint)SolverThreads);
    }

    private void GrowBodies(int capacity)
    {
        Array.Resize(ref _bodies, capacity);
        Array.Resize(ref _materials, capacity);
        Array.Resize(ref _radius, capacity);
        Array.Resize(ref _thickness, capacity);
        Array.Resize(ref _staticPose, capacity);
        Array.Resize(ref _force, capacity);
        Array.Resize(ref _torque, capacity);
        Array.Resize(ref _removed, capacity);
        Array.Resize(ref _kinematic, capacity);
        Array.Resize(ref _geomStart, capacity);
        Array.Resize(ref _geomCount, capacity);
    }

    /// <summary>Only between steps: joints hold pointers into this block while a step runs.</summary>
    private void GrowFeedback(int capacity)
    {
        if (_feedback != null) NativeMemory.Free(_feedback);
        _feedback = (DJointFeedback*)NativeMemory.AllocZeroed((nuint)(capacity * sizeof(DJointFeedback)));
        _feedbackCapacity = capacity;
        _feedbackPair = new int[capacity];
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        OdeNative.dJointGroupDestroy(_group);
        OdeNative.dSpaceDestroy(_space); // destroys the geoms it holds (cleanup mode is on by default)
        if (_threading != 0)
        {
            // ODE's demo_boxstack order: stop serving, free the pool (joins its threads), detach, free.
            OdeNative.dThreadingImplementationShutdownProcessing(_threading);
            OdeNative.dThreadingFreeThreadPool(_pool);
            OdeNative.dWorldSetStepThreadingImplementation(_world, 0, 0);
            OdeNative.dThreadingFreeImplementation(_threading);
        }
        OdeNative.dWorldDestroy(_world); // destroys its bodies and joints
        _shapes.Dispose();
        NativeMemory.Free(_points);
        NativeMemory.Free(_feedback);
        _self.Free();
        OdeLibrary.Gate.Exit();
        GC.SuppressFinalize(this);
    }
}
