using Kinora.Render.Backend;
using Kinora.Render.OpenGL.Gl;
using Silk.NET.OpenGL;

namespace Kinora.Render.OpenGL;

/// <summary>
/// Entity index + 1 per pixel in an R16UI target, no multisampling (ids do not blend). The ground is drawn with
/// id 0 so it hides whatever is below it, exactly as in the colour pass.
/// </summary>
internal sealed class ObjectIdPass(GL gl, int width, int height)
    : ScreenGeometryPass(gl, "object ids", "depth.vert", "id.frag", InternalFormat.R16ui, width, height, "uObjectId")
{
    protected override void SetDraw(GL gl, GeometryProgram program, in DrawItem d) =>
        gl.ProgramUniform1(program.Program.Handle, program.Extra, (uint)d.ObjectId);
}
