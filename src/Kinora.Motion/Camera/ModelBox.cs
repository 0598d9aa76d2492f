using System.Numerics;
using Kinora.Compose;

namespace Kinora.Motion.Camera;

/// <summary>
/// The box an entity's drawn model fills in the entity's own frame: every vertex of every part, placed by the
/// part's local matrix. A bus or a train is long and low, and framing its bounding sphere leaves it a thin strip
/// across a frame sized for its length in every direction; its box corners, turned with the body, are what the
/// camera must keep in view. Falls back to the collision shape's bounding cube when the model has no vertices.
/// </summary>
internal static class ModelBox
{
    /// <summary>The 8 corners of the model's local box, corner k taking max on X, Y, Z where bit 0, 1, 2 of k is set.</summary>
    public static Vector3[] LocalCorners(Entity entity)
    {
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var part in entity.Model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
            {
                var q = Vector3.Transform(p, part.Local);
                min = Vector3.Min(min, q);
                max = Vector3.Max(max, q);
            }
        if (min.X > max.X)
        {
            var r = entity.Shape.BoundingRadius;
            (min, max) = (new Vector3(-r), new Vector3(r));
        }
        var corners = new Vector3[8];
        for (var k = 0; k < 8; k++)
            corners[k] = new Vector3((k & 1) == 0 ? min.X : max.X, (k & 2) == 0 ? min.Y : max.Y, (k & 4) == 0 ? min.Z : max.Z);
        return corners;
    }

    /// <summary>
    /// A close-up of a person is a portrait: the head and shoulders, not the whole figure shrunk to fit. For a model
    /// whose rig stands upright on a pelvis with a neck above it, the corners of the part of the model above the
    /// neck less 0.6 of the head's height (chin to crown, shoulders and upper chest); null for any other model.
    /// </summary>
    public static Vector3[]? PortraitCorners(Entity entity)
    {
        var rig = entity.Model.Rig;
        if (rig is null || rig.IndexOf(JointNames.Pelvis) < 0) return null;
        var neck = rig.IndexOf(JointNames.Neck);
        if (neck < 0) return null;
        var top = float.MinValue;
        foreach (var part in entity.Model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
                top = MathF.Max(top, Vector3.Transform(p, part.Local).Y);
        var neckY = rig.Joints[neck].Pivot.Y;
        if (top <= neckY) return null;
        var cut = neckY - 0.6f * (top - neckY);
        var min = new Vector3(float.MaxValue);
        var max = new Vector3(float.MinValue);
        foreach (var part in entity.Model.Parts)
            foreach (var p in part.Mesh.Positions.Span)
            {
                var q = Vector3.Transform(p, part.Local);
                if (q.Y < cut) continue;
                min = Vector3.Min(min, q);
                max = Vector3.Max(max, q);
            }
        var corners = new Vector3[8];
        for (var k = 0; k < 8; k++)
            corners[k] = new Vector3((k & 1) == 0 ? min.X : max.X, (k & 2) == 0 ? min.Y : max.Y, (k & 4) == 0 ? min.Z : max.Z);
        return corners;
    }

    /// <summary>Farthest corner from the entity's origin: the radius of a sphere about its position holding the model.</summary>
    public static float Reach(Vector3[] corners)
    {
        var reach = 0f;
        foreach (var c in corners) reach = MathF.Max(reach, c.Length());
        return reach;
    }
}
