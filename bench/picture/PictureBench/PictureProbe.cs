using Kinora.Compose;
using Kinora.Engine;
using Kinora.Engine.Pictures;
using Kinora.Motion;
using Kinora.Picture.Analysis;
using Kinora.Picture.Checks;
using Kinora.Picture.Scene;
using Kinora.Plan;
using Kinora.Render;
using Kinora.Render.OpenGL;
using Kinora.Understand;

namespace PictureBench;

/// <summary>What the checks measured on one picture.</summary>
public sealed record PictureResult(string Name, string Size, string Move, double Psnr, double NearMotion, double FarMotion,
    int NearBlocks, int FarBlocks, double EmptyShare, double RevealedShare, double StretchedShare, double FoliageShare, double WaterShare, string Ambience, double Seconds);

/// <summary>Renders one picture brought to life through the real renderer and measures it.</summary>
public static class PictureProbe
{
    public static (PictureResult Result, List<byte[]> Frames) Run(string path, int width, int height, int frames, string move)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var request = new PlanRequest { ImagePath = path, Width = width, Height = height, Fps = 24, Seconds = frames / 24.0 };
        var plan = KinoraEngine.Plan("the picture comes alive", request);
        plan = plan with { Shots = [.. plan.Shots.Select(s => s with { Camera = s.Camera with { Move = move } })] };
        var prepared = PreparedPicture.Load(plan);
        var scene = PictureScene.Build(prepared.Analysis, move, frames, plan.Seed);
        var marked = PictureScene.Build(prepared.Analysis, move, frames, plan.Seed, markFilled: true);
        var still = PicturePlanning.CastForPicture(plan with { Shots = [.. plan.Shots.Select(s => s with { Actions = [] })] });
        var empty = Composer.Compose(still);
        var none = new Track(24, frames, [], [], scene.Camera, []);

        var frameBytes = width * height * 4;
        var sheet = new List<byte[]>();
        byte[] first = new byte[frameBytes], last = new byte[frameBytes], revealed = new byte[frameBytes];
        var ids = new ushort[width * height];
        using (var renderer = OpenGlRenderer.Open(PictureWorld.Combine(empty, scene), new RenderOptions(width, height)))
        {
            var track = PictureWorld.Combine(none, scene);
            renderer.RenderFrame(track, 0, first);
            foreach (var f in new[] { frames / 3, 2 * frames / 3 })
            {
                var rgba = new byte[frameBytes];
                renderer.RenderFrame(track, f, rgba);
                sheet.Add(rgba);
            }
            renderer.RenderFrame(track, frames - 1, last);
            renderer.RenderObjectIds(track, frames - 1, ids);
        }
        using (var renderer = OpenGlRenderer.Open(PictureWorld.Combine(empty, marked), new RenderOptions(width, height)))
            renderer.RenderFrame(PictureWorld.Combine(none, marked), frames - 1, revealed);

        var psnr = FrameMetrics.Psnr(first, prepared.Frame.Rgba);
        var (near, far, nearBlocks, farBlocks) = Parallax(prepared.Analysis, first, last, width, height);
        var emptyShare = ids.Count(id => id == 0) / (double)ids.Length;
        var revealedShare = CountMarked(revealed) / (double)(width * height);
        var stretched = StretchedShare(scene);
        var living = LivingDetail.Measure(prepared.Analysis);
        var content = Math.Max(1, prepared.Analysis.Grid.InContent.Count(c => c));
        double Share(float code) => living.Where((m, c) => m == code && prepared.Analysis.Grid.InContent[c]).Count() / (double)content;
        var result = new PictureResult(Path.GetFileName(path), $"{prepared.Decoded.Width}x{prepared.Decoded.Height}", move, psnr,
            near, far, nearBlocks, farBlocks, emptyShare, revealedShare, stretched, Share(0.5f), Share(1f),
            string.Join(" ", prepared.Analysis.Cues.AmbienceWords()), watch.Elapsed.TotalSeconds);
        return (result, [prepared.Frame.Rgba, first, .. sheet, last, revealed, LayerView(prepared.Analysis), LivingView(prepared.Analysis)]);
    }

    /// <summary>Median block motion (px) between the first and last frame for blocks on near-layer and far-layer
    /// cells at frame 0.</summary>
    private static (double Near, double Far, int NearBlocks, int FarBlocks) Parallax(PictureAnalysis a, byte[] first, byte[] last, int width, int height)
    {
        var (from, to) = (FrameMetrics.Luma(first), FrameMetrics.Luma(last));
        var near = new List<double>();
        var far = new List<double>();
        const int block = 16;
        var step = width / 24;
        for (var y = step / 2; y + block < height; y += step)
            for (var x = step / 2; x + block < width; x += step)
            {
                var cell = a.Grid.Index((x + block / 2) / a.Grid.CellSize, (y + block / 2) / a.Grid.CellSize);
                var layer = a.Layers[cell];
                // The sky drifts on its own, so only the far ground and things on it show the camera's parallax.
                if (layer is DepthLayer.Middle or DepthLayer.Sky) continue;
                if (FrameMetrics.BlockMotion(from, to, width, height, x, y, block, width / 16) is not { } m) continue;
                (layer == DepthLayer.Near ? near : far).Add(Math.Sqrt(m.Dx * m.Dx + m.Dy * m.Dy));
            }
        return (Median(near), Median(far), near.Count, far.Count);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return double.NaN;
        values.Sort();
        return values[values.Count / 2];
    }

    private static int CountMarked(byte[] rgba)
    {
        var n = 0;
        for (var i = 0; i < rgba.Length; i += 4)
            if (rgba[i] > 200 && rgba[i + 1] < 60 && rgba[i + 2] > 200) n++;
        return n;
    }

    /// <summary>Share of in-frame mesh cells whose corners differ in distance by more than a quarter: those stretch
    /// ("rubber sheet") when the camera moves.</summary>
    private static double StretchedShare(PictureScene scene)
    {
        var grid = LayerBuilder.Pad(scene.Analysis);
        var view = scene.Analysis.View;
        int stretched = 0, total = 0;
        foreach (var layer in scene.Layers)
        {
            var p = layer.Mesh.Positions.Span;
            var idx = layer.Mesh.Indices.Span;
            for (var t = 0; t + 5 < idx.Length; t += 6)
            {
                var d = new[] { -p[(int)idx[t]].Z, -p[(int)idx[t + 1]].Z, -p[(int)idx[t + 2]].Z, -p[(int)idx[t + 5]].Z };
                total++;
                if (d.Max() > 1.25f * d.Min()) stretched++;
            }
        }
        _ = grid; _ = view;
        return total == 0 ? 0 : (double)stretched / total;
    }

    /// <summary>The depth layers as colours: near red, middle yellow, far green, sky blue.</summary>
    /// <summary>The picture darkened where it holds still, bright green where it sways, bright cyan where it
    /// ripples (the living-detail code the layer textures carry).</summary>
    private static byte[] LivingView(PictureAnalysis a)
    {
        var (w, h) = (a.Frame.Width, a.Frame.Height);
        var motion = LivingDetail.Measure(a);
        var rgba = new byte[w * h * 4];
        var s = a.Frame.Rgba;
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var m = motion[a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize)];
                var i = (y * w + x) * 4;
                (int r, int g, int b) c = m >= 1 ? (40, 230, 240) : m > 0 ? (120, 240, 60) : (s[i] / 4, s[i + 1] / 4, s[i + 2] / 4);
                rgba[i] = (byte)(m > 0 ? (c.r + s[i]) / 2 : c.r); rgba[i + 1] = (byte)(m > 0 ? (c.g + s[i + 1]) / 2 : c.g);
                rgba[i + 2] = (byte)(m > 0 ? (c.b + s[i + 2]) / 2 : c.b); rgba[i + 3] = 255;
            }
        return rgba;
    }

    private static byte[] LayerView(PictureAnalysis a)
    {
        var (w, h) = (a.Frame.Width, a.Frame.Height);
        var rgba = new byte[w * h * 4];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var layer = a.Layers[a.Grid.Index(x / a.Grid.CellSize, y / a.Grid.CellSize)];
                (byte r, byte g, byte b) c = layer switch
                {
                    DepthLayer.Near => (220, 60, 50), DepthLayer.Middle => (230, 200, 60), DepthLayer.Far => (70, 170, 80), _ => (80, 130, 230),
                };
                var i = (y * w + x) * 4;
                var s = a.Frame.Rgba;
                rgba[i] = (byte)((c.r + s[i]) / 2); rgba[i + 1] = (byte)((c.g + s[i + 1]) / 2); rgba[i + 2] = (byte)((c.b + s[i + 2]) / 2); rgba[i + 3] = 255;
            }
        return rgba;
    }
}
