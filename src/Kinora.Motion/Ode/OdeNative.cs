using System.Runtime.InteropServices;

namespace Kinora.Motion.Ode;

// Struct layouts mirror /usr/include/ode (ODE 0.16, double precision: dReal = double). dVector3 is dReal[4] (the
// fourth lane is padding for SIMD), dMatrix3 is dReal[12] (3 rows of 4). Sizes are pinned by OdeLayoutTests.

/// <summary>ODE's dVector3: x, y, z and one padding lane.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DVector3
{
    public double X, Y, Z, Pad;
}

/// <summary>ODE's dContactGeom (96 bytes): one contact point as produced by dCollide. The normal points into geom 1.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DContactGeom
{
    public DVector3 Pos;
    public DVector3 Normal;
    public double Depth;
    public nint G1, G2;
    public int Side1, Side2;
}

/// <summary>ODE's dSurfaceParameters (120 bytes): <c>int mode</c> then 14 dReals (the int is padded to 8 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DSurfaceParameters
{
    public int Mode;
    public double Mu, Mu2, Rho, Rho2, RhoN, Bounce, BounceVel, SoftErp, SoftCfm, Motion1, Motion2, MotionN, Slip1, Slip2;
}

/// <summary>ODE's dContact (248 bytes): what dJointCreateContact copies.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DContact
{
    public DSurfaceParameters Surface;
    public DContactGeom Geom;
    public DVector3 Fdir1;
}

/// <summary>ODE's dJointFeedback (128 bytes): force and torque the joint applied to each body during the last step.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DJointFeedback
{
    public DVector3 F1, T1, F2, T2;
}

/// <summary>ODE's dMass (136 bytes): total mass, centre of mass, inertia tensor (dMatrix3).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct DMass
{
    public double Mass;
    public DVector3 C;
    public fixed double I[12];
}

/// <summary>Surface mode flags from contact.h.</summary>
internal static class DContactMode
{
    public const int Bounce = 0x004;
    public const int SoftErp = 0x008;
    public const int SoftCfm = 0x010;
    public const int Rolling = 0x400;
    /// <summary>Friction pyramid with mu as a coefficient of the normal force (true Coulomb) on both axes.</summary>
    public const int Approx1 = 0x7000;
}

/// <summary>Joint limit and motor parameters (common.h, D_ALL_PARAM_NAMES starting at 0: the first axis).</summary>
internal static class DJointParam
{
    public const int LoStop = 0;
    public const int HiStop = 1;
    public const int Vel = 2;
    public const int FMax = 5;
}

/// <summary>
/// The slice of ODE's C API that <see cref="OdeWorld"/> uses. Handles (dWorldID, dSpaceID, dBodyID, dGeomID,
/// dJointID, dJointGroupID) are opaque pointers. Quaternions are (w, x, y, z) in ODE, unlike System.Numerics.
/// </summary>
internal static unsafe partial class OdeNative
{
    // SuppressGCTransition marks the getters and pointer-setters that ODE answers in a few instructions without locks,
    // allocation or callbacks; the contact callback calls them thousands of times a step, and skipping the GC-mode
    // switch is what keeps those calls cheap (the .NET docs' rule: short, non-blocking, never calling back).
    /// <summary>The soname Debian's libode8 package installs (libode-dev adds the headers and libode.so).</summary>
    public const string Library = "libode.so.8";

    [LibraryImport(Library)] public static partial int dInitODE2(uint flags);
    [LibraryImport(Library)] public static partial int dAllocateODEDataForThread(uint allocateFlags);
    [LibraryImport(Library)] public static partial void dCloseODE();
    [LibraryImport(Library)] public static partial nint dGetConfiguration();
    /// <summary>ODE's global random seed (C <c>unsigned long</c>, 64-bit on Linux x64); QuickStep uses it to shuffle constraints.</summary>
    [LibraryImport(Library)] public static partial void dRandSetSeed(nuint seed);

    [LibraryImport(Library)] public static partial nint dWorldCreate();
    [LibraryImport(Library)] public static partial void dWorldDestroy(nint world);
    [LibraryImport(Library)] public static partial void dWorldSetGravity(nint world, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dWorldSetERP(nint world, double erp);
    [LibraryImport(Library)] public static partial void dWorldSetCFM(nint world, double cfm);
    [LibraryImport(Library)] public static partial void dWorldSetContactSurfaceLayer(nint world, double depth);
    [LibraryImport(Library)] public static partial void dWorldSetContactMaxCorrectingVel(nint world, double vel);
    [LibraryImport(Library)] public static partial void dWorldSetQuickStepNumIterations(nint world, int iterations);
    [LibraryImport(Library)] public static partial void dWorldSetAutoDisableFlag(nint world, int enabled);
    [LibraryImport(Library)] public static partial void dWorldSetAutoDisableLinearThreshold(nint world, double speed);
    [LibraryImport(Library)] public static partial void dWorldSetAutoDisableAngularThreshold(nint world, double speed);
    [LibraryImport(Library)] public static partial void dWorldSetAutoDisableAverageSamplesCount(nint world, uint samples);
    [LibraryImport(Library)] public static partial void dWorldSetAutoDisableSteps(nint world, int steps);
    [LibraryImport(Library)] public static partial void dWorldSetAutoDisableTime(nint world, double seconds);
    [LibraryImport(Library)] public static partial int dWorldQuickStep(nint world, double stepSize);
    [LibraryImport(Library)] public static partial int dWorldStep(nint world, double stepSize);

    [LibraryImport(Library)] public static partial nint dHashSpaceCreate(nint parentSpace);
    /// <summary>Sweep and prune; <paramref name="axisOrder"/> is three 2-bit axis indices, the sweep axis first.</summary>
    [LibraryImport(Library)] public static partial nint dSweepAndPruneSpaceCreate(nint parentSpace, int axisOrder);
    [LibraryImport(Library)] public static partial nint dThreadingAllocateMultiThreadedImplementation();
    [LibraryImport(Library)] public static partial nint dThreadingImplementationGetFunctions(nint impl);
    [LibraryImport(Library)] public static partial void dThreadingFreeImplementation(nint impl);
    [LibraryImport(Library)] public static partial void dThreadingImplementationShutdownProcessing(nint impl);
    [LibraryImport(Library)] public static partial nint dThreadingAllocateThreadPool(uint threadCount, nuint stackSize, uint ddAllocateFlags, nint reserved);
    [LibraryImport(Library)] public static partial void dThreadingThreadPoolServeMultiThreadedImplementation(nint pool, nint impl);
    [LibraryImport(Library)] public static partial void dThreadingFreeThreadPool(nint pool);
    [LibraryImport(Library)] public static partial void dWorldSetStepThreadingImplementation(nint world, nint functions, nint impl);
    [LibraryImport(Library)] public static partial uint dWorldSetStepIslandsProcessingMaxThreadCount(nint world, uint count);
    [LibraryImport(Library)] public static partial void dSpaceDestroy(nint space);
    [LibraryImport(Library)] public static partial void dSpaceCollide(nint space, nint data, delegate* unmanaged<nint, nint, nint, void> callback);
    [LibraryImport(Library)] public static partial int dCollide(nint o1, nint o2, int flags, DContactGeom* contacts, int skip);

    [LibraryImport(Library)] public static partial nint dCreatePlane(nint space, double a, double b, double c, double d);
    [LibraryImport(Library)] public static partial nint dCreateSphere(nint space, double radius);
    [LibraryImport(Library)] public static partial nint dCreateBox(nint space, double lx, double ly, double lz);
    /// <summary>Capsule and cylinder geoms lie along their local Z axis.</summary>
    [LibraryImport(Library)] public static partial nint dCreateCapsule(nint space, double radius, double length);
    [LibraryImport(Library)] public static partial nint dCreateCylinder(nint space, double radius, double length);
    /// <summary>Planes (a, b, c, d) with a·x + b·y + c·z = d, points (x, y, z), polygons as [count, i0, i1, …]…; ODE keeps the pointers.</summary>
    [LibraryImport(Library)] public static partial nint dCreateConvex(nint space, double* planes, uint planeCount, double* points, uint pointCount, uint* polygons);
    [LibraryImport(Library)] public static partial nint dGeomTriMeshDataCreate();
    [LibraryImport(Library)] public static partial void dGeomTriMeshDataDestroy(nint data);
    /// <summary>Float vertices and uint32 indices; ODE keeps the pointers.</summary>
    [LibraryImport(Library)] public static partial void dGeomTriMeshDataBuildSingle(nint data, void* vertices, int vertexStride, int vertexCount, void* indices, int indexCount, int triStride);
    [LibraryImport(Library)] public static partial nint dCreateTriMesh(nint space, nint data, nint callback, nint arrayCallback, nint rayCallback);
    [LibraryImport(Library)] public static partial nint dGeomHeightfieldDataCreate();
    [LibraryImport(Library)] public static partial void dGeomHeightfieldDataDestroy(nint data);
    [LibraryImport(Library)] public static partial void dGeomHeightfieldDataBuildDouble(nint data, double* heights, int copyHeights, double width, double depth, int widthSamples, int depthSamples, double scale, double offset, double thickness, int wrap);
    [LibraryImport(Library)] public static partial nint dCreateHeightfield(nint space, nint data, int placeable);
    [LibraryImport(Library)] public static partial void dGeomSetOffsetPosition(nint geom, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dGeomSetOffsetQuaternion(nint geom, double* wxyz);
    [LibraryImport(Library)] public static partial void dGeomEnable(nint geom);
    [LibraryImport(Library)] public static partial void dGeomDisable(nint geom);
    [LibraryImport(Library)] public static partial void dGeomSetBody(nint geom, nint body);
    [LibraryImport(Library), SuppressGCTransition] public static partial nint dGeomGetBody(nint geom);
    [LibraryImport(Library)] public static partial void dGeomSetData(nint geom, nint data);
    [LibraryImport(Library), SuppressGCTransition] public static partial nint dGeomGetData(nint geom);
    /// <summary>The geom's box (min x, max x, min y, max y, min z, max z), recomputed first if it moved.</summary>
    [LibraryImport(Library), SuppressGCTransition] public static partial void dGeomGetAABB(nint geom, double* aabb6);
    [LibraryImport(Library)] public static partial void dGeomSetPosition(nint geom, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dGeomSetQuaternion(nint geom, double* wxyz);

    [LibraryImport(Library)] public static partial nint dBodyCreate(nint world);
    [LibraryImport(Library)] public static partial void dMassSetSphereTotal(DMass* mass, double total, double radius);
    [LibraryImport(Library)] public static partial void dMassSetBoxTotal(DMass* mass, double total, double lx, double ly, double lz);
    /// <summary><paramref name="direction"/>: 1 = x, 2 = y, 3 = z.</summary>
    [LibraryImport(Library)] public static partial void dMassSetCapsuleTotal(DMass* mass, double total, int direction, double radius, double length);
    [LibraryImport(Library)] public static partial void dMassSetCylinderTotal(DMass* mass, double total, int direction, double radius, double length);
    [LibraryImport(Library)] public static partial void dMassSetZero(DMass* mass);
    [LibraryImport(Library)] public static partial void dMassAdd(DMass* a, DMass* b);
    [LibraryImport(Library)] public static partial void dMassTranslate(DMass* mass, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dMassRotate(DMass* mass, double* r3x4);
    [LibraryImport(Library)] public static partial void dMassAdjust(DMass* mass, double total);
    [LibraryImport(Library)] public static partial void dBodySetMass(nint body, DMass* mass);
    [LibraryImport(Library)] public static partial void dBodySetPosition(nint body, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dBodySetQuaternion(nint body, double* wxyz);
    [LibraryImport(Library)] public static partial void dBodySetLinearVel(nint body, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dBodySetAngularVel(nint body, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dBodySetAutoDisableFlag(nint body, int doAutoDisable);
    /// <summary>Infinite mass and inertia: moved by its velocities only, pushes what it touches.</summary>
    [LibraryImport(Library)] public static partial void dBodySetKinematic(nint body);
    [LibraryImport(Library), SuppressGCTransition] public static partial double* dBodyGetPosition(nint body);
    [LibraryImport(Library), SuppressGCTransition] public static partial double* dBodyGetQuaternion(nint body);
    [LibraryImport(Library), SuppressGCTransition] public static partial double* dBodyGetLinearVel(nint body);
    [LibraryImport(Library), SuppressGCTransition] public static partial double* dBodyGetAngularVel(nint body);
    [LibraryImport(Library)] public static partial void dBodyAddForce(nint body, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dBodyAddTorque(nint body, double x, double y, double z);
    [LibraryImport(Library), SuppressGCTransition] public static partial int dBodyIsEnabled(nint body);
    [LibraryImport(Library)] public static partial void dBodyEnable(nint body);
    [LibraryImport(Library)] public static partial void dBodyDisable(nint body);
    [LibraryImport(Library), SuppressGCTransition] public static partial void dBodyGetPointVel(nint body, double px, double py, double pz, DVector3* result);

    [LibraryImport(Library)] public static partial nint dJointGroupCreate(int maxSize);
    [LibraryImport(Library)] public static partial void dJointGroupDestroy(nint group);
    [LibraryImport(Library)] public static partial void dJointGroupEmpty(nint group);
    [LibraryImport(Library)] public static partial nint dJointCreateContact(nint world, nint group, DContact* contact);
    [LibraryImport(Library), SuppressGCTransition] public static partial void dJointAttach(nint joint, nint body1, nint body2);
    [LibraryImport(Library)] public static partial nint dJointCreateHinge(nint world, nint group);
    [LibraryImport(Library)] public static partial nint dJointCreateBall(nint world, nint group);
    [LibraryImport(Library)] public static partial nint dJointCreateSlider(nint world, nint group);
    [LibraryImport(Library)] public static partial nint dJointCreateFixed(nint world, nint group);
    [LibraryImport(Library)] public static partial void dJointSetHingeAnchor(nint joint, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dJointSetHingeAxis(nint joint, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dJointSetHingeParam(nint joint, int parameter, double value);
    [LibraryImport(Library)] public static partial void dJointSetBallAnchor(nint joint, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dJointSetSliderAxis(nint joint, double x, double y, double z);
    [LibraryImport(Library)] public static partial void dJointSetSliderParam(nint joint, int parameter, double value);
    [LibraryImport(Library)] public static partial void dJointSetFixed(nint joint);
    [LibraryImport(Library), SuppressGCTransition] public static partial void dJointSetFeedback(nint joint, DJointFeedback* feedback);
}
