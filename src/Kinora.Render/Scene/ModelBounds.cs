using System.Numerics;
using Kinora.Compose;

namespace Kinora.Render.Scene;

/// <summary>Bounding radius of a model around its entity's origin, from the mesh vertices placed by each part.</summary>
public static class ModelBounds
{
    public static float Radius(Model model)
    {
        var r2 = 0f;
        foreach (var part in model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
                r2 = MathF.Max(r2, Vector3.Transform(p, part.Local).LengthSquared());
        return MathF.Sqrt(r2);
    }
}
