using Kinora.Picture.Fitting;

namespace Kinora.Picture.Analysis;

/// <summary>
/// What Kinora reads from a picture: cells, the sky, regions of similar colour, the horizon and the camera that
/// sees it, each region's depth, the depth layer of every cell, and cues for sound. Pure function of the frame.
/// </summary>
public sealed class PictureAnalysis
{
    private PictureAnalysis(FramePicture frame, CellGrid grid, bool[] sky, int[] regions, RegionDepth[] depths,
        Viewpoint view, float horizonRow, DepthLayer[] layers, SceneCues cues, VanishingPoint? vanishing)
    {
        Frame = frame; Grid = grid; Sky = sky; Regions = regions; RegionDepths = depths; View = view;
        HorizonRow = horizonRow; Layers = layers; Cues = cues; Vanishing = vanishing;
    }

    public FramePicture Frame { get; }
    public CellGrid Grid { get; }
    public bool[] Sky { get; }
    /// <summary>Region id per cell (index into <see cref="RegionDepths"/>).</summary>
    public int[] Regions { get; }
    public RegionDepth[] RegionDepths { get; }
    public Viewpoint View { get; }
    /// <summary>Pixel row of the ground's horizon; negative when it lies above the frame.</summary>
    public float HorizonRow { get; }
    public DepthLayer[] Layers { get; }
    public SceneCues Cues { get; }
    /// <summary>Where the picture's converging lines meet, when they do (roads, corridors, streets).</summary>
    public VanishingPoint? Vanishing { get; }

    /// <summary>Distance (m along −Z) of cell <paramref name="cell"/>'s surface at pixel row <paramref name="y"/>, in
    /// the cell's middle column.</summary>
    public float DistanceAt(int cell, float y) =>
        DepthEstimator.DistanceAt(RegionDepths[Regions[cell]], View, (cell % Grid.Columns + 0.5f) * Grid.CellSize, y);

    /// <summary>Distance at the cell's centre.</summary>
    public float CellDistance(int cell) => DistanceAt(cell, (cell / Grid.Columns + 0.5f) * Grid.CellSize);

    public static PictureAnalysis Analyze(FramePicture frame, double lensMm = 35)
    {
        var grid = CellGrid.Measure(frame);
        var sky = SkyMask.Find(grid);
        var regions = RegionSegmenter.Segment(grid, sky, out var count);
        AdoptContentRegions(grid, regions);
        var vanishing = VanishingPoint.Find(frame, grid);
        var horizon = Horizon(DepthEstimator.HorizonRow(grid, sky), vanishing, grid, frame.Height);
        var view = Viewpoint.For(frame.Width, frame.Height, lensMm, horizon);
        var depths = DepthEstimator.Estimate(grid, sky, regions, count, view, horizon);
        if (vanishing is not null) RecedingSurfaces.Apply(grid, regions, depths, view, horizon, vanishing);
        FocusCue.Apply(grid, regions, depths);
        var analysis = new PictureAnalysis(frame, grid, sky, regions, depths, view, horizon, new DepthLayer[grid.Count],
            SceneCues.Measure(grid, sky, horizon, WaterRegions.Receding(grid, regions, depths)), vanishing);
        analysis.AssignLayers();
        return analysis;
    }

    /// <summary>The horizon from the sky's lowest reach, moved to the vanishing point's row when converging lines
    /// give one in the frame's usual horizon band: without sky (a corridor, a street under a white sky) it is the
    /// only cue, and with sky the point is the truer one when houses or trees hide the horizon below the sky's edge.
    /// A point above the sky's edge is not taken: the sky cannot reach below the horizon on level ground.</summary>
    private static float Horizon(float fromSky, VanishingPoint? vanishing, CellGrid grid, int height)
    {
        if (vanishing is null) return fromSky;
        var y = vanishing.Point.Y;
        if (y < 0.12f * height || y > 0.8f * height) return fromSky;
        return fromSky < 0 || y >= fromSky - grid.CellSize ? y : fromSky;
    }

    /// <summary>Cells outside the picture (padding bars) take the region of the nearest picture cell, so the
    /// layers extend the picture's edges under the bars.</summary>
    private static void AdoptContentRegions(CellGrid grid, int[] regions)
    {
        var assigned = (bool[])grid.InContent.Clone();
        var queue = new Queue<int>();
        for (var c = 0; c < grid.Count; c++) if (assigned[c]) queue.Enqueue(c);
        if (queue.Count == 0) return;
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            var (col, row) = (c % grid.Columns, c / grid.Columns);
            Spread(col - 1, row); Spread(col + 1, row); Spread(col, row - 1); Spread(col, row + 1);

            void Spread(int x, int y)
            {
                if (x < 0 || y < 0 || x >= grid.Columns || y >= grid.Rows) return;
                var n = grid.Index(x, y);
                if (assigned[n]) return;
                assigned[n] = true;
                regions[n] = regions[c];
                queue.Enqueue(n);
            }
        }
    }

    /// <summary>Splits non-sky cells into near, middle and far by equal steps of log distance between the 5th and
    /// 95th percentile, so a street scene and a table-top both get three populated bands.</summary>
    private void AssignLayers()
    {
        var distances = new List<float>();
        for (var c = 0; c < Grid.Count; c++)
            if (RegionDepths[Regions[c]].Kind != SurfaceKind.Sky) distances.Add(CellDistance(c));
        if (distances.Count == 0) { Array.Fill(Layers, DepthLayer.Sky); return; }
        distances.Sort();
        var near = distances[(int)((distances.Count - 1) * 0.05)];
        var far = distances[(int)((distances.Count - 1) * 0.95)];
        var ratio = MathF.Max(far / near, 1);
        var (b1, b2) = ratio < 1.5f ? (0f, float.MaxValue) : (near * MathF.Pow(ratio, 1f / 3), near * MathF.Pow(ratio, 2f / 3));
        for (var c = 0; c < Grid.Count; c++)
        {
            if (RegionDepths[Regions[c]].Kind == SurfaceKind.Sky) { Layers[c] = DepthLayer.Sky; continue; }
            var d = CellDistance(c);
            Layers[c] = d < b1 ? DepthLayer.Near : d < b2 ? DepthLayer.Middle : DepthLayer.Far;
        }
    }
}
