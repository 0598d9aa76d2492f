using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// Surfaces of public rooms, as the sRGB swatches a person pictures: institutional concrete and steel, a ward's pale
/// green and white linen, a lab's black bench tops and glass, a phone box's red.
/// </summary>
internal static class RoomPaints
{
    public static Material Concrete { get; } = Paints.Srgb(150, 148, 142, 0.92f, 0, "concrete");
    public static Material DarkConcrete { get; } = Paints.Srgb(112, 110, 106, 0.92f, 0, "darkconcrete");
    /// <summary>Cell bars: painted steel, dark enough to stand out against pale concrete.</summary>
    public static Material Bars { get; } = Paints.Srgb(62, 66, 70, 0.45f, 0.7f, "bars");
    public static Material Mattress { get; } = Paints.Srgb(70, 95, 120, 0.9f, 0, "mattress");
    public static Material Blanket { get; } = Paints.Srgb(110, 108, 100, 0.95f, 0, "blanket");
    public static Material Sheet { get; } = Paints.Srgb(242, 243, 240, 0.9f, 0, "sheet");
    public static Material WardGreen { get; } = Paints.Srgb(170, 205, 180, 0.85f, 0, "wardgreen");
    public static Material WardCurtain { get; } = Paints.Srgb(120, 175, 190, 0.95f, 0, "wardcurtain");
    public static Material WardBlanket { get; } = Paints.Srgb(95, 140, 185, 0.95f, 0, "wardblanket");
    public static Material FrameWhite { get; } = Paints.Srgb(225, 228, 230, 0.35f, 0.2f, "framewhite");
    public static Material BenchTop { get; } = Paints.Srgb(35, 37, 40, 0.3f, 0, "benchtop");
    public static Material Cabinet { get; } = Paints.Srgb(232, 234, 236, 0.45f, 0, "labcabinet");
    /// <summary>Lab glass: pale and glossy, since nothing in the renderer is see-through.</summary>
    public static Material LabGlass { get; } = Paints.Srgb(200, 225, 232, 0.05f, 0, "labglass");
    public static Material BlueLiquid { get; } = Paints.Srgb(40, 110, 210, 0.1f, 0, "blueliquid");
    public static Material GreenLiquid { get; } = Paints.Srgb(60, 190, 90, 0.1f, 0, "greenliquid");
    public static Material AmberLiquid { get; } = Paints.Srgb(220, 140, 40, 0.1f, 0, "amberliquid");
    public static Material RedLiquid { get; } = Paints.Srgb(200, 40, 50, 0.1f, 0, "redliquid");
    public static Material BrownBottle { get; } = Paints.Srgb(110, 60, 25, 0.15f, 0, "brownbottle");
    public static Material Pipe { get; } = Paints.Srgb(150, 150, 152, 0.4f, 0.8f, "pipe");
    public static Material CopperPipe { get; } = Paints.Srgb(180, 105, 60, 0.35f, 1, "copperpipe");
    public static Material Duct { get; } = Paints.Srgb(185, 188, 190, 0.35f, 0.9f, "duct");
    public static Material Cardboard { get; } = Paints.Srgb(170, 130, 85, 0.95f, 0, "cardboard");
    public static Material BoothRed { get; } = Paints.Srgb(200, 25, 25, 0.4f, 0, "boothred");
    public static Material DoorWood { get; } = Paints.Srgb(140, 95, 60, 0.6f, 0, "doorwood") with { Pattern = "wood" };
    public static Material Linoleum { get; } = Paints.Srgb(150, 165, 160, 0.3f, 0, "linoleum") with { Pattern = "tiles" };
    public static Material Dado { get; } = Paints.Srgb(120, 150, 140, 0.6f, 0, "dado");
    public static Material Tread { get; } = Paints.Srgb(120, 80, 48, 0.55f, 0, "tread") with { Pattern = "wood" };
    public static Material Riser { get; } = Paints.Srgb(235, 233, 228, 0.6f, 0, "riser");
    public static Material Rail { get; } = Paints.Srgb(95, 60, 35, 0.45f, 0, "handrail");
    public static Material Daylight { get; } = Palette.Glow(215, 230, 250, 1.2f, "daylightpane");
    public static Material PanelLight { get; } = Palette.Glow(240, 245, 255, 2.5f, "panellight");
    public static Material ScreenGlow { get; } = Palette.Glow(40, 200, 120, 1.5f, "monitortrace");
}
