namespace Kinora.Engine;

/// <summary>The names of the pipeline's stages, as shown on progress bars and in timing tables.</summary>
public static class Stages
{
    public const string Plan = "plan", Compose = "compose", Speech = "speech", Simulate = "simulate", Render = "render", Sound = "sound", Encode = "encode";
}

/// <summary>How far one stage has got: fraction 0–1; 1 means the stage finished.</summary>
public readonly record struct StageProgress(string Stage, double Fraction);

/// <summary>How long one stage took.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);
