using System.Numerics;
using Kinora.Plan;

namespace Kinora.Compose;

/// <summary>
/// The composed scene at time zero: every body with its shape, look and physical material, the environment,
/// and the plan it came from. Immutable; Motion animates it, Render draws it, Sound listens to its events.
/// Units: metres, kilograms, seconds; Y is up, the ground plane is y = 0.
/// </summary>
public sealed record World(ScenePlan Plan, WorldEnvironment Environment, IReadOnlyList<Entity> Entities)
{
    /// <summary>Index of the entity with this id, or −1. Entity index + 1 is its value in object-id buffers.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Entities.Count; i++)
            if (Entities[i].Id == id) return i;
        return -1;
    }
}

/// <summary>
/// One rigid body. <see cref="Id"/> is the cast id for a single thing, or "castId.n" (n ≥ 2) for the further
/// members of a counted cast entry. <see cref="Model"/> is what is drawn, <see cref="Shape"/> what collides.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required string CastId { get; init; }
    public required string Kind { get; init; }
    public required Shape Shape { get; init; }
    public required Model Model { get; init; }
    public required Material Material { get; init; }
    public Vector3 Position { get; init; }
    public Quaternion Rotation { get; init; } = Quaternion.Identity;
    public Vector3 LinearVelocity { get; init; }
    public Vector3 AngularVelocity { get; init; }
    /// <summary>Static bodies never move (furniture bolted to the world, the floor is not an entity).</summary>
    public bool IsStatic { get; init; }
    /// <summary>Static, yet what the shot is about with the moving cast (a picture the prompt hangs on the wall):
    /// the camera frames it even when other bodies move.</summary>
    public bool InShot { get; init; }
    /// <summary>Mass in kg, from the shape's volume × the material's density.</summary>
    public double Mass => Shape.Volume * Material.Density;
}

/// <summary>Where the scene happens: ground, sky and sun, fog. Directions are unit vectors in world space.</summary>
public sealed record WorldEnvironment
{
    public required Material Ground { get; init; }
    /// <summary>Half the side of the square ground plane, metres.</summary>
    public float GroundHalfSize { get; init; } = 60;
    /// <summary>m; where far land dissolves into the haze (the renderer's edge fade); 0 = at the ground's edge. A set
    /// whose own terrain runs past a small ground plane (a valley below a mountain path) sets it to its far edge.</summary>
    public float LandReach { get; init; }
    /// <summary>Direction from the scene towards the sun.</summary>
    public required Vector3 SunDirection { get; init; }
    /// <summary>Sun illuminance colour in linear RGB, scaled so 1 ≈ clear midday sun.</summary>
    public required Vector3 SunColor { get; init; }
    public required Vector3 SkyZenith { get; init; }
    public required Vector3 SkyHorizon { get; init; }
    /// <summary>Fog density per metre (exponential fog); 0 for none.</summary>
    public float FogDensity { get; init; }
    /// <summary>Gravity vector, m/s².</summary>
    public required Vector3 Gravity { get; init; }
    public bool Indoor { get; init; }
    /// <summary>Light sources besides the sun and sky: street lamps, room lamps, headlights, fire. Empty by day
    /// outdoors unless the scene has its own lights.</summary>
    public IReadOnlyList<LightSource> Lights { get; init; } = [];
    /// <summary>Static dressing of the setting (trees, buildings, lamp posts, rocks, furniture of a room): drawn and
    /// shadowed, never simulated, not in the object-id buffer's subjects and not framed by the camera.</summary>
    public IReadOnlyList<SceneryPiece> Scenery { get; init; } = [];
    /// <summary>What the camera frames when the cast gives it nothing to frame (a prompt that is only a place, "a
    /// lighthouse", "a ballroom"): the set's landmark or the room's best side, chosen by the set. Null: a bare studio.</summary>
    public Vista? Vista { get; init; }
    /// <summary>A landmark that must read behind the cast ("with the Eiffel Tower in background", the Pudong towers
    /// behind a walker, the peaks over a hiker): the camera keeps this box in frame, its top included, when the cast is
    /// small against it, putting the cast in the lower part of the frame. Null: the camera frames the cast alone.</summary>
    public Vista? Backdrop { get; init; }
}

/// <summary>The box, in world metres, an establishing shot of the set holds: the landmark and what gives it scale.</summary>
public readonly record struct Vista(Vector3 Min, Vector3 Max)
{
    public Vector3 Centre => (Min + Max) / 2;
    /// <summary>Degrees from straight-on (+Z) towards +X the establishing camera looks from when nothing is cast: 0 looks
    /// square down −Z (an alley's length, a nave). Null: the classic three-quarter view, 20° to the right.</summary>
    public float? AzimuthDeg { get; init; }
    /// <summary>The establishing camera stands where the cast would (the action spot, at eye height) and looks up at the
    /// box, as a visitor photographs a landmark across a river or at the end of a square; false: it frames the box from
    /// a three-quarter view above, which over a 300 m tower is a view from high over the city.</summary>
    public bool FromGround { get; init; }
}

/// <summary>
/// A point light, or a spot light when <see cref="Direction"/> is set. <see cref="Color"/> is linear RGB intensity in
/// the sun's units at 1 m (falling off with the inverse square, smoothly to zero at <see cref="Range"/>).
/// </summary>
public sealed record LightSource(Vector3 Position, Vector3 Color, float Range)
{
    /// <summary>Unit direction the spot points along; null for a point light shining every way.</summary>
    public Vector3? Direction { get; init; }
    /// <summary>Half-angle of a spot's cone, degrees (full intensity inside 80 % of it).</summary>
    public float ConeDegrees { get; init; } = 35;
    /// <summary>Which entity carries the light (headlights ride on their car); null for a fixed light. With an owner,
    /// Position and Direction are in the owner's local frame.</summary>
    public string? OwnerId { get; init; }
}

/// <summary>One static piece of scenery: a model placed in the world.</summary>
public sealed record SceneryPiece(string Kind, Model Model, Vector3 Position)
{
    public Quaternion Rotation { get; init; } = Quaternion.Identity;
    public Vector3 Scale { get; init; } = Vector3.One;
    /// <summary>Angular velocity, rad/s about world axes through <see cref="Position"/>: a Ferris wheel's rim, a
    /// carousel's deck, a windmill's sails turn at it for ever (the renderer poses the piece at each frame's time;
    /// nothing simulates it). Zero: still, like all other scenery.</summary>
    public Vector3 Spin { get; init; }
}
