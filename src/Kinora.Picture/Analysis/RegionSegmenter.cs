namespace Kinora.Picture.Analysis;

/// <summary>
/// Splits cells into regions of similar colour with Felzenszwalb and Huttenlocher's graph method ("Efficient
/// Graph-Based Image Segmentation", IJCV 2004): edges between 4-neighbours sorted by colour difference, merged when
/// the difference is below both regions' internal variation plus k / size. Sky cells form one region of their own. Colours are
/// compared after a 3×3 cell blur so a textured surface is one region, not a speckle of them.
/// </summary>
public static class RegionSegmenter
{
    /// <summary>Scale of the merge threshold in colour units × cells; larger gives bigger regions.</summary>
    private const float K = 0.15f;
    /// <summary>Regions smaller than this many cells are merged into their most similar neighbour.</summary>
    private const int MinCells = 12;

    /// <summary>Region id per cell, 0..count−1; sky cells (if any) share one id.</summary>
    public static int[] Segment(CellGrid grid, bool[] sky, out int count)
    {
        var n = grid.Count;
        var (l, rg, yb) = (Blur(grid, grid.Lightness), Blur(grid, grid.RedGreen), Blur(grid, grid.YellowBlue));
        float Difference(int a, int b)
        {
            var (dl, d1, d2) = (l[a] - l[b], rg[a] - rg[b], yb[a] - yb[b]);
            return MathF.Sqrt(dl * dl + d1 * d1 + d2 * d2) + 0.5f * MathF.Abs(grid.Texture[a] - grid.Texture[b]);
        }
        var edges = new List<(float W, int A, int B)>(n * 2);
        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                var c = grid.Index(col, row);
                if (col + 1 < grid.Columns) edges.Add((Difference(c, c + 1), c, c + 1));
                if (row + 1 < grid.Rows) edges.Add((Difference(c, c + grid.Columns), c, c + grid.Columns));
            }
        edges.Sort((a, b) => a.W.CompareTo(b.W));

        var sets = new DisjointSets(n);
        var internalMax = new float[n];
        foreach (var (w, a, b) in edges)
        {
            if (sky[a] != sky[b] || grid.InContent[a] != grid.InContent[b]) continue;
            var (ra, rb) = (sets.Find(a), sets.Find(b));
            if (ra == rb) continue;
            var sameKind = sky[a] || !grid.InContent[a];
            if (sameKind || w <= MathF.Min(internalMax[ra] + K / sets.Size(ra), internalMax[rb] + K / sets.Size(rb)))
            {
                var r = sets.Union(ra, rb);
                internalMax[r] = MathF.Max(w, MathF.Max(internalMax[ra], internalMax[rb]));
            }
        }
        foreach (var (_, a, b) in edges) // absorb specks
        {
            if (sky[a] != sky[b] || grid.InContent[a] != grid.InContent[b]) continue;
            var (ra, rb) = (sets.Find(a), sets.Find(b));
            if (ra != rb && (sets.Size(ra) < MinCells || sets.Size(rb) < MinCells)) sets.Union(ra, rb);
        }

        var ids = new int[n];
        var remap = new Dictionary<int, int>();
        for (var c = 0; c < n; c++)
        {
            var root = sets.Find(c);
            if (!remap.TryGetValue(root, out var id)) remap[root] = id = remap.Count;
            ids[c] = id;
        }
        count = remap.Count;
        return ids;
    }

    /// <summary>3×3 mean of a cell feature: texture noise (grass, gravel, JPEG blocks) then reads as one surface.</summary>
    private static float[] Blur(CellGrid grid, float[] values)
    {
        var result = new float[values.Length];
        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                float sum = 0;
                var n = 0;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (x, y) = (col + dx, row + dy);
                        if (x < 0 || y < 0 || x >= grid.Columns || y >= grid.Rows) continue;
                        sum += values[grid.Index(x, y)];
                        n++;
                    }
                result[grid.Index(col, row)] = sum / n;
            }
        return result;
    }

    /// <summary>Union–find with union by size and path halving.</summary>
    private sealed class DisjointSets
    {
        private readonly int[] _parent;
        private readonly int[] _size;

        public DisjointSets(int n)
        {
            _parent = new int[n];
            _size = new int[n];
            for (var i = 0; i < n; i++) { _parent[i] = i; _size[i] = 1; }
        }

        public int Find(int x)
        {
            while (_parent[x] != x) x = _parent[x] = _parent[_parent[x]];
            return x;
        }

        public int Size(int root) => _size[root];

        public int Union(int a, int b)
        {
            if (_size[a] < _size[b]) (a, b) = (b, a);
            _parent[b] = a;
            _size[a] += _size[b];
            return a;
        }
    }
}
