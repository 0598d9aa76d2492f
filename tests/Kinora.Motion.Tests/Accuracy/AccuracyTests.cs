using Xunit.Abstractions;

namespace Kinora.Motion.Tests.Accuracy;

/// <summary>The physics against the textbook, at the tolerances of issue 4 (the same rows as bench/physics/results.md).</summary>
public sealed class AccuracyTests(ITestOutputHelper output)
{
    private void Assert(Check check)
    {
        output.WriteLine(check.Row());
        Xunit.Assert.True(check.Passes, check.Row());
    }

    [Fact] public void FreeFallTimeWithinOnePercent() => Assert(TextbookChecks.FreeFall());
    [Fact] public void BounceApexWithinFivePercent() => Assert(TextbookChecks.BounceApex());
    [Fact] public void SlidingDistanceWithinFivePercent() => Assert(TextbookChecks.SlidingDistance());
    [Fact] public void PendulumPeriodWithinTwoPercent() => Assert(TextbookChecks.PendulumPeriod());
    [Fact] public void ProjectileRangeWithinTwoPercent() => Assert(TextbookChecks.ProjectileRange());
    [Fact] public void HeadOnCollisionKeepsMomentumWithinThreePercent() => Assert(TextbookChecks.HeadOnMomentum());
    [Fact] public void TenBlockStackTopDriftsUnderOneMillimetre() => Assert(TextbookChecks.StackDrift());
    [Fact] public void TwentyDominoesFallInOrder() => Assert(TextbookChecks.DominoChain());
    [Fact] public void FastMarbleDoesNotPassThroughAThinWall() => Assert(TextbookChecks.NoTunnelling());
    [Fact] public void WoodFloatsAtItsDensityRatio() => Assert(TextbookChecks.WoodFloats());
    [Fact] public void IronSinksToTheFloor() => Assert(TextbookChecks.IronSinks());
}
