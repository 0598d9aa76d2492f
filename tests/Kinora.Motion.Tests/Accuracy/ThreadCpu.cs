using System.Globalization;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>
/// CPU seconds the calling thread has used (Linux /proc/thread-self/stat, utime + stime in clock ticks of 1/100 s).
/// On a shared machine this is the honest cost of the stepping loop: it leaves out the JIT and GC threads and the
/// time other processes held the cores. NaN where /proc is missing.
/// </summary>
internal static class ThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux x64

    public static double Seconds()
    {
        const string path = "/proc/thread-self/stat";
        if (!File.Exists(path)) return double.NaN;
        var stat = File.ReadAllText(path);
        // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
