using System.Numerics;
using Kinora.Picture.Fitting;

namespace Kinora.Picture.Analysis;

/// <summary>
/// The point where a picture's parallel edges converge: roads, rails, corridors, building fronts. Line segments are
/// read per cell from the structure tensor of the luminance gradient (a cell whose gradients all point one way holds
/// a straight edge; its orientation is the segment's), and the vanishing point is the intersection of two segments
/// that most other segments aim at (a pairwise vote, as in Rother's "A new approach to vanishing point detection in
/// architectural environments", IVC 2002), refined by least squares over those inliers. In a photo taken level the
/// vanishing point of lines on the ground lies on the horizon, and surfaces that carry lines towards it recede.
/// </summary>
/// <param name="Point">The vanishing point, pixels.</param>
/// <param name="Inliers">Cells whose segment aims at the point.</param>
/// <param name="Support">Share of the oblique segments' weight that aims at the point, 0–1.</param>
public sealed record VanishingPoint(Vector2 Point, bool[] Inliers, float Support)
{
    /// <summary>A cell's gradients must agree this much ((λ1 − λ2) / (λ1 + λ2)) to hold a straight edge.</summary>
    private const float MinCoherence = 0.7f;
    /// <summary>Mean gradient (lightness 0–1 per pixel) a cell's edge needs: faint texture is not an edge.</summary>
    private const float MinGradient = 0.03f;
    /// <summary>Segments within this angle of level or plumb are left out: they converge far outside the frame
    /// (sideways, or at the zenith), and level lines are everywhere in nature (horizons, shores, grass tops).</summary>
    private const float MinTilt = 10 * MathF.PI / 180;
    /// <summary>A segment aims at a point when its direction is within this angle of the point.</summary>
    private const float AimTolerance = 2.5f * MathF.PI / 180;
    /// <summary>Distance in pixels within which a segment's line passing the point counts as aiming at it.</summary>
    private const float AimSlack = 4;
    /// <summary>The strongest segments voted over (pairs of them are the candidates).</summary>
    private const int MaxSegments = 160;
    /// <summary>Evidence a point needs: inlier cells, their share of all oblique weight, and how many distinct
    /// directions (15° bins around the point) they come from, so one textured surface's parallel streaks (fur,
    /// rain, grass blades), whose intersections are ill-defined, never make a vanishing point.</summary>
    private const int MinInliers = 14, MinDirections = 2;
    private const float MinSupport = 0.2f;

    /// <summary>The picture's dominant vanishing point within the frame's vertical extent, or null without one.</summary>
    public static VanishingPoint? Find(FramePicture frame, CellGrid grid)
    {
        var segments = Segments(frame, grid);
        if (segments.Count < MinInliers) return null;
        var total = segments.Sum(s => s.Weight);
        var strongest = segments.OrderByDescending(s => s.Weight).Take(MaxSegments).ToArray();
        var (w, h) = (frame.Width, frame.Height);
        var best = (Score: 0f, Point: Vector2.Zero);
        for (var i = 0; i < strongest.Length; i++)
            for (var j = i + 1; j < strongest.Length; j++)
            {
                if (Intersect(strongest[i], strongest[j]) is not { } p) continue;
                if (p.X < -0.25f * w || p.X > 1.25f * w || p.Y < 0 || p.Y > h) continue;
                var score = 0f;
                foreach (var s in strongest) if (Aims(s, p)) score += s.Weight;
                if (score > best.Score) best = (score, p);
            }
        if (best.Score <= 0) return null;
        var point = Refine(segments, best.Point);
        var inliers = new bool[grid.Count];
        var (count, weight, directions) = (0, 0f, 0);
        Span<bool> bins = stackalloc bool[24];
        foreach (var s in segments)
        {
            if (!Aims(s, point)) continue;
            inliers[s.Cell] = true;
            count++;
            weight += s.Weight;
            var angle = MathF.Atan2(s.Position.Y - point.Y, s.Position.X - point.X);
            var bin = (int)((angle + MathF.PI) / (2 * MathF.PI) * 24) % 24;
            if (!bins[bin]) { bins[bin] = true; directions++; }
        }
        var support = weight / total;
        // The inliers must come at the point from directions at least 30° (two bins) apart.
        var spread = false;
        for (var i = 0; i < 24 && !spread; i++)
            for (var j = i + 2; j < 24 && !spread; j++)
                spread = bins[i] && bins[j] && 24 - (j - i) >= 2;
        if (count < MinInliers || support < MinSupport || directions < MinDirections || !spread) return null;
        return new VanishingPoint(point, inliers, support);
    }

    /// <summary>A straight edge in one cell: its centre, unit direction, unit normal and weight.</summary>
    private readonly record struct Segment(int Cell, Vector2 Position, Vector2 Direction, float Weight)
    {
        public Vector2 Normal => new(-Direction.Y, Direction.X);
    }

    private static List<Segment> Segments(FramePicture frame, CellGrid grid)
    {
        var (w, h, size) = (frame.Width, frame.Height, grid.CellSize);
        var px = frame.Rgba;
        float L(int x, int y) { var i = (y * w + x) * 4; return (px[i] + px[i + 1] + px[i + 2]) / 765f; }
        // The structure tensor summed per cell, then over each cell's 3×3 neighbourhood: one cell holds too few
        // pixels of a thin line for its orientation to be read to a degree or two.
        var (sxx, sxy, syy, sn) = (new double[grid.Count], new double[grid.Count], new double[grid.Count], new int[grid.Count]);
        // Gradient energy × position, so a segment passes through its edge rather than its window's centre.
        var (sex, sey) = (new double[grid.Count], new double[grid.Count]);
        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                var c = grid.Index(col, row);
                if (!grid.InContent[c]) continue;
                for (var y = Math.Max(1, row * size); y < Math.Min(h - 1, (row + 1) * size); y++)
                    for (var x = Math.Max(1, col * size); x < Math.Min(w - 1, (col + 1) * size); x++)
                    {
                        // Scharr's kernels: central differences lean thin lines' orientation towards the
                        // diagonals by several degrees, enough to miss the point by tens of pixels.
                        var gx = (3 * (L(x + 1, y - 1) - L(x - 1, y - 1) + L(x + 1, y + 1) - L(x - 1, y + 1)) + 10 * (L(x + 1, y) - L(x - 1, y))) / 32;
                        var gy = (3 * (L(x - 1, y + 1) - L(x - 1, y - 1) + L(x + 1, y + 1) - L(x + 1, y - 1)) + 10 * (L(x, y + 1) - L(x, y - 1))) / 32;
                        sxx[c] += gx * gx; sxy[c] += gx * gy; syy[c] += gy * gy;
                        sex[c] += (gx * gx + gy * gy) * x; sey[c] += (gx * gx + gy * gy) * y;
                        sn[c]++;
                    }
            }
        var segments = new List<Segment>();
        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                var c = grid.Index(col, row);
                if (!grid.InContent[c]) continue;
                double xx = 0, xy = 0, yy = 0, ex = 0, ey = 0;
                var n = 0;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var (x, y) = (col + dx, row + dy);
                        if (x < 0 || y < 0 || x >= grid.Columns || y >= grid.Rows) continue;
                        var k = grid.Index(x, y);
                        xx += sxx[k]; xy += sxy[k]; yy += syy[k]; n += sn[k]; ex += sex[k]; ey += sey[k];
                    }
                if (n == 0) continue;
                var trace = xx + yy;
                if (Math.Sqrt(trace / n) < MinGradient) continue;
                var coherence = Math.Sqrt((xx - yy) * (xx - yy) + 4 * xy * xy) / trace;
                if (coherence < MinCoherence) continue;
                // The dominant gradient's angle; the edge runs across it.
                var gradient = 0.5 * Math.Atan2(2 * xy, xx - yy);
                var direction = new Vector2((float)-Math.Sin(gradient), (float)Math.Cos(gradient));
                var tilt = MathF.Abs(MathF.Atan2(direction.Y, direction.X));
                tilt = MathF.Min(tilt, MathF.PI - tilt); // 0 level, π/2 plumb
                if (tilt < MinTilt || tilt > MathF.PI / 2 - MinTilt) continue;
                var centre = new Vector2((float)(ex / trace), (float)(ey / trace));
                segments.Add(new Segment(c, centre, direction, (float)(coherence * Math.Sqrt(trace / n))));
            }
        return segments;
    }

    private static Vector2? Intersect(Segment a, Segment b)
    {
        var cross = a.Direction.X * b.Direction.Y - a.Direction.Y * b.Direction.X;
        if (MathF.Abs(cross) < MathF.Sin(5 * MathF.PI / 180)) return null; // nearly parallel: no reliable crossing
        var d = b.Position - a.Position;
        var t = (d.X * b.Direction.Y - d.Y * b.Direction.X) / cross;
        return a.Position + t * a.Direction;
    }

    private static bool Aims(Segment s, Vector2 point)
    {
        // Within the angle, or within a cell's width of the point (a segment close to it may point a little off).
        var off = MathF.Abs(Vector2.Dot(point - s.Position, s.Normal));
        return off < MathF.Max(MathF.Sin(AimTolerance) * Vector2.Distance(point, s.Position), AimSlack);
    }

    /// <summary>The point nearest (weighted least squares) to every inlier segment's line.</summary>
    private static Vector2 Refine(List<Segment> segments, Vector2 start)
    {
        double a = 0, b = 0, c = 0, d = 0, e = 0;
        foreach (var s in segments)
        {
            if (!Aims(s, start)) continue;
            var (nx, ny) = ((double)s.Normal.X, (double)s.Normal.Y);
            var k = nx * s.Position.X + ny * s.Position.Y;
            a += s.Weight * nx * nx; b += s.Weight * nx * ny; c += s.Weight * ny * ny;
            d += s.Weight * nx * k; e += s.Weight * ny * k;
        }
        var det = a * c - b * b;
        if (Math.Abs(det) < 1e-9) return start;
        return new Vector2((float)((c * d - b * e) / det), (float)((a * e - b * d) / det));
    }
}
