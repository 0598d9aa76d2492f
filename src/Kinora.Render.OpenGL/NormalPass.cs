using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// World-space unit normals per pixel in an RGBA16F target (zero where only sky is seen), for checks: a layout test
/// can tell a wall from a floor, a shading test where a surface faces. Same geometry and depth test as the object ids.
/// Made the first time it is asked for, so frames that never need it pay nothing.
/// </summary>
internal sealed class NormalPass : IDisposable
{
    private readonly GL _gl;
    private readonly GlProgram _program;
    private readonly int _clipFromMesh, _normalWorld;
    private readonly RenderTarget _target;

    public NormalPass(GL gl, int width, int height)
    {
        _gl = gl;
        _program = new GlProgram(gl, "normals", ShaderSources.Stage("normal.vert", "common.glsl"), ShaderSources.Stage("normal.frag"));
        _clipFromMesh = _program.Uniform("uClipFromMesh");
        _normalWorld = _program.Uniform("uNormalWorld");
        _target = new RenderTarget(gl, "normals", width, height)
            .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba16f, 1)
            .AttachRenderbuffer(FramebufferAttachment.DepthAttachment, InternalFormat.DepthComponent24, 1)
            .Validate();
    }

    public uint ReadFramebuffer => _target.Handle;

    public unsafe void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes)
    {
        _target.Bind();
        var one = 1f;
        var zero = stackalloc float[4];
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Color, 0, zero);
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Depth, 0, &one);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthMask(true);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.Disable(EnableCap.CullFace);
        // The backend flips Y in clip space, which mirrors winding: outsides arrive clockwise (as in ColorPass).
        _gl.FrontFace(FrontFaceDirection.CW);
        _gl.UseProgram(_program.Handle);
        foreach (ref readonly var d in draws)
        {
            if (d.OutOfView) continue;
            MatrixUpload.Set(_gl, _program.Handle, _clipFromMesh, d.World * frame.ViewProjection);
            MatrixUpload.Set(_gl, _program.Handle, _normalWorld, d.NormalWorld);
            meshes[d.Mesh.Index].Draw();
        }
    }

    public void Dispose()
    {
        _program.Dispose();
        _target.Dispose();
    }
}
