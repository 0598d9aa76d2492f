namespace Kinora.Motion.Camera;

/// <summary>
/// Field of view from a focal length on a full-frame (36 × 24 mm) sensor: fov = 2·atan(d / 2f) for the sensor
/// side d (the pinhole model; e.g. 35 mm → 37.8° vertical, 54.4° horizontal in landscape).
/// Portrait outputs turn the sensor on its side, so the short (24 mm) side spans the width: the lens keeps the
/// same feel across the narrow dimension and the vertical FOV widens, which is what lets subjects fit.
/// </summary>
public static class Lens
{
    public const double SensorLongMm = 36, SensorShortMm = 24;

    /// <summary>Vertical field of view in radians for a lens on an output of the given aspect (width / height).</summary>
    public static double VerticalFov(double focalMm, double aspect)
    {
        var f = Math.Clamp(focalMm, 8, 800); // mm; guards against zero or absurd lenses from hand-edited plans
        if (aspect >= 1) return 2 * Math.Atan(SensorShortMm / (2 * f));
        // Portrait: horizontal FOV from the short side, vertical follows from the aspect.
        var halfTanH = SensorShortMm / (2 * f);
        return 2 * Math.Atan(halfTanH / aspect);
    }
}
