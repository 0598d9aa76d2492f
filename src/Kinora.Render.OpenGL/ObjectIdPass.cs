using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// Entity index + 1 per pixel in an R16UI target, no multisampling (ids do not blend). The ground is drawn with
/// id 0 so it hides whatever is below it, exactly as in the colour pass.
/// </summary>
internal sealed class ObjectIdPass : IDisposable
{
    private readonly GL _gl;
    private readonly GlProgram _program;
    private readonly int _clipFromMesh, _objectId;
    private readonly RenderTarget _target;

    public ObjectIdPass(GL gl, int width, int height)
    {
        _gl = gl;
        _program = new GlProgram(gl, "object id", ShaderSources.Stage("depth.vert", "common.glsl"), ShaderSources.Stage("id.frag"));
        _clipFromMesh = _program.Uniform("uClipFromMesh");
        _objectId = _program.Uniform("uObjectId");
        _target = new RenderTarget(gl, "object ids", width, height)
            .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.R16ui, 1)
            .AttachRenderbuffer(FramebufferAttachment.DepthAttachment, InternalFormat.DepthComponent24, 1)
            .Validate();
    }

    public uint ReadFramebuffer => _target.Handle;

    public unsafe void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes)
    {
        _target.Bind();
        var one = 1f;
        var zero = stackalloc uint[4];
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Color, 0, zero);
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Depth, 0, &one);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthMask(true);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.Disable(EnableCap.CullFace);
        _gl.UseProgram(_program.Handle);
        foreach (ref readonly var d in draws)
        {
            if (d.OutOfView) continue;
            var clip = d.World * frame.ViewProjection;
            MatrixUpload.Set(_gl, _program.Handle, _clipFromMesh, clip);
            _gl.ProgramUniform1(_program.Handle, _objectId, (uint)d.ObjectId);
            meshes[d.Mesh.Index].Draw();
        }
    }

    public void Dispose()
    {
        _program.Dispose();
        _target.Dispose();
    }
}
