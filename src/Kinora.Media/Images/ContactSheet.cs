using Kinora.Media.Tools;

namespace Kinora.Media.Images;

/// <summary>
/// A grid of frames in one PNG, for `--contact-sheet` and for engineers to see a whole clip at a glance. The grid
/// is composed here (area-average downscaling into one RGBA buffer) and written with one ffmpeg call; frames left
/// to right, top to bottom, on a dark background with <see cref="Gap"/> pixels between tiles.
/// </summary>
public static class ContactSheet
{
    public const int Gap = 4;
    private const byte Background = 24;

    /// <summary><paramref name="count"/> frame indices spread evenly over a clip, first and last included.</summary>
    public static int[] PickFrames(int frameCount, int count)
    {
        if (frameCount <= 0 || count <= 0) return [];
        count = Math.Min(count, frameCount);
        var picks = new int[count];
        for (var i = 0; i < count; i++) picks[i] = count == 1 ? 0 : (int)Math.Round((double)i * (frameCount - 1) / (count - 1));
        return picks;
    }

    public static RgbaImage Compose(IReadOnlyList<ReadOnlyMemory<byte>> frames, int width, int height, int columns = 4, int tileWidth = 320)
    {
        if (frames.Count == 0) throw new MediaException("a contact sheet needs at least one frame");
        columns = Math.Clamp(columns, 1, frames.Count);
        tileWidth = Math.Clamp(tileWidth, 1, width);
        var tileHeight = Math.Max(1, (int)Math.Round((double)height * tileWidth / width));
        var rows = (frames.Count + columns - 1) / columns;
        var sheet = RgbaImage.Blank(columns * tileWidth + (columns + 1) * Gap, rows * tileHeight + (rows + 1) * Gap,
            Background, Background, Background);
        for (var i = 0; i < frames.Count; i++)
        {
            RgbaImage.CheckSize(frames[i].Span, width, height);
            var x = Gap + (i % columns) * (tileWidth + Gap);
            var y = Gap + (i / columns) * (tileHeight + Gap);
            Downscale(frames[i].Span, width, height, sheet.Pixels, sheet.Width, x, y, tileWidth, tileHeight);
        }
        return sheet;
    }

    public static void Write(string path, IReadOnlyList<ReadOnlyMemory<byte>> frames, int width, int height,
        int columns = 4, int tileWidth = 320, ToolLocator? tools = null) =>
        ImageWriter.Write(path, Compose(frames, width, height, columns, tileWidth), tools);

    /// <summary>
    /// Box-filter downscale: each tile pixel is the mean of the source pixels its footprint covers, which avoids
    /// the aliasing (shimmering edges) of nearest-neighbour picking at 4× reduction.
    /// </summary>
    private static void Downscale(ReadOnlySpan<byte> src, int sw, int sh, Span<byte> dst, int dstStride, int dx, int dy, int tw, int th)
    {
        for (var ty = 0; ty < th; ty++)
        {
            var y0 = ty * sh / th;
            var y1 = Math.Max(y0 + 1, (ty + 1) * sh / th);
            for (var tx = 0; tx < tw; tx++)
            {
                var x0 = tx * sw / tw;
                var x1 = Math.Max(x0 + 1, (tx + 1) * sw / tw);
                int r = 0, g = 0, b = 0, n = 0;
                for (var y = y0; y < y1; y++)
                {
                    var row = src.Slice((y * sw + x0) * 4, (x1 - x0) * 4);
                    for (var k = 0; k < row.Length; k += 4) { r += row[k]; g += row[k + 1]; b += row[k + 2]; n++; }
                }
                var o = ((dy + ty) * dstStride + dx + tx) * 4;
                dst[o] = (byte)(r / n); dst[o + 1] = (byte)(g / n); dst[o + 2] = (byte)(b / n); dst[o + 3] = 255;
            }
        }
    }
}
