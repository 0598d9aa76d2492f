using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// Sea cliffs: the action on a grassy clifftop whose edge drops sheer <see cref="Drop"/> m to the sea a few metres
/// behind it, banded rock (<see cref="CliffFace"/>) with surf white at its foot; well to the right our coast juts out
/// in a headland with sea stacks off its tip. Across a bay the far coast, the same cliffs, swings away to the right so
/// the bay opens to the sea. With nobody cast the camera stands out over the water off our edge and looks along the
/// coast to the headland: the face recedes in perspective from clifftop to surf, the open sea beside it.
/// </summary>
public static class CliffSet
{
    /// <summary>m from the clifftop down to the sea.</summary>
    public const float Drop = 60;

    /// <summary>m our coast's headland juts out towards the sea, and its half-width there.</summary>
    private const float HeadlandJut = 55, HeadlandHalfWidth = 55;
    /// <summary>m right of the action where the far coast starts to swing away, and how fast (m back per m² along).</summary>
    private const float BayMouth = 60, Swing = 0.004f;

    /// <summary>The face's beds: alternating bands of paler, darker and warmer rock a few metres thick, which give a
    /// viewer the wall's height (a face of one pale colour reads as a wall of no particular size).</summary>
    private static readonly Material[] Beds =
    [
        Paints.Srgb(198, 166, 124, 0.95f, 0, "cliffface"),
        Paints.Srgb(120, 100, 82, 0.95f, 0, "cliffbed"),
        Paints.Srgb(168, 124, 84, 0.95f, 0, "cliffband"),
    ];
    /// <summary>m the surf lies above the sea: enough for the depth buffer to keep it on top from a few hundred metres.</summary>
    private const float SurfLift = 0.3f;
    /// <summary>m of each bed.</summary>
    private const float BedThickness = 6;
    /// <summary>m; the clifftop's turf lies this far above the world's own ground plane, so the two never fight.</summary>
    private const float TurfTop = 0.012f;
    private static readonly Material Turf = Paints.Srgb(92, 120, 60, 0.95f, 0, "clifftop");

    /// <summary>The cliffs' air: light bounced onto the faces comes off the sea at their feet, not off the grass the
    /// world's ground is (under our turf, unseen), which tinted every face in shade green.</summary>
    public static WorldEnvironment Air(WorldEnvironment e) => e with { Ground = e.Ground with { BaseColor = WaterKit.Sea.BaseColor } };

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        var near = d.Zone.Back - 5;
        var (p, q, r) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        var rock = new RidgedNoise((uint)(p * 1e5f));
        var (x0, x1) = (cx - 900, cx + 700);
        // Our edge wanders a metre or two, and well right of the action juts out in a headland; the far coast bulges,
        // and right of the action swings away, so the bay opens to the sea and its horizon.
        var headland = cx + d.Range(300, 360);
        float Ours(float x)
        {
            var u = (x - headland) / HeadlandHalfWidth;
            return near - 1.2f * MathF.Sin(0.08f * x + p) - HeadlandJut * MathF.Exp(-u * u);
        }
        float Far(float x)
        {
            var open = MathF.Max(0, x - cx - BayMouth);
            return near - 230 - 30 * MathF.Sin(0.009f * x + q) - 6 * MathF.Sin(0.05f * x + r) - Swing * open * open;
        }
        // Buttresses and gullies stand out of the wall, more at its foot (the face leans back a little as it rises);
        // nothing at the very top, where the turf meets the rock's edge.
        float Relief(float x, float y)
        {
            var rise = Terrain.Smooth(-Drop - 1, 0, y);
            return (6 * rock.Ridged(x / 14, y / 40, 3) + 3 * (1 - rise)) * (1 - Terrain.Smooth(-8, 0, y));
        }
        // Level beds: tilted ones would step from row to row of the face.
        Material Bed(Vector3 at) => Beds[(int)MathF.Floor((at.Y + Drop + 10) / BedThickness) % Beds.Length];
        CliffFace.Build(d, "cliffs", Ours, x0, x1, -Drop - 1, 0, -1, Relief, Bed);
        CliffFace.Build(d, "cliffs", Far, x0, x1, -Drop - 1, 0, +1, Relief, Bed);
        // The clifftops: ours from the edge out past the camera, wide and deep enough that no camera on our side looks
        // past its end; theirs from their edge back to the horizon.
        var tops = d.Layer("clifftop", cx);
        Landforms.Band(tops, Turf, x => (Ours(x) + d.Zone.Front + 500) / 2, Half(x0, x1, x => d.Zone.Front + 500 - Ours(x)), (_, _) => TurfTop, x0, x1, 4);
        Landforms.Band(tops, Turf, x => Far(x) - 300, (_, _) => 300, (_, _) => TurfTop, x0, x1, 4);
        // The sea below, to the horizon, and surf at the foot of both coasts.
        var sea = d.Layer("sea", cx);
        Landforms.Slab(sea, WaterKit.Sea, cx - 3000, cx + 3000, near - 3000, near + 2, -Drop, 0.2f);
        for (var i = 0; i < 3; i++)
        {
            var off = 2 + 4 * i;
            var width = 3.5f - i;
            Landforms.Ribbon(sea, WaterKit.Foam, x => Ours(x) - Relief(x, -Drop) - off, x0, x1, width, -Drop + SurfLift, 3);
            Landforms.Ribbon(sea, WaterKit.Foam, x => Far(x) + Relief(x, -Drop) + off, x0, x1, width, -Drop + SurfLift, 3);
        }
        // Sea stacks off the headland's tip: the pieces of it the sea has already cut off.
        var tip = Ours(headland);
        for (var i = 0; i < 3; i++)
            Stack(d, Bed, new(headland + d.Range(-25, 25), 0, tip - 28 - 26 * i - d.Range(0, 8)), d.Range(8, 13), -d.Range(4, 20));
        // Grass and a few rocks on our clifftop, back from the edge.
        d.Scatter("grass", [Plants.GrassTuft, Plants.DryTuft], 90, d.Left, d.Right, d.Zone.Back - 0.2f, near + 0.5f, 1.5f, 2.6f, 0.1f);
        d.Scatter("rocks", Rocks.Grey, 6, d.Left, d.Right, d.Zone.Back - 0.4f, near + 0.8f, 0.4f, 0.8f, Rocks.Radius);
        // The view: along our own coast to the right, from over the water off its edge, so the face recedes in
        // perspective from top to surf with the open sea beside it (seen from the left, the afternoon sun behind).
        d.Vista = new Vista(new(cx + 140, -Drop, tip - 20), new(headland + 40, 20, near)) { AzimuthDeg = -98 };
    }

    /// <summary>A pillar of the cliff's rock standing in the sea at <paramref name="at"/> (x, z), <paramref name="radius"/> m
    /// across, from below the water to <paramref name="top"/>, in the same beds as the face and capped with turf.</summary>
    private static void Stack(SetDresser d, Func<Vector3, Material> bed, Vector3 at, float radius, float top)
    {
        var layer = d.Layer("stacks", at.X);
        // Surf breaking round its foot.
        WaterKit.Pool(d.Layer("sea", at.X), WaterKit.Foam, d, at, 1.5f * radius, 1.3f * radius, 0.15f, -Drop + SurfLift);
        var (x, z, w) = (at.X, at.Z, radius);
        for (var y = -Drop - 1; y < top; y += BedThickness / 2)
        {
            var y1 = MathF.Min(top, y + BedThickness / 2);
            // Each course of rock is worn back a little differently, so the pillar is ragged, not a turned column;
            // overall it narrows as it rises, the weather wearing its top more than the sea its foot.
            (x, z) = (x + d.Range(-0.1f, 0.1f) * radius, z + d.Range(-0.1f, 0.1f) * radius);
            w = MathF.Max(0.4f * radius, MathF.Min(w, radius * (1 - 0.3f * (y + Drop) / Drop)) * d.Range(0.9f, 1.02f));
            layer.Paint(bed(new Vector3(x, (y + y1) / 2, z))).Cylinder(
                Matrix4x4.CreateScale(w, (y1 - y) / 2, 0.8f * w) * Matrix4x4.CreateRotationY(d.Range(0, MathF.Tau)) * Matrix4x4.CreateTranslation(x, (y + y1) / 2, z),
                d.Range(0.85f, 1), 7);
        }
        layer.Paint(Turf).Cylinder(Matrix4x4.CreateScale(0.85f * w, 0.15f, 0.7f * w) * Matrix4x4.CreateTranslation(x, top + 0.15f, z), 0.9f, 7);
    }

    /// <summary>A <see cref="Landforms.Band"/>'s half-width from x: half of <paramref name="width"/>(x) at the band's i-th step.</summary>
    private static Func<int, int, float> Half(float x0, float x1, Func<float, float> width) => (i, n) => width(x0 + (x1 - x0) * i / n) / 2;
}
