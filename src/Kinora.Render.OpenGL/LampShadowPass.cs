using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Kinora.Render.Scene;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The shadowed lamp's depth cube map (<see cref="LampShadow"/>): six DEPTH32F faces drawn with the same geometry
/// programs as the sun's map, each caster only into the faces its <see cref="DrawItem.LampFaces"/> name. lit.frag
/// samples it as a samplerCubeShadow (hardware 2×2 comparison) at <see cref="Unit"/>. Like the sun's map it has a
/// still layer, copied whole (six faces, one call) under the moving casters whenever something moved.
/// </summary>
internal sealed class LampShadowPass : IDisposable
{
    /// <summary>The texture unit lit.frag's LAMP_SHADOW variants read the cube from.</summary>
    public const int Unit = 6;
    private const float SlopeBias = 2f, ConstantBias = 4f;

    private readonly GL _gl;
    private readonly GeometryPrograms _programs;
    private readonly uint _still, _live;
    private readonly uint[] _stillFaces = new uint[6], _liveFaces = new uint[6];
    private bool _stillEmpty = true;

    public LampShadowPass(GL gl)
    {
        _gl = gl;
        _programs = new GeometryPrograms(gl, "lamp shadow", "depth.vert", "depth.frag");
        _still = Cube(_stillFaces);
        _live = Cube(_liveFaces);
        gl.TextureParameter(_live, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        gl.TextureParameter(_live, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TextureParameter(_live, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(_live, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(_live, TextureParameterName.TextureCompareMode, (int)TextureCompareMode.CompareRefToTexture);
        gl.TextureParameter(_live, TextureParameterName.TextureCompareFunc, (int)DepthFunction.Lequal);
        // Filtering across a face's edge reads the neighbouring face, so no seam shows where two faces meet.
        gl.Enable(EnableCap.TextureCubeMapSeamless);
    }

    /// <summary>The cube the colour pass samples.</summary>
    public uint Texture => _live;

    private uint Cube(uint[] faces)
    {
        var cube = _gl.CreateTexture(TextureTarget.TextureCubeMap);
        _gl.TextureStorage2D(cube, 1, SizedInternalFormat.DepthComponent32f, LampShadow.MapSize, LampShadow.MapSize);
        for (var f = 0; f < 6; f++)
        {
            faces[f] = _gl.CreateFramebuffer();
            _gl.NamedFramebufferTextureLayer(faces[f], FramebufferAttachment.DepthAttachment, cube, 0, f);
            _gl.NamedFramebufferDrawBuffer(faces[f], ColorBuffer.None);
            _gl.NamedFramebufferReadBuffer(faces[f], ColorBuffer.None);
            var status = _gl.CheckNamedFramebufferStatus(faces[f], FramebufferTarget.Framebuffer);
            if (status != GLEnum.FramebufferComplete) throw new InvalidOperationException($"lamp shadow face {f} is incomplete: {status}");
        }
        return cube;
    }

    public void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes, bool redrawStill)
    {
        var l = frame.Lights[0].PositionRange;
        var lamp = new System.Numerics.Vector3(l.X, l.Y, l.Z);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.DepthMask(true);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.PolygonOffsetFill);
        _gl.PolygonOffset(SlopeBias, ConstantBias);
        _gl.Viewport(0, 0, LampShadow.MapSize, LampShadow.MapSize);
        _programs.Begin();
        if (redrawStill)
        {
            _stillEmpty = true;
            foreach (ref readonly var d in draws) _stillEmpty &= !(d.LampFaces != 0 && d.LampShadowStill);
            if (!_stillEmpty) DrawLayer(_stillFaces, lamp, l.W, draws, meshes, still: true, clear: true);
        }
        if (!_stillEmpty)
            _gl.CopyImageSubData(_still, CopyImageSubDataTarget.TextureCubeMap, 0, 0, 0, 0,
                _live, CopyImageSubDataTarget.TextureCubeMap, 0, 0, 0, 0, LampShadow.MapSize, LampShadow.MapSize, 6);
        DrawLayer(_liveFaces, lamp, l.W, draws, meshes, still: false, clear: _stillEmpty);
        _gl.Disable(EnableCap.PolygonOffsetFill);
    }

    private unsafe void DrawLayer(uint[] faces, System.Numerics.Vector3 lamp, float far, ReadOnlySpan<DrawItem> draws,
        IReadOnlyList<GlMesh> meshes, bool still, bool clear)
    {
        var one = 1f;
        for (var f = 0; f < 6; f++)
        {
            _gl.BindFramebuffer(FramebufferTarget.Framebuffer, faces[f]);
            if (clear) _gl.ClearNamedFramebuffer(faces[f], BufferKind.Depth, 0, &one);
            var clipFromWorld = LampShadow.FaceViewProjection(lamp, f, far);
            foreach (ref readonly var d in draws)
            {
                if ((d.LampFaces & (1 << f)) == 0 || d.LampShadowStill != still) continue;
                _programs.Use(d, clipFromWorld);
                meshes[d.Mesh.Index].Draw();
            }
        }
    }

    public void Dispose()
    {
        _programs.Dispose();
        foreach (var f in _stillFaces) _gl.DeleteFramebuffer(f);
        foreach (var f in _liveFaces) _gl.DeleteFramebuffer(f);
        _gl.DeleteTexture(_still);
        _gl.DeleteTexture(_live);
    }
}
