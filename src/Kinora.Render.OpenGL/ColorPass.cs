using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The picture: opaque draws, then the sky wherever nothing was drawn, then transparent draws far to near, into an
/// RGBA8 target that holds final sRGB values (tone mapping happens per fragment, so there is no HDR buffer to
/// fill and resolve on a CPU rasterizer). Then one full-screen post program (post.frag, a variant per look and
/// antialiasing choice) reads that colour (and depth) as textures and writes the frame that is read back; with
/// neither a look nor post antialiasing the scene target is read back directly. With multisampling the scene is
/// drawn into multisampled renderbuffers and resolved first. Opaque draws go bodies first, ground last, so the
/// ground behind a body fails the early depth test instead of being shaded.
/// <para>Alpha in the colour target marks unlit pixels (0 unlit, 1 lit; fractional on antialiased edges): the
/// post pass keeps those pixels as they are, and without a post pass alpha is set back to 1 before readback.</para>
/// </summary>
internal sealed class ColorPass : IDisposable
{
    /// <summary>Texture units: 0 shadow map (lit programs), 1 and 2 scene colour and depth (post), 3 albedo image.</summary>
    private const int AlbedoUnit = 3;

    private readonly GL _gl;
    private readonly SurfacePrograms _programs;
    private readonly GlProgram _sky;
    private readonly GlProgram _precipitation;
    private readonly int _precipitationViewport, _precipitationSplashes, _precipitationParticles, _precipitationSource, _precipitationAir;
    private System.Numerics.Vector4 _air;   // this frame's FrameConstants.Air: a fire's flicker, the wind
    /// <summary>Splashes of rain on the ground around the camera at any moment (each lives ~0.2 s).</summary>
    private const uint SplashCount = 1200;
    private readonly RenderTarget? _multisampled;   // only with samples > 1
    private readonly RenderTarget? _resolved;       // multisampled frames without a post pass resolve here
    private readonly RenderTarget _scene;           // colour + depth as textures: what the post pass samples
    private readonly uint _sceneColor, _sceneDepth;
    private readonly bool _postAntialias;
    private readonly string _extraDefines;   // the profiling bench's feature switches (surface and post programs)
    private readonly int _width, _height;
    // Post variants (look × antialiasing × bloom × depth of field), made the first time they are needed.
    private readonly GlProgram?[] _post = new GlProgram?[Looks.Count * 8];
    private BloomPass? _bloom;          // made the first time a frame asks for bloom
    private FrameStatsPass? _stats;     // made the first time a look reads the frame's exposure
    private RenderTarget? _styled;      // the post pass's output
    private uint _readFramebuffer;
    // Transparent draws of the frame and their distances, sorted far to near; grown as needed, never per frame.
    private int[] _transparent = new int[16];
    private float[] _transparentDistance = new float[16];
    // Opaque draw order of the frame, nearest first; grown as needed, never per frame.
    private int[] _order = [];
    private float[] _orderDistance = [];
    private bool _wet;   // this frame's ground is wet with rain: surfaces use the WET program variants
    private bool _lampShadow;   // this frame's lamp 0 has a cube shadow map
    private GroundOcclusionPass? _groundOcclusion;   // made the first time a frame has a ground

    public ColorPass(GL gl, int width, int height, int samples, bool postAntialias, string shaderDefines = "")
    {
        _gl = gl;
        _width = width;
        _height = height;
        _postAntialias = postAntialias;
        _extraDefines = shaderDefines;
        _programs = new SurfacePrograms(gl, shaderDefines);
        _sky = new GlProgram(gl, "sky", ShaderSources.Stage("sky.vert"), ShaderSources.Stage("sky.frag", "common.glsl", "output.glsl"));
        _precipitation = new GlProgram(gl, "precipitation", ShaderSources.Stage("precipitation.vert", "common.glsl"),
            ShaderSources.Stage("precipitation.frag", "common.glsl", "output.glsl"));
        _precipitationViewport = _precipitation.Uniform("uViewport");
        _precipitationSplashes = _precipitation.Uniform("uSplashes");
        _precipitationParticles = _precipitation.Uniform("uParticles");
        _precipitationSource = _precipitation.Uniform("uParticleSource");
        _precipitationAir = _precipitation.Uniform("uAir");
        _scene = new RenderTarget(gl, "scene", width, height);
        _sceneColor = _scene.AttachTexture(FramebufferAttachment.ColorAttachment0, SizedInternalFormat.Rgba8);
        _sceneDepth = _scene.AttachTexture(FramebufferAttachment.DepthAttachment, SizedInternalFormat.DepthComponent24);
        _scene.Validate();
        // Post antialiasing samples between texels; depth is only ever fetched whole.
        gl.TextureParameter(_sceneColor, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        gl.TextureParameter(_sceneColor, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TextureParameter(_sceneColor, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TextureParameter(_sceneColor, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        if (samples > 1)
        {
            _multisampled = new RenderTarget(gl, "colour", width, height)
                .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba8, samples)
                .AttachRenderbuffer(FramebufferAttachment.DepthAttachment, InternalFormat.DepthComponent24, samples)
                .Validate();
            _resolved = new RenderTarget(gl, "colour resolve", width, height)
                .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba8, 1)
                .Validate();
        }
        // The ground's and the common bodies' variants up front, so the first frame is not slower than the rest.
        var plain = new SurfaceParams();
        _programs.Get(plain, 0, true, LookShading.Physical);
        _programs.Get(plain, 0, false, LookShading.Physical);
        _readFramebuffer = (_resolved ?? _scene).Handle;
    }

    /// <summary>The single-sample framebuffer holding the finished frame.</summary>
    public uint ReadFramebuffer => _readFramebuffer;

    /// <summary>Set by the backend when benchmarks time passes; null otherwise.</summary>
    public PassProfiler? Profiler { get; set; }

    /// <summary>Core profile needs some vertex array bound even when the shader makes vertices from gl_VertexID.</summary>
    public uint EmptyVertexArray { get; init; }

    public unsafe void Render(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes,
        IReadOnlyList<GlTexture> textures, uint shadowMap, bool shadows, LookStyle look)
    {
        var shading = Looks.Shading(look);
        // The bodies' sky occlusion on the ground, before the scene's framebuffer is bound.
        foreach (ref readonly var d in draws)
            if (d.IsGround && !d.OutOfView)
            {
                _groundOcclusion ??= new GroundOcclusionPass(_gl);
                _groundOcclusion.Render(frame, d.World.M42, EmptyVertexArray);
                break;
            }
        var target = _multisampled ?? _scene;
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

        SortNearFirst(draws, frame.Eye);
        _wet = frame.Lighting.W > 0;
        _lampShadow = frame.LampShadow.W > 0;
        _air = frame.Air;   // lamp 0's cube map is bound (GlBackend): surfaces use the LAMP_SHADOW variants

        var anyUnlit = false;
        var transparentCount = 0;
        for (var pass = 0; pass < 2; pass++)
            for (var i = 0; i < draws.Length; i++)
            {
                ref readonly var d = ref draws[_order[i]];
                if (d.OutOfView) continue;
                if (d.Surface.IsTransparent)
                {
                    if (pass == 0) AddTransparent(ref transparentCount, _order[i], d, frame.Eye);
                    continue;
                }
                // Pass 0: bodies and scenery; pass 1: the ground, which is also the only open mesh.
                var isGround = d.IsGround;
                if (isGround != (pass == 1)) continue;
                anyUnlit |= d.Surface.Unlit;
                if (isGround) _gl.Disable(EnableCap.CullFace);
                Draw(d, meshes, textures, shadows, shading);
                if (isGround) _gl.Enable(EnableCap.CullFace);
            }

        // Sky after the opaque draws, at the far plane: only uncovered pixels run its shader.
        _gl.DepthFunc(DepthFunction.Lequal);
        _gl.DepthMask(false);
        _gl.Disable(EnableCap.CullFace);
        _gl.UseProgram(_sky.Handle);
        _gl.BindVertexArray(EmptyVertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);

        if (transparentCount > 0) DrawTransparent(transparentCount, draws, meshes, textures, shadows, shading);
        if (frame.Weather.X > 0 && frame.Weather.Y > 0) DrawPrecipitation((uint)frame.Weather.Y, frame.Weather.X == 1);
        if (frame.Particles.X > 0 && frame.Particles.Y > 0) DrawParticles(frame.Particles, frame.ParticleSource);
        _gl.DepthMask(true);
        _gl.DepthFunc(DepthFunction.Less);

        var bloom = frame.Lighting.Y > 0;
        var lens = frame.Lens.Y > 0.5f;   // under half a pixel of blur even at infinity: nothing to do
        if (Looks.HasPost(look) || _postAntialias || bloom || lens)
        {
            Profiler?.End(RenderPass.Scene);
            RunPost(look, bloom, lens);
            Profiler?.End(RenderPass.Post);
            return;
        }
        if (_multisampled != null)
            _gl.BlitNamedFramebuffer(_multisampled.Handle, _resolved!.Handle, 0, 0, _width, _height,
                0, 0, _width, _height, ClearBufferMask.ColorBufferBit, BlitFramebufferFilter.Nearest);
        _readFramebuffer = (_resolved ?? _scene).Handle;
        if (anyUnlit) ClearAlpha(_readFramebuffer);
        Profiler?.End(RenderPass.Scene);
    }

    private void Draw(in DrawItem d, IReadOnlyList<GlMesh> meshes, IReadOnlyList<GlTexture> textures, bool shadows, LookShading shading)
    {
        var s = d.Surface;
        var imageKind = 0;
        if (!s.Albedo.IsNone)
        {
            var texture = textures[s.Albedo.Index - 1];
            imageKind = texture.HasCutout && !s.Living ? 2 : 1; // a living picture's alpha is its motion code
            _gl.BindTextureUnit(AlbedoUnit, texture.Handle);
        }
        var ground = d.IsGround && !s.Unlit && _groundOcclusion != null;
        var surface = _programs.Get(s, imageKind, shadows, shading, d.Skinned, _wet, ground, _lampShadow);
        var program = surface.Program.Handle;
        _gl.UseProgram(program);
        if (d.Skinned) _gl.ProgramUniform1(program, surface.SkinBase, d.SkinBase);
        MatrixUpload.Set(_gl, program, surface.World, d.World);
        MatrixUpload.Set(_gl, program, surface.NormalWorld, d.NormalWorld);
        MatrixUpload.Set(_gl, program, surface.PatternSpace, d.PatternSpace);
        _gl.ProgramUniform4(program, surface.Base, s.BaseColor.X, s.BaseColor.Y, s.BaseColor.Z, s.Roughness);
        _gl.ProgramUniform4(program, surface.Surface, s.Metallic, s.ShadowCatch, 0f, 0f);
        if (surface.Emission >= 0) _gl.ProgramUniform4(program, surface.Emission, s.Emission.X, s.Emission.Y, s.Emission.Z, 0f);
        if (ground)
        {
            var r = _groundOcclusion!.Region;
            _gl.ProgramUniform4(program, surface.GroundRegion, r.X, r.Y, r.Z, r.W);
        }
        meshes[d.Mesh.Index].Draw();
    }

    /// <summary>Orders the draws nearest first (by their origins), so nearer surfaces fill the depth buffer before the
    /// ones they hide are shaded: on a CPU rasterizer every hidden fragment that fails early depth is shading saved.</summary>
    private void SortNearFirst(ReadOnlySpan<DrawItem> draws, System.Numerics.Vector4 eye)
    {
        if (_order.Length < draws.Length)
        {
            _order = new int[draws.Length];
            _orderDistance = new float[draws.Length];
        }
        for (var i = 0; i < draws.Length; i++)
        {
            var dx = draws[i].World.M41 - eye.X;
            var dy = draws[i].World.M42 - eye.Y;
            var dz = draws[i].World.M43 - eye.Z;
            _order[i] = i;
            _orderDistance[i] = dx * dx + dy * dy + dz * dz;
        }
        Array.Sort(_orderDistance, _order, 0, draws.Length);
    }

    private void AddTransparent(ref int count, int drawIndex, in DrawItem d, System.Numerics.Vector4 eye)
    {
        if (count == _transparent.Length)
        {
            Array.Resize(ref _transparent, count * 2);
            Array.Resize(ref _transparentDistance, count * 2);
        }
        var dx = d.World.M41 - eye.X;
        var dy = d.World.M42 - eye.Y;
        var dz = d.World.M43 - eye.Z;
        _transparent[count] = drawIndex;
        // Negated so an ascending sort puts the farthest first.
        _transparentDistance[count] = -(dx * dx + dy * dy + dz * dz);
        count++;
    }

    /// <summary>Glass and the like, far to near by the distance of each draw's origin, blended over what is
    /// behind, testing depth but not writing it. Alpha (the unlit mark) is left as it was.</summary>
    private void DrawTransparent(int count, ReadOnlySpan<DrawItem> draws, IReadOnlyList<GlMesh> meshes,
        IReadOnlyList<GlTexture> textures, bool shadows, LookShading shading)
    {
        Array.Sort(_transparentDistance, _transparent, 0, count);
        _gl.DepthFunc(DepthFunction.Less);
        _gl.DepthMask(false);
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFuncSeparate(BlendingFactor.SrcAlpha, BlendingFactor.OneMinusSrcAlpha, BlendingFactor.Zero, BlendingFactor.One);
        // Back faces first, then front faces, so a closed glass body shows its far wall through its near one.
        for (var k = 0; k < count; k++)
        {
            ref readonly var d = ref draws[_transparent[k]];
            _gl.Enable(EnableCap.CullFace);
            _gl.CullFace(TriangleFace.Front);
            Draw(d, meshes, textures, shadows, shading);
            _gl.CullFace(TriangleFace.Back);
            Draw(d, meshes, textures, shadows, shading);
        }
        _gl.Disable(EnableCap.Blend);
        _gl.Disable(EnableCap.CullFace);
    }

    /// <summary>Rain or snow (precipitation.vert places every particle): blended over the scene, depth-tested
    /// against it so bodies hide what falls behind them, alpha left alone.</summary>
    private void DrawPrecipitation(uint count, bool rain)
    {
        UseParticleProgram(BlendingFactor.SrcAlpha);
        _gl.ProgramUniform4(_precipitation.Handle, _precipitationParticles, 0f, 0f, 0f, 0f);
        _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, count);
        if (rain)
        {
            _gl.ProgramUniform1(_precipitation.Handle, _precipitationSplashes, 1);
            _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, SplashCount);
        }
        _gl.Disable(EnableCap.Blend);
    }

    /// <summary>Petals, leaves, sparks, confetti, bubbles, smoke, fire or dust (precipitation.vert's particle path, chosen by
    /// uParticles.x): drawn like rain and snow, after them, so both can fall at once.</summary>
    private void DrawParticles(System.Numerics.Vector4 particles, System.Numerics.Vector4 source)
    {
        // Premultiplied colour (precipitation.frag): alpha 0 adds light (flames), alpha 1 covers.
        UseParticleProgram(BlendingFactor.One);
        _gl.ProgramUniform4(_precipitation.Handle, _precipitationParticles, particles.X, particles.Y, particles.Z, particles.W);
        _gl.ProgramUniform4(_precipitation.Handle, _precipitationSource, source.X, source.Y, source.Z, source.W);
        _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, (uint)particles.Y);
        _gl.Disable(EnableCap.Blend);
    }

    /// <summary>The state both particle draws share: depth-tested against the scene without writing it, blended over
    /// it with <paramref name="sourceFactor"/> on colour and the destination's alpha kept, no splashes.</summary>
    private void UseParticleProgram(BlendingFactor sourceFactor)
    {
        _gl.DepthFunc(DepthFunction.Less);
        _gl.DepthMask(false);
        _gl.Disable(EnableCap.CullFace);
        _gl.Enable(EnableCap.Blend);
        _gl.BlendFuncSeparate(sourceFactor, BlendingFactor.OneMinusSrcAlpha, BlendingFactor.Zero, BlendingFactor.One);
        _gl.UseProgram(_precipitation.Handle);
        _gl.ProgramUniform2(_precipitation.Handle, _precipitationViewport, (float)_width, _height);
        _gl.ProgramUniform1(_precipitation.Handle, _precipitationSplashes, 0);
        _gl.ProgramUniform4(_precipitation.Handle, _precipitationAir, _air.X, _air.Y, _air.Z, _air.W);
        _gl.BindVertexArray(EmptyVertexArray);
    }

    /// <summary>Sets alpha to 1 (the readback contract) where unlit pixels marked it 0, leaving colour alone.</summary>
    private unsafe void ClearAlpha(uint framebuffer)
    {
        _gl.ColorMask(false, false, false, true);
        var opaque = stackalloc float[] { 0, 0, 0, 1 };
        _gl.ClearNamedFramebuffer(framebuffer, BufferKind.Color, 0, opaque);
        _gl.ColorMask(true, true, true, true);
    }

    /// <summary>Resolves a multisampled scene into the scene textures, then draws the look's full-screen program
    /// (with post antialiasing when asked) into the styled target, which becomes the frame that is read back.</summary>
    private void RunPost(LookStyle look, bool bloom, bool lens)
    {
        _styled ??= new RenderTarget(_gl, "styled", _width, _height)
            .AttachRenderbuffer(FramebufferAttachment.ColorAttachment0, InternalFormat.Rgba8, 1)
            .Validate();
        if (_multisampled != null)
        {
            // Depth resolves by picking a sample (the blit must be nearest); only looks that draw outlines read it,
            // and copying it costs a few ms a frame on a CPU rasterizer.
            var mask = ClearBufferMask.ColorBufferBit | (PostReadsDepth(look) || lens ? ClearBufferMask.DepthBufferBit : 0);
            _gl.BlitNamedFramebuffer(_multisampled.Handle, _scene.Handle, 0, 0, _width, _height, 0, 0, _width, _height,
                mask, BlitFramebufferFilter.Nearest);
        }

        if (bloom)
        {
            _bloom ??= new BloomPass(_gl, _width, _height);
            _bloom.Render(_sceneColor, EmptyVertexArray);
        }
        if (PostReadsFrameStats(look))
        {
            _stats ??= new FrameStatsPass(_gl);
            _stats.Render(_sceneColor, EmptyVertexArray);
        }
        var index = Math.Clamp((int)look, 0, Looks.Count - 1);
        var antialias = _postAntialias ? 1 : 0;
        var glow = bloom ? 1 : 0;
        var dof = lens ? 1 : 0;
        var program = _post[((index * 2 + antialias) * 2 + glow) * 2 + dof] ??= new GlProgram(_gl, $"post ({look}, post AA {_postAntialias}, bloom {bloom}, dof {lens})",
            ShaderSources.Stage("sky.vert"),
            ShaderSources.Variant("post.frag", _extraDefines + $"#define LOOK {index}\n#define POST_AA {antialias}\n#define BLOOM {glow}\n#define DOF {dof}\n", "common.glsl", "fxaa.glsl"));
        _styled.Bind();
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

    /// <summary>Whether post.frag's recipe for the look samples depth (outlines, the night sky, a painted sky).</summary>
    private static bool PostReadsDepth(LookStyle look) => look is LookStyle.Anime or LookStyle.Comic or LookStyle.Watercolor
        or LookStyle.PixelArt or LookStyle.Cyberpunk or LookStyle.Sketch or LookStyle.UkiyoE or LookStyle.VanGogh or LookStyle.Surrealism;

    /// <summary>Whether post.frag's recipe for the look reads the frame's exposure statistics (its LIFT_DARK looks,
    /// which light a dark frame, and black and white's print exposure).</summary>
    private static bool PostReadsFrameStats(LookStyle look) => look is LookStyle.Anime or LookStyle.Comic or LookStyle.Watercolor or LookStyle.BlackAndWhite
        or LookStyle.PixelArt or LookStyle.Surrealism or LookStyle.OilPainting or LookStyle.UkiyoE or LookStyle.VanGogh
        or LookStyle.Impressionism;

    public void Dispose()
    {
        _programs.Dispose();
        _sky.Dispose();
        _precipitation.Dispose();
        _multisampled?.Dispose();
        _resolved?.Dispose();
        foreach (var p in _post) p?.Dispose();
        _groundOcclusion?.Dispose();
        _scene.Dispose();
        _styled?.Dispose();
        _bloom?.Dispose();
        _stats?.Dispose();
    }
}
