using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// Renders casters' depth from the sun into a square DEPTH32F texture that the colour pass samples with hardware
/// comparison (sampler2DShadow, bilinear = 2×2 PCF). Nothing is culled, so open meshes (a sheet, a leaf) cast
/// shadows too; a slope-scaled polygon offset takes care of the acne the normal-offset lookup leaves.
/// <para>Two layers: casters marked <see cref="DrawItem.ShadowStill"/> go into a map of their own, redrawn only when
/// asked; every call then copies it into the sampled map and draws the moving casters over it.</para>
/// </summary>
internal sealed class ShadowPass : IDisposable
{
    /// <summary>glPolygonOffset factor (× depth slope) and units (× smallest depth step).</summary>
    private const float SlopeBias = 1.5f, ConstantBias = 2f;

    private readonly GL _gl;
    private readonly GeometryPrograms _programs;
    private readonly RenderTarget _target;
    private readonly RenderTarget _stillTarget;
    private readonly uint _stillDepth;
    private readonly int _size;
    private bool _stillEmpty = true;

    public ShadowPass(GL gl, int size)
    {
        _gl = gl;
        _size = size;
        _programs = new GeometryPrograms(gl, "shadow", "depth.vert", "depth.frag");
        _stillTarget = new RenderTarget(gl, "still shadow map", size, size);
        _stillDepth = _stillTarget.AttachTexture(FramebufferAttachment.DepthAttachment, SizedInternalFormat.DepthComponent32f);
        gl.NamedFramebufferDrawBuffer(_stillTarget.Handle, ColorBuffer.None);
        gl.NamedFramebufferReadBuffer(_stillTarget.Handle, ColorBuffer.None);
        _stillTarget.Validate();
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

    public void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes, bool redrawStill)
    {
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.PolygonOffsetFill);
        _gl.PolygonOffset(SlopeBias, ConstantBias);
        _programs.Begin();
        if (redrawStill)
        {
            _stillEmpty = true;
            foreach (ref readonly var d in draws) _stillEmpty &= !(d.CastsShadow && d.ShadowStill);
            if (!_stillEmpty) DrawLayer(_stillTarget, frame, draws, meshes, still: true, clear: true);
        }
        // The still layer, then what moves over it (a clear when nothing is still).
        if (!_stillEmpty)
            _gl.CopyImageSubData(_stillDepth, CopyImageSubDataTarget.Texture2D, 0, 0, 0, 0,
                DepthTexture, CopyImageSubDataTarget.Texture2D, 0, 0, 0, 0, (uint)_size, (uint)_size, 1);
        DrawLayer(_target, frame, draws, meshes, still: false, clear: _stillEmpty);
        _gl.Disable(EnableCap.PolygonOffsetFill);
    }

    private unsafe void DrawLayer(RenderTarget target, in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes,
        bool still, bool clear)
    {
        target.Bind();
        var one = 1f;
        if (clear) _gl.ClearNamedFramebuffer(target.Handle, BufferKind.Depth, 0, &one);
        foreach (ref readonly var d in draws)
        {
            if (!d.CastsShadow || d.ShadowStill != still) continue;
            _programs.Use(d, frame.LightViewProjection);
            meshes[d.Mesh.Index].Draw();
        }
    }

    public void Dispose()
    {
        _programs.Dispose();
        _target.Dispose();
        _stillTarget.Dispose();
    }
}
