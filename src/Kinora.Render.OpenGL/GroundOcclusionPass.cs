using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The sky occlusion the bodies cast on the ground, as a top-down map the ground's program reads with one bilinear
/// lookup instead of looping over every occluder at every ground pixel. The ground is flat and faces up, so its
/// occlusion depends only on (x, z) and the map is exact up to its texel size; it is soft (it falls off over a body's
/// radius), so a texel of a few centimetres does not show. Each occluder is drawn as a square splat around its
/// footprint that multiplies the map by its own visibility term (the same formula as lit.frag's skyOcclusion), so
/// the pass costs the splats' area, not the frame's. Redrawn only when the occluders moved.
/// </summary>
internal sealed class GroundOcclusionPass : IDisposable
{
    /// <summary>The texture unit lit.frag's GROUND variant reads the map from.</summary>
    public const int Unit = 5;
    private const int Size = 512;
    /// <summary>A splat reaches this many radii past its centre (plus its height): beyond it an occluder resting on
    /// the ground darkens the ground by under 1 %.</summary>
    private const float ReachRadii = 5f;

    private readonly GL _gl;
    private readonly GlProgram _splat;
    private readonly int _regionUniform, _reachUniform;
    private readonly RenderTarget _target;
    private readonly System.Numerics.Vector4[] _last = new System.Numerics.Vector4[OccluderArray.MaxCount];
    private int _lastCount = -1;
    private float _lastGroundY = float.NaN;

    public GroundOcclusionPass(GL gl)
    {
        _gl = gl;
        _splat = new GlProgram(gl, "ground occlusion", ShaderSources.Stage("ground_occlusion.vert", "common.glsl"),
            ShaderSources.Stage("ground_occlusion.frag", "common.glsl"));
        _regionUniform = _splat.Uniform("uRegion");
        _reachUniform = _splat.Uniform("uReach");
        _target = new RenderTarget(gl, "ground occlusion", Size, Size);
        Texture = _target.AttachTexture(FramebufferAttachment.ColorAttachment0, SizedInternalFormat.R16f);
        _target.Validate();
        gl.TextureParameter(Texture, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        gl.TextureParameter(Texture, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TextureParameter(Texture, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToBorder);
        gl.TextureParameter(Texture, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToBorder);
        Span<float> white = [1f, 1f, 1f, 1f];
        gl.TextureParameter(Texture, TextureParameterName.TextureBorderColor, white);
    }

    public uint Texture { get; }

    /// <summary>Where the map lies: x, y the world (x, z) of its first texel's corner, z one over its side in metres,
    /// w the ground's height. Outside it the lookup returns 1 (nothing occluded).</summary>
    public System.Numerics.Vector4 Region { get; private set; }

    /// <summary>Redraws the map for this frame's occluders (the frame buffer object is left bound: the caller binds
    /// its own) unless they and the ground are where they were; binds it to <see cref="Unit"/>.</summary>
    public void Render(in FrameConstants frame, float groundY, uint emptyVertexArray)
    {
        var count = Math.Clamp((int)frame.Fog.W, 0, OccluderArray.MaxCount);
        _gl.BindTextureUnit(Unit, Texture);
        if (!Changed(frame, count, groundY)) return;

        float minX = float.MaxValue, minZ = float.MaxValue, maxX = float.MinValue, maxZ = float.MinValue;
        for (var i = 0; i < count; i++)
        {
            var o = frame.Occluders[i];
            var reach = Reach(o, groundY);
            minX = MathF.Min(minX, o.X - reach);
            maxX = MathF.Max(maxX, o.X + reach);
            minZ = MathF.Min(minZ, o.Z - reach);
            maxZ = MathF.Max(maxZ, o.Z + reach);
        }
        var side = count == 0 ? 1f : MathF.Max(MathF.Max(maxX - minX, maxZ - minZ), 1e-3f);
        Region = count == 0 ? new(0, 0, 1, groundY) : new(minX, minZ, 1f / side, groundY);

        _target.Bind();
        Span<float> one = [1f, 1f, 1f, 1f];
        _gl.ClearNamedFramebuffer(_target.Handle, BufferKind.Color, 0, one);
        if (count == 0) return;
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFunc(BlendingFactor.DstColor, BlendingFactor.Zero);   // the map × this splat's visibility
        _gl.UseProgram(_splat.Handle);
        _gl.ProgramUniform4(_splat.Handle, _regionUniform, Region.X, Region.Y, Region.Z, Region.W);
        _gl.ProgramUniform1(_splat.Handle, _reachUniform, ReachRadii);
        _gl.BindVertexArray(emptyVertexArray);
        _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, (uint)count);
        _gl.Disable(EnableCap.Blend);
        _gl.Enable(EnableCap.DepthTest);
    }

    /// <summary>How far from its centre (horizontally) an occluder's splat reaches: its radii plus its height above
    /// the ground (a body held high spreads a fainter, wider shade).</summary>
    private static float Reach(System.Numerics.Vector4 o, float groundY) => ReachRadii * o.W + MathF.Max(o.Y - groundY, 0f);

    private bool Changed(in FrameConstants frame, int count, float groundY)
    {
        var changed = count != _lastCount || groundY != _lastGroundY;
        for (var i = 0; i < count; i++)
        {
            changed |= frame.Occluders[i] != _last[i];
            _last[i] = frame.Occluders[i];
        }
        _lastCount = count;
        _lastGroundY = groundY;
        return changed;
    }

    public void Dispose()
    {
        _splat.Dispose();
        _target.Dispose();
    }
}
