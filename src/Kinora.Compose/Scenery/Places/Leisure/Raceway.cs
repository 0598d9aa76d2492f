using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A motor-racing circuit's main straight: 14 m of asphalt along X under the action (cars race along X) with white
/// edge lines and red-and-white kerbs, a chequered start line and grid boxes; beyond it a grass verge, a row of
/// tyre barriers, the concrete pit wall with its catch fence, and a roofed grandstand full of spectators, with a
/// timing tower beside it.
/// </summary>
public static class Raceway
{
    private static readonly Material Tarmac = Paints.Srgb(58, 58, 62, 0.8f, 0, "racetarmac");
    private static readonly Material KerbRed = Paints.Srgb(210, 30, 30, 0.6f, 0, "kerbred");
    private static readonly Material KerbWhite = Paints.Srgb(240, 240, 240, 0.6f, 0, "kerbwhite");
    private static readonly Material Verge = Paints.Srgb(75, 135, 55, 0.9f, 0, "verge") with { Pattern = "grass" };
    private static readonly Material Wall = Paints.Srgb(215, 215, 210, 0.8f, 0, "pitwall");
    private static readonly Material Tyre = Paints.Srgb(28, 28, 30, 0.85f, 0, "barriertyre");
    private static readonly Material Tower = Paints.Srgb(35, 38, 45, 0.5f, 0, "timingtower");
    private static readonly Material[] Seats = [Paints.Srgb(200, 30, 35, 0.5f, 0, "seatred"), Paints.Srgb(235, 235, 235, 0.5f, 0, "seatwhite")];
    private static readonly Material[] Boards =
    [
        Paints.Srgb(220, 30, 30, 0.5f, 0, "adred"), Paints.Srgb(30, 60, 170, 0.5f, 0, "adblue"),
        Paints.Srgb(245, 200, 30, 0.5f, 0, "adyellow"), Paints.Srgb(30, 30, 35, 0.5f, 0, "adblack"),
    ];

    /// <summary>m; the track's half width.</summary>
    public const float HalfWidth = 7;

    /// <summary>m; the tarmac's top: layers of paint 1–3 cm apart so they do not flicker seen from 60 m.</summary>
    public const float TarmacTop = 0.03f;

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var cx = d.Zone.CentreX;
        var mid = (d.Zone.Back + d.Zone.Front) / 2;
        var (near, far) = (mid + HalfWidth, mid - HalfWidth);
        var (x0, x1) = (d.Left - 60, d.Right + 60);
        var track = d.Layer("track", cx);
        Landforms.Slab(track, Verge, x0, x1, far - 12, near + 40, 0.01f, 0.01f);
        Landforms.Slab(track, Tarmac, x0, x1, far, near, TarmacTop, 0.01f);
        foreach (var z in new[] { far + 0.4f, near - 0.4f })
            Landforms.Slab(track, KerbWhite, x0, x1, z - 0.08f, z + 0.08f, 0.04f, 0.005f);
        // Kerbs: 1 m blocks of red and white along both edges.
        for (var x = x0; x < x1; x += 1.2f)
        {
            var paint = ((int)MathF.Floor((x - x0) / 1.2f)) % 2 == 0 ? KerbRed : KerbWhite;
            Landforms.Slab(track, paint, x, x + 1.2f, far - 1.1f, far, 0.06f, 0.03f);
            Landforms.Slab(track, paint, x, x + 1.2f, near, near + 1.1f, 0.06f, 0.03f);
        }
        // The start line, chequered, across the track a little ahead of the action, and grid boxes behind it.
        var start = cx + 9;
        for (var row = 0; row < 2; row++)
            for (var i = 0; i < 28; i++)
            {
                var z = far + i * 0.5f;
                Landforms.Slab(track, (i + row) % 2 == 0 ? Paints.White : Paints.Black, start + row * 0.5f, start + row * 0.5f + 0.5f, z, z + 0.5f, 0.04f, 0.005f);
            }
        for (var g = 0; g < 6; g++)
        {
            var gx = start - 8 - g * 8;
            var gz = g % 2 == 0 ? mid - 3 : mid + 3;
            Landforms.Slab(track, KerbWhite, gx, gx + 0.15f, gz - 1.2f, gz + 1.2f, 0.04f, 0.005f);
        }
        // Beyond the far kerb: verge, tyre stacks, then the pit wall with advertising and a catch fence.
        var barrier = d.Layer("barrier", cx);
        var tyreZ = far - 4.5f;
        for (var x = cx - 45f; x < cx + 60; x += 0.75f)
            for (var h = 0; h < 3; h++)
                barrier.Paint(h == 2 && ((int)((x - cx) / 0.75f)) % 2 == 0 ? KerbRed : Tyre).Cylinder(
                    Matrix4x4.CreateScale(0.36f, 0.11f, 0.36f) * Matrix4x4.CreateTranslation(x, 0.12f + h * 0.23f, tyreZ), 0.92f, 10);
        var wallZ = far - 7;
        d.Lay("pit wall", Pitwall(x0, x1, wallZ), Matrix4x4.Identity);
        // Grandstand behind the pit wall, and a timing tower to its right.
        var standFront = wallZ - 5;
        d.Put("grandstand", Stands.Build(90, 16, Seats, 0.65f, roof: true), new Vector3(cx - 4, 0, standFront), 0, 1, 1);
        var towerAt = new Vector3(cx + 50, 0, standFront - 4);
        var tower = new Kit();
        tower.Paint(Tower).Box(new Vector3(0, 9, 0), new Vector3(1.6f, 9, 1.2f));
        for (var i = 0; i < 10; i++)
            tower.Paint(d.Dark ? Palette.Glow(255, 230, 120, 2, "towerdigits") : Paints.Srgb(250, 220, 90, 0.4f, 0, "towerdigitsday"))
                .Box(new Vector3(0.2f * (i % 3) - 0.2f, 16.5f - i * 1.1f, 1.22f), new Vector3(1.1f - 0.2f * (i % 3), 0.3f, 0.02f));
        d.Put("timing tower", tower, towerAt, 0, 1, 2);
        foreach (var side in new[] { -1f, 1f })
        {
            var mast = new Vector3(cx - 4 + side * 52, 0, standFront - 3);
            d.Put("floodlights", TransitSet.Floodlight, mast, 0, 1.2f, 0.5f);
            if (d.Dark) d.Light(new LightSource(mast + new Vector3(0, 23.5f, 2), new Vector3(1, 0.97f, 0.92f) * 160, 70));
        }
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 40, d.Left - 30, d.Right + 30, standFront - 20, standFront - 60, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Vista = new Vista(new Vector3(cx - 18, 0, standFront - 8), new Vector3(cx + 18, Stands.Height(16) + 2, near));
    }

    /// <summary>The pit wall: a white concrete wall 1.2 m high faced with advertising boards, and a catch fence of
    /// posts and wires over it.</summary>
    private static Kit Pitwall(float x0, float x1, float z)
    {
        var k = new Kit();
        k.Paint(Wall).Box(new Vector3((x0 + x1) / 2, 0.6f, z), new Vector3((x1 - x0) / 2, 0.6f, 0.2f));
        var i = 0;
        for (var x = x0; x < x1; x += 6, i++)
            k.Paint(Boards[i % Boards.Length]).Box(new Vector3(x + 3, 0.6f, z + 0.21f), new Vector3(2.9f, 0.45f, 0.01f));
        for (var x = x0; x < x1; x += 4)
            k.Paint(Palette.PostMetal).Rod(new Vector3(x, 1.2f, z), new Vector3(x, 4.2f, z), 0.05f, 0.05f, 5);
        for (var y = 1.6f; y < 4.3f; y += 0.45f)
            k.Paint(Palette.PostMetal).Rod(new Vector3(x0, y, z + 0.05f), new Vector3(x1, y, z + 0.05f), 0.012f, 0.012f, 3);
        return k;
    }
}
