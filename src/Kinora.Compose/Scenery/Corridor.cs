using System.Numerics;

namespace Kinora.Compose.Scenery;

/// <summary>
/// Where the action happens, kept clear of scenery. Things that move travel along X (the Motion stage drives
/// walkers, runners and cars along +X and the camera follows them), so the clear zone is a band across the whole
/// set: every X, and the cast's Z extent plus a margin that grows with the largest subject. The camera sits on the
/// +Z side looking at the cast, so the set is dressed behind the band (<see cref="Back"/>, towards −Z); on the
/// camera's side (beyond <see cref="Front"/>) only flat things (road, paths, rugs) may lie, never anything that could
/// stand between the lens and a subject.
/// </summary>
/// <param name="Back">z of the band's far edge: scenery stands at z &lt; Back.</param>
/// <param name="Front">z of the band's near (camera) edge.</param>
/// <param name="CentreX">x of the cast's middle at the start (where the camera first looks).</param>
/// <param name="Reach">m; the largest subject's bounding radius (a bus wants a wider street than a cup).</param>
public readonly record struct Corridor(float Back, float Front, float CentreX, float Reach)
{
    /// <summary>m of clear ground either side of the cast before any prop, plus half the largest subject's size.</summary>
    public const float Margin = 1.5f;

    public static Corridor Around(IReadOnlyList<Entity> cast)
    {
        if (cast.Count == 0) return new Corridor(-Margin, Margin, 0, 0.5f);
        float zMin = float.MaxValue, zMax = float.MinValue, xMin = float.MaxValue, xMax = float.MinValue, reach = 0;
        foreach (var e in cast)
        {
            var r = e.Shape.BoundingRadius;
            zMin = MathF.Min(zMin, e.Position.Z - r);
            zMax = MathF.Max(zMax, e.Position.Z + r);
            xMin = MathF.Min(xMin, e.Position.X - r);
            xMax = MathF.Max(xMax, e.Position.X + r);
            reach = MathF.Max(reach, r);
        }
        var margin = Margin + 0.5f * reach;
        return new Corridor(zMin - margin, zMax + margin, (xMin + xMax) / 2, reach);
    }

    /// <summary>True when a footprint of radius <paramref name="radius"/> at (x, z) stays out of the band.</summary>
    public bool Clear(Vector3 at, float radius) => at.Z + radius < Back || at.Z - radius > Front;

    /// <summary>True when the footprint is behind the band (where tall things may stand).</summary>
    public bool Behind(Vector3 at, float radius) => at.Z + radius < Back;
}
