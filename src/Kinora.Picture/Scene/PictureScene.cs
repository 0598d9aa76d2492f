using System.Numerics;
using Kinora.Compose;
using Kinora.Motion;
using Kinora.Picture.Analysis;

namespace Kinora.Picture.Scene;

/// <summary>
/// A picture brought to life, ready to render: one unlit textured entity per depth layer, a pose per layer per
/// frame (the sky drifts), and the camera per frame (frame 0 is the picture's viewpoint). The entities are drawn,
/// never simulated: they go into the render world after physics has run on the plan's own cast.
/// </summary>
public sealed class PictureScene
{
    /// <summary>How far the sky drifts over the whole video, as a share of the frame's width at the sky's distance.</summary>
    public const float SkyDriftShare = 0.03f;

    private PictureScene(PictureAnalysis analysis, LightEstimate light, IReadOnlyList<PictureLayer> layers, IReadOnlyList<Entity> entities,
        Pose[] poses, CameraPose[] camera, string cameraMove)
    {
        Analysis = analysis; Light = light; Layers = layers; Entities = entities; Poses = poses; Camera = camera; CameraMove = cameraMove;
    }

    public PictureAnalysis Analysis { get; }
    /// <summary>The picture's light: what is added to the picture is lit by it and shadows the layers with it.</summary>
    public LightEstimate Light { get; }
    public IReadOnlyList<PictureLayer> Layers { get; }
    /// <summary>One per layer, nearest first, ids "picture.near", "picture.middle", "picture.far", "picture.sky".</summary>
    public IReadOnlyList<Entity> Entities { get; }
    /// <summary>frameCount × <see cref="Entities"/> poses, frame-major.</summary>
    public Pose[] Poses { get; }
    public CameraPose[] Camera { get; }
    /// <summary>What the camera does, in words, for the log and the plan's interpretation.</summary>
    public string CameraMove { get; }
    public int FrameCount => Camera.Length;

    /// <param name="markFilled">See <see cref="LayerBuilder.Build"/>: for checks only.</param>
    public static PictureScene Build(PictureAnalysis analysis, string? cameraMove, int frameCount, long seed, bool markFilled = false)
    {
        var layers = LayerBuilder.Build(analysis, markFilled);
        var light = LightEstimate.Measure(analysis);
        var entities = layers.Select(l => ToEntity(l, light)).ToList();

        var distances = new List<float>();
        for (var c = 0; c < analysis.Grid.Count; c++)
            if (analysis.Layers[c] != DepthLayer.Sky) distances.Add(analysis.CellDistance(c));
        distances.Sort();
        var near = distances.Count == 0 ? DepthEstimator.SkyDistance : distances[(int)((distances.Count - 1) * 0.05)];
        var middle = distances.Count == 0 ? DepthEstimator.SkyDistance : distances[distances.Count / 2];
        var camera = CameraPath.Plan(analysis.View, cameraMove, near, middle, frameCount, LayerBuilder.MarginShare);

        var poses = new Pose[frameCount * entities.Count];
        var drift = SkyDrift(analysis.View, seed);
        for (var f = 0; f < frameCount; f++)
        {
            var t = frameCount <= 1 ? 0 : (float)f / (frameCount - 1);
            for (var e = 0; e < layers.Count; e++)
                poses[f * entities.Count + e] = new Pose(layers[e].Layer == DepthLayer.Sky ? drift * t : Vector3.Zero, Quaternion.Identity);
        }
        return new PictureScene(analysis, light, layers, entities, poses, camera, CameraPath.Describe(cameraMove));
    }

    /// <summary>Clouds move slowly and steadily one way; which way is the seed's choice.</summary>
    private static Vector3 SkyDrift(Viewpoint view, long seed)
    {
        var width = 2 * view.TanX * DepthEstimator.SkyDistance;
        return Viewpoint.Right * (SkyDriftShare * width * ((seed & 1) == 0 ? 1 : -1));
    }

    private static Entity ToEntity(PictureLayer layer, LightEstimate light)
    {
        var name = layer.Layer.ToString().ToLowerInvariant();
        var material = new Material
        {
            Name = $"picture {name}",
            BaseColor = Vector3.One,
            Albedo = layer.Texture,
            Unlit = true,
            Living = true,
            // The picture is drawn as it is and casts nothing (its own shadows are in its pixels); its ground and
            // things take the shadows of what the prompt adds, as strong as the picture's own shadows are.
            CastsShadow = false,
            ShadowCatch = layer.Layer == DepthLayer.Sky ? 0 : light.ShadowStrength,
            Roughness = 1,
            Acoustic = AcousticClass.Soft,
        };
        return new Entity
        {
            Id = $"picture.{name}",
            CastId = "picture",
            Kind = "picture layer",
            // Never simulated; a token shape keeps the record whole without a collider the size of the view.
            Shape = new BoxShape(new Vector3(0.01f)),
            Model = new Model([new ModelPart(layer.Mesh, Matrix4x4.Identity, material)]),
            Material = material,
            IsStatic = true,
        };
    }
}
