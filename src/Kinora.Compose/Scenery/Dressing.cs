using System.Numerics;
using Kinora.Compose.Environments;
using Kinora.Compose.Layout;
using Kinora.Compose.Scenery.Sets;
using Kinora.Plan;

namespace Kinora.Compose.Scenery;

/// <summary>
/// Dresses a composed world's setting: picks the family's set, keeps the action's band clear
/// (<see cref="Corridor"/>), and returns the environment with its scenery and lights, and the cast with vehicle lamps
/// lit after dark. Deterministic: the plan's seed drives every choice.
/// </summary>
public static class Dressing
{
    /// <summary>Paint of a room's back wall as a share of the family's lit wall colour.</summary>
    private const float WallAlbedo = 0.6f;

    public static (WorldEnvironment Environment, IReadOnlyList<Entity> Cast) Apply(ScenePlan plan, WorldEnvironment environment, IReadOnlyList<Entity> cast)
    {
        // A picture that is the scene brings its own place: dressing would stand trees and lamp posts in front of it.
        if (plan.Picture is { Use: "scene" }) return (environment, cast);
        var world = plan.World;
        var family = SettingFamilies.Of(world.Setting, world.Indoor, world.Ground);
        var setting = (world.Setting ?? "").ToLowerInvariant();
        var variant = RoomVariants.Of(family, setting);
        // A cinema is dark at any hour: its lamps and screen are what light it.
        var dark = EnvironmentBuilder.IsDark(world) || variant == RoomVariant.Cinema;
        var style = (plan.Look?.Style ?? "").ToLowerInvariant();
        // The cast's pictures go on the wall (Layout/WallHangings), so the clear band is kept round the rest of it.
        var standing = cast.Where(e => !WallHangings.Hangs(e.Kind)).ToList();
        var zone = Corridor.Around(standing.Count > 0 ? standing : cast);
        var hung = WallHangings.Span(WallHangings.Sizes(cast, plan.Seed), zone.CentreX);
        var place = Places.Places.Of(setting);
        var d = new SetDresser(plan.Seed, place?.Words[0] ?? family.ToString(), zone, dark, style) { WallKept = hung, Stations = Stations.Of(plan).Values.ToHashSet() };
        if (place is not null)
        {
            var paint = FamilyLook.For(family).Wall is { } placeWall ? Palette.Linear(placeWall * WallAlbedo, "wall") : Palette.Linear(new(0.55f, 0.55f, 0.55f), "wall");
            place.Dress(d, new Places.PlaceContext(plan, cast, paint));
            if (place.Ground is { } ground) environment = environment with { Ground = MaterialLibrary.Get(ground) };
            if (place.Air is { } air) environment = air(environment);
        }
        else switch (family)
        {
            case SettingFamily.CityStreet: StreetSet.Dress(d, wet: world.Weather is "rain" or "storm"); break;
            case SettingFamily.Park: GreenSets.Park(d); break;
            case SettingFamily.Forest: GreenSets.Forest(d); break;
            case SettingFamily.Beach: WildSets.Beach(d); break;
            case SettingFamily.Mountain: WildSets.Mountain(d, snow: false); break;
            case SettingFamily.Snow: WildSets.Mountain(d, snow: true); break;
            case SettingFamily.Desert: WildSets.Desert(d); break;
            case SettingFamily.Farm: FarmSet.Dress(d); break;
            case SettingFamily.Harbour: HarbourSet.Dress(d, afloat: cast.Any(e => e.Kind == "boat")); break;
            case SettingFamily.Station when setting.Contains("air") || setting.Contains("runway") || setting.Contains("terminal"):
                TransitSet.Airport(d);
                break;
            case SettingFamily.Station: TransitSet.Station(d, rails: cast.Any(e => e.Kind == "train")); break;
            case SettingFamily.Stadium: StadiumSet.Dress(d); break;
            case SettingFamily.Studio: break;
            default:
                // The family's wall colour is what the wall looks like lit (a radiance near 0.8); as a paint under
                // sun and lamps it must be darker, or a sunlit back wall blows out to white.
                if (FamilyLook.For(family).Wall is not { } wall) break;
                var paint = Palette.Linear(wall * WallAlbedo, "wall");
                switch (variant)
                {
                    case RoomVariant.Cafe: CafeSet.Dress(d, paint); break;
                    case RoomVariant.Cinema: CinemaSet.Dress(d); environment = CinemaSet.Darken(environment); break;
                    case RoomVariant.MusicStudio: MusicStudioSet.Dress(d, paint); break;
                    default: RoomSets.Dress(d, family, paint); break;
                }
                break;
        }
        var (pieces, lights) = d.Finish();
        environment = Distance(environment with { Vista = d.Vista ?? DefaultVista(d, pieces.Count > 0), Backdrop = d.Backdrop });
        cast = WallHangings.Hang(cast, plan.Seed, zone.CentreX, d.Wall, zone.Back);
        var (litCast, lamps) = VehicleLamps.Apply(Assets.Kinds.Vehicles.AfterDark(cast, plan.Cast, dark), dark); // a car's default paint by the light
        // Vehicle lamps first: they light the subject, the set's lamps light its surroundings.
        return (environment with { Scenery = pieces, Lights = [.. lamps, .. environment.Lights, .. lights] }, litCast);
    }

    /// <summary>A set that names no landmark is framed by the stretch of it behind the action: the room's back wall and
    /// what stands against it, or outdoors the first rows of dressing. A bare studio has none (the camera holds a
    /// metre of floor).</summary>
    private static Vista? DefaultVista(SetDresser d, bool dressed)
    {
        if (!dressed) return null;
        var cx = d.Zone.CentreX;
        if (d.Wall is { } wall)
            return new Vista(new(cx - 3.5f, 0, wall), new(cx + 3.5f, RoomShellHeight, d.Zone.Back));
        return new Vista(new(cx - 7, 0, d.Zone.Back - 12), new(cx + 7, 5, d.Zone.Back - 2));
    }

    private const float RoomShellHeight = Sets.RoomShell.Height - 0.4f;

    /// <summary>
    /// A big landmark is framed from far off (a 40 m tower from ~80 m): the land must run on past it and the air stay
    /// clear enough to see it, or the family's haze and the ground's edge fade turn it into a pale ghost. The land
    /// reaches at least three times the vista's far side; the family's own haze (not a fog the weather brings) is
    /// thinned so the far side of the vista loses at most about a fifth of its contrast to it.
    /// </summary>
    private static WorldEnvironment Distance(WorldEnvironment environment)
    {
        if (environment.Indoor || environment.Vista is not { } vista) return environment;
        var size = vista.Max - vista.Min;
        var extent = MathF.Max(size.X, MathF.Max(size.Y, size.Z));
        var far = new Vector2(vista.Centre.X, vista.Centre.Z).Length() + extent;
        var reach = 3 * far;
        var fog = environment.FogDensity;
        const float WeatherFog = 0.02f, FarContrastLost = 0.2f;
        if (fog < WeatherFog) fog = MathF.Min(fog, -MathF.Log(1 - FarContrastLost) / (2 * extent + far));
        // A set with land of its own past the ground (a valley below a ledge) reaches through LandReach; otherwise the
        // ground square itself runs on (its edge is where the haze completes).
        return environment.LandReach > 0
            ? environment with { LandReach = MathF.Max(environment.LandReach, reach), FogDensity = fog }
            : environment with { GroundHalfSize = MathF.Max(environment.GroundHalfSize, reach), FogDensity = fog };
    }
}
