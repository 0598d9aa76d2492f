using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>A linked vertex + fragment program. Compile and link errors throw with the driver's log.</summary>
internal sealed class GlProgram : IDisposable
{
    private readonly GL _gl;

    public GlProgram(GL gl, string name, string vertexSource, string fragmentSource)
    {
        _gl = gl;
        Name = name;
        var vs = Compile(ShaderType.VertexShader, vertexSource);
        var fs = Compile(ShaderType.FragmentShader, fragmentSource);
        Handle = gl.CreateProgram();
        gl.AttachShader(Handle, vs);
        gl.AttachShader(Handle, fs);
        gl.LinkProgram(Handle);
        gl.DetachShader(Handle, vs);
        gl.DetachShader(Handle, fs);
        gl.DeleteShader(vs);
        gl.DeleteShader(fs);
        gl.GetProgram(Handle, ProgramPropertyARB.LinkStatus, out var linked);
        if (linked == 0)
        {
            var log = gl.GetProgramInfoLog(Handle);
            gl.DeleteProgram(Handle);
            throw new InvalidOperationException($"GL program {name} failed to link: {log}");
        }
    }

    public string Name { get; }
    public uint Handle { get; }

    /// <summary>Location of a uniform; −1 when the compiler removed it as unused (GL ignores writes to −1).</summary>
    public int Uniform(string name) => _gl.GetUniformLocation(Handle, name);

    private uint Compile(ShaderType type, string source)
    {
        var shader = _gl.CreateShader(type);
        _gl.ShaderSource(shader, source);
        _gl.CompileShader(shader);
        _gl.GetShader(shader, ShaderParameterName.CompileStatus, out var ok);
        if (ok != 0) return shader;
        var log = _gl.GetShaderInfoLog(shader);
        _gl.DeleteShader(shader);
        throw new InvalidOperationException($"GL {type} of {Name} failed to compile: {log}");
    }

    public void Dispose() => _gl.DeleteProgram(Handle);
}
