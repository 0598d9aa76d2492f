using System.Runtime.InteropServices;
using Kinora.Motion.Physics;

namespace Kinora.Motion.Ode;

/// <summary>
/// Process-wide ODE lifetime. dInitODE2/dCloseODE are reference counted by ODE itself but are not thread-safe, and
/// Debian's build (dGetConfiguration: no ODE_EXT_ou) keeps some collision state global, so every use of ODE in
/// this process goes through one lock: one simulation at a time. Simulations are short next to rendering, so the
/// serialization costs little and buys safety when the Engine runs several jobs at once.
/// </summary>
internal static class OdeLibrary
{
    /// <summary>Held for the whole life of an <see cref="OdeWorld"/>.</summary>
    public static readonly Lock Gate = new();

    private static bool _initialized;

    /// <summary>Initializes ODE once (caller holds <see cref="Gate"/>). Throws a helpful error if the library is missing.</summary>
    public static void EnsureInitialized()
    {
        if (_initialized) return;
        try
        {
            if (OdeNative.dInitODE2(0) == 0) throw new PhysicsUnavailableException("ODE failed to initialize (dInitODE2 returned 0).");
            var config = Marshal.PtrToStringAnsi(OdeNative.dGetConfiguration()) ?? "";
            // Every struct in OdeNative assumes dReal = double; a single-precision build would corrupt memory.
            if (!config.Contains("ODE_double_precision", StringComparison.Ordinal))
                throw new PhysicsUnavailableException($"{OdeNative.Library} is not a double-precision build ({config}); Kinora needs Debian's libode8.");
        }
        catch (DllNotFoundException e)
        {
            throw new PhysicsUnavailableException(
                $"The physics library {OdeNative.Library} (Open Dynamics Engine 0.16, double precision) was not found. " +
                "Install it with `apt-get install libode8` (or libode-dev).", e);
        }
        // ODE stays initialized for the life of the process: dCloseODE would race with a world another thread is
        // about to create, and the OS reclaims everything at exit.
        _initialized = true;
    }

    /// <summary>Gives the calling thread ODE's per-thread caches (a no-op where ODE keeps them global). Caller holds <see cref="Gate"/>.</summary>
    public static void AttachThread() => OdeNative.dAllocateODEDataForThread(AllocateMaskAll);

    /// <summary>dAllocateMaskAll from odeinit.h: collision and step caches.</summary>
    private const uint AllocateMaskAll = 0xFFFFFFFF;

    /// <summary>ODE's build flags, e.g. "ODE ODE_EXT_trimesh … ODE_double_precision".</summary>
    public static string Configuration
    {
        get
        {
            lock (Gate)
            {
                EnsureInitialized();
                return Marshal.PtrToStringAnsi(OdeNative.dGetConfiguration()) ?? "";
            }
        }
    }
}
