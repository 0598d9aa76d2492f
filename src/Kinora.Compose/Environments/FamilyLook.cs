using System.Numerics;
using Kinora.Compose.Scenery;

namespace Kinora.Compose.Environments;

/// <summary>
/// How a family tints the open-air sky, or, indoors, what stands in for it: the far floor dissolves into the
/// <see cref="Wall"/> colour and the dome overhead is the <see cref="Ceiling"/>, so an interior reads as a lit room
/// around the subject instead of a floor under a blue sky. Colours are linear RGB radiance at full daylight (1 ≈ the
/// clear-sky horizon), chosen from photographs of each kind of place.
/// </summary>
/// <param name="Horizon">Outdoors: the horizon haze colour (replaces the clear-sky one in daylight).</param>
/// <param name="Haze">Extra fog, per metre: forest air, city smog, blowing snow.</param>
/// <param name="Wall">Indoors: the walls' colour (null outdoors).</param>
/// <param name="GroundHalfSize">m; how far the floor runs before it dissolves (a room is smaller than a plain).</param>
/// <param name="LandReach">m; where far land dissolves into the haze, when that is not the floor's edge (0).</param>
/// <param name="Sand">Linear colour of loose sand here (a desert's gold, not a beach's pale grey-white).</param>
public sealed record FamilyLook(Vector3? Horizon = null, Vector3? Zenith = null, float Haze = 0, Vector3? Wall = null, Vector3? Ceiling = null,
    float GroundHalfSize = 60, float LandReach = 0, Vector3? Sand = null)
{
    /// <summary>Rooms: the floor is solid to about 7 m, then meets the walls.</summary>
    private const float RoomHalfSize = 15;

    /// <summary>m; open land whose skyline is far landforms (a dune sea, a headland across the sea) keeps them out of
    /// the edge fade, which starts at half the reach: at the default 60 m, mesas 300 m off were pure haze. The air's
    /// own haze (the renderer's clear-air density plus <see cref="Haze"/>) still pales them with distance.</summary>
    private const float PlainHalfSize = 900;

    /// <summary>Mountains: the set's own terrain is the ground, falling away behind the path into a valley below
    /// y = 0, so the flat floor shrinks to a patch under the action that the path covers (it would otherwise fill
    /// the valley at the path's level), and the land runs to the far range before it dissolves.</summary>
    private const float LedgeHalfSize = 4, HighlandReach = 1500;

    private static FamilyLook Room(float r, float g, float b) =>
        new(Wall: new Vector3(r, g, b), Ceiling: new Vector3(0.85f, 0.84f, 0.8f), GroundHalfSize: RoomHalfSize);

    public static FamilyLook For(SettingFamily family) => family switch
    {
        SettingFamily.CityStreet => new(Horizon: new(0.62f, 0.66f, 0.72f), Haze: 0.004f),
        SettingFamily.Forest => new(Horizon: new(0.42f, 0.52f, 0.4f), Zenith: new(0.2f, 0.35f, 0.55f), Haze: 0.01f),
        SettingFamily.Beach => new(Horizon: new(0.7f, 0.82f, 0.95f), Zenith: new(0.1f, 0.32f, 0.8f), GroundHalfSize: PlainHalfSize,
            Sand: new(0.6f, 0.44f, 0.22f)),
        SettingFamily.Harbour => new(Horizon: new(0.62f, 0.72f, 0.85f), Haze: 0.003f),
        SettingFamily.Mountain => new(Horizon: new(0.6f, 0.72f, 0.9f), Zenith: new(0.08f, 0.22f, 0.7f),
            GroundHalfSize: LedgeHalfSize, LandReach: HighlandReach),
        SettingFamily.Desert => new(Horizon: new(0.95f, 0.82f, 0.62f), Zenith: new(0.2f, 0.4f, 0.78f), Haze: 0.0008f, GroundHalfSize: PlainHalfSize,
            Sand: Palette.Dune.BaseColor),
        SettingFamily.Snow => new(Horizon: new(0.85f, 0.9f, 0.97f), Zenith: new(0.3f, 0.45f, 0.75f), Haze: 0.0004f,
            GroundHalfSize: LedgeHalfSize, LandReach: HighlandReach),
        SettingFamily.Farm => new(Horizon: new(0.7f, 0.76f, 0.82f)),
        SettingFamily.Station => new(Horizon: new(0.66f, 0.7f, 0.76f), Haze: 0.001f),
        SettingFamily.Stadium => new(Horizon: new(0.55f, 0.6f, 0.7f)),
        SettingFamily.Kitchen => Room(0.86f, 0.85f, 0.8f),
        SettingFamily.LivingRoom => Room(0.78f, 0.68f, 0.52f),
        SettingFamily.Bedroom => Room(0.62f, 0.66f, 0.74f),
        SettingFamily.Bathroom => Room(0.8f, 0.86f, 0.88f),
        SettingFamily.Office => Room(0.72f, 0.74f, 0.76f),
        SettingFamily.Classroom => Room(0.78f, 0.8f, 0.66f),
        SettingFamily.Library => Room(0.38f, 0.24f, 0.13f),
        SettingFamily.Restaurant => Room(0.5f, 0.28f, 0.16f),
        SettingFamily.Shop => Room(0.92f, 0.92f, 0.9f),
        SettingFamily.Gallery => Room(0.94f, 0.93f, 0.9f),
        SettingFamily.Gym => Room(0.8f, 0.76f, 0.62f),
        _ => new(), // studio and parks: the clear sky as the time of day makes it
    };
}
