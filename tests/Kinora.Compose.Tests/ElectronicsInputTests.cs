using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Tests;

/// <summary>Remote, keyboard and mouse are read by their relief: rows of raised buttons along the whole remote,
/// raised keycaps over the keyboard's case, a mouse whose hump sits at the back, on its pad.</summary>
public class ElectronicsInputTests
{
    private static Model Build(string kind) => AssetModels.Build(kind, 42, "electronics/" + kind);

    /// <summary>Separate boxes in a merged mesh: the builder's box has 24 vertices (4 per face).</summary>
    private static int Boxes(ModelPart part) => part.Mesh.Positions.Length / 24;

    [Fact]
    public void Remote_is_long_and_narrow_with_raised_buttons_end_to_end()
    {
        var parts = Build("remote").Parts;
        var (min, max) = AssetModels.Bounds(parts);
        var size = max - min;
        Assert.InRange(size.X / size.Z, 4f, 6f);
        Assert.InRange(size.X, 0.19f, 0.23f);
        var keys = Assert.Single(parts, p => p.Material.Name == "keys");
        var (kMin, kMax) = AssetModels.Bounds([keys]);
        Assert.True(kMax.X - kMin.X > 0.75f * size.X, "buttons run most of its length");
        var (bMin, bMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "shell"));
        Assert.True(kMax.Y > bMax.Y, "buttons stand above the body");
        Assert.True(Boxes(keys) >= 27, "at least nine rows of three");
    }

    [Fact]
    public void Keyboard_has_raised_caps_in_rows_over_a_low_case()
    {
        var parts = Build("keyboard").Parts;
        var size = AssetModels.Extent(new Model(parts));
        Assert.InRange(size.X, 0.42f, 0.48f); // 45 cm ±5 %
        Assert.InRange(size.X / size.Z, 2.4f, 3.4f);
        var caps = Assert.Single(parts, p => p.Material.Name == "keycap");
        Assert.InRange(Boxes(caps), 95, 110); // a full-size layout: function, typing rows, arrows and number pad
        var legends = Assert.Single(parts, p => p.Material.Name == "legend");
        Assert.Equal(Boxes(caps), Boxes(legends));
        var (_, cMax) = AssetModels.Bounds([caps]);
        var (_, caseMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "case"));
        Assert.True(cMax.Y > caseMax.Y + 0.003f, "caps stand above the case");
    }

    [Fact]
    public void Keyboard_keys_fill_its_case_and_read_light_on_a_black_board()
    {
        var parts = Build("keyboard").Parts;
        var caps = Assert.Single(parts, p => p.Material.Name == "keycap");
        var legends = Assert.Single(parts, p => p.Material.Name == "legend");
        var body = parts.Where(p => p.Material.Name == "case").ToList();
        var (kMin, kMax) = AssetModels.Bounds([caps]);
        var (cMin, cMax) = AssetModels.Bounds(body);
        // The arrows sit level with the bottom rows: no key hangs in front of the typing block over an empty lip.
        Assert.True(cMax.Z - kMax.Z < 0.012f, $"case runs {cMax.Z - kMax.Z:F3} m in front of the keys");
        Assert.True(kMin.Z - cMin.Z < 0.02f, $"case runs {kMin.Z - cMin.Z:F3} m behind the keys");
        // Untinted it is a black keyboard: dark case, caps a shade lighter, light legends on them.
        static float Luma(Material m) => Vector3.Dot(m.BaseColor, new Vector3(0.2126f, 0.7152f, 0.0722f));
        Assert.True(Luma(body[0].Material) < 0.05f);
        Assert.True(Luma(caps.Material) > Luma(body[0].Material));
        Assert.True(Luma(legends.Material) > 0.5f);
    }

    [Fact]
    public void Mouse_hump_is_at_the_back_and_it_sits_on_its_pad()
    {
        var parts = Build("mouse").Parts;
        var shell = parts.Where(p => p.Material.Name == "shell").ToList();
        var (sMin, sMax) = AssetModels.Bounds(shell);
        Assert.InRange(sMax.X - sMin.X, 0.1f, 0.13f);
        Assert.InRange((sMax.X - sMin.X) / (sMax.Z - sMin.Z), 1.6f, 2.2f);
        // The highest vertex of the shell lies behind its middle (−X): a palm rest, not a dome.
        var top = shell.SelectMany(p => p.Mesh.Positions.ToArray().Select(v => Vector3.Transform(v, p.Local))).MaxBy(v => v.Y);
        Assert.True(top.X < (sMin.X + sMax.X) / 2, $"hump at {top.X} of {sMin.X}..{sMax.X}");
        var (pMin, pMax) = AssetModels.Bounds(parts.Where(p => p.Material.Name == "mousepad"));
        Assert.True(pMax.Y <= sMin.Y + 1e-4f, "mouse on top of the pad");
        Assert.True(pMax.X - pMin.X > 2 * (sMax.X - sMin.X), "pad wider than the mouse");
    }
}
