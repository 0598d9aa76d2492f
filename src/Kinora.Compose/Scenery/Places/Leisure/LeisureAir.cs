namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>The air of a camp in the woods (sports grounds and fairgrounds take <see cref="OpenAir"/>).</summary>
internal static class LeisureAir
{
    /// <summary>A camp's wood: thinner than a forest's deep-wood air (0.01 a metre hid tents 15 m off), still misty.</summary>
    public const float WoodHaze = 0.004f;

    public static WorldEnvironment Clearing(WorldEnvironment e) => e with { FogDensity = MathF.Min(e.FogDensity, WoodHaze) };
}
