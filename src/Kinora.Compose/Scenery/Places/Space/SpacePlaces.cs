using System.Numerics;
using Kinora.Compose.Environments;

namespace Kinora.Compose.Scenery.Places.Space;

/// <summary>
/// Space ("an astronaut flying in space", "a satellite in orbit"): nothing stands anywhere, so the set is only the
/// Earth far below (<see cref="EarthGlobe"/>); the black sky, the stars and the unfiltered sun are the environment's
/// (<see cref="Environments.Space"/>). Lit and aired like a bare studio, which dresses nothing of its own.
/// </summary>
public static class SpacePlaces
{
    public static readonly Place[] All =
    [
        new(["space", "outer space", "orbit", "earth orbit"], SettingFamily.Studio, Orbit),
    ];

    private static void Orbit(SetDresser d, PlaceContext ctx)
    {
        EarthGlobe.Lay(d);
        // With nobody cast, the establishing shot holds the planet's limb under the black sky.
        var top = EarthGlobe.Centre(d.Zone.CentreX, d.Zone.Back) + new Vector3(0, EarthGlobe.Radius, 0);
        d.Vista = new Vista(new(d.Zone.CentreX - 40, top.Y - 20, d.Zone.Back - 120), new(d.Zone.CentreX + 40, 20, d.Zone.Back - 60));
    }
}
