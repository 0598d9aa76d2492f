using System.Numerics;
using System.Runtime.InteropServices;

namespace Kinora.Render.Backend;

/// <summary>
/// Everything a pass needs that is the same for every draw of a frame. The layout is std140-compatible (matrices,
/// then vec4s) so a backend can upload the struct as a uniform buffer byte for byte. Matrices are System.Numerics
/// (row vectors); ViewProjection uses depth 0..1 at near..far (D3D/Vulkan clip convention).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct FrameConstants
{
    public Matrix4x4 ViewProjection;
    public Matrix4x4 InverseViewProjection;
    public Matrix4x4 LightViewProjection;
    /// <summary>xyz: camera position, m.</summary>
    public Vector4 Eye;
    /// <summary>xyz: unit direction towards the sun; w: 1 when the shadow map is valid, else 0.</summary>
    public Vector4 SunDirection;
    /// <summary>rgb: sun illuminance colour (1 ≈ clear midday sun); w: exposure multiplier.</summary>
    public Vector4 SunColor;
    /// <summary>rgb: zenith radiance; w: stars, 0 by day or under cloud to 1 under a clear dark sky.</summary>
    public Vector4 SkyZenith;
    /// <summary>rgb: horizon radiance; w: 1 when the light in <see cref="SunDirection"/> is the moon and its disc
    /// shows, else 0.</summary>
    public Vector4 SkyHorizon;
    /// <summary>rgb: ground albedo, the colour of light bounced up from below for hemispheric ambient.</summary>
    public Vector4 GroundAlbedo;
    /// <summary>x: fog density /m; y: ground half size, m (the ground fades to the horizon before its edge);
    /// z: shadow-map texel size in world metres (for normal-offset bias); w: number of occluders in use.</summary>
    public Vector4 Fog;
    /// <summary>x: <see cref="LookStyle"/>; y: <see cref="LookShading"/>; z: frame number (seeds film grain and
    /// paper so they change per frame yet repeat exactly); w: ambient light multiplier (1 for photoreal).</summary>
    public Vector4 Look;
    /// <summary>Spheres (centre xyz, radius w, m) that darken the sky light on nearby surfaces: ambient occlusion
    /// without a screen-space pass. Only the first <see cref="Fog"/>.w are valid.</summary>
    public OccluderArray Occluders;
    /// <summary>Precipitation (see <see cref="Scene.Precipitation"/>): x kind (0 none, 1 rain, 2 snow), y particles
    /// in the volume around the camera, z time in seconds, w seed (a small integer, so every particle's path is a
    /// hash of the plan's seed and its index).</summary>
    public Vector4 Weather;
}

/// <summary>A fixed array of <see cref="MaxCount"/> occluder spheres, laid out as a std140 vec4[] (16-byte stride).</summary>
[System.Runtime.CompilerServices.InlineArray(MaxCount)]
public struct OccluderArray
{
    public const int MaxCount = 16;
    private Vector4 _first;
}
