using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>Small worlds the tests simulate, built through the real Compose stage.</summary>
internal static class Scenes
{
    /// <summary>A rubber "sports ball" dropped from about <paramref name="height"/> m (bottom above the floor).</summary>
    /// <param name="fps">Above the plan limit of 60 the world is composed at 60 fps and then re-timed, which the
    /// simulator accepts: 240 fps samples every physics step.</param>
    public static World DroppedBall(double height = 2, double gravity = 9.81, int fps = 60, double seconds = 4,
        string ground = "concrete", string move = "static", int width = 1280, int heightPx = 720, string framing = "medium")
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Width = width, Height = heightPx, Fps = Math.Min(fps, 60), Seconds = seconds },
            World = new WorldSpec { Gravity = gravity, Ground = ground },
            Cast = [new CastMember { Id = "ball1", Kind = "sports ball" }],
            Shots =
            [
                new ShotSpec
                {
                    Seconds = seconds,
                    Camera = new CameraSpec { Move = move, Framing = framing, Target = move == "tracking" ? "ball1" : null },
                    Actions = [new ActionSpec { Actor = "ball1", Verb = "bounce", Height = height }],
                },
            ],
        });
        return world with { Plan = world.Plan with { Format = world.Plan.Format with { Fps = fps } } };
    }

    /// <summary>Height of the ball's lowest point above the floor at its start, m.</summary>
    public static double DropHeight(World world)
    {
        var ball = world.Entities[0];
        return ball.Position.Y - ((SphereShape)ball.Shape).Radius;
    }

    /// <summary>Restitution of the ball against the world's ground, as the simulator combines it.</summary>
    public static double Restitution(World world) =>
        Physics.SurfaceMixing.Restitution(world.Entities[0].Material, world.Environment.Ground);

    /// <summary>Bottom heights (y − r) of body 0 at every frame.</summary>
    public static double[] BottomHeights(Track track, World world)
    {
        var r = world.Entities[0].Shape.HalfHeight;
        var h = new double[track.FrameCount];
        for (var f = 0; f < h.Length; f++) h[f] = track.PoseOf(f, 0).Position.Y - r;
        return h;
    }

    /// <summary>Local maxima of a height series above <paramref name="minHeight"/>, skipping the start (the drop).</summary>
    public static List<(int Frame, double Height)> Apexes(double[] h, double minHeight = 0.005)
    {
        var apexes = new List<(int, double)>();
        for (var f = 1; f + 1 < h.Length; f++)
            if (h[f] > h[f - 1] && h[f] >= h[f + 1] && h[f] > minHeight) apexes.Add((f, h[f]));
        return apexes;
    }
}
