using static Kinora.Render.OpenGL.Egl.EglNative;

namespace Kinora.Render.OpenGL.Egl;

/// <summary>
/// A headless OpenGL 4.5 core context with no surface: rendering goes to framebuffer objects. Displays are tried
/// in order: Mesa's surfaceless platform (llvmpipe on a CPU box, the GPU driver where Mesa drives one), EGL devices
/// (EGL_EXT_platform_device: how NVIDIA's vendor library renders without X), then the default display.
/// <para>A GL context is current on one thread at a time; <see cref="MakeCurrent"/> binds it to the caller's
/// thread, so the owner must use it from one thread at a time (the renderer documents: one per thread).</para>
/// EGL displays are process-wide singletons per platform, so they are reference-counted here and terminated only
/// when the last context on them goes.
/// </summary>
internal sealed class EglContext : IDisposable
{
    public const string PackageHint = "apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri libgbm1";
    private static readonly Dictionary<nint, int> DisplayUsers = [];
    private static readonly Lock DisplayLock = new();

    private nint _display;
    private nint _context;

    private EglContext(nint display, nint context, string platform)
    {
        _display = display;
        _context = context;
        Platform = platform;
    }

    /// <summary>Which display path succeeded: "surfaceless", "device N" or "default".</summary>
    public string Platform { get; }

    public static EglContext Create()
    {
        var failures = new List<string>();
        string? clientExtensions;
        try { clientExtensions = QueryString(0, EGL_EXTENSIONS) ?? ""; }
        catch (DllNotFoundException e)
        {
            throw new RenderUnavailableException($"libEGL.so.1 is not installed ({e.Message}); {PackageHint}");
        }

        if (clientExtensions.Contains("EGL_MESA_platform_surfaceless"))
        {
            var ctx = TryDisplay(GetPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, 0), "surfaceless", failures);
            if (ctx != null) return ctx;
        }
        else failures.Add("surfaceless: EGL_MESA_platform_surfaceless not offered");

        if (clientExtensions.Contains("EGL_EXT_platform_device"))
        {
            Span<nint> devices = stackalloc nint[8];
            var n = QueryDevices(devices);
            for (var i = 0; i < n; i++)
            {
                var ctx = TryDisplay(GetPlatformDisplay(EGL_PLATFORM_DEVICE_EXT, devices[i]), $"device {i}", failures);
                if (ctx != null) return ctx;
            }
        }

        var fallback = TryDisplay(eglGetDisplay(0), "default", failures);
        if (fallback != null) return fallback;

        throw new RenderUnavailableException(
            $"no EGL display gave an OpenGL 4.5 core context ({string.Join("; ", failures)}); {PackageHint}");
    }

    private static unsafe EglContext? TryDisplay(nint display, string platform, List<string> failures)
    {
        if (display == 0) { failures.Add($"{platform}: no display"); return null; }
        if (eglInitialize(display, out _, out _) != EGL_TRUE) { failures.Add($"{platform}: eglInitialize 0x{eglGetError():X}"); return null; }
        lock (DisplayLock) DisplayUsers[display] = DisplayUsers.GetValueOrDefault(display) + 1;

        if (eglBindAPI(EGL_OPENGL_API) != EGL_TRUE) return Fail("eglBindAPI(OpenGL)");

        // Surface type 0: we never make a window or pbuffer, only FBOs.
        int* configAttribs = stackalloc int[] { EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_SURFACE_TYPE, 0, EGL_NONE };
        nint config = 0;
        if (eglChooseConfig(display, configAttribs, &config, 1, out var count) != EGL_TRUE || count == 0)
        {
            // EGL_KHR_no_config_context lets a surfaceless context go without a config.
            var ext = QueryString(display, EGL_EXTENSIONS) ?? "";
            if (!ext.Contains("EGL_KHR_no_config_context") && !ext.Contains("EGL_MESA_configless_context"))
                return Fail("no OpenGL config");
            config = 0;
        }

        int* contextAttribs = stackalloc int[]
        {
            EGL_CONTEXT_MAJOR_VERSION, 4, EGL_CONTEXT_MINOR_VERSION, 5,
            EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE,
        };
        var context = eglCreateContext(display, config, 0, contextAttribs);
        if (context == 0) return Fail("eglCreateContext(4.5 core)");
        if (eglMakeCurrent(display, 0, 0, context) != EGL_TRUE)
        {
            eglDestroyContext(display, context);
            return Fail("eglMakeCurrent without surface");
        }
        return new EglContext(display, context, platform);

        EglContext? Fail(string what)
        {
            failures.Add($"{platform}: {what} failed (0x{eglGetError():X})");
            Release(display);
            return null;
        }
    }

    /// <summary>Loads a GL or EGL function for Silk.NET.</summary>
    public static nint GetProcAddress(string name) => eglGetProcAddress(name);

    /// <summary>Binds the context to the calling thread if it is not already; cheap when it is.</summary>
    public void MakeCurrent()
    {
        ObjectDisposedException.ThrowIf(_context == 0, this);
        if (eglGetCurrentContext() == _context) return;
        if (eglMakeCurrent(_display, 0, 0, _context) != EGL_TRUE)
            throw new InvalidOperationException(
                $"eglMakeCurrent failed (0x{eglGetError():X}): the GL context is probably current on another thread; use a renderer from one thread at a time");
    }

    private static void Release(nint display)
    {
        lock (DisplayLock)
        {
            var users = DisplayUsers.GetValueOrDefault(display) - 1;
            if (users > 0) { DisplayUsers[display] = users; return; }
            DisplayUsers.Remove(display);
            eglTerminate(display);
        }
    }

    public void Dispose()
    {
        if (_context == 0) return;
        if (eglGetCurrentContext() == _context) eglMakeCurrent(_display, 0, 0, 0);
        eglDestroyContext(_display, _context);
        _context = 0;
        Release(_display);
        _display = 0;
        eglReleaseThread();
    }
}
