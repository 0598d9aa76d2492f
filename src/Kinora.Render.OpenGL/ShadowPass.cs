using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// Renders casters' depth from the sun into a square DEPTH32F texture that the colour pass samples with hardware
/// comparison (sampler2DShadow, bilinear = 2×2 PCF). Nothing is culled, so open meshes (a sheet, a leaf) cast
/// shadows too; a slope-scaled polygon offset takes care of the acne the normal-offset lookup leaves.
/// </summary>
internal sealed class ShadowPass : IDisposable
{
    /// <summary>glPolygonOffset factor (× depth slope) and units (× smallest depth step).</summary>
    private const float SlopeBias = 1.5f, ConstantBias = 2f;

    private readonly GL _gl;
    private readonly GeometryPrograms _programs;
    private readonly RenderTarget _target;

    public ShadowPass(GL gl, int size)
    {
        _gl = gl;
        _programs = new GeometryPrograms(gl, "shadow", "depth.vert", "depth.frag");
        _target = new RenderTarget(gl, "shadow map", size, size);
        DepthTexture = _target.AttachTexture(FramebufferAttachment.DepthAttachment, SizedInternalFormat.DepthComponent32f);
        gl.NamedFramebufferDrawBuffer(_target.Handle, ColorBuffer.None);
        gl.NamedFramebufferReadBuffer(_target.Handle, ColorBuffer.None);
        _target.Validate();

        gl.TextureParameter(DepthTexture, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        gl.TextureParameter(DepthTexture, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TextureParameter(DepthTexture, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(DepthTexture, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(DepthTexture, TextureParameterName.TextureCompareMode, (int)TextureCompareMode.CompareRefToTexture);
        gl.TextureParameter(DepthTexture, TextureParameterName.TextureCompareFunc, (int)DepthFunction.Lequal);
    }

    public uint DepthTexture { get; }

    public unsafe void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes)
    {
        _target.Bind();
        var one = 1f;
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Depth, 0, &one);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.PolygonOffsetFill);
        _gl.PolygonOffset(SlopeBias, ConstantBias);
        _programs.Begin();
        foreach (ref readonly var d in draws)
        {
            if (!d.CastsShadow) continue;
            _programs.Use(d, frame.LightViewProjection);
            meshes[d.Mesh.Index].Draw();
        }
        _gl.Disable(EnableCap.PolygonOffsetFill);
    }

    public void Dispose()
    {
        _programs.Dispose();
        _target.Dispose();
    }
}
