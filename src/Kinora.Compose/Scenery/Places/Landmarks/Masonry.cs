using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// The building blocks the landmark sets share: pitched roofs, rows of framed windows, battlements and the paints
/// of stone, brick and slate. Fronts face +Z (the camera); sizes are metres.
/// </summary>
internal static class Masonry
{
    public static readonly Material Stone = Paints.Srgb(150, 145, 135, 0.9f, 0, "castlestone");
    public static readonly Material PaleStone = Paints.Srgb(215, 205, 185, 0.85f, 0, "palestone");
    public static readonly Material Brick = Paints.Srgb(150, 70, 50, 0.9f, 0, "redbrick");
    public static readonly Material Slate = Paints.Srgb(62, 66, 74, 0.7f, 0, "slate");
    public static readonly Material Tiles = Paints.Srgb(150, 70, 50, 0.8f, 0, "rooftiles");
    public static readonly Material Trim = Paints.Srgb(240, 238, 230, 0.6f, 0, "trim");
    public static readonly Material Copper = Paints.Srgb(95, 150, 130, 0.6f, 0.2f, "verdigris");
    public static readonly Material Gravel = Paints.Srgb(190, 180, 160, 0.95f, 0, "gravel");
    public static readonly Material Hedge = Paints.Srgb(45, 90, 40, 0.9f, 0, "hedge");
    public static readonly Material Water = Paints.Srgb(70, 120, 140, 0.05f, 0, "fountainwater");
    public static readonly Material Dark = Paints.Srgb(30, 26, 24, 0.9f, 0, "doorway");

    /// <summary>
    /// A pitched roof over a w × d footprint centred at (cx, cz), eaves at <paramref name="eaves"/>, ridge
    /// <paramref name="rise"/> higher: the gable triangles in the wall's paint and two roof slabs overhanging by
    /// <paramref name="over"/>. <paramref name="ridgeAlongX"/>: the slopes face the camera (a long house);
    /// otherwise the gable does (a barn, a chapel).
    /// </summary>
    public static void Gable(Kit k, Material wall, Material roof, float cx, float cz, float w, float d, float eaves, float rise, bool ridgeAlongX, float over = 0.4f)
    {
        var (span, length) = ridgeAlongX ? (d, w) : (w, d);
        var turn = ridgeAlongX ? Matrix4x4.CreateRotationY(MathF.PI / 2) : Matrix4x4.Identity;
        var at = Matrix4x4.CreateTranslation(cx, 0, cz);
        k.Paint(wall).Extrude([new(-span / 2, eaves), new(span / 2, eaves), new(0, eaves + rise)], length, turn * at);
        var run = span / 2 + over;
        var slope = MathF.Atan2(rise, span / 2);
        var half = run / MathF.Cos(slope) / 2;
        const float t = 0.12f;
        foreach (var side in new[] { -1f, 1f })
        {
            // Each slab's middle sits half-way down its slope, lifted by its thickness along its normal.
            var mid = new Vector2(side * (run / 2), eaves + rise - MathF.Tan(slope) * run / 2);
            var n = new Vector2(side * MathF.Sin(slope), MathF.Cos(slope)) * t;
            var slab = Matrix4x4.CreateScale(half, t, length / 2 + over) * Matrix4x4.CreateRotationZ(-side * slope)
                * Matrix4x4.CreateTranslation(mid.X + n.X, mid.Y + n.Y, 0);
            k.Paint(roof).Box(slab * turn * at);
        }
    }

    /// <summary>A row of <paramref name="count"/> framed windows (w × h) centred on <paramref name="cx"/>, every
    /// <paramref name="pitch"/> m, their middles at <paramref name="y"/> on a face at z; lit at night.</summary>
    public static void Windows(Kit k, bool dark, float cx, float y, float z, int count, float pitch, float w = 1.1f, float h = 1.6f, int litEvery = 3)
    {
        var x0 = cx - (count - 1) * pitch / 2;
        for (var i = 0; i < count; i++)
        {
            var x = x0 + i * pitch;
            k.Paint(Trim).Box(new Vector3(x, y, z + 0.04f), new Vector3(w / 2 + 0.1f, h / 2 + 0.1f, 0.05f));
            k.Paint(dark && (i * 7 + (int)(y * 3)) % litEvery == 0 ? Palette.LitWindow : Palette.WindowGlass).Box(new Vector3(x, y, z + 0.1f), new Vector3(w / 2, h / 2, 0.03f));
            k.Paint(Trim).Box(new Vector3(x, y, z + 0.14f), new Vector3(0.04f, h / 2, 0.02f)); // the mullion
        }
    }

    /// <summary>Merlons along a wall top from x0 to x1 at height y on the face at z (thickness t).</summary>
    public static void Battlements(MeshBuilder m, float x0, float x1, float y, float z, float t = 0.6f)
    {
        for (var x = x0 + 0.5f; x < x1 - 0.3f; x += 1.6f)
            m.Box(new Vector3(x, y + 0.5f, z), new Vector3(0.45f, 0.5f, t / 2));
    }

    /// <summary>A round tower of radius r and height h at (x, z): merlons round its top, and a cone roof if asked.</summary>
    public static void RoundTower(Kit k, Material stone, float x, float z, float r, float h, bool cone, Material roof)
    {
        k.Paint(stone).Cylinder(Matrix4x4.CreateScale(r, h / 2, r) * Matrix4x4.CreateTranslation(x, h / 2, z), 1, 16);
        // A corbelled parapet a little wider than the shaft.
        k.Paint(stone).Cylinder(Matrix4x4.CreateScale(r + 0.35f, 0.5f, r + 0.35f) * Matrix4x4.CreateTranslation(x, h + 0.5f, z), 1, 16);
        if (cone)
            k.Paint(roof).Cylinder(Matrix4x4.CreateScale(r + 0.5f, r * 1.3f, r + 0.5f) * Matrix4x4.CreateTranslation(x, h + 1 + r * 1.3f, z), 0, 16);
        else
            for (var i = 0; i < 10; i++)
            {
                var a = i * MathF.Tau / 10;
                k.Paint(stone).Box(new Vector3(x + (r + 0.2f) * MathF.Cos(a), h + 1.5f, z + (r + 0.2f) * MathF.Sin(a)), new Vector3(0.45f, 0.5f, 0.3f), 0, -a + MathF.PI / 2);
            }
        // Arrow slits up the front.
        for (var y = 3f; y < h - 1; y += 3.5f)
            k.Paint(Dark).Box(new Vector3(x, y, z + r - 0.05f), new Vector3(0.12f, 0.6f, 0.1f));
    }

    /// <summary>An upright box whose base sits on the ground: centre x, z; half sizes.</summary>
    public static void Block(Kit k, Material m, float x, float z, float hw, float h, float hd) =>
        k.Paint(m).Box(new Vector3(x, h / 2, z), new Vector3(hw, h / 2, hd));

    /// <summary>
    /// m behind the action's band to stand a landmark <paramref name="height"/> m tall: <paramref name="near"/> with
    /// nobody cast (the establishing shot frames it wherever it stands), else far enough that the whole of it shows
    /// over a cast framed at medium — the frame's top rises about 0.42 m for each metre behind a walker, from 1.5 m.
    /// </summary>
    public static float Setback(PlaceContext ctx, float near, float height) =>
        ctx.Cast.Count == 0 ? near : Math.Clamp((height - 1.5f) / 0.42f, near, 60);

    /// <summary>A framed box of the camera's establishing view round a landmark.</summary>
    public static Vista Around(float x0, float x1, float y1, float z0, float z1) => new(new(x0, 0, z0), new(x1, y1, z1));
}
