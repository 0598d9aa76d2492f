using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// A Paris café terrace on a street corner, the picture "a café in Paris" calls up: small round marble tables and
/// bentwood chairs out on the pavement behind the action, the café's red shopfront and striped awning in the ground
/// floor of a cream Haussmann block, and to its left an avenue running away between more blocks to the iron lattice
/// tower at its end, which rises over the roofs (the <see cref="SetDresser.Backdrop"/>). The camera frames a small cast
/// from beside the line from the landmark through it (Motion's backdrop shot), so the avenue runs along that line:
/// from the cast, ~28° left of straight back. The café's corner stands just right of it, so the café and its awning fill
/// the right of the frame. The tower is scaled as on the Seine (<see cref="SeineQuay"/>): ~180 m tall, ~600 m off.
/// </summary>
public static class ParisCafe
{
    private static readonly Material Road = Paints.Srgb(58, 58, 60, 0.85f, 0, "parisroad");
    private static readonly Material Kerb = Paints.Srgb(170, 166, 156, 0.9f, 0, "kerb");
    private static readonly Material Lawn = Paints.Srgb(88, 128, 60, 0.95f, 0, "parislawn") with { Pattern = "grass" };

    /// <summary>m from the action band's far edge to the café's front: two rows of terrace tables.</summary>
    public const float TerraceDepth = 5.2f;

    /// <summary>m; the café block's corner, right of the action's x; the avenue's half-width between its façades and
    /// how far it runs.</summary>
    public const float Corner = -0.5f, HalfAvenue = 13, AvenueLength = 260;

    /// <summary>m; how far behind the action the tower stands, the avenue's angle left of straight back (radians),
    /// and the tower's scale.</summary>
    public const float TowerBack = 520, Angle = 0.49f, TowerScale = 0.55f;

    public static void Dress(SetDresser d, PlaceContext c)
    {
        var cx = d.Zone.CentreX;
        var front = d.Zone.Back - TerraceDepth;
        var corner = cx + Corner;
        // The avenue's line: from the action towards the tower.
        var origin = new Vector3(cx, 0, (d.Zone.Back + d.Zone.Front) / 2);
        var along = new Vector3(-MathF.Sin(Angle), 0, -MathF.Cos(Angle));
        var tower = origin + along * (TowerBack / MathF.Cos(Angle));
        // The café block, its front along the terrace, and its neighbours on the same side going right.
        Haussmann.Add(d, corner, 26, front, 0);
        d.Lay("cafe", CafeFront.Make(24, d.Dark), Matrix4x4.CreateTranslation(corner + 13, 0, front));
        for (var x = corner + 26.4f; x < d.Right + 60; x += 24.4f) Haussmann.Add(d, x, 24, front, 0, d.Chance(0.6f) ? 6 : 7);
        Avenue(d, origin, along, front);
        Terrace(d, corner, front);
        d.Layer("tower", tower.X).Add(EiffelTower.Kit, Kit.At(tower, MathF.PI / 4, TowerScale));
        // The gardens at the tower's feet where the avenue comes out.
        Landforms.Slab(d.Layer("gardens", tower.X), Lawn, tower.X - 90, tower.X + 90, tower.Z - 80, tower.Z + 200, 0.05f, 0.05f);
        var reach = EiffelTower.HalfWidth(0) * TowerScale * 1.42f;
        d.Backdrop = new Vista(new(tower.X - reach, 0, tower.Z - reach), new(tower.X + reach, EiffelTower.Height * TowerScale, tower.Z + reach));
        // A bare prompt ("a café in Paris", "Paris"): the terrace and the café's front, the awning and its sign.
        d.Vista = new Vista(new(corner - 2, 0, front), new(corner + 12, 4.2f, d.Zone.Back));
    }

    /// <summary>The avenue: its roadway and kerbs along the line to the tower, six-storey blocks facing each other across
    /// it, plane trees along its pavements; the right-hand row starts past the café block.</summary>
    private static void Avenue(SetDresser d, Vector3 origin, Vector3 along, float front)
    {
        var right = new Vector3(-along.Z, 0, along.X); // looking along the avenue, +X side
        var yaw = MathF.Atan2(along.X, along.Z);
        var road = d.Layer("road", origin.X);
        var mid = origin + along * (AvenueLength / 2 + 12);
        road.Paint(Road).Box(mid + new Vector3(0, 0.01f, 0), new Vector3(6, 0.01f, AvenueLength / 2), 0, yaw);
        foreach (var side in new[] { -6.1f, 6.1f })
            road.Paint(Kerb).Box(mid + right * side + new Vector3(0, 0.06f, 0), new Vector3(0.12f, 0.06f, AvenueLength / 2), 0, yaw);
        // Fronts face the avenue: the left row's towards +right, the right row's towards −right.
        var (faceLeft, faceRight) = (MathF.Atan2(right.X, right.Z), MathF.Atan2(-right.X, -right.Z));
        for (var s = 14f; s < AvenueLength;)
        {
            var w = d.Range(20, 28);
            Haussmann.Add(d, origin + along * (s + w / 2) - right * HalfAvenue, faceLeft, w - 0.4f, d.Chance(0.6f) ? 6 : 7);
            s += w;
        }
        for (var s = 38f; s < AvenueLength;)
        {
            var w = d.Range(20, 28);
            Haussmann.Add(d, origin + along * (s + w / 2) + right * HalfAvenue, faceRight, w - 0.4f, d.Chance(0.6f) ? 6 : 7);
            s += w;
        }
        // More blocks along the front line left of the avenue, for a camera that pans.
        for (var x = origin.X - 52; x > d.Left - 80; x -= 24.4f) Haussmann.Add(d, x, 24, front, 0, d.Chance(0.6f) ? 6 : 7);
        // Plane trees along the pavements, every ~10 m, between the kerbs and the façades.
        for (var s = 16f; s < AvenueLength; s += 10)
            foreach (var side in new[] { -8.5f, 8.5f })
                d.Put("planes", Trees.Broadleaf, origin + along * s + right * side, d.Range(0, MathF.Tau), d.Range(0.8f, 0.95f), 1.2f);
    }

    /// <summary>The terrace: two staggered rows of bistro tables with their chairs under and beside the awning, a
    /// chalkboard easel at its end, clipped bay trees in tubs, and lamps on the tables' side of the kerb after dark.</summary>
    private static void Terrace(SetDresser d, float corner, float front)
    {
        for (var row = 0; row < 2; row++)
        {
            var z = row == 0 ? d.Zone.Back - 0.9f : front + 1.6f;
            for (var x = corner + 0.6f + row * 0.9f; x < corner + 24; x += 1.8f)
                d.Put("tables", CafeFurniture.BistroTable, new Vector3(x + d.Range(-0.15f, 0.15f), 0, z + d.Range(-0.12f, 0.12f)), d.Range(-0.4f, 0.4f), 1, 0.82f);
        }
        foreach (var x in new[] { corner + 0.2f, corner + 24.8f })
            d.Put("plants", HomeFurniture.Plant, new Vector3(x, 0, front + 0.5f), 0.3f, 1.3f, 0.3f);
        if (d.Dark)
            for (var x = corner + 3; x < corner + 24; x += 6)
                d.Light(HomeFurniture.LampLight(new Vector3(x, CafeFront.AwningLow - 0.2f, front + 1.5f), 3));
    }
}
