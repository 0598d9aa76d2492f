namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Proportions of a fish as shares of its length (nose at x = +0.5, facing +X; the body runs back to the tail's
/// narrow stalk, the peduncle, and the caudal fin spreads behind it). Numbers are read off side photographs: a
/// goldfish is deep and round-nosed with a long fan tail, a mackerel-like sea fish slim with a forked tail, a shark
/// round in section with a pointed snout, a tall dorsal fin and the top lobe of its tail longer than the bottom.
/// </summary>
public sealed record FishShape
{
    /// <summary>Greatest half-height of the body (share of length).</summary>
    public float Height { get; init; } = 0.13f;
    /// <summary>Half-width as a share of the half-height: a laterally compressed fish is well under 1.</summary>
    public float Flat { get; init; } = 0.5f;
    /// <summary>Where along the body (0 nose, 1 peduncle) it is deepest.</summary>
    public float Deepest { get; init; } = 0.33f;
    /// <summary>Bluntness of the nose: 0.5 is an elliptical round head, 1 a pointed cone.</summary>
    public float Nose { get; init; } = 0.5f;
    /// <summary>Half-height of the tail stalk (share of length).</summary>
    public float Peduncle { get; init; } = 0.03f;
    /// <summary>The caudal fin's half-span (its lobes' tips above and below the axis) and how far back it reaches.</summary>
    public float TailSpan { get; init; } = 0.14f;
    public float TailLength { get; init; } = 0.2f;
    /// <summary>Depth of the fork between the lobes as a share of the tail's length (0 a straight fan).</summary>
    public float Fork { get; init; } = 0.55f;
    /// <summary>The lower lobe's length as a share of the upper (a shark's tail is lopsided: 0.55).</summary>
    public float LowerLobe { get; init; } = 1f;
    /// <summary>The dorsal fin's height above the back and where it stands (0 nose, 1 peduncle).</summary>
    public float Dorsal { get; init; } = 0.08f;
    public float DorsalAt { get; init; } = 0.42f;
    /// <summary>Length of the dorsal fin's base (share of length): a goldfish's runs much of the back, a shark's is short.</summary>
    public float DorsalBase { get; init; } = 0.22f;
    public float Pectoral { get; init; } = 0.08f;
    public float Eye { get; init; } = 0.035f;
    /// <summary>Vertical bands across the body (a clownfish's white bars), their centres along the body.</summary>
    public float[] Bands { get; init; } = [];
    /// <summary>Dark back and pale belly (open-water fish are countershaded; a goldfish is nearly even).</summary>
    public float Countershade { get; init; } = 0.5f;
    /// <summary>A dark line along each flank (a lateral line) or gill slits (a shark).</summary>
    public bool LateralLine { get; init; }
    public int GillSlits { get; init; }
}
