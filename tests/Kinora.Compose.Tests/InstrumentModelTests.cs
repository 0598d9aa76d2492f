using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Assets.Kinds;
using Xunit;

namespace Kinora.Compose.Tests;

/// <summary>Instruments are modelled (no grey box), at their true sizes, with the parts that name them, and say how
/// they are held.</summary>
public class InstrumentModelTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "instruments/" + kind);

    private static IEnumerable<Vector3> Points(Model model, string paint) =>
        model.Parts.Where(p => p.Material.Name == paint).SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local)));

    public static TheoryData<string> Kinds => ["guitar", "violin", "cello", "piano", "drum", "flute", "trumpet"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_instrument_is_modelled_at_its_true_size_and_says_how_it_is_held(string kind)
    {
        Assert.True(AssetLibrary.IsKnown(kind));
        Assert.NotNull(Instruments.HoldOf(kind));
        // Built at its typical size, the model is its design drawn 1:1 (±8%): the offsets of the holds are in metres.
        var (min, max) = Instruments.DesignBounds(kind);
        var design = max - min;
        Assert.InRange(AssetLibrary.TypicalSize(kind) / MathF.Max(design.X, MathF.Max(design.Y, design.Z)), 0.92, 1.08);
        Assert.True(Build(kind).Parts.Count >= 2, "more than one surface");
    }

    [Theory]
    [InlineData("drums", "drum")]
    [InlineData("drum kit", "drum")]
    [InlineData("fiddle", "violin")]
    [InlineData("grand piano", "piano")]
    public void Other_words_for_them_are_the_same_kind(string word, string kind) =>
        Assert.Equal(AssetLibrary.TypicalSize(kind), AssetLibrary.TypicalSize(word));

    [Fact]
    public void A_guitar_has_a_waisted_body_and_a_long_neck()
    {
        // The spruce top is a flat plate of the body's outline: each of its points lies on the outline, so |x| there is
        // the body's half-width at that height.
        var top = Points(Build("guitar"), "spruce").ToList();
        var (bottom, height) = (top.Min(p => p.Y), top.Max(p => p.Y) - top.Min(p => p.Y));
        IEnumerable<float> Widths(float from, float to) => top.Where(p => (p.Y - bottom) / height is var u && u >= from && u <= to).Select(p => MathF.Abs(p.X));
        // Across the lower bout, the waist and the upper bout: wide, narrow, wide again, the upper bout the smaller.
        var (lower, waist, upper) = (Widths(0, 0.45f).Max(), Widths(0.45f, 0.7f).Min(), Widths(0.7f, 1).Max());
        Assert.True(waist < 0.8f * lower && waist < upper && upper < 0.85f * lower, $"bouts {lower:F3}/{upper:F3} m, waist {waist:F3} m");
        var whole = AssetModels.Extent(Build("guitar"));
        Assert.True(whole.Y > 1.8f * height, "the neck and head rise well above the body");
    }

    [Fact]
    public void A_piano_has_black_and_white_keys_at_table_height_and_a_bench()
    {
        var piano = Build("piano");
        var (min, _) = AssetModels.Bounds(piano.Parts);
        var whites = Points(piano, "keys").ToList();
        var sharps = Points(piano, "sharps").ToList();
        Assert.InRange(whites.Average(p => p.Y) - min.Y, 0.65f, 0.8f);
        Assert.True(sharps.Average(p => p.Y) > whites.Average(p => p.Y), "black keys stand above the white");
        var seat = Instruments.ToModel("piano", Piano.Seat, AssetLibrary.TypicalSize("piano") is var s ? (float)s : 0);
        Assert.InRange(seat.Y - min.Y, 0.4f, 0.6f);
        Assert.True(seat.X < whites.Min(p => p.X), "the bench is in front of the keys");
    }
}
