using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The picture: lit draws, then the sky wherever nothing was drawn, into a (multisampled) RGBA8 target that holds
/// final sRGB values (tone mapping happens per fragment, so there is no HDR buffer and no post pass to pay for on
/// a CPU rasterizer), resolved into a single-sample target for readback. Draws go bodies first, ground last, so
/// the ground behind a body fails the early depth test instead of being shaded.
/// <para>The lit program comes in variants per surface pattern and with or without shadows, compiled the first
/// time they are needed: llvmpipe executes both sides of a branch under a mask, so uniform switches would make
/// every pixel pay for every feature.</para>
/// </summary>
internal sealed class ColorPass : IDisposable
{
    private const int PatternCount = 5;

    private readonly GL _gl;
    private readonly LitProgram?[] _lit = new LitProgram?[PatternCount * 2];
    private readonly GlProgram _sky;
    private readonly RenderTarget _multisampled;
    private readonly RenderTarget? _resolved;

    public ColorPass(GL gl, int width, int height, int samples)
    {
        _gl = gl;
        _sky = new GlProgram(gl, "sky", ShaderSources.Stage("sky.vert"), ShaderSources.Stage("sky.frag", "common.glsl", "output.glsl"));
        _multisampled = new RenderTarget(gl, "colour", width, height)
            .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba8, samples)
            .AttachRenderbuffer(FramebufferAttachment.DepthAttachment, InternalFormat.DepthComponent24, samples)
            .Validate();
        if (samples > 1)
            _resolved = new RenderTarget(gl, "colour resolve", width, height)
                .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba8, 1)
                .Validate();
        // The ground's and the common bodies' variants up front, so the first frame is not slower than the rest.
        Lit(SurfacePattern.None, true);
        Lit(SurfacePattern.None, false);
    }

    /// <summary>The single-sample framebuffer holding the finished frame.</summary>
    public uint ReadFramebuffer => (_resolved ?? _multisampled).Handle;

    /// <summary>Core profile needs some vertex array bound even when the shader makes vertices from gl_VertexID.</summary>
    public uint EmptyVertexArray { get; init; }

    public unsafe void Render(ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes, uint shadowMap, bool shadows)
    {
        var target = _multisampled;
        target.Bind();
        var one = 1f;
        _gl.ClearNamedFramebuffer(target.Handle, BufferKind.Depth, 0, &one);
        _gl.Enable(EnableCap.DepthTest);
        _gl.DepthMask(true);
        _gl.DepthFunc(DepthFunction.Less);
        // The backend flips Y in the projection so rows come out top first; that mirrors winding, so the
        // counter-clockwise outsides of meshes arrive clockwise.
        _gl.Enable(EnableCap.CullFace);
        _gl.CullFace(TriangleFace.Back);
        _gl.FrontFace(FrontFaceDirection.CW);
        _gl.BindTextureUnit(0, shadowMap);

        for (var pass = 0; pass < 2; pass++)
            foreach (ref readonly var d in draws)
            {
                // Pass 0: bodies; pass 1: the ground (object id 0), which is also the only open mesh.
                var isGround = d.ObjectId == 0;
                if (isGround != (pass == 1)) continue;
                if (isGround) _gl.Disable(EnableCap.CullFace);
                var s = d.Surface;
                var lit = Lit(s.Pattern, shadows);
                var program = lit.Program.Handle;
                _gl.UseProgram(program);
                MatrixUpload.Set(_gl, program, lit.World, d.World);
                MatrixUpload.Set(_gl, program, lit.NormalWorld, d.NormalWorld);
                MatrixUpload.Set(_gl, program, lit.PatternSpace, d.PatternSpace);
                _gl.ProgramUniform4(program, lit.Base, s.BaseColor.X, s.BaseColor.Y, s.BaseColor.Z, s.Roughness);
                _gl.ProgramUniform4(program, lit.Surface, s.Metallic, 0f, 0f, 0f);
                meshes[d.Mesh.Index].Draw();
                if (isGround) _gl.Enable(EnableCap.CullFace);
            }

        // Sky last, at the far plane: only uncovered pixels run its shader.
        _gl.DepthFunc(DepthFunction.Lequal);
        _gl.DepthMask(false);
        _gl.Disable(EnableCap.CullFace);
        _gl.UseProgram(_sky.Handle);
        _gl.BindVertexArray(EmptyVertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        _gl.DepthMask(true);

        if (_resolved != null)
            _gl.BlitNamedFramebuffer(_multisampled.Handle, _resolved.Handle, 0, 0, target.Width, target.Height,
                0, 0, target.Width, target.Height, ClearBufferMask.ColorBufferBit, BlitFramebufferFilter.Nearest);
    }

    private LitProgram Lit(SurfacePattern pattern, bool shadows)
    {
        var p = Math.Clamp((int)pattern, 0, PatternCount - 1);
        var index = p * 2 + (shadows ? 1 : 0);
        return _lit[index] ??= new LitProgram(_gl, p, shadows);
    }

    public void Dispose()
    {
        foreach (var l in _lit) l?.Program.Dispose();
        _sky.Dispose();
        _multisampled.Dispose();
        _resolved?.Dispose();
    }

    /// <summary>One variant of the lit program with its uniform locations.</summary>
    private sealed class LitProgram
    {
        public LitProgram(GL gl, int pattern, bool shadows)
        {
            var defines = $"#define PATTERN {pattern}\n#define SHADOWS {(shadows ? 1 : 0)}\n";
            Program = new GlProgram(gl, $"lit (pattern {pattern}, shadows {shadows})",
                ShaderSources.Stage("lit.vert", "common.glsl"),
                ShaderSources.Variant("lit.frag", defines, "common.glsl", "output.glsl", "patterns.glsl"));
            World = Program.Uniform("uWorld");
            NormalWorld = Program.Uniform("uNormalWorld");
            PatternSpace = Program.Uniform("uPatternSpace");
            Base = Program.Uniform("uBase");
            Surface = Program.Uniform("uSurface");
        }

        public GlProgram Program { get; }
        public int World { get; }
        public int NormalWorld { get; }
        public int PatternSpace { get; }
        public int Base { get; }
        public int Surface { get; }
    }
}
