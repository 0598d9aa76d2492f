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
    /// <para>w: multiplier on emitted light (see <see cref="Scene.AutoExposure.EmissionScale"/>).</para>
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
    /// <summary>x: lights in use in <see cref="Lights"/>; y: bloom strength (0 off); z: lightning flash, 0 to ~1,
    /// this frame; w: wetness of upward surfaces, 0 dry to 1 soaked (rain).</summary>
    public Vector4 Lighting;
    /// <summary>The lightning bolt drawn in the sky during a flash: x azimuth, radians (atan2 of x over z), y brightness
    /// (0 none), z a seed for its zigzag, w 0.</summary>
    public Vector4 Bolt;
    /// <summary>Depth of field (see <see cref="Scene.DepthOfField"/>): x focus distance along the view axis, m; y blur
    /// diameter in pixels of something infinitely far (0: everything sharp); z, w 0.</summary>
    public Vector4 Lens;
    /// <summary>The point and spot lights that reach what this frame sees, nearest first (see
    /// <see cref="Scene.SceneLights"/>). Only the first <see cref="Lighting"/>.x are valid.</summary>
    public LightArray Lights;
    /// <summary>Particles (see <see cref="Scene.Particles"/>): x kind (0 none), y count, z time in seconds, w seed.
    /// After <see cref="Lights"/> so the shared uniform block's layout is unchanged: only the particle program
    /// reads it, as plain uniforms.</summary>
    public Vector4 Particles;
    /// <summary>xyz where sparks rise from, m; w the radius they leave from, m.</summary>
    public Vector4 ParticleSource;
    /// <summary>The shadow of <see cref="Lights"/>[0] (see <see cref="Scene.LampShadow"/>): x, y the cube map's depth
    /// from the distance z along a face's axis (depth = x − y / z); z the size of one of its texels at 1 m, m; w 1 when
    /// the map is valid this frame, else 0.</summary>
    public Vector4 LampShadow;
    /// <summary>The air (read by the particle program only): x a fire's brightness this frame, ~1 (<see
    /// cref="Scene.FireLight.Flicker"/>; its light pulses with it); y 1 when the particles are drawn in the order last
    /// given to <see cref="IRenderBackend.SetParticleOrder"/>, else 0; z, w the wind over the ground, m/s along x and z.</summary>
    public Vector4 Air;
}

/// <summary>One light as the shaders read it, three std140 vec4s. Colour is linear RGB in the sun's units at 1 m.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct GpuLight
{
    /// <summary>xyz world position, m; w range, m (the light is exactly zero beyond it).</summary>
    public Vector4 PositionRange;
    /// <summary>rgb intensity (sun units at 1 m); w cosine of the spot's outer half-angle (−2 for a point light).</summary>
    public Vector4 ColorOuter;
    /// <summary>xyz unit direction the spot points along; w cosine of the inner half-angle (full intensity inside).</summary>
    public Vector4 DirectionInner;
}

/// <summary>A fixed array of <see cref="MaxCount"/> lights (std140 struct array, 48-byte stride).</summary>
[System.Runtime.CompilerServices.InlineArray(MaxCount)]
public struct LightArray
{
    /// <summary>Lights one pixel may add up. llvmpipe pays for every iteration of the loop, so the nearest ones are
    /// picked per frame rather than shading every lamp of a long street.</summary>
    public const int MaxCount = 16;
    private GpuLight _first;
}

/// <summary>A fixed array of <see cref="MaxCount"/> occluder spheres, laid out as a std140 vec4[] (16-byte stride).</summary>
[System.Runtime.CompilerServices.InlineArray(MaxCount)]
public struct OccluderArray
{
    public const int MaxCount = 16;
    private Vector4 _first;
}
