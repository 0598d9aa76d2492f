using Kinora.Compose;

namespace Kinora.Render.Backend;

/// <summary>
/// What the scene renderer needs from a graphics API, and nothing more (Ryujinx's GAL idea): upload meshes once,
/// run the shadow, colour and object-id passes over a list of draws, read pixels back. The passes and their
/// shaders belong to the backend because shader code is API-specific; what they compute is specified by
/// <see cref="FrameConstants"/> and <see cref="DrawItem"/>, so another backend (Vulkan, a GPU cluster) can be
/// swapped in without touching scene code. Not thread-safe: a backend is used from the thread that made it.
/// </summary>
public interface IRenderBackend : IDisposable
{
    /// <summary>Short description of the device, e.g. "OpenGL 4.5 (Core Profile) Mesa 22.3.6 / llvmpipe".</summary>
    string DeviceName { get; }
    int Width { get; }
    int Height { get; }

    /// <summary>Uploads a mesh's vertices and indices; call once per distinct <see cref="Mesh"/> instance.</summary>
    MeshHandle CreateMesh(Mesh mesh);

    /// <summary>Renders the sun's depth map from <see cref="FrameConstants.LightViewProjection"/> with the draws
    /// that have <see cref="DrawItem.CastsShadow"/>.</summary>
    void RenderShadowMap(in FrameConstants frame, ReadOnlySpan<DrawItem> draws);

    /// <summary>Renders the lit, fogged, tone-mapped frame: sky behind, then every draw.</summary>
    void RenderColor(in FrameConstants frame, ReadOnlySpan<DrawItem> draws);

    /// <summary>Copies the last colour frame as sRGB RGBA8, top row first, alpha 255.</summary>
    void ReadColor(Span<byte> rgba);

    /// <summary>Renders <see cref="DrawItem.ObjectId"/> per pixel (0 where only sky is seen).</summary>
    void RenderObjectIds(in FrameConstants frame, ReadOnlySpan<DrawItem> draws);

    /// <summary>Copies the last object-id frame, top row first.</summary>
    void ReadObjectIds(Span<ushort> ids);
}

/// <summary>A mesh living on the device; the value is the backend's index, meaningless elsewhere.</summary>
public readonly record struct MeshHandle(int Index);
