namespace Kinora.Sound.Sources;

/// <summary>
/// How a vehicle's power plant sounds (Farnell, "Designing Sound" ch. 57, engines): a four-stroke engine fires
/// cylinders/2 times a revolution, so its fundamental is rpm/60 · cylinders/2 Hz; revs rise with road speed
/// within a gear and drop at each change. The firing pulses ring the exhaust and body, modelled as three
/// resonances. Tyre roar is road noise growing with speed², wind noise with speed³ (both band-limited noise).
/// A jet has no firing: it is a broadband roar with a turbine whine. Numbers are typical, tuned by ear.
/// </summary>
public sealed record Engine(
    int Cylinders, double IdleRpm, double RpmPerMetrePerSecond, double MaxRpm, double GearSpeed,
    double[] ResonancesHz, double Roughness, double Tyres, double Level, bool Jet = false, bool RailJoints = false,
    bool Wash = false)
{
    public static Engine? For(string kind) => kind.ToLowerInvariant() switch
    {
        "car" or "taxi" or "van" => new(4, 800, 160, 4500, 9, [180, 450, 1200], 0.15, 1.0, 0.22),
        "truck" or "bus" or "lorry" or "tractor" => new(6, 600, 90, 2200, 6, [110, 320, 850], 0.35, 1.3, 0.35),
        "motorcycle" or "scooter" or "motorbike" => new(2, 1200, 350, 9000, 8, [250, 700, 2100], 0.25, 0.5, 0.3),
        "train" or "locomotive" or "tram" => new(12, 400, 40, 1000, 100, [80, 240, 700], 0.3, 0.4, 0.4, RailJoints: true),
        "airplane" or "aeroplane" or "plane" or "jet" => new(0, 0, 0, 0, 0, [400, 1500, 4200], 0, 0, 0.45, Jet: true),
        "boat" or "ship" => new(1, 900, 200, 5000, 100, [200, 600, 1600], 0.4, 0, 0.3, Wash: true),
        _ => null,
    };

    /// <summary>Engine speed at a road speed: rises through each gear's span, falls back at the change.</summary>
    public double RpmAt(double speed)
    {
        if (speed < 0.3) return IdleRpm;
        var inGear = speed % GearSpeed / GearSpeed;
        var gear = Math.Floor(speed / GearSpeed);
        var rpm = IdleRpm * 1.3 + inGear * GearSpeed * RpmPerMetrePerSecond / (1 + 0.3 * gear);
        return Math.Min(MaxRpm, rpm);
    }

    public double FiringHz(double rpm) => rpm / 60 * Math.Max(1, Cylinders) / 2.0;
}
