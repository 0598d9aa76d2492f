using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Town;

/// <summary>
/// Glass curtain walls for office towers, drawn by the renderer's "facade" pattern (Kinora.Render's
/// SurfacePattern.Facade): panes a storey high between mullions and spandrel bands, each pane its own tint, so a
/// tower is a plain box of 12 triangles whatever its height, not thousands of mullion boxes. After dark the paint
/// carries office light, and the pattern lets it out only through the panes it marks as lit (whole runs of a floor).
/// </summary>
internal static class Facades
{
    /// <summary>Linear RGB in sun units: warm fluorescent-and-tungsten office light seen through tinted glass, dimmer
    /// than a house's lit window (<see cref="Palette.LitWindow"/>, 0.4): at 0.55 whole floors burned out to white.</summary>
    public static readonly Vector3 OfficeLight = new Vector3(1.0f, 0.72f, 0.42f) * 0.3f;

    /// <summary>The tints towers come in: blue, blue-green, steel grey, silver, smoke (sRGB swatches of the glass's
    /// reflection on a bright day; the pattern varies each pane round it).</summary>
    public static readonly Material[] Tints =
    [
        Paints.Srgb(70, 108, 140, 0.12f, 0.6f, "facadeblue"),
        Paints.Srgb(62, 112, 112, 0.12f, 0.6f, "facadeteal"),
        Paints.Srgb(96, 106, 118, 0.14f, 0.6f, "facadesteel"),
        Paints.Srgb(150, 160, 170, 0.16f, 0.6f, "facadesilver"),
        Paints.Srgb(48, 58, 70, 0.12f, 0.6f, "facadesmoke"),
    ];

    /// <summary>A glass paint as a curtain wall: the facade pattern, and office light after dark.</summary>
    public static Material Curtain(Material glass, bool dark) =>
        glass with { Pattern = "facade", Emission = dark ? OfficeLight : Vector3.Zero };
}
