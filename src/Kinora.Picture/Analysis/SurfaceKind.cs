namespace Kinora.Picture.Analysis;

/// <summary>What a region is taken to be in 3D: sky at a great distance, ground lying flat (its distance grows row by
/// row towards the horizon), something upright standing on the ground (one distance for the whole region), or a
/// surface that recedes towards a vanishing point (a corridor's wall or ceiling, a street's house fronts).</summary>
public enum SurfaceKind { Sky, Ground, Upright, Receding }

/// <summary>A region's place in depth: its kind and, for sky and upright regions, its distance (m along −Z). A
/// receding region's distance is <see cref="Scale"/> / |coordinate − <see cref="Vanish"/>|, the coordinate being the
/// pixel column for a wall (<see cref="AlongRows"/> false) or the pixel row for a ceiling (true): a plane parallel
/// to the view axis is seen at a depth inversely proportional to its distance in the image from the vanishing point.</summary>
public readonly record struct RegionDepth(SurfaceKind Kind, float Distance, float Vanish = 0, float Scale = 0, bool AlongRows = false);
