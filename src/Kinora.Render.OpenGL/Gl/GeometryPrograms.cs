using System.Numerics;
using Kinora.Render.Backend;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>
/// One vertex + fragment pair in its rigid and skinned variants (the SKINNED define, skin.glsl), for the passes
/// that only need geometry: the shadow map, object ids and normals. <see cref="Use"/> picks the variant a draw needs
/// and uploads its transforms, so each pass draws rigid and bent bodies alike and they all agree with the colour pass.
/// The skinned variant is compiled the first time a bent body is drawn.
/// </summary>
internal sealed class GeometryPrograms(GL gl, string name, string vertex, string fragment, string? extraUniform = null) : IDisposable
{
    private GeometryProgram? _rigid, _skinned;
    private uint _current;

    /// <summary>Call before a pass's draws: the next <see cref="Use"/> binds its program whatever was bound before.</summary>
    public void Begin() => _current = 0;

    /// <summary>Binds the variant for <paramref name="d"/> and sets its transforms for <paramref name="clipFromWorld"/>.</summary>
    public GeometryProgram Use(in DrawItem d, in Matrix4x4 clipFromWorld)
    {
        var p = d.Skinned
            ? _skinned ??= new GeometryProgram(gl, name + " (skinned)", vertex, fragment, true, extraUniform)
            : _rigid ??= new GeometryProgram(gl, name, vertex, fragment, false, extraUniform);
        var handle = p.Program.Handle;
        if (_current != handle) gl.UseProgram(_current = handle);
        if (d.Skinned)
        {
            MatrixUpload.Set(gl, handle, p.World, d.World);
            MatrixUpload.Set(gl, handle, p.ClipFrom, clipFromWorld);
            gl.ProgramUniform1(handle, p.SkinBase, d.SkinBase);
        }
        else MatrixUpload.Set(gl, handle, p.ClipFrom, d.World * clipFromWorld);
        MatrixUpload.Set(gl, handle, p.NormalWorld, d.NormalWorld);
        return p;
    }

    public void Dispose()
    {
        _rigid?.Program.Dispose();
        _skinned?.Program.Dispose();
    }
}

/// <summary>One variant of <see cref="GeometryPrograms"/> with its uniform locations (−1 where the shader has none).</summary>
internal sealed class GeometryProgram
{
    public GeometryProgram(GL gl, string name, string vertex, string fragment, bool skinned, string? extraUniform)
    {
        Program = new GlProgram(gl, name,
            skinned ? ShaderSources.Variant(vertex, "#define SKINNED 1\n", "common.glsl", "skin.glsl") : ShaderSources.Stage(vertex, "common.glsl"),
            ShaderSources.Stage(fragment));
        ClipFrom = Program.Uniform(skinned ? "uClipFromWorld" : "uClipFromMesh");
        World = Program.Uniform("uWorld");
        NormalWorld = Program.Uniform("uNormalWorld");
        SkinBase = Program.Uniform("uSkinBase");
        Extra = extraUniform is null ? -1 : Program.Uniform(extraUniform);
    }

    public GlProgram Program { get; }
    /// <summary>Rigid: mesh → clip; skinned: world → clip.</summary>
    public int ClipFrom { get; }
    public int World { get; }
    public int NormalWorld { get; }
    public int SkinBase { get; }
    /// <summary>The pass's own per-draw uniform (the object id).</summary>
    public int Extra { get; }
}
