using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

public static partial class Vehicles
{
    /// <summary>
    /// The paint a car gets after dark when the plan gives it no colour: a light metallic silver that catches the
    /// street lamps and the sky and reads against dark asphalt.
    /// </summary>
    public static Material NightCarPaint { get; } = Paints.Srgb(200, 202, 206, 0.25f, 0.5f, "carpaint");

    /// <summary>
    /// A car's default paint depends on the light. By day it is black: the detector names the black saloon a car
    /// (0.29) and the same body in silver, white, grey, red or blue a "truck" (0.22–0.25), since dark paint hides
    /// the long flat flanks and shows the glasshouse and wheels. By night a black car on an unlit street is a hole in
    /// the picture, so after dark every cast car whose colour or material the plan leaves open is repainted
    /// <see cref="NightCarPaint"/>. Cars the plan colours keep their colour.
    /// </summary>
    public static IReadOnlyList<Entity> AfterDark(IReadOnlyList<Entity> cast, IReadOnlyList<CastMember> members, bool dark)
    {
        if (!dark) return cast;
        var chosen = members.Where(c => c.Traits.Color is not null || c.Traits.Material is not null).Select(c => c.Id).ToHashSet();
        return [.. cast.Select(e => chosen.Contains(e.CastId) || !e.Model.Parts.Any(p => p.Material.Name == "carpaint") ? e
            : e with { Model = e.Model with { Parts = [.. e.Model.Parts.Select(p => p.Material.Name == "carpaint" ? p with { Material = NightCarPaint } : p)] } })];
    }
}
