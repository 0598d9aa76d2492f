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

    /// <summary>Uploads an image with its mipmaps; call once per distinct <see cref="Texture"/> instance. Rows
    /// arrive top first, so texture coordinate (0, 0) samples the image's top-left corner.</summary>
    TextureHandle CreateTexture(Texture texture);

    /// <summary>Sets the frame's skinning matrices, world space (row vectors): joint j of a skinned draw moves a vertex
    /// already placed by <see cref="DrawItem.World"/> to v·matrices[SkinBase + j], and a vertex blends its joints by
    /// weight. Every later pass of the frame (shadow, colour, ids, normals) uses the last matrices set.</summary>
    void SetSkinMatrices(ReadOnlySpan<System.Numerics.Matrix4x4> matrices);

    /// <summary>Sets the order the frame's particles are drawn in (instance k draws particle order[k], see
    /// Scene.SmokeOrder); it applies to colour passes whose <see cref="FrameConstants.Air"/>.y is 1.</summary>
    void SetParticleOrder(ReadOnlySpan<int> order);

    /// <summary>Renders the sun's depth map from <see cref="FrameConstants.LightViewProjection"/> with the draws
    /// that have <see cref="DrawItem.CastsShadow"/>, in two layers: those marked <see cref="DrawItem.ShadowStill"/> go
    /// into a still layer, redrawn only when <paramref name="redrawStill"/>; the others are drawn over a copy of it.
    /// With no draw marked still (the default) every caster is drawn each call.</summary>
    void RenderShadowMap(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, bool redrawStill = true);

    /// <summary>Renders the cube shadow map of the lamp in <see cref="FrameConstants.Lights"/>[0] (its depth scale in
    /// <see cref="FrameConstants.LampShadow"/>): each draw into the faces its <see cref="DrawItem.LampFaces"/> name, in
    /// a still layer (<see cref="DrawItem.LampShadowStill"/>, redrawn only when <paramref name="redrawStill"/>) and
    /// the moving casters over a copy of it, as <see cref="RenderShadowMap"/> does for the sun.</summary>
    void RenderLampShadow(in FrameConstants frame, ReadOnlySpan<DrawItem> draws, bool redrawStill = true);

    /// <summary>Renders the frame: opaque draws lit, fogged and tone-mapped (unlit ones as image × base colour,
    /// untouched by any later post-processing), the sky behind them, then transparent draws far to near.</summary>
    void RenderColor(in FrameConstants frame, ReadOnlySpan<DrawItem> draws);

    /// <summary>Copies the last colour frame as sRGB RGBA8, top row first, alpha 255.</summary>
    void ReadColor(Span<byte> rgba);

    /// <summary>Renders <see cref="DrawItem.ObjectId"/> per pixel (0 where only sky is seen).</summary>
    void RenderObjectIds(in FrameConstants frame, ReadOnlySpan<DrawItem> draws);

    /// <summary>Copies the last object-id frame, top row first.</summary>
    void ReadObjectIds(Span<ushort> ids);

    /// <summary>Copies the depth buffer of the last object-id frame, top row first: window depth 0 at the near
    /// plane to 1 at the far plane (the projection's own, non-linear scale), 1 where nothing was drawn.</summary>
    void ReadObjectDepth(Span<float> depth);

    /// <summary>Renders the unit world-space normal of the surface seen per pixel, turned towards the camera.</summary>
    void RenderNormals(in FrameConstants frame, ReadOnlySpan<DrawItem> draws);

    /// <summary>Copies the last normal frame, top row first: zero vectors where only sky is seen.</summary>
    void ReadNormals(Span<System.Numerics.Vector3> normals);
}

/// <summary>A mesh living on the device; the value is the backend's index, meaningless elsewhere.</summary>
public readonly record struct MeshHandle(int Index);
