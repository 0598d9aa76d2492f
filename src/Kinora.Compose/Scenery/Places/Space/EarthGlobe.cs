using System.Numerics;
using Kinora.Compose.Assets.Textures;

namespace Kinora.Compose.Scenery.Places.Space;

/// <summary>
/// The Earth seen from orbit, as the floor of an orbital shot: a globe far below and behind the action whose limb
/// curves across the lower frame. A real planet (6371 km) does not fit the renderer's 1000 m far plane, so the globe
/// is a 700 m ball placed 30 m below the action and 700 m back, its limb a few degrees under the horizontal
/// as the camera sees it and gently curved, as the Earth's is from the ISS's 400 km. Its face is a baked
/// equirectangular map: deep blue ocean (linear albedo ~0.03–0.06, seen through air), continents of green and ochre
/// from fractal noise, white polar caps and swirled cloud bands (cloud covers ~2/3 of the planet in satellite images).
/// </summary>
public static class EarthGlobe
{
    /// <summary>m: the ball's radius, how far below the action its top is, and how far behind it its centre stands.</summary>
    public const float Radius = 700, Below = 30, Back = 700;

    private static readonly Lazy<Material> Face = new(() => new Material
    {
        Name = "earth",
        BaseColor = Vector3.One,
        Roughness = 0.7f,
        Albedo = Bake(1024, 512),
        CastsShadow = false,
    });

    /// <summary>Where the globe's centre goes for an action centred at x <paramref name="cx"/> with its far edge at z <paramref name="back"/>.</summary>
    public static Vector3 Centre(float cx, float back) => new(cx, -Below - Radius, back - Back);

    /// <summary>Lays the globe; u = 0.5 of the map (the seam's opposite) faces up, towards the camera's view.</summary>
    public static void Lay(SetDresser d)
    {
        var kit = new Kit();
        kit.Paint(Face.Value).Sphere(Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateScale(Radius), 128, 64);
        d.Lay("earth", kit, Matrix4x4.CreateTranslation(Centre(d.Zone.CentreX, d.Zone.Back)));
    }

    /// <summary>The map, sRGB, rows from the north pole (v = 0) to the south.</summary>
    private static Texture Bake(int w, int h)
    {
        var rgba = new byte[w * h * 4];
        Parallel.For(0, h, py =>
        {
            var lat = MathF.PI * ((py + 0.5f) / h - 0.5f); // −π/2 north … +π/2 south
            for (var px = 0; px < w; px++)
            {
                var lon = MathF.Tau * (px + 0.5f) / w;
                // Noise on the unit sphere's surface (3 planar samples blended) would be seamless; a 2-D map is
                // enough here because the seam (u = 0) faces away from the camera.
                var p = new Vector2(lon * 1.6f, lat * 3.2f);
                var land = AnimalCoatNoise.Fbm(p * 1.2f, 11);
                var c = new Vector3(0.012f, 0.045f, 0.13f) * (0.85f + 0.3f * AnimalCoatNoise.Fbm(p * 4, 3));
                if (land > 0.54f)
                {
                    var dry = AnimalCoatNoise.Fbm(p * 3 + new Vector2(5, 1), 7);
                    c = Vector3.Lerp(new Vector3(0.05f, 0.09f, 0.03f), new Vector3(0.28f, 0.2f, 0.1f), AnimalCoatNoise.Smooth(0.45f, 0.65f, dry));
                }
                else if (land > 0.51f) c = Vector3.Lerp(c, new Vector3(0.05f, 0.16f, 0.2f), 0.6f); // shallow shelf
                var pole = AnimalCoatNoise.Smooth(1.15f, 1.3f, MathF.Abs(lat));
                // Clouds: bands swept by a swirl (the noise warped by more noise), thinner over the tropics' deserts.
                var warp = new Vector2(AnimalCoatNoise.Fbm(p * 2, 21), AnimalCoatNoise.Fbm(p * 2 + new Vector2(3, 7), 22));
                var cloud = AnimalCoatNoise.Smooth(0.55f, 0.72f, AnimalCoatNoise.Fbm(new Vector2(p.X * 2.2f, p.Y * 5) + warp * 2.5f, 31));
                c = Vector3.Lerp(c, new Vector3(0.85f, 0.87f, 0.9f), MathF.Max(cloud * 0.92f, pole));
                var at = (py * w + px) * 4;
                rgba[at] = AnimalCoat.ToSrgb(c.X);
                rgba[at + 1] = AnimalCoat.ToSrgb(c.Y);
                rgba[at + 2] = AnimalCoat.ToSrgb(c.Z);
                rgba[at + 3] = 255;
            }
        });
        return new Texture("earth", w, h, rgba);
    }
}
