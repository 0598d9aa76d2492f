using Kinora.Compose;

namespace Kinora.Render.OpenGL;

/// <summary>Opens a frame renderer on the OpenGL/EGL backend.</summary>
public static class OpenGlRenderer
{
    /// <summary>Throws <see cref="RenderUnavailableException"/> when no EGL/GL 4.5 context can be made.</summary>
    public static IFrameRenderer Open(World world, RenderOptions options) =>
        throw new NotImplementedException("Render helper fills this in");
}
