namespace Kinora.Motion.Tests.Accuracy;

/// <summary>One row of the accuracy table: a measured value against its closed-form answer.</summary>
/// <param name="Tolerance">Largest allowed |error|, in percent of the expected value (or in <paramref name="Unit"/>
/// when <paramref name="Absolute"/>).</param>
public sealed record Check(string Name, double Measured, double Expected, string Unit, double Tolerance, bool Absolute = false, string Note = "")
{
    /// <summary>Percent error, or the absolute difference for absolute checks.</summary>
    public double Error => Absolute ? Math.Abs(Measured - Expected) : Math.Abs(Measured / Expected - 1) * 100;

    public bool Passes => Error <= Tolerance;

    public string Row() =>
        $"| {Name} | {Measured:G5} {Unit} | {Expected:G5} {Unit} | {(Absolute ? $"{Error:G3} {Unit}" : $"{Error:F3} %")} | " +
        $"{(Absolute ? $"< {Tolerance} {Unit}" : $"< {Tolerance} %")} | {(Passes ? "yes" : "**no**")} | {Note} |";
}
