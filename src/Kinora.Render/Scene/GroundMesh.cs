using System.Numerics;
using Kinora.Compose;

namespace Kinora.Render.Scene;

/// <summary>The ground: a unit square in the y = 0 plane (−1..1 in x and z), scaled to GroundHalfSize when drawn.</summary>
public static class GroundMesh
{
    /// <summary>Counter-clockwise seen from above (+Y), like every other mesh's outside.</summary>
    public static Mesh Create() => new("ground",
        [new(-1, 0, -1), new(-1, 0, 1), new(1, 0, 1), new(1, 0, -1)],
        [Vector3.UnitY, Vector3.UnitY, Vector3.UnitY, Vector3.UnitY],
        [new(0, 0), new(0, 1), new(1, 1), new(1, 0)],
        [0, 1, 2, 0, 2, 3]);
}
