namespace Kinora.Compose.Assets.Textures;

/// <summary>
/// The printed, lit and textured faces of kitchenware, food and electronics, each drawn once and shared by every
/// model (the renderer keys its uploads by texture). A viewer, and a detector, names these things by such marks:
/// keys in rows, a phone's grid of icons, a label on a bottle, pepperoni on melted cheese, sprinkles on icing.
/// Layouts follow the mesh's UVs: a box face has v up its face (image top = +Y, or −Z on a top face), a lathe has
/// u round and v up, a cap is a disc.
/// </summary>
public static class KitchenPrints
{
    private static readonly Lazy<Texture> LabelLazy = new(() =>
    {
        // Printed wrap-around label, twice round: a cream field, a red band, a dark oval emblem and lines of text.
        var c = new KitchenCanvas(256, 128, 238, 228, 200);
        for (var k = 0; k < 2; k++)
        {
            var x = k * 0.5f;
            c.Rect(x, 0.08f, x + 0.5f, 0.24f, 170, 30, 35);
            c.Disc(x + 0.25f, 0.5f, 0.11f, 0.2f, 40, 35, 30).Disc(x + 0.25f, 0.5f, 0.09f, 0.16f, 200, 170, 80);
            for (var l = 0; l < 3; l++) c.Rect(x + 0.1f + 0.02f * l, 0.76f + 0.07f * l, x + 0.4f - 0.02f * l, 0.79f + 0.07f * l, 50, 40, 35);
        }
        return c.ToTexture("kitchen/label");
    });
    public static Texture Label => LabelLazy.Value;

    private static readonly Lazy<Texture> PhoneScreenLazy = new(() =>
    {
        // Home screen: a blue-violet wallpaper, a status bar, a 4 × 6 grid of coloured rounded icons and a dock.
        const int w = 128, h = 256;
        var c = new KitchenCanvas(w, h, 40, 70, 160);
        for (var i = 0; i < 16; i++) c.Rect(0, i / 16f, 1, (i + 1) / 16f, (byte)(40 + 6 * i), (byte)(70 + 2 * i), (byte)(170 - 3 * i));
        for (var i = 0; i < 3; i++) c.Rect(0.06f + 0.05f * i, 0.02f, 0.09f + 0.05f * i, 0.035f, 240, 240, 240);
        c.Rect(0.78f, 0.02f, 0.92f, 0.035f, 240, 240, 240);
        byte[][] palette = [[250, 80, 70], [60, 200, 90], [60, 150, 250], [250, 200, 50], [240, 240, 240], [170, 90, 230], [250, 140, 40], [50, 200, 210]];
        for (var row = 0; row < 6; row++)
            for (var col = 0; col < 4; col++)
            {
                var p = palette[(row * 4 + col * 3) % palette.Length];
                var (x, y) = (0.07f + col * 0.225f, 0.09f + row * 0.115f);
                c.RoundRect(x, y, x + 0.17f, y + 0.085f, 0.04f, p[0], p[1], p[2]);
            }
        c.RoundRect(0.04f, 0.85f, 0.96f, 0.97f, 0.06f, 120, 130, 170);
        for (var col = 0; col < 4; col++)
        {
            var p = palette[(col * 5 + 1) % palette.Length];
            var x = 0.07f + col * 0.225f;
            c.RoundRect(x, 0.87f, x + 0.17f, 0.955f, 0.04f, p[0], p[1], p[2]);
        }
        return c.ToTexture("kitchen/phone-screen");
    });
    public static Texture PhoneScreen => PhoneScreenLazy.Value;

    private static readonly Lazy<Texture> KeyboardLazy = new(() =>
    {
        // Top face of a full keyboard (image top = the back, function keys): light keycaps with dark gaps in six
        // rows, a long space bar, arrow keys and a number pad to the right.
        const int w = 512, h = 160;
        var c = new KitchenCanvas(w, h, 30, 30, 33);
        const float gap = 0.004f, rowH = 0.14f;
        void Key(float x0, float y0, float x1, float y1) => c.RoundRect(x0 + gap, y0 + gap * 3, x1 - gap, y1 - gap * 3, 0.003f, 225, 225, 228);
        const float left = 0.02f, mainW = 0.7f, unit = mainW / 15;
        for (var k = 0; k < 13; k++) Key(left + k * unit * 1.1f, 0.05f, left + (k + 1) * unit * 1.1f - 0.004f, 0.05f + rowH * 0.8f);
        for (var row = 0; row < 4; row++)
        {
            var y = 0.22f + row * rowH;
            var offset = row * 0.35f * unit;
            Key(left, y, left + unit + offset, y + rowH);
            var keys = 13 - row;
            for (var k = 0; k < keys; k++) Key(left + unit + offset + k * unit, y, left + unit + offset + (k + 1) * unit, y + rowH);
        }
        var sy = 0.22f + 4 * rowH;
        Key(left, sy, left + 1.5f * unit, sy + rowH);
        Key(left + 1.5f * unit, sy, left + 3 * unit, sy + rowH);
        Key(left + 3 * unit, sy, left + 10 * unit, sy + rowH); // space bar
        Key(left + 10 * unit, sy, left + 11.5f * unit, sy + rowH);
        Key(left + 11.5f * unit, sy, left + 15 * unit, sy + rowH);
        var ax = 0.745f;
        Key(ax + unit, sy - rowH, ax + 2 * unit, sy);
        for (var k = 0; k < 3; k++) Key(ax + k * unit, sy, ax + (k + 1) * unit, sy + rowH);
        var nx = 0.86f;
        for (var row = 0; row < 5; row++)
            for (var k = 0; k < 4; k++) Key(nx + k * unit, 0.22f + row * rowH, nx + (k + 1) * unit, 0.22f + (row + 1) * rowH);
        c.Disc(0.95f, 0.09f, 0.004f, 0.015f, 80, 220, 120);
        return c.ToTexture("kitchen/keyboard");
    });
    public static Texture Keyboard => KeyboardLazy.Value;

    private static KitchenCanvas MicrowaveFrontCanvas(bool lit)
    {
        // Front of a microwave: the door (a dark window on a lit interior with a turntable dish behind a dot
        // screen) on the left, a control panel with a green clock and a keypad on the right.
        const int w = 320, h = 192;
        var c = new KitchenCanvas(w, h, 235, 235, 232);
        c.RoundRect(0.03f, 0.08f, 0.7f, 0.92f, 0.02f, 35, 35, 38);
        c.Rect(0.08f, 0.16f, 0.65f, 0.84f, 120, 100, 60);
        c.Disc(0.365f, 0.72f, 0.2f, 0.08f, 220, 215, 200);
        c.Rect(0.08f, 0.16f, 0.65f, 0.84f, 0, 0, 0);
        var k = lit ? 1f : 0.3f;
        c.Rect(0.1f, 0.2f, 0.63f, 0.8f, (byte)(150 * k), (byte)(120 * k), (byte)(70 * k));
        c.Disc(0.365f, 0.7f, 0.2f, 0.07f, (byte)(230 * k), (byte)(225 * k), (byte)(210 * k));
        if (!lit) c.Rect(0.12f, 0.22f, 0.3f, 0.45f, 75, 75, 80); // a reflection across the glass
        // Dot screen: a regular pattern of darker pixels over the window.
        for (var y = 0.2f; y < 0.8f; y += 0.025f)
            for (var x = 0.1f; x < 0.63f; x += 0.016f) c.Rect(x, y, x + 0.007f, y + 0.012f, (byte)(60 * k), (byte)(50 * k), (byte)(35 * k));
        c.Rect(0.72f, 0.08f, 0.97f, 0.92f, 45, 45, 48);
        c.Rect(0.75f, 0.13f, 0.94f, 0.24f, 20, 40, 25).Rect(0.77f, 0.16f, 0.92f, 0.21f, 90, 230, 120);
        for (var row = 0; row < 4; row++)
            for (var col = 0; col < 3; col++)
            {
                var (x, y) = (0.755f + col * 0.065f, 0.3f + row * 0.1f);
                c.RoundRect(x, y, x + 0.05f, y + 0.07f, 0.005f, 200, 200, 205);
            }
        c.RoundRect(0.755f, 0.72f, 0.935f, 0.85f, 0.01f, 190, 190, 195);
        return c;
    }

    private static readonly Lazy<Texture> MicrowaveDoorLazy = new(() =>
    {
        // Off, as in most photos: the window is dark glass over a dim interior (lit, it reads as a television).
        var c = MicrowaveFrontCanvas(lit: false);
        return c.ToTexture("kitchen/microwave-front");
    });

    public static Texture MicrowaveFront => MicrowaveDoorLazy.Value;

    private static readonly Lazy<Texture> PizzaTopLazy = new(() =>
    {
        // Melted mozzarella over tomato: cream with orange-red patches showing through, browned blisters,
        // pepperoni rounds with darker rims and a few basil leaves. A disc (cap UVs): the centre is (0.5, 0.5).
        const int s = 256;
        var c = new KitchenCanvas(s, s, 250, 200, 110);
        var rng = new SeededShuffle(7);
        for (var i = 0; i < 70; i++) { var (x, y) = rng.InDisc(0.48f); var r = rng.Range(0.015f, 0.04f); c.Disc(x, y, r, r, 220, 95, 40); }
        for (var i = 0; i < 90; i++) { var (x, y) = rng.InDisc(0.46f); var r = rng.Range(0.006f, 0.016f); c.Disc(x, y, r, r, 200, 140, 60); }
        for (var i = 0; i < 16; i++) { var (x, y) = rng.InDisc(0.42f); c.Rect(x, y, x + 0.035f, y + 0.01f, 60, 140, 50); }
        for (var i = 0; i < 10; i++) { var (x, y) = rng.InDisc(0.42f); c.Disc(x, y, 0.014f, 0.014f, 30, 25, 25).Disc(x, y, 0.006f, 0.006f, 200, 170, 100); }
        for (var i = 0; i < 16; i++)
        {
            var (x, y) = rng.InDisc(0.42f);
            c.Disc(x, y, 0.046f, 0.046f, 130, 30, 22).Disc(x, y, 0.038f, 0.038f, 185, 55, 40);
            for (var k = 0; k < 3; k++) { var (dx, dy) = rng.InDisc(0.035f); c.Disc(x + dx - 0.5f, y + dy - 0.5f, 0.007f, 0.007f, 145, 30, 25); }
        }
        for (var i = 0; i < 6; i++) { var (x, y) = rng.InDisc(0.36f); c.Disc(x, y, 0.03f, 0.016f, 40, 110, 40); }
        return c.Grain(0.08f, 3).ToTexture("kitchen/pizza-top");
    });
    public static Texture PizzaTop => PizzaTopLazy.Value;

    private static readonly Lazy<Texture> SprinklesLazy = new(() =>
    {
        // Icing with rainbow sprinkles (torus UVs: u round the ring, v round the tube), white base so the paint
        // gives the icing its colour.
        var c = new KitchenCanvas(512, 128, 255, 255, 255);
        var rng = new SeededShuffle(11);
        byte[][] colours = [[255, 255, 255], [60, 140, 235], [250, 220, 60], [90, 200, 90], [240, 70, 60], [170, 90, 230]];
        for (var i = 0; i < 260; i++)
        {
            var p = colours[i % colours.Length];
            var (x, y) = (rng.Range(0, 1), rng.Range(0.05f, 0.6f));
            if (rng.Range(0, 1) < 0.5f) c.Rect(x, y, x + 0.012f, y + 0.02f, p[0], p[1], p[2]);
            else c.Rect(x, y, x + 0.004f, y + 0.06f, p[0], p[1], p[2]);
        }
        return c.ToTexture("kitchen/sprinkles");
    });
    public static Texture Sprinkles => SprinklesLazy.Value;

    private static readonly Lazy<Texture> FloretsLazy = new(() =>
    {
        // Broccoli florets: a dense field of tiny buds, dark blue-green with lighter tips.
        var c = new KitchenCanvas(256, 256, 70, 110, 60);
        var rng = new SeededShuffle(5);
        for (var i = 0; i < 1400; i++)
        {
            var (x, y) = (rng.Range(0, 1), rng.Range(0, 1));
            var r = rng.Range(0.006f, 0.014f);
            var light = rng.Range(0, 1) < 0.5f;
            c.Disc(x, y, r, r, (byte)(light ? 120 : 45), (byte)(light ? 165 : 85), (byte)(light ? 90 : 50));
        }
        return c.ToTexture("kitchen/florets");
    });
    public static Texture Florets => FloretsLazy.Value;

    private static readonly Lazy<Texture> StreaksLazy = new(() =>
    {
        // Apple skin: red with fine yellow streaks running stalk to base (lathe: u round, v up) and a paler base.
        var c = new KitchenCanvas(256, 128, 255, 255, 255);
        var rng = new SeededShuffle(13);
        for (var i = 0; i < 90; i++)
        {
            var x = rng.Range(0, 1);
            var y0 = rng.Range(0.1f, 0.5f);
            c.Rect(x, y0, x + rng.Range(0.002f, 0.008f), y0 + rng.Range(0.2f, 0.5f), 255, 200, 120);
        }
        c.Rect(0, 0.85f, 1, 1, 255, 230, 150);
        return c.Grain(0.06f, 13).ToTexture("kitchen/apple-skin");
    });
    public static Texture AppleSkin => StreaksLazy.Value;

    private static readonly Lazy<Texture> PeelLazy = new(() =>
    {
        // Citrus peel: dense pores (small darker dots) over strong grain.
        var c = new KitchenCanvas(256, 128, 255, 255, 255);
        var rng = new SeededShuffle(17);
        for (var i = 0; i < 1200; i++) { var (x, y) = (rng.Range(0, 1), rng.Range(0, 1)); c.Disc(x, y, 0.003f, 0.006f, 215, 205, 200); }
        return c.Grain(0.1f, 17).ToTexture("kitchen/peel");
    });
    public static Texture Peel => PeelLazy.Value;

    private static readonly Lazy<Texture> CrumbLazy = new(() =>
    {
        // Bread crumb: pale with small dark holes and strong grain.
        var c = new KitchenCanvas(128, 128, 255, 255, 255);
        var rng = new SeededShuffle(19);
        for (var i = 0; i < 300; i++) { var (x, y) = (rng.Range(0, 1), rng.Range(0, 1)); var r = rng.Range(0.005f, 0.015f); c.Disc(x, y, r, r, 200, 180, 150); }
        return c.Grain(0.12f, 19).ToTexture("kitchen/crumb");
    });
    public static Texture Crumb => CrumbLazy.Value;

    private static readonly Lazy<Texture> RingsLazy = new(() =>
    {
        // Carrot: faint growth rings across its length (lathe v along the root) with darker root-hair marks.
        var c = new KitchenCanvas(128, 256, 255, 255, 255);
        var rng = new SeededShuffle(23);
        for (var i = 0; i < 40; i++) { var y = rng.Range(0, 1); var x = rng.Range(0, 1); c.Rect(x, y, x + rng.Range(0.1f, 0.4f), y + 0.006f, 200, 150, 120); }
        return c.Grain(0.06f, 23).ToTexture("kitchen/carrot");
    });
    public static Texture CarrotRings => RingsLazy.Value;

    /// <summary>A tiny deterministic generator for laying out prints (fixed per texture, not per model).</summary>
    private struct SeededShuffle(uint seed)
    {
        private uint _state = seed * 2654435761u + 12345;

        public float Range(float a, float b)
        {
            _state ^= _state << 13; _state ^= _state >> 17; _state ^= _state << 5;
            return a + (b - a) * ((_state & 0xFFFFFF) / 16777216f);
        }

        /// <summary>A point in a disc of radius <paramref name="r"/> about the canvas centre, in canvas fractions.</summary>
        public (float X, float Y) InDisc(float r)
        {
            var a = Range(0, 2 * MathF.PI);
            var d = r * MathF.Sqrt(Range(0, 1));
            return (0.5f + d * MathF.Cos(a), 0.5f + d * MathF.Sin(a));
        }
    }
}
