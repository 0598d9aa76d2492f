using Kinora.Compose;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL.Gl;

/// <summary>
/// A mesh in immutable GL buffers: positions at attribute 0, normals at attribute 1, texture coordinates at
/// attribute 2 (separate streams so the depth-only passes fetch 12 bytes a vertex), 32-bit indices. Built with
/// 4.5 direct state access. A mesh made without UVs gets (0, 0) everywhere. A skinned mesh also has its joint
/// indices at attribute 3 and weights at attribute 4 (skin.glsl); rigid meshes have neither, so they cost nothing.
/// </summary>
internal sealed unsafe class GlMesh : IDisposable
{
    private readonly GL _gl;
    private readonly uint _positions, _normals, _uvs, _indices;
    private readonly uint _joints, _weights;   // 0 for a rigid mesh

    public GlMesh(GL gl, Mesh mesh)
    {
        _gl = gl;
        IndexCount = (uint)mesh.Indices.Length;
        _positions = Upload(mesh.Positions.Span);
        _normals = Upload(mesh.Normals.Span);
        _uvs = mesh.Uvs.Length == mesh.Positions.Length
            ? Upload(mesh.Uvs.Span)
            : Upload<System.Numerics.Vector2>(new System.Numerics.Vector2[mesh.Positions.Length]);
        _indices = Upload(mesh.Indices.Span);

        VertexArray = gl.CreateVertexArray();
        gl.VertexArrayVertexBuffer(VertexArray, 0, _positions, 0, 12);
        gl.VertexArrayVertexBuffer(VertexArray, 1, _normals, 0, 12);
        gl.VertexArrayVertexBuffer(VertexArray, 2, _uvs, 0, 8);
        gl.VertexArrayElementBuffer(VertexArray, _indices);
        for (uint attribute = 0; attribute < 3; attribute++)
        {
            gl.EnableVertexArrayAttrib(VertexArray, attribute);
            gl.VertexArrayAttribFormat(VertexArray, attribute, attribute == 2 ? 2 : 3, VertexAttribType.Float, false, 0);
            gl.VertexArrayAttribBinding(VertexArray, attribute, attribute);
        }
        if (!mesh.IsSkinned) return;
        _joints = Upload(mesh.SkinJoints.Span);
        _weights = Upload(mesh.SkinWeights.Span);
        gl.VertexArrayVertexBuffer(VertexArray, 3, _joints, 0, 16);
        gl.VertexArrayVertexBuffer(VertexArray, 4, _weights, 0, 16);
        for (uint attribute = 3; attribute < 5; attribute++)
        {
            gl.EnableVertexArrayAttrib(VertexArray, attribute);
            gl.VertexArrayAttribFormat(VertexArray, attribute, 4, VertexAttribType.Float, false, 0);
            gl.VertexArrayAttribBinding(VertexArray, attribute, attribute);
        }
    }

    public uint VertexArray { get; }
    public uint IndexCount { get; }

    public void Draw()
    {
        _gl.BindVertexArray(VertexArray);
        _gl.DrawElements(PrimitiveType.Triangles, IndexCount, DrawElementsType.UnsignedInt, null);
    }

    private uint Upload<T>(ReadOnlySpan<T> data) where T : unmanaged
    {
        var buffer = _gl.CreateBuffer();
        fixed (T* p = data)
            _gl.NamedBufferStorage(buffer, (nuint)(data.Length * sizeof(T)), p, BufferStorageMask.None);
        return buffer;
    }

    public void Dispose()
    {
        _gl.DeleteVertexArray(VertexArray);
        _gl.DeleteBuffer(_positions);
        _gl.DeleteBuffer(_normals);
        _gl.DeleteBuffer(_uvs);
        _gl.DeleteBuffer(_indices);
        if (_joints != 0) _gl.DeleteBuffer(_joints);
        if (_weights != 0) _gl.DeleteBuffer(_weights);
    }
}
