using System.Runtime.InteropServices;
using Kinora.Motion.Ode;

namespace Kinora.Motion.Tests;

/// <summary>The P/Invoke structs must match /usr/include/ode byte for byte (double precision, x86-64).</summary>
public sealed class OdeLayoutTests
{
    [Fact]
    public unsafe void StructSizesMatchTheHeaders()
    {
        Assert.Equal(32, sizeof(DVector3));
        Assert.Equal(96, sizeof(DContactGeom));
        Assert.Equal(120, sizeof(DSurfaceParameters));
        Assert.Equal(248, sizeof(DContact));
        Assert.Equal(128, sizeof(DJointFeedback));
        Assert.Equal(136, sizeof(DMass));
        Assert.Equal(248, Marshal.SizeOf<DContact>());
        Assert.Equal(120, (int)Marshal.OffsetOf<DContact>(nameof(DContact.Geom)));
        Assert.Equal(64, (int)Marshal.OffsetOf<DContactGeom>(nameof(DContactGeom.Depth)));
    }

    [Fact]
    public void TheLibraryIsADoublePrecisionBuild() =>
        Assert.Contains("ODE_double_precision", OdeLibrary.Configuration);
}
