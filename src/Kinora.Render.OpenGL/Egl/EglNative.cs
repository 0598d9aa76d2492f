using System.Runtime.InteropServices;

namespace Kinora.Render.OpenGL.Egl;

/// <summary>
/// The few EGL 1.5 entry points a headless context needs, bound straight to libEGL.so.1 (glvnd's dispatcher, which
/// forwards to Mesa or to a GPU vendor's EGL). Extension functions are fetched with eglGetProcAddress.
/// Constants are from the Khronos EGL registry (egl.h, eglext.h).
/// </summary>
internal static unsafe partial class EglNative
{
    private const string Lib = "libEGL.so.1";

    public const int EGL_SUCCESS = 0x3000;
    public const int EGL_NONE = 0x3038;
    public const int EGL_TRUE = 1;
    public const int EGL_EXTENSIONS = 0x3055;
    public const int EGL_VENDOR = 0x3053;
    public const int EGL_VERSION = 0x3054;
    public const int EGL_RENDERABLE_TYPE = 0x3040;
    public const int EGL_SURFACE_TYPE = 0x3033;
    public const int EGL_CONFORMANT = 0x3042;
    public const int EGL_OPENGL_BIT = 0x0008;
    public const int EGL_OPENGL_API = 0x30A2;
    public const int EGL_CONTEXT_MAJOR_VERSION = 0x3098;
    public const int EGL_CONTEXT_MINOR_VERSION = 0x30FB;
    public const int EGL_CONTEXT_OPENGL_PROFILE_MASK = 0x30FD;
    public const int EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT = 0x0001;
    public const int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    public const int EGL_PLATFORM_DEVICE_EXT = 0x313F;
    public const int EGL_NOT_INITIALIZED = 0x3001;

    [LibraryImport(Lib)] public static partial nint eglGetProcAddress([MarshalAs(UnmanagedType.LPStr)] string name);
    [LibraryImport(Lib)] public static partial nint eglGetDisplay(nint nativeDisplay);
    [LibraryImport(Lib)] public static partial int eglInitialize(nint display, out int major, out int minor);
    [LibraryImport(Lib)] public static partial int eglTerminate(nint display);
    [LibraryImport(Lib)] public static partial nint eglQueryString(nint display, int name);
    [LibraryImport(Lib)] public static partial int eglBindAPI(int api);
    [LibraryImport(Lib)] public static partial int eglChooseConfig(nint display, int* attribs, nint* configs, int configSize, out int count);
    [LibraryImport(Lib)] public static partial nint eglCreateContext(nint display, nint config, nint shareContext, int* attribs);
    [LibraryImport(Lib)] public static partial int eglDestroyContext(nint display, nint context);
    [LibraryImport(Lib)] public static partial int eglMakeCurrent(nint display, nint draw, nint read, nint context);
    [LibraryImport(Lib)] public static partial nint eglGetCurrentContext();
    [LibraryImport(Lib)] public static partial int eglGetError();
    [LibraryImport(Lib)] public static partial int eglReleaseThread();

    public static string? QueryString(nint display, int name)
    {
        var p = eglQueryString(display, name);
        return p == 0 ? null : Marshal.PtrToStringAnsi(p);
    }

    /// <summary>eglGetPlatformDisplayEXT (EGL_EXT_platform_base); attribs may be null.</summary>
    public static nint GetPlatformDisplay(int platform, nint nativeDisplay)
    {
        var f = (delegate* unmanaged<int, nint, int*, nint>)eglGetProcAddress("eglGetPlatformDisplayEXT");
        return f == null ? 0 : f(platform, nativeDisplay, null);
    }

    /// <summary>eglQueryDevicesEXT (EGL_EXT_device_enumeration): the GPUs an EGL vendor can drive headless.</summary>
    public static int QueryDevices(Span<nint> devices)
    {
        var f = (delegate* unmanaged<int, nint*, int*, int>)eglGetProcAddress("eglQueryDevicesEXT");
        if (f == null) return 0;
        int count;
        fixed (nint* p = devices)
            return f(devices.Length, p, &count) == EGL_TRUE ? count : 0;
    }
}
