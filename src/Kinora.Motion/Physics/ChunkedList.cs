namespace Kinora.Motion.Physics;

/// <summary>
/// An append-only list kept in fixed chunks of <see cref="ChunkLength"/> items. A <see cref="List{T}"/> that grows to
/// hundreds of thousands of items (a tumbling crowd's contact events: ~200 000 in 10 s) reallocates into ever larger
/// arrays on the large object heap, and every such allocation can start a full (gen 2) collection; chunks of
/// 4 096 references (32 KiB) stay on the small object heap and are never copied while the list grows.
/// </summary>
internal sealed class ChunkedList<T>
{
    public const int ChunkLength = 4096;

    private readonly List<T[]> _chunks = [];
    private int _inLast = ChunkLength;

    public int Count => _chunks.Count == 0 ? 0 : (_chunks.Count - 1) * ChunkLength + _inLast;

    public void Add(T item)
    {
        if (_inLast == ChunkLength)
        {
            _chunks.Add(new T[ChunkLength]);
            _inLast = 0;
        }
        _chunks[^1][_inLast++] = item;
    }

    /// <summary>The items in the order they were added.</summary>
    public T[] ToArray()
    {
        var all = new T[Count];
        for (var c = 0; c < _chunks.Count; c++)
        {
            var length = c == _chunks.Count - 1 ? _inLast : ChunkLength;
            Array.Copy(_chunks[c], 0, all, c * ChunkLength, length);
        }
        return all;
    }
}
