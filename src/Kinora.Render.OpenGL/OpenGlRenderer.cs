using Kinora.Compose;
using Kinora.Render.Scene;

namespace Kinora.Render.OpenGL;

/// <summary>Opens a frame renderer on the OpenGL/EGL backend.</summary>
public static class OpenGlRenderer
{
    /// <summary>
    /// Makes a headless GL 4.5 context, uploads the world's meshes and returns a renderer bound to the calling
    /// thread (call it from one thread at a time; dispose it to release the context).
    /// Throws <see cref="RenderUnavailableException"/> when no EGL/GL 4.5 context can be made.
    /// </summary>
    public static IFrameRenderer Open(World world, RenderOptions options)
    {
        var backend = GlBackend.Create(options.Width, options.Height, options.Samples, SceneRenderer.ShadowMapSize, options.PostAntialias);
        try { return new SceneRenderer(world, options, backend); }
        catch { backend.Dispose(); throw; }
    }
}
