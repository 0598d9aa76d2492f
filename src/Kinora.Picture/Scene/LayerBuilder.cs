using System.Numerics;
using Kinora.Compose;
using Kinora.Picture.Analysis;

namespace Kinora.Picture.Scene;

/// <summary>
/// Lifts each depth layer of an analysed picture into a textured mesh seen from <see cref="Viewpoint"/>. Every
/// vertex sits on the ray through its own pixel corner, at its region's distance, so from the original viewpoint
/// the meshes reproduce the picture pixel for pixel whatever the depths; when the camera moves, nearer layers slide
/// over farther ones. Each layer reaches <see cref="ExtensionCells"/> cells behind the nearer layers next to it
/// (the farthest layer reaches everywhere), with colours filled from its own pixels, so what a move reveals is
/// plausible background rather than a hole.
/// </summary>
public static class LayerBuilder
{
    /// <summary>How far a layer extends behind nearer ones, in cells: more than the largest parallax a default move
    /// gives (about 40 px at 720p, 5 cells).</summary>
    public const int ExtensionCells = 8;
    /// <summary>Margin around the frame, as a share of its width, for pans and pull-backs.</summary>
    public const float MarginShare = 0.1f;

    public static PaddedGrid Pad(PictureAnalysis a) =>
        new(a.Grid.Columns, a.Grid.Rows, a.Grid.CellSize, (int)MathF.Ceiling(a.Grid.Columns * MarginShare));

    /// <summary>Colour that <c>markFilled</c> paints filled texels with, so a check can count revealed pixels.</summary>
    public static readonly (byte R, byte G, byte B) FillMarker = (255, 0, 255);

    /// <summary>The layers that own at least one cell, nearest first.</summary>
    /// <param name="markFilled">Paint texels a layer does not own in <see cref="FillMarker"/> instead of filling
    /// them (for measuring how much of a frame shows filled-in background).</param>
    public static IReadOnlyList<PictureLayer> Build(PictureAnalysis a, bool markFilled = false)
    {
        var grid = Pad(a);
        var owner = new DepthLayer[grid.Count];
        var sourceRegion = new int[grid.Count];
        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                var src = grid.SourceCell(col, row);
                owner[row * grid.Columns + col] = a.Layers[src];
                sourceRegion[row * grid.Columns + col] = a.Regions[src];
            }
        var present = Enum.GetValues<DepthLayer>().Where(l => Array.IndexOf(owner, l) >= 0).ToArray();
        var back = present.Max();
        var layers = new List<PictureLayer>(present.Length);
        foreach (var layer in present)
        {
            var region = Cover(grid, owner, sourceRegion, layer, layer == back ? int.MaxValue : ExtensionCells);
            var mesh = MeshOf(a, grid, region, layer);
            var texture = TextureOf(a, grid, layer, markFilled);
            layers.Add(new PictureLayer(layer, mesh, texture, owner.Count(o => o == layer), region.Count(r => r >= 0)));
        }
        return layers;
    }

    /// <summary>Region per padded cell the layer covers (−1 where it does not): its own cells, then a breadth-first
    /// spread into nearer layers' cells, each taking the region of the own cell it spread from.</summary>
    private static int[] Cover(PaddedGrid grid, DepthLayer[] owner, int[] sourceRegion, DepthLayer layer, int reach)
    {
        var region = new int[grid.Count];
        var steps = new int[grid.Count];
        var queue = new Queue<int>();
        for (var c = 0; c < grid.Count; c++)
        {
            region[c] = owner[c] == layer ? sourceRegion[c] : -1;
            if (region[c] >= 0) queue.Enqueue(c);
        }
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            if (steps[c] >= reach) continue;
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            Spread(col - 1, row); Spread(col + 1, row); Spread(col, row - 1); Spread(col, row + 1);

            void Spread(int x, int y)
            {
                if (x < 0 || y < 0 || x >= grid.Columns || y >= grid.Rows) return;
                var n = y * grid.Columns + x;
                if (region[n] >= 0 || owner[n] > layer) return; // only behind nearer layers
                region[n] = region[c];
                steps[n] = steps[c] + 1;
                queue.Enqueue(n);
            }
        }
        return region;
    }

    private static Mesh MeshOf(PictureAnalysis a, PaddedGrid grid, int[] region, DepthLayer layer)
    {
        var cornerColumns = grid.Columns + 1;
        var vertexOf = new int[cornerColumns * (grid.Rows + 1)];
        Array.Fill(vertexOf, -1);
        var positions = new List<Vector3>();
        var uvs = new List<Vector2>();
        var indices = new List<uint>();
        var size = grid.CellSize;
        var origin = grid.MarginPixels;

        uint Vertex(int cx, int cy)
        {
            var key = cy * cornerColumns + cx;
            if (vertexOf[key] >= 0) return (uint)vertexOf[key];
            var (x, y) = ((float)(cx * size - origin), (float)(cy * size - origin));
            // Nearest of the covered cells meeting at this corner, so an object's outline stays with the object.
            var distance = float.MaxValue;
            for (var dy = -1; dy <= 0; dy++)
                for (var dx = -1; dx <= 0; dx++)
                {
                    var (col, row) = (cx + dx, cy + dy);
                    if (col < 0 || row < 0 || col >= grid.Columns || row >= grid.Rows) continue;
                    var r = region[row * grid.Columns + col];
                    if (r >= 0) distance = MathF.Min(distance, DepthEstimator.DistanceAt(a.RegionDepths[r], a.View, x, y));
                }
            vertexOf[key] = positions.Count;
            positions.Add(a.View.PointAt(x, y, distance));
            uvs.Add(new Vector2((float)cx * size / grid.TextureWidth, (float)cy * size / grid.TextureHeight));
            return (uint)(positions.Count - 1);
        }

        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                if (region[row * grid.Columns + col] < 0) continue;
                var tl = Vertex(col, row);
                var tr = Vertex(col + 1, row);
                var bl = Vertex(col, row + 1);
                var br = Vertex(col + 1, row + 1);
                // Counter-clockwise as the camera sees it (image rows run downwards, world Y upwards).
                indices.AddRange([bl, br, tr, bl, tr, tl]);
            }

        var normal = -a.View.Forward;
        var normals = new Vector3[positions.Count];
        Array.Fill(normals, normal);
        return new Mesh($"picture-{layer.ToString().ToLowerInvariant()}", [.. positions], normals, [.. uvs], [.. indices]);
    }

    private static Texture TextureOf(PictureAnalysis a, PaddedGrid grid, DepthLayer layer, bool markFilled)
    {
        var (tw, th) = (grid.TextureWidth, grid.TextureHeight);
        var frame = a.Frame;
        var rgba = new byte[tw * th * 4];
        var motion = LivingDetail.Measure(a);
        var known = new bool[tw * th];
        var origin = grid.MarginPixels;
        var size = a.Grid.CellSize;
        for (var ty = 0; ty < th; ty++)
        {
            var y = PaddedGrid.Mirror(ty - origin, frame.Height);
            for (var tx = 0; tx < tw; tx++)
            {
                var x = PaddedGrid.Mirror(tx - origin, frame.Width);
                var t = ty * tw + tx;
                var s = (y * frame.Width + x) * 4;
                rgba[t * 4] = frame.Rgba[s]; rgba[t * 4 + 1] = frame.Rgba[s + 1]; rgba[t * 4 + 2] = frame.Rgba[s + 2]; rgba[t * 4 + 3] = 255;
                known[t] = frame.Content.Contains(x, y) && a.Layers[a.Grid.Index(x / size, y / size)] == layer;
            }
        }
        if (!markFilled) PushPullFill.Fill(rgba, known, tw, th);
        else
            for (var t = 0; t < known.Length; t++)
                if (!known[t]) (rgba[t * 4], rgba[t * 4 + 1], rgba[t * 4 + 2]) = FillMarker;
        // Alpha carries the living-detail code (see LivingDetail), filled texels included: what a move reveals
        // behind a swaying tree sways with it.
        // At night the lights' own pixels (owned by this layer) flicker instead.
        var flicker = LivingDetail.FlickerCells(a);
        for (var ty = 0; ty < th; ty++)
        {
            var y = PaddedGrid.Mirror(ty - origin, frame.Height);
            for (var tx = 0; tx < tw; tx++)
            {
                var x = PaddedGrid.Mirror(tx - origin, frame.Width);
                var t = ty * tw + tx;
                rgba[t * 4 + 3] = LivingDetail.AlphaAt(motion, a.Grid, x, y);
                if (!known[t] || !flicker[a.Grid.Index(x / size, y / size)]) continue;
                var s = (y * frame.Width + x) * 4;
                var amount = LivingDetail.Flicker((frame.Rgba[s] + frame.Rgba[s + 1] + frame.Rgba[s + 2]) / (3 * 255f));
                if (amount > 0.05f) rgba[t * 4 + 3] = LivingDetail.FlickerAlpha(amount);
            }
        }
        return new Texture($"picture-{layer.ToString().ToLowerInvariant()}", tw, th, rgba);
    }
}
