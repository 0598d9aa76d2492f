namespace Kinora.Picture.Scene;

/// <summary>
/// The analysis cell grid grown by <see cref="Margin"/> cells on every side, so a camera that pans or pulls back
/// sees more picture, not the void. Cells in the margin mirror the cells inside (like reflecting the picture in its
/// own edges), which keeps layers, regions and texture continuous across the frame's border.
/// </summary>
public sealed class PaddedGrid(int columns, int rows, int cellSize, int margin)
{
    public int Columns { get; } = columns + 2 * margin;
    public int Rows { get; } = rows + 2 * margin;
    public int CellSize { get; } = cellSize;
    /// <summary>Cells added on each side.</summary>
    public int Margin { get; } = margin;
    /// <summary>The margin in pixels.</summary>
    public int MarginPixels => Margin * CellSize;
    public int Count => Columns * Rows;
    public int TextureWidth => Columns * CellSize;
    public int TextureHeight => Rows * CellSize;

    private readonly int _innerColumns = columns;
    private readonly int _innerRows = rows;

    /// <summary>The analysis cell that padded cell (<paramref name="column"/>, <paramref name="row"/>) shows.</summary>
    public int SourceCell(int column, int row) =>
        Mirror(row - Margin, _innerRows) * _innerColumns + Mirror(column - Margin, _innerColumns);

    /// <summary>Reflects an index into [0, n): −1 → 0, n → n − 1, as a mirror at the edge would.</summary>
    public static int Mirror(int i, int n)
    {
        if (n <= 1) return 0;
        var period = 2 * n;
        i %= period;
        if (i < 0) i += period;
        return i < n ? i : period - 1 - i;
    }
}
