using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// Bloom's source: the bright parts of the finished scene at a quarter of its size, then its mipmap chain, so the
/// post pass gets wide, soft glows from three bilinear lookups into coarse levels instead of a wide blur at full size
/// (the mip chain is the blur: Kawase-like pyramids cost a fraction of a millisecond at 320×180 on a CPU
/// rasterizer, a separable 30-tap blur at 1280×720 tens).
/// </summary>
internal sealed class BloomPass : IDisposable
{
    /// <summary>The texture unit post.frag reads bloom from.</summary>
    public const int Unit = 4;
    private const int Divisor = 4;

    private readonly GL _gl;
    private readonly GlProgram _extract;
    private readonly RenderTarget _target;

    public BloomPass(GL gl, int width, int height)
    {
        _gl = gl;
        _extract = new GlProgram(gl, "bloom extract", ShaderSources.Stage("sky.vert"), ShaderSources.Stage("bloom.frag", "common.glsl"));
        var w = Math.Max(1, width / Divisor);
        var h = Math.Max(1, height / Divisor);
        var levels = 1 + (int)Math.Floor(Math.Log2(Math.Max(w, h)));
        _target = new RenderTarget(gl, "bloom", w, h);
        Texture = _target.AttachTexture(FramebufferAttachment.ColorAttachment0, SizedInternalFormat.Rgba8, Math.Min(levels, 6));
        _target.Validate();
        gl.TextureParameter(Texture, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.LinearMipmapLinear);
        gl.TextureParameter(Texture, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TextureParameter(Texture, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(Texture, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    public uint Texture { get; }

    /// <summary>Extracts the bright parts of <paramref name="sceneColor"/> (bound to unit 1) and builds their
    /// mipmaps; leaves the texture bound to <see cref="Unit"/>. The caller rebinds its own framebuffer.</summary>
    public void Render(uint sceneColor, uint emptyVertexArray)
    {
        _target.Bind();
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _gl.UseProgram(_extract.Handle);
        _gl.BindTextureUnit(1, sceneColor);
        _gl.BindVertexArray(emptyVertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        _gl.GenerateTextureMipmap(Texture);
        _gl.BindTextureUnit(Unit, Texture);
        _gl.Enable(EnableCap.DepthTest);
    }

    public void Dispose()
    {
        _extract.Dispose();
        _target.Dispose();
    }
}
