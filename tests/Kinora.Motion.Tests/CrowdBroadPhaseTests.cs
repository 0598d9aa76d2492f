using System.Numerics;
using Kinora.Compose;
using Kinora.Motion.Ode;
using Kinora.Motion.Physics;
using Kinora.Motion.Tests.Accuracy;

namespace Kinora.Motion.Tests;

/// <summary>
/// A crowd world finds its touching pairs with the managed sweep and prune instead of ODE's space. It must find the
/// same contacts: the same pairs, points and depths in the first step from one starting state (only their order
/// differs, and with it the solve, so later steps are not compared), removed bodies included in neither.
/// </summary>
public class CrowdBroadPhaseTests
{
    [Fact]
    public void Managed_broad_phase_finds_the_contacts_odes_space_finds()
    {
        var managed = FirstStepContacts(managedBroadPhase: true);
        var ode = FirstStepContacts(managedBroadPhase: false);
        Assert.True(ode.Count > 100, $"the heap touches itself, its walls and the ground: {ode.Count} contacts");
        Assert.Contains(ode, c => c.B == ContactReport.Ground);
        Assert.Contains(ode, c => c.B == Wall);
        Assert.Contains(ode, c => c.A == Drum || c.B == Drum);
        Assert.Equal(ode, managed);
    }

    [Fact]
    public void A_removed_body_touches_nothing_in_a_crowd()
    {
        var contacts = FirstStepContacts(managedBroadPhase: true);
        Assert.DoesNotContain(contacts, c => c.A == Removed || c.B == Removed);
    }

    private const int Wall = 0, Drum = 1, Removed = 2;

    /// <summary>
    /// 120 overlapping spheres and boxes heaped on the ground against a static wall and a kinematic compound (a
    /// stand-in for a drum), one of them removed; the contacts of the first step, sorted, without the impulses (those
    /// come from the solve).
    /// </summary>
    private static List<(int A, int B, Vector3 Position, Vector3 Normal, double Depth, double Approach)> FirstStepContacts(bool managedBroadPhase)
    {
        using var w = new OdeWorld(new Vector3(0, -(float)TestBench.G, 0), MaterialLibrary.Get("concrete")) { ManagedBroadPhase = managedBroadPhase };
        var wood = MaterialLibrary.Get("wood");
        var rubber = MaterialLibrary.Get("rubber");
        Assert.Equal(Wall, TestBench.Box(w, new Vector3(0.05f, 0.5f, 1), 1, new Vector3(-0.55f, 0.5f, 0), wood, isStatic: true));
        var plates = new CompoundShape([
            new ShapePart(new BoxShape(new Vector3(0.3f, 0.02f, 0.3f)), Vector3.Zero, Quaternion.Identity),
            new ShapePart(new BoxShape(new Vector3(0.02f, 0.3f, 0.3f)), new Vector3(0.3f, 0.3f, 0), Quaternion.Identity),
        ]);
        Assert.Equal(Drum, w.AddBody(new BodySpec(plates, wood, 10, new Vector3(0.2f, 0.25f, 0.1f), Quaternion.CreateFromYawPitchRoll(0.3f, 0.2f, 0.1f),
            Vector3.Zero, new Vector3(0, 0, 1), IsStatic: false, IsKinematic: true)));
        var random = new Kinora.Plan.SeededRandom(7, "tests/crowd-broad-phase");
        for (var i = 0; i < 120; i++)
        {
            var at = new Vector3(random.RangeF(-0.5f, 0.5f), random.RangeF(0.03f, 0.6f), random.RangeF(-0.5f, 0.5f));
            var v = new Vector3(random.RangeF(-1, 1), random.RangeF(-1, 1), random.RangeF(-1, 1));
            var turn = Quaternion.CreateFromYawPitchRoll(random.RangeF(0, 3), random.RangeF(0, 3), random.RangeF(0, 3));
            if (i % 2 == 0) TestBench.Ball(w, random.RangeF(0.03f, 0.08f), 0.5, at, rubber, v);
            else TestBench.Box(w, new Vector3(random.RangeF(0.02f, 0.08f)), 0.8, at, wood, v, rotation: turn);
        }
        w.SetActive(Removed, false, default);
        w.Step(TestBench.Dt);
        return w.Contacts.ToArray()
            .Select(c => (c.A, c.B, c.Position, c.Normal, c.Depth, c.ApproachSpeed))
            .OrderBy(c => c.A).ThenBy(c => c.B).ThenBy(c => c.Position.X).ThenBy(c => c.Position.Y).ThenBy(c => c.Position.Z)
            .ToList();
    }
}
