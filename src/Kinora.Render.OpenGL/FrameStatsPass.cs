using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The frame's exposure statistics (stats.frag) in a 1×1 float target: what the painted looks' dark-frame lift and
/// black and white's print exposure need, computed once per frame rather than once per pixel. Bound to
/// <see cref="Unit"/> for the post pass.
/// </summary>
internal sealed class FrameStatsPass : IDisposable
{
    /// <summary>The texture unit post.frag reads the statistics from.</summary>
    public const int Unit = 5;

    private readonly GL _gl;
    private readonly GlProgram _program;
    private readonly RenderTarget _target;
    private readonly uint _texture;

    public FrameStatsPass(GL gl)
    {
        _gl = gl;
        _program = new GlProgram(gl, "frame stats", ShaderSources.Stage("sky.vert"), ShaderSources.Stage("stats.frag"));
        _target = new RenderTarget(gl, "frame stats", 1, 1);
        _texture = _target.AttachTexture(FramebufferAttachment.ColorAttachment0, SizedInternalFormat.Rgba32f);
        _target.Validate();
    }

    /// <summary>Computes the statistics of <paramref name="sceneColor"/> and leaves them bound to <see cref="Unit"/>.
    /// The caller rebinds its own framebuffer.</summary>
    public void Render(uint sceneColor, uint emptyVertexArray)
    {
        _target.Bind();
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _gl.UseProgram(_program.Handle);
        _gl.BindTextureUnit(1, sceneColor);
        _gl.BindVertexArray(emptyVertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        _gl.BindTextureUnit(Unit, _texture);
        _gl.Enable(EnableCap.DepthTest);
    }

    public void Dispose()
    {
        _program.Dispose();
        _target.Dispose();
    }
}
