using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// A volcano: a cone of dark rock ~<see cref="Height"/> m high a few hundred metres off, concave like a
/// stratovolcano (steepening to its top), cut by gullies, with a crater glowing orange, lava running from its lip
/// down the side towards the viewer, and a grey-brown plume rising from it and leaning with the wind. Underfoot a
/// field of black lava rock with a cooled flow and a glowing one crossing it.
/// </summary>
public static class VolcanoSet
{
    public const float Height = 72, Radius = 160, CraterRadius = 17;

    private static readonly Material Basalt = Paints.Srgb(52, 48, 46, 0.95f, 0, "basalt");
    private static readonly Material Ash = Paints.Srgb(70, 62, 58, 0.95f, 0, "ashslope");
    private static readonly Material Lava = Palette.Glow(255, 110, 25, 3f, "lava");
    private static readonly Material Crust = Paints.Srgb(30, 26, 25, 0.9f, 0, "lavacrust");
    private static readonly Material Smoke = Paints.Srgb(118, 110, 104, 1, 0, "plume") with { CastsShadow = false };
    private static readonly Material SmokeDark = Paints.Srgb(78, 72, 70, 1, 0, "plumedark") with { CastsShadow = false };

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX;
        // Near: the renderer's clear air (0.0027/m) pales half of anything 250 m off to the horizon's colour.
        var summit = new Vector2(cx - 15, d.Zone.Back - 165);
        var (g, h) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        var lavaAngle = MathF.PI / 2 + d.Range(-0.25f, 0.1f); // towards +Z, the viewer's side
        float Cone(float x, float z)
        {
            var (dx, dz) = (x - summit.X, z - summit.Y);
            var r = MathF.Sqrt(dx * dx + dz * dz);
            var a = MathF.Atan2(dz, dx);
            var u = MathF.Max(0, 1 - r / Radius);
            var gullies = 1 + 0.05f * MathF.Sin(11 * a + g) + 0.03f * MathF.Sin(23 * a + h);
            var top = Height * MathF.Pow(1 - CraterRadius / Radius, 2.2f);
            var body = MathF.Min(top, Height * MathF.Pow(u, 2.2f) * gullies);
            // The crater: a bowl sunk into the top.
            var bowl = r < CraterRadius ? 12 * (1 - r / CraterRadius) * (1 - r / CraterRadius) : 0;
            // Half a metre under the plain at its foot, so the two never fight over the same depth.
            return body - bowl - 0.5f;
        }
        Material Paint(Vector3 at, float up)
        {
            var (dx, dz) = (at.X - summit.X, at.Z - summit.Y);
            var r = MathF.Sqrt(dx * dx + dz * dz);
            if (r < CraterRadius * 0.75f) return Lava;
            var a = MathF.Atan2(dz, dx);
            // Lava flows: two tongues from the lip, the main one wandering down the viewer's side.
            var wander = lavaAngle + 0.08f * MathF.Sin(r * 0.02f + g);
            if (r < Radius * 0.8f && (MathF.Abs(Wrap(a - wander)) < 14 / MathF.Max(r, 60) || MathF.Abs(Wrap(a - wander - 0.9f)) < 9 / MathF.Max(r, 60) && r < Radius * 0.45f)) return Lava;
            return up < 0.8f ? Basalt : Ash;
        }
        Terrain.Land(d, "volcano", Cone, Paint, summit.X - Radius, summit.X + Radius, summit.Y - Radius, summit.Y + Radius, 4, 120, 2);
        // Far ranges either side, so the cone stands in a land, not on a table.
        for (var i = 0; i < 6; i++)
        {
            var x = cx + (i % 2 == 0 ? -1 : 1) * d.Range(260, 500);
            d.Lay("ranges", Landforms.Peak(false), Matrix4x4.CreateScale(d.Range(90, 160), d.Range(30, 60), d.Range(60, 100)) * Matrix4x4.CreateTranslation(x, 0, summit.Y - d.Range(0, 300)));
        }
        // The plume: puffs rising from the crater, widening and leaning downwind (+X), darker at the root.
        var plume = d.Layer("plume", summit.X);
        var root = new Vector3(summit.X, Cone(summit.X + CraterRadius, summit.Y) - 5, summit.Y);
        for (var i = 0; i < 22; i++)
        {
            var t = i / 21f;
            var at = root + new Vector3(60 * t * t + d.Range(-5, 5), 9 + 95 * t, d.Range(-7, 7));
            var size = 9 + 25 * t;
            plume.Paint(t < 0.3f ? SmokeDark : Smoke).Ellipsoid(at, new Vector3(size * d.Range(0.8f, 1.2f), size * d.Range(0.6f, 0.9f), size), 0, d.Range(0, 3), 10, 6);
        }
        // The crater's glow on the plume's belly, and light down into the near field at night.
        if (d.Dark) d.Light(new LightSource(root + new Vector3(0, 40, 0), new Vector3(1, 0.35f, 0.08f) * 4000, 600));
        // The near field: black rocks, a cooled flow of crust and a live one glowing in its cracks across the view.
        var flows = d.Layer("flows", cx);
        var (fz, fa) = (d.Zone.Back - 24, d.Range(0, MathF.Tau));
        Landforms.Ribbon(flows, Crust, x => fz + 6 * MathF.Sin(0.03f * x + fa), cx - 160, cx + 200, 11, 0.05f, 2);
        Landforms.Ribbon(flows, Lava, x => fz + 6 * MathF.Sin(0.03f * x + fa) + 0.6f * MathF.Sin(0.4f * x), cx - 160, cx + 200, 1.6f, 0.07f, 1);
        for (var i = 0; i < 30; i++)
        {
            var x = d.Range(cx - 150, cx + 190);
            var z = fz + 6 * MathF.Sin(0.03f * x + fa) + d.Range(-4, 4);
            d.Put("flow rocks", Rocks.Make(Crust, i % 3), new Vector3(x, 0, z), d.Range(0, MathF.Tau), d.Range(0.8f, 2f), Rocks.Radius);
        }
        Kit[] rocks = [Rocks.Make(Basalt, 0), Rocks.Make(Basalt, 1), Rocks.Make(Basalt, 2)];
        d.Scatter("rocks", rocks, 60, d.Left, d.Right, d.Zone.Back - 0.5f, d.Zone.Back - 80, 0.4f, 2.2f, Rocks.Radius);
        d.Scatter("scrub", [Plants.DryTuft], 30, d.Left, d.Right, d.Zone.Back - 0.3f, d.Zone.Back - 25, 1, 1.6f, 0.1f);
        // The view: the cone and its plume, from the lava field in front of it.
        d.Vista = new Vista(new(summit.X - Radius * 0.45f, 6, summit.Y + 10), new(summit.X + Radius * 0.45f, Height + 35, summit.Y + 25));
    }

    private static float Wrap(float a) => MathF.Atan2(MathF.Sin(a), MathF.Cos(a));
}
