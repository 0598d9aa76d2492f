using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// World-space unit normals per pixel in an RGBA16F target (zero where only sky is seen), for checks: a layout test
/// can tell a wall from a floor, a shading test where a surface faces. Same geometry and depth test as the object ids.
/// Made the first time it is asked for, so frames that never need it pay nothing.
/// </summary>
internal sealed class NormalPass(GL gl, int width, int height)
    : ScreenGeometryPass(gl, "normals", "normal.vert", "normal.frag", InternalFormat.Rgba16f, width, height);
