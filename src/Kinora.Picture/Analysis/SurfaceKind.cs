namespace Kinora.Picture.Analysis;

/// <summary>What a region is taken to be in 3D: sky at a great distance, ground lying flat (its distance grows row by
/// row towards the horizon), or something upright standing on the ground (one distance for the whole region).</summary>
public enum SurfaceKind { Sky, Ground, Upright }

/// <summary>A region's place in depth: its kind and, for sky and upright regions, its distance (m along −Z).</summary>
public readonly record struct RegionDepth(SurfaceKind Kind, float Distance);
