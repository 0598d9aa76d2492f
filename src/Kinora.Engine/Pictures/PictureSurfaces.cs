using System.Numerics;
using Kinora.Compose;

namespace Kinora.Engine.Pictures;

/// <summary>
/// "As a painting on the wall", "on the TV", "as the poster": the picture becomes the image on a flat panel in the
/// generated scene. On a TV in the cast it covers the screen (front face) and glows (unlit, as a screen does);
/// otherwise it stands as a panel behind the cast, lit like everything else.
/// </summary>
public static class PictureSurfaces
{
    /// <summary>Width of a free-hanging painting or poster, m.</summary>
    private const float PanelWidth = 1.4f;
    /// <summary>Height of a panel's lower edge above the ground, m: composed scenes have no walls yet, so the
    /// panel stands on the floor rather than float at a gallery hang.</summary>
    private const float HangHeight = 0f;
    /// <summary>Gap between the back of the cast's layout and the panel, m.</summary>
    private const float Clearance = 1.0f;

    public static World Hang(World world, PreparedPicture picture)
    {
        var use = picture.Spec.Use.Trim().ToLowerInvariant();
        var decoded = picture.Decoded;
        var aspect = (float)decoded.Width / decoded.Height;
        var texture = new Texture("picture", decoded.Width, decoded.Height, decoded.Rgba);
        var screen = use == "tv" ? world.Entities.FirstOrDefault(e => e.Kind == "tv" && e.Shape is BoxShape) : null;

        Entity panel;
        if (screen is { Shape: BoxShape box })
        {
            // Largest picture of the right shape inside the TV's front face, a millimetre proud of it.
            var (w, h) = Fit(2 * box.HalfExtents.X * 0.92f, 2 * box.HalfExtents.Y * 0.88f, aspect);
            var front = new Vector3(0, 0, box.HalfExtents.Z + 0.001f);
            panel = Panel("picture.screen", texture, w, h, unlit: true) with
            {
                Position = screen.Position + Vector3.Transform(front, screen.Rotation),
                Rotation = screen.Rotation,
            };
        }
        else
        {
            var back = world.Entities.Count == 0 ? 0 : world.Entities.Min(e => e.Position.Z - e.Shape.BoundingRadius);
            var (w, h) = Fit(PanelWidth, PanelWidth, aspect);
            panel = Panel($"picture.{(use == "poster" ? "poster" : "painting")}", texture, w, h, unlit: false) with
            {
                Position = new Vector3(0, HangHeight + h / 2, back - Clearance),
            };
        }
        return world with { Entities = [.. world.Entities, panel] };
    }

    private static (float W, float H) Fit(float maxW, float maxH, float aspect) =>
        maxW / maxH > aspect ? (maxH * aspect, maxH) : (maxW, maxW / aspect);

    /// <summary>A two-sided quad of w × h metres facing +Z, image upright, UV (0, 0) at its top-left.</summary>
    private static Entity Panel(string id, Texture texture, float w, float h, bool unlit)
    {
        var (x, y) = (w / 2, h / 2);
        Vector3[] positions = [new(-x, -y, 0), new(x, -y, 0), new(x, y, 0), new(-x, y, 0), new(-x, -y, 0), new(x, -y, 0), new(x, y, 0), new(-x, y, 0)];
        Vector3[] normals = [Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ, -Vector3.UnitZ, -Vector3.UnitZ, -Vector3.UnitZ, -Vector3.UnitZ];
        Vector2[] uvs = [new(0, 1), new(1, 1), new(1, 0), new(0, 0), new(0, 1), new(1, 1), new(1, 0), new(0, 0)];
        uint[] indices = [0, 1, 2, 0, 2, 3, 4, 6, 5, 4, 7, 6];
        var material = new Material
        {
            Name = "picture",
            BaseColor = Vector3.One,
            Albedo = texture,
            Unlit = unlit,
            Roughness = 0.6f,
            Density = 700,
            Acoustic = AcousticClass.Wood,
        };
        return new Entity
        {
            Id = id,
            CastId = "picture",
            Kind = "picture",
            Shape = new BoxShape(new Vector3(x, y, 0.01f)),
            Model = new Model([new ModelPart(new Mesh(id, positions, normals, uvs, indices), Matrix4x4.Identity, material)]),
            Material = material,
            IsStatic = true,
        };
    }
}
