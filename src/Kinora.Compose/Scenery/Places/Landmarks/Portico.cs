using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A classical temple front on a stately facade: a stepped plinth, a row of white columns with bases and capitals,
/// an entablature and a triangular pediment, all facing +Z. Shared by the mansion, the palace and the campus hall.
/// </summary>
internal static class Portico
{
    /// <summary>Builds the portico centred on x = <paramref name="cx"/>, its columns standing at z = <paramref name="z"/>
    /// (the facade is behind), <paramref name="columns"/> columns over <paramref name="width"/> m, <paramref name="height"/> m tall.</summary>
    public static void Add(Kit k, float cx, float z, float width, int columns, float height, float plinth = 1.0f)
    {
        var white = k.Paint(Masonry.Trim);
        var depth = 3.2f;
        // The plinth with its steps towards the front.
        white.Box(new Vector3(cx, plinth / 2, z - depth / 2 + 0.8f), new Vector3(width / 2 + 0.6f, plinth / 2, depth / 2 + 0.8f));
        for (var s = 1; s <= 3; s++)
            white.Box(new Vector3(cx, plinth * (1 - s / 4f) / 2, z + 0.8f + s * 0.4f), new Vector3(width / 2 - 1.0f, plinth * (1 - s / 4f) / 2, 0.2f));
        var pitch = width / (columns - 1);
        var r = MathF.Min(0.45f, pitch * 0.16f);
        for (var i = 0; i < columns; i++)
        {
            var x = cx - width / 2 + i * pitch;
            white.Rod(new Vector3(x, plinth, z), new Vector3(x, plinth + height, z), r, r * 0.85f, 12);
            white.Box(new Vector3(x, plinth + 0.12f, z), new Vector3(r * 1.3f, 0.12f, r * 1.3f));
            white.Box(new Vector3(x, plinth + height - 0.12f, z), new Vector3(r * 1.35f, 0.14f, r * 1.35f));
        }
        var top = plinth + height;
        white.Box(new Vector3(cx, top + 0.5f, z - depth / 2 + 0.6f), new Vector3(width / 2 + 0.6f, 0.5f, depth / 2 + 0.2f));
        var rise = (width + 1.2f) * 0.2f;
        white.Extrude([new(-width / 2 - 0.8f, 0), new(width / 2 + 0.8f, 0), new(0, rise)], depth + 0.4f, Matrix4x4.CreateTranslation(cx, top + 1.0f, z - depth / 2 + 0.6f));
        // A shaded tympanum set into the pediment, so its triangle reads.
        k.Paint(Paints.Shade(Masonry.Trim, 0.82f) with { Name = "tympanum" }).Extrude([new(-width / 2, 0.25f), new(width / 2, 0.25f), new(0, rise - 0.35f)], 0.1f, Matrix4x4.CreateTranslation(cx, top + 1.0f, z + 0.85f));
    }
}
