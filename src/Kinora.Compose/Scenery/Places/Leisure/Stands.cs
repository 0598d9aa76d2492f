using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// Tiered seating round a sports ground: concrete steps rising away from the field, a row of coloured seats on each,
/// spectators in bright shirts dotted over them (a stand reads as a stand by its crowd as much as by its steps), a back wall and a roof.
/// Built facing +Z with its front edge on z = 0 and centred on x = 0, then placed and turned by the set.
/// </summary>
public static class Stands
{
    private static readonly Material Concrete = Paints.Srgb(160, 160, 156, 0.85f, 0, "standconcrete");
    private static readonly Material Roof = Paints.Srgb(225, 228, 232, 0.4f, 0.3f, "standroof");
    private static readonly Material[] Crowd =
    [
        Paints.Srgb(200, 40, 40, 0.8f, 0, "fanred"), Paints.Srgb(235, 235, 235, 0.8f, 0, "fanwhite"),
        Paints.Srgb(40, 60, 150, 0.8f, 0, "fanblue"), Paints.Srgb(230, 190, 40, 0.8f, 0, "fanyellow"),
        Paints.Srgb(40, 40, 45, 0.8f, 0, "fandark"),
    ];

    /// <summary>m each tier rises and runs back.</summary>
    public const float Rise = 0.45f, Tread = 0.8f;

    /// <summary>A stand <paramref name="width"/> m long of <paramref name="tiers"/> tiers, seats in blocks of the
    /// <paramref name="seats"/> colours, a share <paramref name="full"/> of the seats taken.</summary>
    public static Kit Build(float width, int tiers, Material[] seats, float full, bool roof)
    {
        var k = new Kit();
        var half = width / 2;
        var blocks = Math.Max(1, (int)(width / 12));
        var blockWidth = width / blocks;
        var crowd = 0u;
        for (var t = 0; t < tiers; t++)
        {
            var z = -t * Tread;
            var y = 0.8f + t * Rise;
            k.Paint(Concrete).Box(new Vector3(0, y / 2, z - Tread / 2), new Vector3(half, y / 2, Tread / 2));
            for (var b = 0; b < blocks; b++)
            {
                var bx = -half + (b + 0.5f) * blockWidth;
                k.Paint(seats[(b + t / 8) % seats.Length]).Box(new Vector3(bx, y + 0.2f, z - Tread * 0.65f), new Vector3(blockWidth / 2 - 0.6f, 0.2f, 0.18f));
            }
            // Spectators: one seated figure (a box, 12 triangles: stands hold thousands) every 0.6 m where the hash
            // says the seat is taken.
            for (var x = -half + 0.5f; x < half - 0.5f; x += 0.6f)
            {
                crowd = crowd * 1664525 + 1013904223;
                if ((crowd >> 8) % 1000 >= full * 1000) continue;
                var at = new Vector3(x, y + 0.4f, z - Tread * 0.55f);
                k.Paint(Crowd[(int)((crowd >> 20) % (uint)Crowd.Length)]).Box(at + new Vector3(0, 0.4f, 0), new Vector3(0.2f, 0.42f, 0.12f));
            }
        }
        var top = 0.8f + tiers * Rise;
        var back = -tiers * Tread;
        k.Paint(Concrete).Box(new Vector3(0, (top + 2) / 2, back - 0.4f), new Vector3(half, (top + 2) / 2, 0.4f));
        if (roof)
        {
            var depth = tiers * Tread * 0.7f;
            k.Paint(Roof).Box(new Vector3(0, top + 4.5f, back + depth / 2), new Vector3(half + 1, 0.25f, depth / 2 + 0.5f));
            for (var x = -half; x <= half + 0.1f; x += width / Math.Max(1, (int)(width / 18)))
                k.Paint(Paints.Steel).Box(new Vector3(x, (top + 4.5f) / 2, back - 0.2f), new Vector3(0.2f, (top + 4.5f) / 2, 0.2f));
        }
        return k;
    }

    /// <summary>m from a stand's front edge to its back wall, for placing what stands behind it.</summary>
    public static float Depth(int tiers) => tiers * Tread + 0.8f;

    /// <summary>Height of a stand's top tier, m.</summary>
    public static float Height(int tiers) => 0.8f + tiers * Rise;
}
