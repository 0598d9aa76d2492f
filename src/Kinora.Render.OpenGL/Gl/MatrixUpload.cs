using System.Numerics;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>
/// Matrix uniforms. System.Numerics stores M11, M12, M13, M14 first (rows of a row-vector matrix). GLSL reads the
/// first four floats as column 0, so uploading with transpose = false hands the shader Mᵀ, and Mᵀ·v (column
/// vector) equals v·M: shaders write `M * v` and get exactly what C# composed. No transposing anywhere.
/// </summary>
internal static unsafe class MatrixUpload
{
    public static void Set(GL gl, uint program, int location, in Matrix4x4 m)
    {
        if (location < 0) return;
        fixed (Matrix4x4* p = &m)
            gl.ProgramUniformMatrix4(program, location, 1, false, (float*)p);
    }
}
