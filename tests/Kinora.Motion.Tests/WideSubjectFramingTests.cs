using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

/// <summary>A wide, low subject (a row of dominoes) fills the frame's width, not a third of it, and stays inside.</summary>
public class WideSubjectFramingTests
{
    [Fact]
    public void A_row_of_dominoes_spans_most_of_the_frame_width()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 3 },
            Cast = [new CastMember { Id = "domino1", Kind = "domino", Count = 20 }],
            Shots = [new ShotSpec { Seconds = 3, Actions = [new ActionSpec { Actor = "domino1", Verb = "fall" }] }],
        });
        var track = Simulator.Simulate(world);
        const float aspect = 16f / 9;
        var xs = Enumerable.Range(0, world.Entities.Count)
            .Select(i => CameraRigTests.Project(track.CameraAt(0), track.PoseOf(0, i).Position, aspect).X).ToList();
        Assert.All(xs, x => Assert.InRange(x, -0.95f, 0.95f));
        Assert.True(xs.Max() - xs.Min() > 1.0f, $"the row spans {(xs.Max() - xs.Min()) / 2:P0} of the width");
    }
}
