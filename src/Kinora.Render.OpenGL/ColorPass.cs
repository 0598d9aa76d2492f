using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The picture: lit draws, then the sky wherever nothing was drawn, into a (multisampled) RGBA8 target that holds
/// final sRGB values (tone mapping happens per fragment, so there is no HDR buffer and photoreal has no post pass
/// to pay for on a CPU rasterizer), resolved into a single-sample target for readback. Any other look resolves
/// colour and depth into textures and runs one full-screen post program (post.frag, a variant per look) into a
/// second target that is read back instead. Draws go bodies first, ground last, so
/// the ground behind a body fails the early depth test instead of being shaded.
/// <para>The lit program comes in variants per surface pattern and with or without shadows, compiled the first
/// time they are needed: llvmpipe executes both sides of a branch under a mask, so uniform switches would make
/// every pixel pay for every feature.</para>
/// </summary>
internal sealed class ColorPass : IDisposable
{
    private const int PatternCount = 5;
    private const int ShadingCount = 4;

    private readonly GL _gl;
    private readonly LitProgram?[] _lit = new LitProgram?[ShadingCount * PatternCount * 2];
    private readonly GlProgram _sky;
    private readonly RenderTarget _multisampled;
    private readonly RenderTarget? _resolved;
    private readonly int _width, _height;
    // Made the first time a look with a post pass is rendered: photoreal frames never pay for them.
    private readonly GlProgram?[] _post = new GlProgram?[Looks.Count];
    private RenderTarget? _scene;       // resolved colour + depth as textures, what the post pass samples
    private uint _sceneColor, _sceneDepth;
    private RenderTarget? _styled;      // the post pass's output
    private uint _readFramebuffer;

    public ColorPass(GL gl, int width, int height, int samples)
    {
        _gl = gl;
        _width = width;
        _height = height;
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
        Lit(SurfacePattern.None, true, LookShading.Physical);
        Lit(SurfacePattern.None, false, LookShading.Physical);
        _readFramebuffer = (_resolved ?? _multisampled).Handle;
    }

    /// <summary>The single-sample framebuffer holding the finished frame.</summary>
    public uint ReadFramebuffer => _readFramebuffer;

    /// <summary>Core profile needs some vertex array bound even when the shader makes vertices from gl_VertexID.</summary>
    public uint EmptyVertexArray { get; init; }

    public unsafe void Render(ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes, uint shadowMap, bool shadows, LookStyle look)
    {
        var shading = Looks.Shading(look);
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
                var lit = Lit(s.Pattern, shadows, shading);
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

        if (Looks.HasPost(look))
        {
            RunPost(look);
            return;
        }
        if (_resolved != null)
            _gl.BlitNamedFramebuffer(_multisampled.Handle, _resolved.Handle, 0, 0, target.Width, target.Height,
                0, 0, target.Width, target.Height, ClearBufferMask.ColorBufferBit, BlitFramebufferFilter.Nearest);
        _readFramebuffer = (_resolved ?? _multisampled).Handle;
    }

    /// <summary>Resolves colour and depth into textures, then draws the look's full-screen program into the
    /// styled target, which becomes the frame that is read back.</summary>
    private void RunPost(LookStyle look)
    {
        if (_scene == null)
        {
            _scene = new RenderTarget(_gl, "scene for post", _width, _height);
            _sceneColor = _scene.AttachTexture(FramebufferAttachment.ColorAttachment0, SizedInternalFormat.Rgba8);
            _sceneDepth = _scene.AttachTexture(FramebufferAttachment.DepthAttachment, SizedInternalFormat.DepthComponent24);
            _scene.Validate();
            _styled = new RenderTarget(_gl, "styled", _width, _height)
                .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba8, 1)
                .Validate();
        }
        // Depth resolves by picking a sample (the blit must be nearest); only looks that draw outlines read it, and
        // copying it costs a few ms a frame on a CPU rasterizer.
        var mask = ClearBufferMask.ColorBufferBit | (PostReadsDepth(look) ? ClearBufferMask.DepthBufferBit : 0);
        _gl.BlitNamedFramebuffer(_multisampled.Handle, _scene.Handle, 0, 0, _width, _height, 0, 0, _width, _height,
            mask, BlitFramebufferFilter.Nearest);

        var index = Math.Clamp((int)look, 0, Looks.Count - 1);
        var program = _post[index] ??= new GlProgram(_gl, $"post ({look})", ShaderSources.Stage("sky.vert"),
            ShaderSources.Variant("post.frag", $"#define LOOK {index}\n", "common.glsl"));
        _styled!.Bind();
        _gl.Disable(EnableCap.DepthTest);
        _gl.Disable(EnableCap.CullFace);
        _gl.UseProgram(program.Handle);
        _gl.BindTextureUnit(1, _sceneColor);
        _gl.BindTextureUnit(2, _sceneDepth);
        _gl.BindVertexArray(EmptyVertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
        _gl.Enable(EnableCap.DepthTest);
        _readFramebuffer = _styled.Handle;
    }

    /// <summary>Whether post.frag's recipe for the look samples depth (outlines, the night sky).</summary>
    private static bool PostReadsDepth(LookStyle look) => look is LookStyle.Anime or LookStyle.Comic or LookStyle.Watercolor
        or LookStyle.PixelArt or LookStyle.Cyberpunk or LookStyle.Sketch or LookStyle.UkiyoE;

    private LitProgram Lit(SurfacePattern pattern, bool shadows, LookShading shading)
    {
        var p = Math.Clamp((int)pattern, 0, PatternCount - 1);
        var m = Math.Clamp((int)shading, 0, ShadingCount - 1);
        var index = (m * PatternCount + p) * 2 + (shadows ? 1 : 0);
        return _lit[index] ??= new LitProgram(_gl, p, shadows, m);
    }

    public void Dispose()
    {
        foreach (var l in _lit) l?.Program.Dispose();
        _sky.Dispose();
        _multisampled.Dispose();
        _resolved?.Dispose();
        foreach (var p in _post) p?.Dispose();
        _scene?.Dispose();
        _styled?.Dispose();
    }

    /// <summary>One variant of the lit program with its uniform locations.</summary>
    private sealed class LitProgram
    {
        public LitProgram(GL gl, int pattern, bool shadows, int shading)
        {
            var defines = $"#define PATTERN {pattern}\n#define SHADOWS {(shadows ? 1 : 0)}\n#define SHADING {shading}\n";
            Program = new GlProgram(gl, $"lit (pattern {pattern}, shadows {shadows}, shading {shading})",
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
