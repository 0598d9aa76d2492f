using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// The colour pass's surface programs, one variant per combination of shading model, pattern, shadow map and
/// image (none, opaque, with cut-outs), plus the unlit variants; each compiled the first time it is needed.
/// llvmpipe executes both sides of a branch under a mask, so uniform switches would make every pixel pay for
/// every feature; variants let each pixel run only its own. <c>extraDefines</c> go in front of every variant's own
/// (the profiling bench's feature switches; empty otherwise).
/// </summary>
internal sealed class SurfacePrograms(GL gl, string extraDefines = "") : IDisposable
{
    private const int ImageKinds = 3;      // 0 none, 1 opaque image, 2 image with cut-outs (discards)
    private const int ShadingCount = 4;

    // The last indices are rigid (0) or skinned (1): bent bodies run the same fragment code after skin.glsl's vertex
    // stage; then dry (0) or wet (1): rain's puddles, a variant because llvmpipe would run their noise on dry days;
    // then a body (0) or the ground (1), which reads its sky occlusion from GroundOcclusionPass's map.
    // Last, without (0) or with (1) lamp 0's cube shadow map (LampShadowPass).
    private readonly SurfaceProgram?[] _lit = new SurfaceProgram?[ShadingCount * SurfacePatterns.Count * 2 * ImageKinds * 2 * 2 * 2 * 2];
    // Unlit: image kind × skinned × living (picture layers that move) × catching the sun's shadow.
    private readonly SurfaceProgram?[] _unlit = new SurfaceProgram?[ImageKinds * 2 * 4];

    /// <summary>The program for a surface; <paramref name="imageKind"/> is 0 without an image, 1 with an opaque
    /// one, 2 with one that has cut-outs; <paramref name="skinned"/> for a draw bent by its rig; <paramref name="wet"/>
    /// when the frame's ground is wet with rain; <paramref name="ground"/> for the ground's draw.</summary>
    public SurfaceProgram Get(in SurfaceParams surface, int imageKind, bool shadows, LookShading shading, bool skinned = false, bool wet = false,
        bool ground = false, bool lampShadow = false)
    {
        var s = skinned ? 1 : 0;
        if (surface.Unlit)
        {
            var living = surface.Living && imageKind == 1 ? 1 : 0;
            var catches = shadows && surface.ShadowCatch > 0 ? 1 : 0;
            return _unlit[((imageKind * 2 + s) * 2 + living) * 2 + catches] ??= new SurfaceProgram(gl, "unlit.frag",
                extraDefines + $"#define PATTERN 0\n#define SHADOWS {catches}\n#define IMAGE {imageKind}\n#define LIVING {living}\n",
                skinned, $"unlit (image {imageKind}, skinned {skinned}, living {living}, shadows {catches})");
        }
        var p = Math.Clamp((int)surface.Pattern, 0, SurfacePatterns.Count - 1);
        var m = Math.Clamp((int)shading, 0, ShadingCount - 1);
        var w = wet ? 1 : 0;
        var g = ground ? 1 : 0;
        var ls = lampShadow ? 1 : 0;
        var index = ((((((m * SurfacePatterns.Count + p) * 2 + (shadows ? 1 : 0)) * ImageKinds + imageKind) * 2 + s) * 2 + w) * 2 + g) * 2 + ls;
        return _lit[index] ??= new SurfaceProgram(gl, "lit.frag",
            extraDefines + $"#define PATTERN {p}\n#define SHADOWS {(shadows ? 1 : 0)}\n#define SHADING {m}\n#define IMAGE {imageKind}\n#define WET {w}\n#define GROUND {g}\n#define LAMP_SHADOW {ls}\n",
            skinned, $"lit (pattern {(SurfacePattern)p}, shadows {shadows}, shading {(LookShading)m}, image {imageKind}, skinned {skinned}, wet {wet}, ground {ground}, lamp shadow {lampShadow})");
    }

    public void Dispose()
    {
        foreach (var p in _lit) p?.Program.Dispose();
        foreach (var p in _unlit) p?.Program.Dispose();
    }
}

/// <summary>One surface program with its uniform locations.</summary>
internal sealed class SurfaceProgram
{
    public SurfaceProgram(GL gl, string fragment, string defines, bool skinned, string name)
    {
        Program = new GlProgram(gl, name,
            skinned ? ShaderSources.Variant("lit.vert", "#define SKINNED 1\n", "common.glsl", "skin.glsl") : ShaderSources.Stage("lit.vert", "common.glsl"),
            ShaderSources.Variant(fragment, defines, "common.glsl", "output.glsl", "patterns.glsl"));
        SkinBase = Program.Uniform("uSkinBase");
        World = Program.Uniform("uWorld");
        NormalWorld = Program.Uniform("uNormalWorld");
        PatternSpace = Program.Uniform("uPatternSpace");
        Base = Program.Uniform("uBase");
        Surface = Program.Uniform("uSurface");
        Emission = Program.Uniform("uEmission");
        GroundRegion = Program.Uniform("uGroundRegion");
    }

    public GlProgram Program { get; }
    public int World { get; }
    public int NormalWorld { get; }
    public int PatternSpace { get; }
    public int Base { get; }
    public int Surface { get; }
    /// <summary>−1 in the unlit program, which has no light of its own to add.</summary>
    public int Emission { get; }
    /// <summary>−1 except in the ground's programs.</summary>
    public int GroundRegion { get; }
    /// <summary>−1 in rigid programs.</summary>
    public int SkinBase { get; }
}
