using System.Numerics;
using System.Runtime.InteropServices;
using Kinora.Compose;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Ode;

/// <summary>
/// <see cref="IPhysicsWorld"/> on the Open Dynamics Engine 0.16 C API (Russell Smith, ode.org; manual:
/// http://ode.org/wiki/index.php/Manual). One world, one hash space, an infinite ground plane at y = 0, a contact
/// joint group rebuilt every step from a dSpaceCollide near-callback. Contact forces are read back through
/// dJointFeedback so each touching pair reports its normal impulse.
/// Holds <see cref="OdeLibrary.Gate"/> from construction to <see cref="Dispose"/>: one ODE world at a time.
/// </summary>
public sealed unsafe class OdeWorld : IPhysicsWorld
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

    /// <summary>dCollide returns at most this many points per pair (box–box needs up to 8).</summary>
    private const int MaxContactsPerPair = 8;

    private readonly nint _world, _space, _group, _ground;
    private readonly Material _groundMaterial;
    private GCHandle _self;

    // Per body, by index. Static bodies have no ODE body (_bodies[i] == 0), only a placed geom.
    private nint[] _bodies = new nint[16];
    private Material[] _materials = new Material[16];
    /// <summary>Sphere radius in m (0 for boxes); rolling resistance becomes a torque arm of Crr × radius.</summary>
    private double[] _radius = new double[16];
    private Pose[] _staticPose = new Pose[16];
    private int _count;

    // Per step, pre-allocated: contact points from dCollide, per-joint feedback, per-pair reports.
    private readonly DContactGeom* _points;
    private DJointFeedback* _feedback;
    private int _feedbackCapacity, _feedbackUsed;
    private int[] _feedbackPair = [];
    private ContactReport[] _reports = new ContactReport[64];
    private int _reportCount;
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
            _space = OdeNative.dHashSpaceCreate(0);
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

        nint geom;
        double radius = 0;
        DMass mass;
        var totalMass = Math.Max(spec.Mass, 1e-3); // kg; ODE rejects zero mass
        switch (spec.Shape)
        {
            case SphereShape s:
                radius = s.Radius;
                geom = OdeNative.dCreateSphere(_space, s.Radius);
                OdeNative.dMassSetSphereTotal(&mass, totalMass, s.Radius);
                break;
            case BoxShape b:
                var size = b.HalfExtents * 2;
                geom = OdeNative.dCreateBox(_space, size.X, size.Y, size.Z);
                OdeNative.dMassSetBoxTotal(&mass, totalMass, size.X, size.Y, size.Z);
                break;
            default:
                throw new NotSupportedException($"shape {spec.Shape.GetType().Name} has no ODE geom yet");
        }
        OdeNative.dGeomSetData(geom, index + 1); // 0 is the ground

        var q = stackalloc double[4] { spec.Rotation.W, spec.Rotation.X, spec.Rotation.Y, spec.Rotation.Z }; // ODE: w, x, y, z
        nint body = 0;
        if (spec.IsStatic)
        {
            OdeNative.dGeomSetPosition(geom, spec.Position.X, spec.Position.Y, spec.Position.Z);
            OdeNative.dGeomSetQuaternion(geom, q);
        }
        else
        {
            body = OdeNative.dBodyCreate(_world);
            OdeNative.dBodySetMass(body, &mass);
            OdeNative.dBodySetPosition(body, spec.Position.X, spec.Position.Y, spec.Position.Z);
            OdeNative.dBodySetQuaternion(body, q);
            OdeNative.dBodySetLinearVel(body, spec.LinearVelocity.X, spec.LinearVelocity.Y, spec.LinearVelocity.Z);
            OdeNative.dBodySetAngularVel(body, spec.AngularVelocity.X, spec.AngularVelocity.Y, spec.AngularVelocity.Z);
            OdeNative.dGeomSetBody(geom, body);
        }

        _bodies[index] = body;
        _materials[index] = spec.Material;
        _radius[index] = radius;
        _staticPose[index] = new Pose(spec.Position, spec.Rotation);
        _count++;
        // Room for every pair a body can plausibly touch at once; more only loses the impulse of the extras.
        if (_feedbackCapacity < _count * 32) GrowFeedback(_count * 32);
        return index;
    }

    public ReadOnlySpan<ContactReport> Contacts => _reports.AsSpan(0, _reportCount);

    public void Step(double dt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _reportCount = 0;
        _feedbackUsed = 0;
        OdeNative.dSpaceCollide(_space, GCHandle.ToIntPtr(_self), &NearCallback);
        if (_callbackError is { } error) { _callbackError = null; OdeNative.dJointGroupEmpty(_group); throw error; }

        OdeNative.dWorldQuickStep(_world, dt);

        // Impulse = force × dt. f1 is the force on body 1, which the near-callback made the moving body A; its
        // component along the normal (which points into A) is the push that stopped or bounced it.
        for (var j = 0; j < _feedbackUsed; j++)
        {
            var r = _feedbackPair[j];
            ref var report = ref _reports[r];
            var f = _feedback[j].F1;
            var fn = f.X * report.Normal.X + f.Y * report.Normal.Y + f.Z * report.Normal.Z;
            report = report with { NormalImpulse = report.NormalImpulse + fn * dt };
        }
        OdeNative.dJointGroupEmpty(_group);
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
        if (b1 == 0 && b2 == 0) return; // ground, static furniture: nothing can move
        if (b1 == 0) { (o1, o2) = (o2, o1); (b1, b2) = (b2, b1); } // body 1 is always a moving body

        var n = OdeNative.dCollide(o1, o2, MaxContactsPerPair, _points, sizeof(DContactGeom));
        if (n <= 0) return;

        var a = (int)OdeNative.dGeomGetData(o1) - 1;
        var b = (int)OdeNative.dGeomGetData(o2) - 1; // −1: ground
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
        if (rollRadius > 0)
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
            ref var point = ref _points[k];
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
        ref var first = ref _points[0];
        _reports[reportIndex] = new ContactReport(a, b, position / n,
            new Vector3((float)first.Normal.X, (float)first.Normal.Y, (float)first.Normal.Z), 0, approach, depth);
    }

    private void GrowBodies(int capacity)
    {
        Array.Resize(ref _bodies, capacity);
        Array.Resize(ref _materials, capacity);
        Array.Resize(ref _radius, capacity);
        Array.Resize(ref _staticPose, capacity);
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
        OdeNative.dWorldDestroy(_world); // destroys its bodies
        NativeMemory.Free(_points);
        NativeMemory.Free(_feedback);
        _self.Free();
        OdeLibrary.Gate.Exit();
        GC.SuppressFinalize(this);
    }
}
