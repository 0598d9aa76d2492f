using System.Numerics;
using System.Runtime.CompilerServices;
using Kinora.Compose;
using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Egl;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// <see cref="IRenderBackend"/> on OpenGL 4.5 core in a headless EGL context. Owns the context: every public call
/// first makes it current on the calling thread, so use one backend from one thread at a time.
/// <para>Conventions: clip depth is 0..1 (glClipControl), matching System.Numerics projections. GL's window origin
/// is bottom-left and glReadPixels returns the bottom row first, so the colour and id passes render with Y
/// flipped in clip space; the image then lands in memory top row first and is read straight into the caller's
/// span with no copy.</para>
/// </summary>
public sealed unsafe class GlBackend : IRenderBackend
{
    /// <summary>Multisampling of the colour pass. On llvmpipe 4× MSAA roughly doubled the CPU time of a frame
    /// (bench/render/results.md), while post antialiasing (FXAA) costs a few ms, so the default is one sample
    /// plus FXAA; RenderOptions.Samples = 4 is still there for stills where every ms is not counted.</summary>
    public const int DefaultSamples = 1;

    private static readonly Matrix4x4 FlipY = Matrix4x4.CreateScale(1, -1, 1);

    private readonly EglContext _egl;
    private readonly GL _gl;
    private readonly List<GlMesh> _meshes = [];
    private readonly List<GlTexture> _textures = [];
    private readonly uint _frameBuffer;
    private uint _skinBuffer;          // the frame's skinning matrices (shader storage binding 1), made when first set
    private int _skinCapacity;         // matrices it holds
    private uint _orderBuffer;         // the particles' drawing order (shader storage binding 2), grown as needed
    private int _orderCapacity;
    private readonly uint _emptyVertexArray;
    private readonly ShadowPass _shadow;
    private LampShadowPass? _lampShadow;   // made the first time a frame has a shadowed lamp
    private readonly ColorPass _color;
    private readonly ObjectIdPass _ids;
    private NormalPass? _normals;    // only made when a caller asks for normals
    private bool _disposed;

    private GlBackend(EglContext egl, int width, int height, int samples, int shadowMapSize, bool postAntialias, string shaderDefines)
    {
        _egl = egl;
        _gl = GL.GetApi(EglContext.GetProcAddress);
        Width = width;
        Height = height;
        var version = _gl.GetStringS(StringName.Version) ?? "?";
        var renderer = _gl.GetStringS(StringName.Renderer) ?? "?";
        DeviceName = $"OpenGL {version} / {renderer} (EGL {egl.Platform})";

        _gl.ClipControl(ClipControlOrigin.LowerLeft, ClipControlDepth.ZeroToOne);
        _gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        _frameBuffer = _gl.CreateBuffer();
        _gl.NamedBufferStorage(_frameBuffer, (nuint)sizeof(FrameConstants), null, BufferStorageMask.DynamicStorageBit);
        _gl.BindBufferBase(BufferTargetARB.UniformBuffer, 0, _frameBuffer);
        _emptyVertexArray = _gl.CreateVertexArray();

        _gl.GetInteger(GLEnum.MaxSamples, out int maxSamples);
        _shadow = new ShadowPass(_gl, shadowMapSize);
        _color = new ColorPass(_gl, width, height, Math.Clamp(samples, 1, Math.Max(1, maxSamples)), postAntialias, shaderDefines) { EmptyVertexArray = _emptyVertexArray };
        _ids = new ObjectIdPass(_gl, width, height);
        CheckError("setup");
    }

    /// <summary>Makes an EGL context and the render targets; throws <see cref="RenderUnavailableException"/>
    /// when no OpenGL 4.5 core context can be had.</summary>
    /// <param name="postAntialias">Smooth edges in the post pass (FXAA) after the scene is drawn.</param>
    /// <param name="shaderDefines">Extra "#define X 1\n" lines for the surface programs: the profiling bench turns
    /// single shading features off with them (OFF_OCCLUSION, OFF_PATTERNS… in lit.frag) to price each one.</param>
    public static GlBackend Create(int width, int height, int samples = DefaultSamples, int shadowMapSize = 2048, bool postAntialias = true,
        string shaderDefines = "")
    {
        var egl = EglContext.Create();
        try { return new GlBackend(egl, width, height, samples, shadowMapSize, postAntialias, shaderDefines); }
        catch { egl.Dispose(); throw; }
    }

    public string DeviceName { get; }
    public int Width { get; }
    public int Height { get; }

    /// <summary>Per-pass timing, or null (the default) when frames run without the extra synchronization.</summary>
    public PassProfiler? Profiler { get; private set; }

    /// <summary>Turns on per-pass timing (benchmarks): every pass then ends with a glFinish.</summary>
    public PassProfiler EnableProfiling()
    {
        Begin();
        Profiler ??= new PassProfiler(_gl);
        _color.Profiler = Profiler;
        return Profiler;
    }

    public MeshHandle CreateMesh(Mesh mesh)
    {
        Begin();
        _meshes.Add(new GlMesh(_gl, mesh));
        return new MeshHandle(_meshes.Count - 1);
    }

    public TextureHandle CreateTexture(Compose.Texture texture)
    {
        Begin();
        _textures.Add(new GlTexture(_gl, texture));
        CheckError($"texture {texture.Name} upload");
        return new TextureHandle(_textures.Count);
    }

    public void SetSkinMatrices(ReadOnlySpan<Matrix4x4> matrices)
    {
        Begin();
        if (matrices.IsEmpty) return;
        if (matrices.Length > _skinCapacity)
        {
            // Grown only when a world with more joints arrives; every other frame overwrites it in place.
            if (_skinBuffer != 0) _gl.DeleteBuffer(_skinBuffer);
            _skinBuffer = _gl.CreateBuffer();
            _skinCapacity = matrices.Length;
            _gl.NamedBufferStorage(_skinBuffer, (nuint)(_skinCapacity * sizeof(Matrix4x4)), null, BufferStorageMask.DynamicStorageBit);
        }
        fixed (Matrix4x4* p = matrices)
            _gl.NamedBufferSubData(_skinBuffer, 0, (nuint)(matrices.Length * sizeof(Matrix4x4)), p);
        _gl.BindBufferBase(BufferTargetARB.ShaderStorageBuffer, 1, _skinBuffer);
    }

    public void SetParticleOrder(ReadOnlySpan<int> order)
    {
        Begin();
        if (order.IsEmpty) return;
        if (order.Length > _orderCapacity)
        {
            if (_orderBuffer != 0) _gl.DeleteBuffer(_orderBuffer);
            _orderBuffer = _gl.CreateBuffer();
            _orderCapacity = order.Length;
            _gl.NamedBufferStorage(_orderBuffer, (nuint)(_orderCapacity * sizeof(int)), null, BufferStorageMask.DynamicStorageBit);
        }
        fixed (int* p = order)
            _gl.NamedBufferSubData(_orderBuffer, 0, (nuint)(order.Length * sizeof(int)), p);
        _gl.BindBufferBase(BufferTargetARB.ShaderStorageBuffer, 2, _orderBuffer);
    }

    public void RenderShadowMap(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, bool redrawStill = true)
    {
        Begin();
        Profiler?.Begin();
        _shadow.Render(frame, draws, _meshes, redrawStill);
        Profiler?.End(RenderPass.Shadow);
    }

    public void RenderLampShadow(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, bool redrawStill = true)
    {
        Begin();
        Profiler?.Begin();
        _lampShadow ??= new LampShadowPass(_gl);
        _lampShadow.Render(frame, draws, _meshes, redrawStill);
        Profiler?.End(RenderPass.Shadow);
    }

    public void RenderColor(in FrameConstants frame, ReadOnlySpan<DrawItem> draws)
    {
        Begin();
        Profiler?.Begin();
        if (_lampShadow != null) _gl.BindTextureUnit(LampShadowPass.Unit, _lampShadow.Texture);
        var flipped = UploadFlipped(frame);
        _color.Render(flipped, draws, _meshes, _textures, _shadow.DepthTexture, frame.SunDirection.W > 0, (LookStyle)(int)frame.Look.X);
    }

    public void ReadColor(Span<byte> rgba)
    {
        Begin();
        if (rgba.Length < Width * Height * 4) throw new ArgumentException("span too small", nameof(rgba));
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, _color.ReadFramebuffer);
        fixed (byte* p = rgba)
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte, p);
        CheckError("colour readback");
        Profiler?.End(RenderPass.Readback);
    }

    public void RenderObjectIds(in FrameConstants frame, ReadOnlySpan<DrawItem> draws)
    {
        Begin();
        Profiler?.Begin();
        var flipped = UploadFlipped(frame);
        _ids.Render(flipped, draws, _meshes);
    }

    public void ReadObjectIds(Span<ushort> ids)
    {
        Begin();
        if (ids.Length < Width * Height) throw new ArgumentException("span too small", nameof(ids));
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, _ids.ReadFramebuffer);
        fixed (ushort* p = ids)
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.RedInteger, PixelType.UnsignedShort, p);
        CheckError("object-id readback");
        Profiler?.End(RenderPass.ObjectIds);
    }

    public void ReadObjectDepth(Span<float> depth)
    {
        Begin();
        if (depth.Length < Width * Height) throw new ArgumentException("span too small", nameof(depth));
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, _ids.ReadFramebuffer);
        fixed (float* p = depth)
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.DepthComponent, PixelType.Float, p);
        CheckError("depth readback");
    }

    public void RenderNormals(in FrameConstants frame, ReadOnlySpan<DrawItem> draws)
    {
        Begin();
        var flipped = UploadFlipped(frame);
        _normals ??= new NormalPass(_gl, Width, Height);
        _normals.Render(flipped, draws, _meshes);
        CheckError("normals");
    }

    public void ReadNormals(Span<Vector3> normals)
    {
        Begin();
        if (normals.Length < Width * Height || _normals is null) throw new ArgumentException("span too small or no normals rendered", nameof(normals));
        _gl.BindFramebuffer(FramebufferTarget.ReadFramebuffer, _normals.ReadFramebuffer);
        fixed (Vector3* p = normals)
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgb, PixelType.Float, p);
        CheckError("normal readback");
    }

    /// <summary>Uploads the frame constants with Y flipped in clip space (see the class remarks).</summary>
    private FrameConstants UploadFlipped(in FrameConstants frame)
    {
        var f = frame;
        f.ViewProjection = frame.ViewProjection * FlipY;
        f.InverseViewProjection = FlipY * frame.InverseViewProjection;  // (VP·F)⁻¹ = F⁻¹·VP⁻¹ and F⁻¹ = F
        _gl.NamedBufferSubData(_frameBuffer, 0, (nuint)sizeof(FrameConstants), &f);
        _gl.BindBufferBase(BufferTargetARB.UniformBuffer, 0, _frameBuffer);
        return f;
    }

    private void Begin()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _egl.MakeCurrent();
    }

    private void CheckError(string where, [CallerMemberName] string caller = "")
    {
        var error = _gl.GetError();
        if (error != GLEnum.NoError) throw new InvalidOperationException($"GL error {error} after {where} ({caller})");
    }

    public void Dispose()
    {
        if (_disposed) return;
        _egl.MakeCurrent();
        foreach (var m in _meshes) m.Dispose();
        foreach (var t in _textures) t.Dispose();
        _shadow.Dispose();
        _lampShadow?.Dispose();
        _color.Dispose();
        _ids.Dispose();
        _normals?.Dispose();
        _gl.DeleteBuffer(_frameBuffer);
        if (_skinBuffer != 0) _gl.DeleteBuffer(_skinBuffer);
        if (_orderBuffer != 0) _gl.DeleteBuffer(_orderBuffer);
        _gl.DeleteVertexArray(_emptyVertexArray);
        _gl.Dispose();
        _egl.Dispose();
        _disposed = true;
    }
}
