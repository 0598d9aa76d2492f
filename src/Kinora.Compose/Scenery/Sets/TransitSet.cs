using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// Stations and airports. A railway station: a raised platform behind the action with a yellow safety line, a
/// canopy on columns, benches, lamps, a station building with a clock, and rails along the band when a train is in
/// the scene. An airport: a marked runway under the action with grass either side, a concrete apron with taxiway
/// lines, a long glass-fronted terminal behind, and a control tower; apron floodlights after dark.
/// </summary>
public static class TransitSet
{
    private static readonly Material Platform = Paints.Srgb(165, 160, 150, 0.85f, 0, "platform");
    private static readonly Material SafetyLine = Paints.Srgb(235, 200, 30, 0.6f, 0, "safetyline");
    private static readonly Material Canopy = Paints.Srgb(70, 85, 95, 0.5f, 0.5f, "canopy");
    private static readonly Material Rail = Paints.Srgb(120, 115, 110, 0.35f, 1, "rail");
    private static readonly Material Sleeper = Paints.Srgb(90, 70, 55, 0.9f, 0, "sleeper");
    private static readonly Material TerminalGlass = Paints.Srgb(90, 130, 160, 0.08f, 0.4f, "terminalglass");
    private static readonly Material TerminalWall = Paints.Srgb(215, 215, 212, 0.6f, 0, "terminalwall");
    private static readonly Material Taxiway = Paints.Srgb(230, 190, 30, 0.6f, 0, "taxiline");

    public static void Station(SetDresser d, bool rails)
    {
        var front = d.Zone.Back - 0.6f;
        var back = front - 9;
        var p = d.Layer("platform");
        Landforms.Slab(p, Platform, d.Left - 20, d.Right + 20, back, front, 1.0f, 1.0f);
        Landforms.Slab(p, SafetyLine, d.Left - 20, d.Right + 20, front - 0.9f, front - 0.6f, 1.005f, 0.01f);
        // The coping: a pale edge stone over a dark face, so the platform's lip reads against the track bed.
        Landforms.Slab(p, Coping, d.Left - 20, d.Right + 20, front - 0.35f, front + 0.05f, 1.01f, 0.12f);
        Landforms.Slab(p, PlatformFace, d.Left - 20, d.Right + 20, front + 0.02f, front + 0.06f, 0.9f, 0.9f);
        if (rails)
        {
            // Standard gauge (1.435 m) under the band's middle, sleepers every 0.7 m.
            var z = (d.Zone.Back + d.Zone.Front) / 2;
            foreach (var s in new[] { -0.72f, 0.72f })
                Landforms.Slab(p, Rail, d.Left - 20, d.Right + 20, z + s - 0.04f, z + s + 0.04f, 0.16f, 0.16f);
            for (var x = d.Left - 20; x < d.Right + 20; x += 0.7f)
                Landforms.Slab(p, Sleeper, x, x + 0.25f, z - 1.3f, z + 1.3f, 0.05f, 0.05f);
            // Ballast under the sleepers, from the platform's foot out past the track.
            Landforms.Slab(p, Ballast, d.Left - 20, d.Right + 20, front, z + 2.2f, 0.03f, 0.03f);
        }
        // The canopy: a roof on a row of columns down the platform's middle.
        var mid = (front + back) / 2;
        var roof = d.Layer("canopy");
        Landforms.Slab(roof, Canopy, d.Left - 20, d.Right + 20, back + 0.5f, front - 0.3f, 5.2f, 0.25f);
        for (var x = d.Left - 20; x < d.Right + 20; x += 10)
            roof.Paint(Canopy).Box(new Vector3(x, 3.1f, mid), new Vector3(0.15f, 2.1f, 0.15f));
        for (var x = d.Zone.CentreX - 25; x < d.Right; x += 10)
        {
            d.Put("benches", StreetProps.Bench, new Vector3(x + 5, 1.0f, mid - 1.0f), 0, 1, 0.4f);
            if (d.Dark)
            {
                var lamp = new Vector3(x, 5.0f, front - 1.5f);
                roof.Paint(Palette.LampGlow).Box(lamp, new Vector3(0.6f, 0.04f, 0.12f));
                d.Light(StreetProps.LampLight(lamp - new Vector3(0, 0.1f, 0), 8) with { Range = 14 });
            }
        }
        // The station building behind, with a clock face over its door.
        Buildings.Add(d, d.Zone.CentreX - 18, 36, 11, 14, back - 0.2f, 0, shopFront: true);
        var clock = d.Layer("canopy", d.Zone.CentreX);
        clock.Paint(Paints.White).Cylinder(Matrix4x4.CreateScale(0.9f, 0.05f, 0.9f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(d.Zone.CentreX, 7.5f, back), 1, 20);
        clock.Paint(Paints.Black).Box(new Vector3(d.Zone.CentreX, 7.75f, back + 0.07f), new Vector3(0.04f, 0.35f, 0.02f));
        clock.Paint(Paints.Black).Box(new Vector3(d.Zone.CentreX + 0.2f, 7.5f, back + 0.07f), new Vector3(0.25f, 0.04f, 0.02f));
        // The establishing view: the track in the foreground, the platform's edge, its canopy and the building.
        var cx = d.Zone.CentreX;
        d.Vista = new Vista(new(cx - 10, 0, back + 2), new(cx + 10, 6, (d.Zone.Back + d.Zone.Front) / 2 + 1.5f));
    }

    private static readonly Material Coping = Paints.Srgb(215, 212, 200, 0.8f, 0, "coping");
    private static readonly Material PlatformFace = Paints.Srgb(70, 68, 66, 0.9f, 0, "platformface");
    private static readonly Material Ballast = Paints.Srgb(105, 98, 90, 0.95f, 0, "ballast") with { Pattern = "stone" };

    public static void Airport(SetDresser d)
    {
        var z = (d.Zone.Back + d.Zone.Front) / 2;
        Runway(d, z);
        // The apron behind the runway's grass strip, with a taxiway centre line and hold-short bars painted on it.
        var apron = d.Layer("apron");
        var apronFront = z - RunwayHalfWidth - GrassStrip;
        var front = MathF.Min(d.Zone.Back - 10, apronFront - 30);
        Landforms.Slab(apron, Apron, d.Left - 60, d.Right + 60, front - 2, apronFront, 0.02f, 0.02f);
        Landforms.Slab(apron, Taxiway, d.Left - 60, d.Right + 60, apronFront - 12.15f, apronFront - 11.85f, 0.025f, 0.01f);
        for (var x = d.Left; x < d.Right; x += 40)
            Landforms.Slab(apron, Taxiway, x, x + 0.4f, apronFront - 6, apronFront - 0.5f, 0.025f, 0.01f);
        // The terminal close behind the apron: an airliner is framed from far off, and the hall must still fill
        // the top of that wide frame rather than dissolve into haze.
        // The terminal: a long low hall, glass from floor to roof, a white roof slab overhanging it.
        var t = d.Layer("terminal", d.Zone.CentreX);
        t.Paint(TerminalWall).Box(new Vector3(d.Zone.CentreX, 6, front - 15), new Vector3(90, 6, 15));
        t.Paint(TerminalGlass).Box(new Vector3(d.Zone.CentreX, 5.5f, front + 0.05f), new Vector3(88, 5, 0.1f));
        for (var x = -88f; x <= 88; x += 8)
            t.Paint(TerminalWall).Box(new Vector3(d.Zone.CentreX + x, 5.5f, front + 0.2f), new Vector3(0.2f, 5.5f, 0.2f));
        t.Paint(Paints.White).Box(new Vector3(d.Zone.CentreX, 12.3f, front - 13), new Vector3(94, 0.4f, 16));
        if (d.Dark) t.Paint(Palette.Glow(255, 235, 200, 0.8f, "terminallight")).Box(new Vector3(d.Zone.CentreX, 5.5f, front - 0.2f), new Vector3(87, 4.8f, 0.05f));
        // The control tower: a shaft and a flared glass cab.
        var tx = d.Zone.CentreX + 60;
        var tower = d.Layer("tower", tx);
        tower.Paint(TerminalWall).Cylinder(Matrix4x4.CreateScale(3, 18, 3) * Matrix4x4.CreateTranslation(tx, 18, front - 40), 0.8f, 12);
        tower.Paint(TerminalGlass).Cylinder(Matrix4x4.CreateScale(4.5f, 2.2f, 4.5f) * Matrix4x4.CreateTranslation(tx, 38, front - 40), 1.15f, 12);
        tower.Paint(Paints.Srgb(60, 60, 65, 0.5f, 0.4f, "towerroof")).Cylinder(Matrix4x4.CreateScale(5.4f, 0.4f, 5.4f) * Matrix4x4.CreateTranslation(tx, 40.6f, front - 40), 0.7f, 12);
        if (d.Dark)
            for (var x = d.Zone.CentreX - 40; x <= d.Zone.CentreX + 60; x += 25)
            {
                var mast = new Vector3(x, 0, d.Zone.Back - 4);
                if (d.Put("floodlights", Floodlight, mast, 0, 1, 0.5f))
                    d.Light(new LightSource(mast + new Vector3(0, 19.5f, 0.6f), new Vector3(1, 0.95f, 0.85f) * 80, 45));
            }
        // The establishing view: the runway's edge, the apron, the terminal's glass front and the control tower.
        d.Vista = new Vista(new(d.Zone.CentreX - 40, 0, front - 40), new(d.Zone.CentreX + 64, 30, z - RunwayHalfWidth));
    }

    /// <summary>m: half a runway's width (45 m is the ICAO width for airliners) and the grass between it and the apron.</summary>
    private const float RunwayHalfWidth = 22.5f, GrassStrip = 25;

    private static readonly Material RunwayAsphalt = Paints.Srgb(62, 62, 64, 0.85f, 0, "runway");
    private static readonly Material Apron = Paints.Srgb(175, 172, 165, 0.85f, 0, "apron");
    private static readonly Material Marking = Paints.Srgb(240, 240, 235, 0.6f, 0, "runwaypaint");
    private static readonly Material AirfieldGrass = Paints.Srgb(95, 125, 60, 0.95f, 0, "airfieldgrass");

    /// <summary>
    /// A runway along X under the action, centred at <paramref name="z"/>: dark asphalt with ICAO markings — a dashed
    /// white centre line (30 m dashes, 20 m gaps), edge lines, and the threshold's "piano keys" and a touchdown bar
    /// some way to the left of the action — with mown grass either side out to the apron.
    /// </summary>
    private static void Runway(SetDresser d, float z)
    {
        var (x0, x1) = (d.Left - 60, d.Right + 60);
        var (near, far) = (z + RunwayHalfWidth, z - RunwayHalfWidth);
        var k = d.Layer("runway");
        Landforms.Slab(k, AirfieldGrass, x0, x1, near, near + 120, 0.01f, 0.01f);
        Landforms.Slab(k, AirfieldGrass, x0, x1, far - GrassStrip, far, 0.01f, 0.01f);
        Landforms.Slab(k, RunwayAsphalt, x0, x1, far, near, 0.015f, 0.015f);
        foreach (var edge in new[] { near - 1.2f, far + 0.3f })
            Landforms.Slab(k, Marking, x0, x1, edge, edge + 0.9f, 0.02f, 0.005f);
        var threshold = d.Zone.CentreX - 70;
        for (var x = threshold + 12; x < x1; x += 50)
            Landforms.Slab(k, Marking, x, x + 30, z - 0.45f, z + 0.45f, 0.02f, 0.005f);
        for (var i = 0; i < 8; i++) // piano keys: eight 1.8 m stripes each side of the centre line
            foreach (var side in new[] { -1f, 1f })
            {
                var zk = z + side * (3 + i * 2.4f);
                Landforms.Slab(k, Marking, threshold - 30, threshold, zk - 0.9f, zk + 0.9f, 0.02f, 0.005f);
            }
        foreach (var side in new[] { -1f, 1f }) // touchdown zone bars
            Landforms.Slab(k, Marking, threshold + 150, threshold + 172, z + side * 8 - 3, z + side * 8 + 3, 0.02f, 0.005f);
    }

    /// <summary>A floodlight mast, 20 m, its lamp bank facing +Z (lit: only placed after dark).</summary>
    public static Kit Floodlight { get; } = MakeFloodlight();

    private static Kit MakeFloodlight()
    {
        var k = new Kit();
        k.Paint(Palette.PostMetal).Rod(Vector3.Zero, new Vector3(0, 19.5f, 0), 0.25f, 0.15f, 8);
        k.Paint(Palette.PostMetal).Box(new Vector3(0, 19.8f, 0.3f), new Vector3(1.6f, 0.8f, 0.15f));
        k.Paint(Palette.LampGlow).Box(new Vector3(0, 19.8f, 0.47f), new Vector3(1.45f, 0.65f, 0.03f));
        return k;
    }
}
