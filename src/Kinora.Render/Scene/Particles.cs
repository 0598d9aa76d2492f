using System.Numerics;
using Kinora.Compose;

namespace Kinora.Render.Scene;

/// <summary>
/// What drifts through the air besides rain and snow (the plan's <c>world.particles</c>): petals, autumn leaves,
/// sparks, confetti, bubbles, smoke, fire, dust. Like <see cref="Precipitation"/>, the renderer only states the kind, the count, the
/// time and the seed; the backend places every particle from a hash of the seed and its index (no per-frame
/// state), so any frame renders the same on its own. Sparks, smoke and fire rise from a source point (what the camera
/// looks at, the fire in "sparks fly from a campfire"); the others fill a volume that follows the camera.
/// </summary>
public static class Particles
{
    public const int None = 0, Petals = 1, Leaves = 2, Sparks = 3, Confetti = 4, Bubbles = 5, Smoke = 6, Fire = 7, Dust = 8;

    /// <summary>Kind and count for a plan's particle word. Counts are per volume around the camera (~10 m
    /// across): enough to read as "petals drifting" at 640x360 without hiding the scene.</summary>
    public static (int Kind, int Count) Of(string? particles) => particles?.Trim().ToLowerInvariant() switch
    {
        "petals" => (Petals, 4000),
        "leaves" => (Leaves, 1600),
        "sparks" => (Sparks, 260),
        "confetti" => (Confetti, 5000),
        "bubbles" => (Bubbles, 900),
        "smoke" => (Smoke, 220),
        // Fire is one draw of three parts split by index (precipitation.vert): flames, the smoke over them, sparks.
        "fire" => (Fire, 400),
        "dust" => (Dust, 5000),
        _ => (None, 0),
    };

    /// <summary>Seconds over which particles (and rain or snow) start when the video begins from a picture: frame 0
    /// is the picture itself, then the air fills.</summary>
    public const float PictureStartSeconds = 0.75f;

    /// <summary>The <see cref="Backend.FrameConstants.Particles"/> vector without its time (z = 0). A negative
    /// count marks a video that starts from a picture (see <see cref="StartsFromPicture"/>).</summary>
    public static Vector4 Constants(World world)
    {
        var (kind, count) = Of(world.Plan.World.Particles);
        return new Vector4(kind, StartsFromPicture(world) ? -count : count, 0, (float)(Math.Abs(world.Plan.Seed) % 65521));
    }

    /// <summary>True when frame 0 must be the input picture as it is, so nothing may fall through it yet.</summary>
    public static bool StartsFromPicture(World world) => world.Plan.Picture is { Use: "scene" };

    /// <summary><paramref name="constants"/> at a frame: z becomes the frame's time in seconds; a picture's video
    /// draws none at frame 0 and all of them after <see cref="PictureStartSeconds"/> (each particle keeps its
    /// place, so the air fills rather than jumps).</summary>
    public static Vector4 At(Vector4 constants, int frame, int fps)
    {
        var t = (float)frame / Math.Max(fps, 1);
        var count = constants.Y >= 0 ? constants.Y : MathF.Floor(-constants.Y * MathF.Min(t / PictureStartSeconds, 1f));
        return new Vector4(constants.X, count, t, constants.W);
    }

    /// <summary>Where sparks rise from: the point the camera looks at, brought down near the ground (a fire's
    /// embers sit low), w the radius they leave from, m. A fire burns in one place on the ground: at its
    /// <paramref name="hearth"/> (the renderer passes the fire's place for the shot: beside the first person, or where
    /// <see cref="FireLight.PlaceInFrame"/> frames it whole), else under the camera's target.</summary>
    public static Vector4 Source(Vector3 target, Vector4 constants, Vector3? hearth = null) =>
        (int)constants.X != Fire ? new(target.X, MathF.Max(target.Y - 0.3f, 0.05f), target.Z, 0.35f)
        : hearth is { } h ? new(h.X, h.Y, h.Z, 0.35f)
        : new(target.X, 0.2f, target.Z, 0.35f);

    /// <summary>Where a fire burns when someone is in the scene: on the ground beside the first of them, never under
    /// them ("a man sits by a campfire" stood in the flames), or null for a scene with no one in it.</summary>
    public static Vector3? Hearth(World world)
    {
        if ((int)Constants(world).X != Fire || world.Entities.Count == 0) return null;
        var e = world.Entities[0];
        return new Vector3(e.Position.X + e.Shape.BoundingRadius + 0.8f, e.Position.Y - e.Shape.HalfHeight + 0.2f, e.Position.Z);
    }
}
