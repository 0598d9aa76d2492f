using System.Text.Json;
using Kinora.Plan;

namespace Kinora.Cli.Tests;

public class SimulateCommandTests
{
    [Fact]
    public void Track_has_a_line_per_frame_and_contact_events_with_counted_ids()
    {
        var dir = Directory.CreateTempSubdirectory("kinora-sim");
        try
        {
            var planPath = Path.Combine(dir.FullName, "plan.json");
            var plan = PlanJson.Parse(CliRunner.Run("plan", "three red balls bounce on a wooden floor", "--seconds", "2").Stdout);
            File.WriteAllText(planPath, PlanJson.Serialize(plan));
            var trackPath = Path.Combine(dir.FullName, "track.jsonl");
            var r = CliRunner.Run("simulate", planPath, "--out", trackPath);
            Assert.Equal(0, r.ExitCode);

            var frames = 0;
            var contacts = new List<JsonElement>();
            foreach (var line in File.ReadLines(trackPath))
            {
                var e = JsonDocument.Parse(line).RootElement;
                if (e.TryGetProperty("frame", out var frame))
                {
                    Assert.Equal(frames, frame.GetInt32());
                    Assert.Equal(frames / 24.0, e.GetProperty("t").GetDouble(), 4);
                    var bodies = e.GetProperty("bodies");
                    Assert.Equal(["ball1", "ball1.2", "ball1.3"], bodies.EnumerateObject().Select(b => b.Name));
                    Assert.Equal(3, bodies.GetProperty("ball1").GetProperty("p").GetArrayLength());
                    Assert.Equal(4, bodies.GetProperty("ball1").GetProperty("q").GetArrayLength());
                    frames++;
                }
                else
                {
                    var kind = e.GetProperty("event").GetString();
                    Assert.Contains(kind, Kinora.Motion.EventKinds.All);
                    if (kind == "contact") contacts.Add(e.Clone());
                }
            }
            Assert.Equal(48, frames);
            Assert.Contains(contacts, c => c.GetProperty("a").GetString()!.StartsWith("ball1") && c.GetProperty("b").GetString() == "ground"
                                           && c.GetProperty("impulse").GetDouble() > 0);
        }
        finally { dir.Delete(true); }
    }
}
