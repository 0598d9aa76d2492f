using System.Numerics;
using Kinora.Compose;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Engine.Pictures;

/// <summary>
/// "As a painting on the wall", "on the TV", "as the poster": the picture becomes the image on a flat panel in the
/// generated scene. On a TV in the cast it covers the screen (front face) and glows (unlit, as a screen does).
/// Otherwise it hangs on the room's back wall at gallery height, a painting in a wooden frame under a picture
/// light, a poster flat on the wall; where the set has no wall (outdoors, a bare studio) it gets one, a plastered
/// wall standing behind the cast. The panel is an entity, so the camera frames it with the cast.
/// </summary>
public static class PictureSurfaces
{
    /// <summary>Largest width and height of a painting, m (a large living-room canvas).</summary>
    private const float PaintingWidth = 1.2f, PaintingHeight = 0.9f;
    /// <summary>Largest width and height of a poster, m (a little over A1).</summary>
    private const float PosterWidth = 0.7f, PosterHeight = 1.0f;
    /// <summary>Height of the picture's centre above the floor, m: the museum hang (57 in ≈ 1.45 m) raised a little
    /// for a room where people stand and sit.</summary>
    private const float CentreHeight = 1.5f;
    /// <summary>Frame moulding width and depth, m.</summary>
    private const float FrameWidth = 0.06f, FrameDepth = 0.04f;
    /// <summary>Gap between the back of the cast's layout and a wall the picture brings along, m.</summary>
    private const float Clearance = 1.5f;
    /// <summary>Half the width of a wall the picture brings along, m.</summary>
    private const float OwnWallHalfWidth = 5f;
    /// <summary>The picture light's intensity, sun units at 1 m: about 1.2 on the canvas half a metre below it.</summary>
    private const float PictureLightStrength = 0.3f;

    private static readonly Material Plaster = Paints.Srgb(196, 190, 178, 0.85f, 0, "plaster wall");
    private static readonly Material Brass = Paints.Srgb(190, 150, 80, 0.35f, 1, "brass");

    public static World Hang(World world, PreparedPicture picture)
    {
        var use = picture.Spec.Use.Trim().ToLowerInvariant();
        var decoded = picture.Decoded;
        var aspect = (float)decoded.Width / decoded.Height;
        var texture = new Texture("picture", decoded.Width, decoded.Height, decoded.Rgba);
        var screen = use == "tv" ? world.Entities.FirstOrDefault(e => e.Kind == "tv" && e.Shape is BoxShape) : null;

        if (screen is { Shape: BoxShape box })
        {
            // Largest picture of the right shape inside the TV's front face, a millimetre proud of it.
            var (w, h) = Fit(2 * box.HalfExtents.X * 0.92f, 2 * box.HalfExtents.Y * 0.88f, aspect);
            var front = new Vector3(0, 0, box.HalfExtents.Z + 0.001f);
            var panel = Panel("picture.screen", texture, w, h, unlit: true, frame: null) with
            {
                Position = screen.Position + Vector3.Transform(front, screen.Rotation),
                Rotation = screen.Rotation,
            };
            return world with { Entities = [.. world.Entities, panel] };
        }
        return OnWall(world, texture, aspect, poster: use == "poster");
    }

    /// <summary>Hangs the picture on the set's back wall (or on a wall of its own), framed and lit.</summary>
    private static World OnWall(World world, Texture texture, float aspect, bool poster)
    {
        var env = world.Environment;
        var x = world.Entities.Count == 0 ? 0 : world.Entities.Average(e => e.Position.X);
        var (w, h) = poster ? Fit(PosterWidth, PosterHeight, aspect) : Fit(PaintingWidth, PaintingHeight, aspect);
        var scenery = env.Scenery.ToList();
        var lights = env.Lights.ToList();
        var wall = BackWall(scenery);
        if (wall is null)
        {
            var back = world.Entities.Count == 0 ? -2 : world.Entities.Min(e => e.Position.Z - e.Shape.BoundingRadius);
            wall = back - Clearance;
            var k = new Kit();
            k.Paint(Plaster).Box(new Vector3(x, RoomShell.Height / 2, wall.Value - 0.1f), new Vector3(OwnWallHalfWidth, RoomShell.Height / 2, 0.1f));
            k.Paint(Paints.DarkWood).Box(new Vector3(x, 0.05f, wall.Value + 0.01f), new Vector3(OwnWallHalfWidth, 0.05f, 0.015f));
            scenery.Add(new SceneryPiece("walls", k.ToModel("picture wall"), Vector3.Zero));
        }
        else
        {
            // The set's own pictures where this one hangs give way to it.
            var (left, right) = (x - w / 2 - 0.4f, x + w / 2 + 0.4f);
            scenery.RemoveAll(p => p.Kind == "pictures" && SpanX(p) is var (a, b) && a < right && b > left);
        }

        var z = wall.Value;
        var frameMaterial = poster ? null : Paints.DarkWood;
        var depth = poster ? 0.002f : FrameDepth;
        var panel = Panel($"picture.{(poster ? "poster" : "painting")}", texture, w, h, unlit: false, frameMaterial) with
        {
            Position = new Vector3(x, CentreHeight, z + depth),
            InShot = true,
        };
        if (!poster)
        {
            // A brass picture light over the frame, lamp pointing down at the canvas.
            var top = CentreHeight + h / 2 + FrameWidth;
            var k = new Kit();
            k.Paint(Brass).Box(new Vector3(x, top + 0.06f, z + 0.06f), new Vector3(0.015f, 0.015f, 0.06f));
            k.Paint(Brass).Box(new Vector3(x, top + 0.08f, z + 0.14f), new Vector3(MathF.Min(0.3f, w / 3), 0.025f, 0.03f));
            scenery.Add(new SceneryPiece("picture light", k.ToModel("picture light"), Vector3.Zero));
            var bulb = new Vector3(x, top + 0.05f, z + 0.16f);
            lights.Add(new LightSource(bulb, new Vector3(1, 0.86f, 0.68f) * PictureLightStrength, 4)
            {
                Direction = Vector3.Normalize(new Vector3(x, CentreHeight - h * 0.1f, z) - bulb),
                ConeDegrees = 70,
            });
        }
        return world with
        {
            Environment = env with { Scenery = scenery, Lights = lights },
            Entities = [.. world.Entities, panel],
        };
    }

    /// <summary>The z of the front face of the set's back wall: the nearest face of its "walls" pieces at full
    /// wall height (skirting, splashbacks and windows sit lower); null when the set has no wall.</summary>
    private static float? BackWall(List<SceneryPiece> scenery)
    {
        float? front = null;
        foreach (var piece in scenery)
        {
            if (piece.Kind != "walls") continue;
            foreach (var part in piece.Model.Parts)
                foreach (var v in part.Mesh.Positions.Span)
                {
                    var p = Vector3.Transform(Vector3.Transform(v, part.Local) * piece.Scale, piece.Rotation) + piece.Position;
                    if (p.Y < RoomShell.Height - 0.1f) continue;
                    front = front is { } f ? MathF.Max(f, p.Z) : p.Z;
                }
        }
        return front;
    }

    private static (float Min, float Max) SpanX(SceneryPiece piece)
    {
        var (min, max) = (float.MaxValue, float.MinValue);
        foreach (var part in piece.Model.Parts)
            foreach (var v in part.Mesh.Positions.Span)
            {
                var x = (Vector3.Transform(Vector3.Transform(v, part.Local) * piece.Scale, piece.Rotation) + piece.Position).X;
                (min, max) = (MathF.Min(min, x), MathF.Max(max, x));
            }
        return (min, max);
    }

    private static (float W, float H) Fit(float maxW, float maxH, float aspect) =>
        maxW / maxH > aspect ? (maxH * aspect, maxH) : (maxW, maxW / aspect);

    /// <summary>A two-sided quad of w × h metres facing +Z, image upright, UV (0, 0) at its top-left; with a
    /// <paramref name="frame"/> material, a moulding around it and a backing behind it reaching back to z = −depth.</summary>
    private static Entity Panel(string id, Texture texture, float w, float h, bool unlit, Material? frame)
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
        List<ModelPart> parts = [new ModelPart(new Mesh(id, positions, normals, uvs, indices), Matrix4x4.Identity, material)];
        if (frame is not null)
        {
            // Four moulding bars standing 1 cm proud of the canvas, and a backing board behind it.
            var k = new Kit();
            var m = k.Paint(frame);
            var (fw, d) = (FrameWidth, FrameDepth);
            m.Box(new Vector3(0, y + fw / 2, 0.01f - d / 2), new Vector3(x + fw, fw / 2, d / 2 + 0.005f));
            m.Box(new Vector3(0, -y - fw / 2, 0.01f - d / 2), new Vector3(x + fw, fw / 2, d / 2 + 0.005f));
            m.Box(new Vector3(x + fw / 2, 0, 0.01f - d / 2), new Vector3(fw / 2, y, d / 2 + 0.005f));
            m.Box(new Vector3(-x - fw / 2, 0, 0.01f - d / 2), new Vector3(fw / 2, y, d / 2 + 0.005f));
            m.Box(new Vector3(0, 0, -d / 2 - 0.001f), new Vector3(x, y, d / 2 - 0.001f));
            parts.AddRange(k.ToModel(id + " frame").Parts);
        }
        return new Entity
        {
            Id = id,
            CastId = "picture",
            Kind = "picture",
            Shape = new BoxShape(new Vector3(x, y, 0.01f)),
            Model = new Model(parts),
            Material = material,
            IsStatic = true,
        };
    }
}
