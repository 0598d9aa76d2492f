using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// What the check passes (object ids, normals) share: a one-sample colour target with its own depth, cleared to zero,
/// every in-view draw rendered two-sided with the depth test, rigid and skinned bodies alike (<see cref="GeometryPrograms"/>).
/// A subclass names its shaders and target format and sets its own per-draw values.
/// </summary>
internal abstract class ScreenGeometryPass : IDisposable
{
    private readonly GL _gl;
    private readonly GeometryPrograms _programs;
    private readonly RenderTarget _target;
    private readonly bool _integerColour;

    protected ScreenGeometryPass(GL gl, string name, string vertex, string fragment, InternalFormat colour, int width, int height,
        string? extraUniform = null)
    {
        _gl = gl;
        _programs = new GeometryPrograms(gl, name, vertex, fragment, extraUniform);
        _integerColour = colour is InternalFormat.R16ui or InternalFormat.R32ui or InternalFormat.R8ui;
        _target = new RenderTarget(gl, name, width, height)
            .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, colour, 1)
            .AttachRenderbuffer(FramebufferAttachment.DepthAttachment, InternalFormat.DepthComponent24, 1)
            .Validate();
    }

    public uint ReadFramebuffer => _target.Handle;

    /// <summary>Sets a draw's own values on the bound program (after its transforms).</summary>
    protected virtual void SetDraw(GL gl, GeometryProgram program, in DrawItem d) { }

    public unsafe void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes)
    {
        _target.Bind();
        var one = 1f;
        var zero = stackalloc uint[4];   // all-zero bits read as 0 whether the target holds integers or floats
        if (_integerColour) _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Color, 0, zero);
        else _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Color, 0, (float*)zero);
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Depth, 0, &one);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthMask(true);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.Disable(EnableCap.CullFace);
        // The backend flips Y in clip space, which mirrors winding: outsides arrive clockwise (as in ColorPass).
        _gl.FrontFace(FrontFaceDirection.CW);
        _programs.Begin();
        foreach (ref readonly var d in draws)
        {
            if (d.OutOfView) continue;
            var program = _programs.Use(d, frame.ViewProjection);
            SetDraw(_gl, program, d);
            meshes[d.Mesh.Index].Draw();
        }
    }

    public void Dispose()
    {
        _programs.Dispose();
        _target.Dispose();
    }
}
