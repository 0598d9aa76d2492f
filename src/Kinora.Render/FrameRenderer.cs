using Kinora.Compose;
using Kinora.Motion;

namespace Kinora.Render;

/// <summary>What the renderer is asked for: output size and which passes to run.</summary>
public sealed record RenderOptions(int Width, int Height)
{
    public bool Shadows { get; init; } = true;
    /// <summary>The lamp that lights the action most casts shadows too (a cube map; only with <see cref="Shadows"/>).</summary>
    public bool LampShadows { get; init; } = true;
    /// <summary>Samples per pixel of the colour pass (multisample antialiasing); 1 turns it off. On a CPU
    /// rasterizer 4 roughly doubles a frame's cost, so the default is 1 with <see cref="PostAntialias"/>.</summary>
    public int Samples { get; init; } = 1;
    /// <summary>Smooths edges in a full-screen pass after the scene (FXAA): a few ms instead of multisampling's tens.</summary>
    public bool PostAntialias { get; init; } = true;
    /// <summary>Picture style; null takes the plan's <c>Look.Style</c>.</summary>
    public Backend.LookStyle? Look { get; init; }
    /// <summary>Blur what is out of focus where the shot asks for it (rack focus, close-ups); off keeps every frame
    /// sharp (layout checks, contact sheets of geometry).</summary>
    public bool DepthOfField { get; init; } = true;
}

/// <summary>
/// Draws frames of one world. Not thread-safe: one renderer per thread (a GL context belongs to one thread).
/// Pixel buffers are row-major with the top row first.
/// </summary>
public interface IFrameRenderer : IDisposable
{
    int Width { get; }
    int Height { get; }

    /// <summary>Writes Width × Height × 4 bytes of sRGB RGBA8 (alpha 255) for the frame.</summary>
    void RenderFrame(Track track, int frame, Span<byte> rgba);

    /// <summary>
    /// Writes Width × Height object ids: 0 where nothing but sky or ground is seen, else index + 1 of the
    /// entity in <c>World.Entities</c> visible at that pixel.
    /// </summary>
    void RenderObjectIds(Track track, int frame, Span<ushort> ids);

    /// <summary>
    /// Writes Width × Height depths in metres along the camera's viewing axis (view-space z, not the distance to
    /// the eye) of what is seen at each pixel, +∞ where only sky is seen. Same geometry as the object ids.
    /// </summary>
    void RenderDepth(Track track, int frame, Span<float> metres);

    /// <summary>
    /// Writes Width × Height unit world-space normals of what is seen at each pixel (turned towards the camera), the
    /// zero vector where only sky is seen. Same geometry as the object ids.
    /// </summary>
    void RenderNormals(Track track, int frame, Span<System.Numerics.Vector3> normals);
}
