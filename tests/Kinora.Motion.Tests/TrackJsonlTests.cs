using System.Text.Json;
using Kinora.Compose;
using Kinora.Plan;

namespace Kinora.Motion.Tests;

public sealed class TrackJsonlTests
{
    [Fact]
    public void LinesParseWithTheDocumentedFields()
    {
        var world = Composer.Compose(new ScenePlan
        {
            Format = new VideoFormat { Fps = 24, Seconds = 2 },
            Cast = [new CastMember { Id = "ball1", Kind = "sports ball", Count = 3 }],
            Shots = [new ShotSpec { Seconds = 2, Actions = [new ActionSpec { Actor = "ball1", Verb = "drop", Height = 1 }] }],
        });
        var track = Simulator.Simulate(world);
        var writer = new StringWriter();
        TrackJsonl.Write(track, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var frames = 0;
        var events = 0;
        var lastTime = -1.0;
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var t = root.GetProperty("t").GetDouble();
            Assert.True(t >= lastTime - 1e-9, "lines are in time order");
            lastTime = t;
            if (root.TryGetProperty("frame", out var frame))
            {
                Assert.Equal(frames++, frame.GetInt32());
                var bodies = root.GetProperty("bodies");
                foreach (var id in new[] { "ball1", "ball1.2", "ball1.3" })
                {
                    var body = bodies.GetProperty(id);
                    Assert.Equal(3, body.GetProperty("p").GetArrayLength());
                    Assert.Equal(4, body.GetProperty("q").GetArrayLength());
                }
            }
            else
            {
                events++;
                Assert.Equal("contact", root.GetProperty("event").GetString());
                Assert.StartsWith("ball1", root.GetProperty("a").GetString());
                Assert.Equal("ground", root.GetProperty("b").GetString());
                Assert.True(root.GetProperty("impulse").GetDouble() > 0);
                Assert.Equal(3, root.GetProperty("pos").GetArrayLength());
            }
        }
        Assert.Equal(track.FrameCount, frames);
        Assert.Equal(track.Events.Count, events);
        Assert.True(events >= 3, "each ball lands");
        Assert.DoesNotContain(",", lines[0].Split("\"t\":")[1].Split(',')[0]); // invariant number format
    }

    [Fact]
    public void NumbersAreRoundedToFiveDecimals()
    {
        var track = new Track(24, 1, ["a"], [new Pose(new(1.23456789f, -0.000001f, 2), System.Numerics.Quaternion.Identity)],
            [default], []);
        var writer = new StringWriter();
        TrackJsonl.Write(track, writer);
        Assert.Equal("{\"frame\":0,\"t\":0,\"bodies\":{\"a\":{\"p\":[1.23457,0,2],\"q\":[0,0,0,1]}}}\n", writer.ToString());
    }
}
