using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Vehicles, facing +X (front at +X), wheels on the ground. Bodies are side profiles extruded across the width
/// (the silhouette is what names a car or a bus), glass and trim are separate paints, wheels are tyres with hubs.
/// Dimensions are those of a typical model: a saloon 4.6 m, a city bus 12 m, a pickup truck 5.8 m, a box truck
/// 7.5 m, a two-car train 22 m. The larger road and rail vehicles live in their own files under Vehicles/.
/// </summary>
public static partial class Vehicles
{
    public static IEnumerable<KindSpec> All =>
    [
        new("car", 4.6, "metal", Paints.Srgb(18, 18, 20, 0.25f, 0.5f, "carpaint"), Car) { Aliases = ["sedan", "automobile", "taxi"] },
        new("bus", 12.0, "metal", Paints.Srgb(200, 35, 32, 0.35f, 0.2f, "buspaint"), Bus),
        new("truck", 5.8, "metal", Paints.Srgb(235, 235, 235, 0.3f, 0.3f, "cab"), Pickup) { Aliases = ["pickup", "pickup truck"] },
        new("box truck", 7.5, "metal", Paints.Srgb(40, 90, 170, 0.35f, 0.3f, "cab"), Truck) { Aliases = ["delivery truck"] },
        new("bicycle", 1.75, "metal", Paints.Srgb(30, 110, 190, 0.3f, 0.5f, "frame"), Bicycle) { Aliases = ["bike"] },
        new("motorcycle", 2.1, "metal", Paints.Srgb(190, 20, 20, 0.25f, 0.4f, "tank"), Motorcycle) { Aliases = ["motorbike", "scooter"] },
        new("airplane", 36.0, "metal", Paints.Srgb(235, 238, 242, 0.3f, 0.2f, "fuselage"), Airplane) { Aliases = ["aeroplane", "plane", "jet", "airliner"] },
        new("boat", 7.0, "wood", Paints.Srgb(240, 240, 238, 0.35f, 0, "hull"), Boat) { Aliases = ["sailboat", "ship", "yacht"] },
        new("train", 25.0, "metal", Paints.Srgb(200, 40, 35, 0.35f, 0.3f, "livery"), Train) { Aliases = ["locomotive", "tram"] },
    ];

    private static Vector2[] P(params float[] xy)
    {
        var p = new Vector2[xy.Length / 2];
        for (var i = 0; i < p.Length; i++) p[i] = new(xy[2 * i], xy[2 * i + 1]);
        return p;
    }

    /// <summary>
    /// A side profile extruded across the width with rounded shoulders: nested prisms, each a little narrower in
    /// profile and a little wider across, step round a quarter circle of radius <paramref name="bevel"/>, so the
    /// body's edges catch the light as a curve instead of a hard crease between flat panels.
    /// </summary>
    private static void Rounded(MeshBuilder mesh, Vector2[] profile, float width, float bevel, int steps = 6)
    {
        var min = new Vector2(profile.Min(p => p.X), profile.Min(p => p.Y));
        var max = new Vector2(profile.Max(p => p.X), profile.Max(p => p.Y));
        var c = (min + max) / 2;
        var half = (max - min) / 2;
        for (var k = 0; k <= steps; k++)
        {
            var a = MathF.PI / 2 * k / steps;
            var inset = bevel * (1 - MathF.Cos(a)); // 0 at the middle layer, the full bevel at the outer face
            var across = width / 2 - bevel + bevel * MathF.Sin(a);
            var shrunk = profile.Select(p => c + (p - c) * (half - new Vector2(inset)) / half).ToArray();
            // Layer k: the profile inset by bevel·(1 − cos) with half-width (w/2 − bevel + bevel·sin) — k = 0 is the
            // full profile across the inner width, k = steps the inset profile out to the full width.
            mesh.Extrude(shrunk, 2 * across, Matrix4x4.Identity);
        }
    }

    private static void Bicycle(ModelBuilder m, ref SeededRandom r)
    {
        var tyre = m.Paint(Paints.Rubber);
        var steel = m.Paint(Paints.Steel);
        var black = m.Paint(Paints.Black);
        const float R = 0.34f;
        var rear = new Vector3(-0.52f, R, 0);
        var front = new Vector3(0.52f, R, 0);
        Shapes.Wheel(tyre, steel, rear, R, 0.05f, spokes: true);
        Shapes.Wheel(tyre, steel, front, R, 0.05f, spokes: true);
        var bb = new Vector3(-0.05f, 0.3f, 0);          // bottom bracket
        var seatTop = new Vector3(-0.2f, 0.85f, 0);
        var headTop = new Vector3(0.38f, 0.88f, 0);
        var headBottom = new Vector3(0.42f, 0.7f, 0);
        const float t = 0.018f;
        m.Body.Capsule(bb, seatTop, t, t);             // seat tube
        m.Body.Capsule(seatTop, headTop, t, t);        // top tube
        m.Body.Capsule(bb, headBottom, t * 1.2f, t);   // down tube
        m.Body.Capsule(headBottom, headTop, t * 1.1f, t * 1.1f);
        foreach (var s in new[] { 1f, -1f })
        {
            m.Body.Capsule(bb, rear + new Vector3(0, 0, s * 0.04f), t * 0.7f, t * 0.6f);       // chain stays
            m.Body.Capsule(seatTop, rear + new Vector3(0, 0, s * 0.04f), t * 0.7f, t * 0.6f);  // seat stays
            steel.Capsule(headBottom, front + new Vector3(0, 0, s * 0.04f), t * 0.7f, t * 0.6f); // fork
            black.Box(new Vector3(bb.X + s * 0.12f, bb.Y + s * 0.06f, s * 0.07f), new Vector3(0.05f, 0.01f, 0.01f)); // cranks
            black.Box(new Vector3(bb.X + s * 0.17f, bb.Y + s * 0.1f, s * 0.1f), new Vector3(0.05f, 0.01f, 0.04f));   // pedals
        }
        steel.Sphere(Matrix4x4.CreateScale(0.1f, 0.1f, 0.015f) * Matrix4x4.CreateTranslation(bb), 20, 8); // chainring
        steel.Capsule(seatTop, seatTop + new Vector3(-0.03f, 0.1f, 0), 0.012f, 0.012f);
        black.Ellipsoid(seatTop + new Vector3(0, 0.12f, 0), new Vector3(0.13f, 0.03f, 0.055f));          // saddle
        steel.Capsule(headTop, headTop + new Vector3(-0.03f, 0.12f, 0), 0.014f, 0.014f);                 // stem
        steel.Capsule(headTop + new Vector3(-0.05f, 0.12f, -0.25f), headTop + new Vector3(-0.05f, 0.12f, 0.25f), 0.012f, 0.012f); // bars
        foreach (var s in new[] { 1f, -1f })
            black.Capsule(headTop + new Vector3(-0.05f, 0.12f, s * 0.2f), headTop + new Vector3(-0.05f, 0.12f, s * 0.28f), 0.017f, 0.017f); // grips
    }

    private static void Motorcycle(ModelBuilder m, ref SeededRandom r)
    {
        var tyre = m.Paint(Paints.Rubber);
        var chrome = m.Paint(Paints.Chrome);
        var black = m.Paint(Paints.Black);
        var engine = m.Paint(Paints.Srgb(90, 90, 95, 0.4f, 0.8f, "engine"));
        const float R = 0.32f;
        var rear = new Vector3(-0.72f, R, 0);
        var front = new Vector3(0.75f, R, 0);
        Shapes.Wheel(tyre, chrome, rear, R, 0.16f);
        Shapes.Wheel(tyre, chrome, front, R, 0.12f);
        // Forks from the steering head down to the front axle; swingarm to the rear.
        var head = new Vector3(0.5f, 0.95f, 0);
        foreach (var s in new[] { 1f, -1f })
        {
            chrome.Capsule(head + new Vector3(0, 0, s * 0.08f), front + new Vector3(0, 0, s * 0.08f), 0.025f, 0.022f);
            black.Capsule(new Vector3(-0.05f, 0.4f, s * 0.1f), rear + new Vector3(0, 0, s * 0.1f), 0.025f, 0.02f);
            black.Capsule(head + new Vector3(-0.05f, 0.18f, s * 0.05f), head + new Vector3(-0.15f, 0.2f, s * 0.38f), 0.016f, 0.016f); // handlebar
            black.Box(new Vector3(-0.25f, 0.33f, s * 0.18f), new Vector3(0.06f, 0.015f, 0.04f)); // footpegs
        }
        m.Body.Ellipsoid(new Vector3(0.22f, 0.9f, 0), new Vector3(0.3f, 0.13f, 0.17f), rotZ: -0.12f); // tank
        m.Body.Extrude(P(0.45f, 0.72f, 0.62f, 0.98f, 0.55f, 1.15f, 0.42f, 0.95f), 0.3f, Matrix4x4.Identity); // front cowl
        m.Body.Extrude(P(-0.55f, 0.78f, -0.95f, 0.92f, -0.98f, 0.86f, -0.6f, 0.7f), 0.2f, Matrix4x4.Identity); // tail
        black.Ellipsoid(new Vector3(-0.3f, 0.88f, 0), new Vector3(0.32f, 0.06f, 0.15f)); // seat
        engine.Box(new Vector3(0.05f, 0.52f, 0), new Vector3(0.22f, 0.18f, 0.15f));
        engine.Rod(new Vector3(0.1f, 0.6f, 0), new Vector3(0.25f, 0.8f, 0), 0.09f, 0.08f);
        chrome.Capsule(new Vector3(0.1f, 0.35f, 0.17f), new Vector3(-0.85f, 0.45f, 0.17f), 0.04f, 0.045f); // exhaust
        m.Paint(Paints.Srgb(250, 250, 235, 0.1f, 0, "headlight")).Sphere(Matrix4x4.CreateScale(0.05f, 0.09f, 0.09f) * Matrix4x4.CreateTranslation(0.64f, 0.98f, 0), 16, 10);
        m.Body.Ellipsoid(new Vector3(0.75f, R + 0.22f, 0), new Vector3(0.3f, 0.04f, 0.08f)); // front mudguard
        m.Paint(Paints.Glass).Extrude(P(0.55f, 1.12f, 0.62f, 1.12f, 0.5f, 1.32f, 0.46f, 1.3f), 0.28f, Matrix4x4.Identity); // screen
    }

    private static void Airplane(ModelBuilder m, ref SeededRandom r)
    {
        // A twin-engine airliner (A320 proportions: 37.6 m long, 35.8 m span, 11.8 m tall) on its gear.
        var stripe = m.Paint(Paints.Srgb(20, 60, 150, 0.35f, 0.2f, "livery"));
        var glass = m.Paint(Paints.Glass);
        var grey = m.Paint(Paints.Srgb(170, 172, 178, 0.4f, 0.5f, "wing"));
        var tyre = m.Paint(Paints.Rubber);
        const float L = 37f, Rf = 2.0f, yc = 3.3f;
        // Fuselage along X: rounded nose, long tube, tail cone rising.
        var profile = new List<Vector2> { new(0, 0), new(0.9f, 0.4f), new(1.5f, 1.4f), new(1.85f, 3f), new(2f, 5f), new(2f, 26f), new(1.7f, 30f), new(1.1f, 34f), new(0.4f, 37f), new(0, 37.2f) };
        var toX = Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(L / 2, yc, 0); // +Y profile axis → −X, nose at +X
        m.Body.Lathe(profile, toX, 32);
        stripe.Box(new Vector3(0, yc - 0.3f, 0), new Vector3(14f, 0.22f, Rf + 0.01f)); // cheat line
        for (var i = 0; i < 26; i++) glass.Box(new Vector3(L / 2 - 6f - i * 1.0f, yc + 0.45f, 0), new Vector3(0.18f, 0.22f, Rf * 0.99f)); // windows
        glass.Extrude(P(L / 2 - 1.2f, yc + 0.5f, L / 2 - 2.6f, yc + 1.3f, L / 2 - 2.7f, yc + 0.6f), Rf * 1.55f, Matrix4x4.Identity); // cockpit
        // Wings: swept, from the fuselage bottom.
        foreach (var s in new[] { 1f, -1f })
        {
            var wing = new Vector2[] { new(3.5f, 0), new(-1.5f, 0), new(-6.5f, 17f), new(-4.8f, 17.3f) };
            grey.Extrude(wing, 0.45f, Matrix4x4.CreateRotationX(s * MathF.PI / 2 * -1) * Matrix4x4.CreateTranslation(0, yc - 1.2f, 0));
            var tail = new Vector2[] { new(-13f, 0), new(-16.5f, 0), new(-18.3f, 6.2f), new(-17f, 6.2f) };
            grey.Extrude(tail, 0.25f, Matrix4x4.CreateRotationX(s * MathF.PI / 2 * -1) * Matrix4x4.CreateTranslation(0, yc + 0.6f, 0));
            // Engine nacelle under each wing.
            grey.Lathe([new(0.9f, 0), new(1.05f, 1f), new(1.0f, 3.5f), new(0.6f, 4.3f), new(0, 4.4f)], Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(3.2f, yc - 2.3f, s * 5.8f), 24);
            m.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.88f, 0.05f, 0.88f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(3.22f, yc - 2.3f, s * 5.8f), 1, 24);
            tyre.Cylinder(Matrix4x4.CreateScale(0.55f, 0.2f, 0.55f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(-1.5f, 0.55f, s * 3.8f), 1, 16);
            grey.Rod(new Vector3(-1.5f, 0.55f, s * 3.8f), new Vector3(-1.5f, yc - 1.3f, s * 3.6f), 0.15f, 0.15f, 8);
        }
        // Fin with the tail livery.
        stripe.Extrude(P(-13.5f, yc + 1.6f, -17.3f, yc + 1.2f, -18.6f, yc + 8.2f, -16.8f, yc + 8.2f), 0.35f, Matrix4x4.Identity);
        tyre.Cylinder(Matrix4x4.CreateScale(0.4f, 0.2f, 0.4f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(L / 2 - 5f, 0.4f, 0), 1, 16);
        grey.Rod(new Vector3(L / 2 - 5f, 0.4f, 0), new Vector3(L / 2 - 5f, yc - 1.5f, 0), 0.12f, 0.12f, 8);
    }

    private static void Boat(ModelBuilder m, ref SeededRandom r)
    {
        // A small sailing yacht: pointed hull seen from the side, a deck house, mast, boom and two sails.
        var stripe = m.Paint(Paints.Srgb(20, 50, 120, 0.4f, 0, "boottop"));
        var deck = m.Paint(Paints.Srgb(170, 130, 85, 0.6f, 0, "deck"));
        var sail = m.Paint(Paints.Srgb(245, 244, 238, 0.8f, 0, "sail"));
        var mast = m.Paint(Paints.Steel);
        // Hull: deck outline (top view) extruded, then a keel under it; the bow is at +X.
        var outline = P(3.5f, 0, 2.4f, 0.95f, 0.5f, 1.25f, -2.4f, 1.15f, -3.2f, 0.9f, -3.2f, -0.9f, -2.4f, -1.15f, 0.5f, -1.25f, 2.4f, -0.95f);
        var plan = Matrix4x4.CreateRotationX(MathF.PI / 2); // outline y → −z, extrusion z → y
        m.Body.Extrude(outline, 0.7f, plan * Matrix4x4.CreateTranslation(0, 0.85f, 0));
        stripe.Extrude(outline.Select(p => p * 0.93f).ToArray(), 0.35f, plan * Matrix4x4.CreateTranslation(0.1f, 0.45f, 0));
        m.Body.Extrude(outline.Select(p => p * 0.7f).ToArray(), 0.35f, plan * Matrix4x4.CreateTranslation(0.2f, 0.22f, 0));
        deck.Extrude(outline.Select(p => p * 0.96f).ToArray(), 0.06f, plan * Matrix4x4.CreateTranslation(0, 1.22f, 0));
        m.Body.Box(new Vector3(-0.4f, 1.45f, 0), new Vector3(1.1f, 0.22f, 0.75f));
        m.Paint(Paints.Glass).Box(new Vector3(-0.4f, 1.48f, 0), new Vector3(0.9f, 0.08f, 0.76f));
        mast.Rod(new Vector3(0.6f, 1.2f, 0), new Vector3(0.6f, 9.5f, 0), 0.07f, 0.05f, 10);
        mast.Rod(new Vector3(0.6f, 2.0f, 0), new Vector3(-2.9f, 2.0f, 0), 0.05f, 0.05f, 8);
        sail.Extrude(P(0.5f, 2.1f, -2.8f, 2.1f, 0.5f, 9.2f), 0.04f, Matrix4x4.Identity);  // mainsail
        sail.Extrude(P(0.7f, 1.6f, 3.3f, 1.3f, 0.7f, 8.6f), 0.04f, Matrix4x4.Identity);   // jib
    }
}
