using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Plan;

namespace Kinora.Render.Tests;

/// <summary>Images and picture-frame worlds for the texture tests.</summary>
internal static class TestImages
{
    /// <summary>A photo-like test card: smooth colour gradients, value noise, and sharp-edged patches in each
    /// corner that differ (so a flipped or mirrored image cannot match). Deterministic.</summary>
    public static Texture Card(int width, int height, byte alpha = 255)
    {
        var rgba = new byte[width * height * 4];
        var random = new Random(7);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                var u = (float)x / width;
                var v = (float)y / height;
                var noise = random.Next(-12, 13);
                rgba[i] = Clamp(255 * u + noise);
                rgba[i + 1] = Clamp(255 * v * 0.8f + 30 + noise);
                rgba[i + 2] = Clamp(200 - 150 * u * v + 40 * MathF.Sin(x * 0.05f) + noise);
                rgba[i + 3] = alpha;
            }
        Patch(rgba, width, 0, 0, width / 8, height / 8, 255, 0, 0);                         // top-left red
        Patch(rgba, width, width - width / 8, 0, width / 8, height / 8, 0, 255, 0);         // top-right green
        Patch(rgba, width, 0, height - height / 8, width / 8, height / 8, 0, 0, 255);       // bottom-left blue
        Patch(rgba, width, width - width / 8, height - height / 8, width / 8, height / 8, 255, 255, 255);
        return new Texture("test card", width, height, rgba);
    }

    /// <summary>Left half fully transparent, right half opaque <paramref name="r"/>, g, b.</summary>
    public static Texture HalfCutOut(int width, int height, byte r, byte g, byte b)
    {
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
            for (var x = width / 2; x < width; x++)
            {
                var i = (y * width + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = (r, g, b, 255);
            }
        return new Texture("half cut-out", width, height, rgba);
    }

    /// <summary>A rectangle in its local x-y plane facing +z, centred on its origin; UV (0, 0) at its top-left.</summary>
    public static Mesh Quad(float width, float height)
    {
        var (x, y) = (width / 2, height / 2);
        return new Mesh("picture", [new(-x, -y, 0), new(x, -y, 0), new(x, y, 0), new(-x, y, 0)],
            [Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ, Vector3.UnitZ],
            [new(0, 1), new(1, 1), new(1, 0), new(0, 0)],
            [0, 1, 2, 0, 2, 3]);
    }

    public const float PictureHeight = 1.5f;       // centre height, m
    public const float CameraDistance = 3f;        // m
    public const float VerticalFov = 0.7f;         // rad

    /// <summary>A camera on +z looking at the picture's centre.</summary>
    public static CameraPose Camera => new(new Vector3(0, PictureHeight, CameraDistance), new Vector3(0, PictureHeight, 0), Vector3.UnitY, VerticalFov);

    /// <summary>Size of a quad at the picture's plane that exactly fills a frame of this aspect ratio.</summary>
    public static Vector2 FrameFillingSize(float aspect)
    {
        var height = 2 * CameraDistance * MathF.Tan(VerticalFov / 2);
        return new Vector2(height * aspect, height);
    }

    /// <summary>A world of pictures (quads) at the given x offsets on the picture plane, with the plan's ground
    /// set to <paramref name="ground"/>; a track of one frame looking at them.</summary>
    public static (World World, Track Track) Pictures(string ground, params (Mesh Mesh, Material Material, Vector3 Position)[] pictures)
    {
        var plan = new ScenePlan { World = new WorldSpec { TimeOfDay = 13, Ground = ground == "none" ? "none" : ground, Setting = "studio" } };
        var environment = Compose.Environments.EnvironmentBuilder.Build(plan.World);
        var entities = pictures.Select((p, i) => new Entity
        {
            Id = "picture" + (i + 1),
            CastId = "picture" + (i + 1),
            Kind = "picture",
            Shape = new BoxShape(new Vector3(0.5f, 0.5f, 0.01f)),
            Model = new Model([new ModelPart(p.Mesh, Matrix4x4.Identity, p.Material)]),
            Material = p.Material,
        }).ToArray();
        var poses = pictures.Select(p => new Pose(p.Position, Quaternion.Identity)).ToArray();
        var track = new Track(24, 1, entities.Select(e => e.Id).ToArray(), poses, [Camera], []);
        return (new World(plan, environment, entities), track);
    }

    /// <summary>Peak signal-to-noise ratio of the RGB channels, dB (alpha ignored); +∞ when identical.</summary>
    public static double Psnr(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        double sum = 0;
        long n = 0;
        for (var i = 0; i < a.Length; i += 4)
            for (var c = 0; c < 3; c++)
            {
                double d = a[i + c] - b[i + c];
                sum += d * d;
                n++;
            }
        var mse = sum / n;
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    private static void Patch(byte[] rgba, int width, int x0, int y0, int w, int h, byte r, byte g, byte b)
    {
        for (var y = y0; y < y0 + h; y++)
            for (var x = x0; x < x0 + w; x++)
            {
                var i = (y * width + x) * 4;
                (rgba[i], rgba[i + 1], rgba[i + 2]) = (r, g, b);
            }
    }

    private static byte Clamp(float v) => (byte)Math.Clamp((int)MathF.Round(v), 0, 255);
}
