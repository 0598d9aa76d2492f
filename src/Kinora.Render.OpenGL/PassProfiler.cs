using System.Diagnostics;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>The stages of a frame that <see cref="PassProfiler"/> times.</summary>
public enum RenderPass
{
    /// <summary>The sun's depth map.</summary>
    Shadow,
    /// <summary>Opaque draws, sky, transparent draws (and the multisample resolve when there is no post pass).</summary>
    Scene,
    /// <summary>Full-screen passes after the scene: resolve into textures, antialiasing, look, bloom.</summary>
    Post,
    /// <summary>Copying the finished frame to memory.</summary>
    Readback,
    /// <summary>The object-id pass and its readback.</summary>
    ObjectIds,
}

/// <summary>
/// Wall time per pass, for benchmarks: each pass is bracketed by glFinish so its work is done inside its own
/// bracket (llvmpipe defers rasterization to the flush, so without it all time lands on the readback). The
/// extra synchronization costs a little, so it is off unless asked for; totals are accumulated until
/// <see cref="Reset"/>.
/// </summary>
public sealed class PassProfiler
{
    private readonly GL _gl;
    private readonly double[] _milliseconds = new double[Enum.GetValues<RenderPass>().Length];
    private readonly double[] _cpuMilliseconds = new double[Enum.GetValues<RenderPass>().Length];
    private long _start;
    private TimeSpan _cpuStart;

    internal PassProfiler(GL gl) => _gl = gl;

    internal void Begin()
    {
        _gl.Finish();
        _start = Stopwatch.GetTimestamp();
        _cpuStart = Environment.CpuUsage.TotalTime;
    }

    /// <summary>Ends the pass begun last and starts timing the next one.</summary>
    internal void End(RenderPass pass)
    {
        _gl.Finish();
        var now = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        _milliseconds[(int)pass] += Stopwatch.GetElapsedTime(_start, now).TotalMilliseconds;
        _cpuMilliseconds[(int)pass] += (cpu - _cpuStart).TotalMilliseconds;
        _start = now;
        _cpuStart = cpu;
    }

    /// <summary>Total milliseconds spent in <paramref name="pass"/> since the last reset.</summary>
    public double Milliseconds(RenderPass pass) => _milliseconds[(int)pass];

    /// <summary>CPU time of the whole process (every rasterizer thread) in <paramref name="pass"/>, ms: steadier
    /// than wall time on a shared machine, and on a CPU rasterizer it is the work itself.</summary>
    public double CpuMilliseconds(RenderPass pass) => _cpuMilliseconds[(int)pass];

    public void Reset()
    {
        Array.Clear(_milliseconds);
        Array.Clear(_cpuMilliseconds);
    }
}
