using Kinora.Picture.Fitting;

namespace Kinora.Picture.Analysis;

/// <summary>
/// The frame summarised in square cells (about 90 rows of them): mean colour in an opponent space and texture (mean
/// luminance gradient). Segmentation and depth work on cells, not pixels, which makes them fast and steadies them
/// against JPEG noise. Cells outside the picture's content (padding bars) are marked so analysis ignores them.
/// </summary>
public sealed class CellGrid
{
    /// <summary>Rows of cells the analysis aims for, whatever the frame size.</summary>
    public const int TargetRows = 90;

    private CellGrid(int cellSize, int columns, int rows)
    {
        CellSize = cellSize; Columns = columns; Rows = rows;
        var n = columns * rows;
        Lightness = new float[n]; RedGreen = new float[n]; YellowBlue = new float[n];
        Red = new float[n]; Green = new float[n]; Blue = new float[n];
        Texture = new float[n]; Contrast = new float[n]; TextureX = new float[n]; TextureY = new float[n]; InContent = new bool[n];
    }

    public int CellSize { get; }
    public int Columns { get; }
    public int Rows { get; }
    public int Count => Columns * Rows;

    /// <summary>Mean of (r + g + b) / 3, sRGB 0–1.</summary>
    public float[] Lightness { get; }
    /// <summary>r − g, sRGB 0–1 units.</summary>
    public float[] RedGreen { get; }
    /// <summary>(r + g) / 2 − b: positive for yellow, negative for blue.</summary>
    public float[] YellowBlue { get; }
    public float[] Red { get; }
    public float[] Green { get; }
    public float[] Blue { get; }
    /// <summary>Mean absolute difference of lightness to the right and below neighbouring pixels (0–1).</summary>
    public float[] Texture { get; }
    /// <summary>Lightest minus darkest pixel in the cell (0–1).</summary>
    public float[] Contrast { get; }

    /// <summary>How crisp the cell's edges are: its mean step between neighbouring pixels against its whole range of
    /// lightness. An edge in focus steps in a pixel or two; the same edge out of focus spreads over many, so the
    /// ratio falls with blur whatever the edge's strength. 0 for cells without contrast.</summary>
    public float Sharpness(int c) => Contrast[c] < MinContrast ? 0 : Texture[c] / Contrast[c];

    /// <summary>Cells with less range than this (0–1) are too flat to tell focus from blur.</summary>
    public const float MinContrast = 0.06f;

    /// <summary>Mean absolute lightness difference to the right-hand neighbour (0–1): vertical edges.</summary>
    public float[] TextureX { get; }
    /// <summary>Mean absolute lightness difference to the neighbour below (0–1): horizontal edges, as ripples on water
    /// and reflections make.</summary>
    public float[] TextureY { get; }
    public bool[] InContent { get; }

    public int Index(int column, int row) => row * Columns + column;

    /// <summary>Squared colour distance between two cells in the opponent space.</summary>
    public float ColorDistance(int a, int b)
    {
        var dl = Lightness[a] - Lightness[b];
        var d1 = RedGreen[a] - RedGreen[b];
        var d2 = YellowBlue[a] - YellowBlue[b];
        return MathF.Sqrt(dl * dl + d1 * d1 + d2 * d2);
    }

    public static int CellSizeFor(int height) => Math.Max(2, (height + TargetRows - 1) / TargetRows);

    public static CellGrid Measure(FramePicture frame)
    {
        var size = CellSizeFor(frame.Height);
        var grid = new CellGrid(size, (frame.Width + size - 1) / size, (frame.Height + size - 1) / size);
        var (w, h) = (frame.Width, frame.Height);
        ReadOnlySpan<byte> px = frame.Rgba;
        for (var row = 0; row < grid.Rows; row++)
            for (var col = 0; col < grid.Columns; col++)
            {
                var (x0, y0) = (col * size, row * size);
                var (x1, y1) = (Math.Min(x0 + size, w), Math.Min(y0 + size, h));
                double r = 0, g = 0, b = 0, tx = 0, ty = 0;
                int lo = 765, hi = 0;
                var inside = 0;
                for (var y = y0; y < y1; y++)
                    for (var x = x0; x < x1; x++)
                    {
                        var i = (y * w + x) * 4;
                        r += px[i]; g += px[i + 1]; b += px[i + 2];
                        var l = px[i] + px[i + 1] + px[i + 2];
                        (lo, hi) = (Math.Min(lo, l), Math.Max(hi, l));
                        if (x + 1 < w) { var j = i + 4; tx += Math.Abs(l - (px[j] + px[j + 1] + px[j + 2])); }
                        if (y + 1 < h) { var j = i + w * 4; ty += Math.Abs(l - (px[j] + px[j + 1] + px[j + 2])); }
                        if (frame.Content.Contains(x, y)) inside++;
                    }
                var n = (x1 - x0) * (y1 - y0);
                var c = grid.Index(col, row);
                var (rf, gf, bf) = ((float)(r / n / 255), (float)(g / n / 255), (float)(b / n / 255));
                grid.Red[c] = rf; grid.Green[c] = gf; grid.Blue[c] = bf;
                grid.Lightness[c] = (rf + gf + bf) / 3;
                grid.RedGreen[c] = rf - gf;
                grid.YellowBlue[c] = (rf + gf) / 2 - bf;
                grid.Texture[c] = (float)((tx + ty) / (2.0 * n * 3 * 255));
                grid.Contrast[c] = (hi - lo) / 765f;
                grid.TextureX[c] = (float)(tx / (n * 3 * 255.0));
                grid.TextureY[c] = (float)(ty / (n * 3 * 255.0));
                grid.InContent[c] = inside * 2 > n;
            }
        return grid;
    }
}
