using Kinora.Plan;

namespace Kinora.Motion;

/// <summary>
/// How much simulated time one second of video shows: 1 normally, <see cref="SlowMotion"/> when the plan asks for
/// slow motion (a 96 fps camera played at 24 fps, the common "4× slow-mo"), <see cref="Timelapse"/> for a timelapse.
/// Physics always steps at its own rate; only how many steps fall in a frame changes, so slow motion is smoother,
/// not coarser. Event times are reported in video seconds, so sounds still land on their frames.
/// </summary>
public static class TimeScale
{
    public const double SlowMotion = 0.25, Timelapse = 4;

    public static double For(ScenePlan plan)
    {
        foreach (var action in plan.Shots.SelectMany(s => s.Actions))
            foreach (var m in action.Manner)
            {
                if (m.Contains("slow motion", StringComparison.OrdinalIgnoreCase)) return SlowMotion;
                if (m.Contains("timelapse", StringComparison.OrdinalIgnoreCase)) return Timelapse;
            }
        return 1;
    }
}
