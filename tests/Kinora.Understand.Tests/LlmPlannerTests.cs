using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Kinora.Plan;
using Kinora.Understand.Llm;

namespace Kinora.Understand.Tests;

/// <summary>The optional LLM planner against a stub server: its answer is used when valid, and every failure falls
/// back to the built-in plan with a note that says why, without throwing.</summary>
public class LlmPlannerTests
{
    private const string Prompt = "a red ball bounces on a wooden floor";
    private static readonly PlanRequest Request = new() { Seed = 7, Width = 640, Height = 360 };

    private static LlmSettings Settings(string url, double timeoutSeconds = 10) =>
        new(url, Key: "sk-test", Model: "stub-model") { Timeout = TimeSpan.FromSeconds(timeoutSeconds) };

    /// <summary>A plan a model might write: the built-in one with a distinctive kind, another seed and size.</summary>
    private static string ModelPlanJson()
    {
        var plan = Planner.Plan(Prompt, null, null);
        return PlanJson.Serialize(plan with
        {
            Seed = 99,
            Format = plan.Format with { Width = 1920, Height = 1080 },
            Cast = [plan.Cast[0] with { Kind = "llm-unicorn" }],
        });
    }

    private static InterpretationNote PlannerNote(ScenePlan plan) => Assert.Single(plan.Interpretation, n => n.Text == "(planner)");

    private static void AssertFellBack(ScenePlan plan, string why)
    {
        var builtIn = Planner.Plan(Prompt, Request, null);
        Assert.Equal(PlanJson.Serialize(builtIn with { Interpretation = [] }), PlanJson.Serialize(plan with { Interpretation = [] }));
        Assert.Equal([.. builtIn.Interpretation], plan.Interpretation.Where(n => n.Text != "(planner)"));
        var note = PlannerNote(plan);
        Assert.StartsWith("planned by the built-in planner", note.As);
        Assert.Contains(why, note.As, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Llm_valid_plan_is_used_with_the_callers_seed_and_size()
    {
        using var server = LlmStubServer.Answering(200, LlmStubServer.Completion(ModelPlanJson()));
        var plan = Planner.Plan(Prompt, Request, Settings(server.BaseUrl));
        Assert.Equal("llm-unicorn", Assert.Single(plan.Cast).Kind);
        Assert.Equal(7, plan.Seed);
        Assert.Equal((640, 360), (plan.Format.Width, plan.Format.Height));
        Assert.Equal(Prompt, plan.Prompt);
        Assert.StartsWith("planned by the LLM (model stub-model at 127.0.0.1:", PlannerNote(plan).As);
        Assert.Empty(PlanValidator.Validate(plan));
    }

    [Fact]
    public void Llm_request_carries_the_bearer_key_model_seed_and_json_mode()
    {
        using var server = LlmStubServer.Answering(200, LlmStubServer.Completion(ModelPlanJson()));
        Planner.Plan(Prompt, Request, Settings(server.BaseUrl));
        var (head, body) = Assert.Single(server.Requests);
        Assert.StartsWith("POST /v1/chat/completions HTTP/1.1", head);
        Assert.Contains("Authorization: Bearer sk-test", head);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("stub-model", root.GetProperty("model").GetString());
        Assert.Equal(0, root.GetProperty("temperature").GetDouble());
        Assert.Equal(7, root.GetProperty("seed").GetInt64());
        Assert.Equal("json_object", root.GetProperty("response_format").GetProperty("type").GetString());
        var messages = root.GetProperty("messages");
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        Assert.Contains("\"kind\":\"sports ball\"", messages[0].GetProperty("content").GetString()); // the built-in example
        Assert.Equal(("user", Prompt), (messages[1].GetProperty("role").GetString(), messages[1].GetProperty("content").GetString()));
    }

    [Fact]
    public void Llm_code_fenced_plan_is_still_read()
    {
        using var server = LlmStubServer.Answering(200, LlmStubServer.Completion("```json\n" + ModelPlanJson() + "\n```"));
        Assert.Equal("llm-unicorn", Planner.Plan(Prompt, Request, Settings(server.BaseUrl)).Cast[0].Kind);
    }

    [Fact]
    public void Llm_server_error_falls_back()
    {
        using var server = LlmStubServer.Answering(500, """{"error":{"message":"boom"}}""");
        AssertFellBack(Planner.Plan(Prompt, Request, Settings(server.BaseUrl)), "HTTP 500");
    }

    [Fact]
    public void Llm_garbage_answer_falls_back()
    {
        using var server = LlmStubServer.Answering(200, "<html>not json at all</html>");
        AssertFellBack(Planner.Plan(Prompt, Request, Settings(server.BaseUrl)), "not a chat completion");
    }

    [Fact]
    public void Llm_content_that_is_not_json_falls_back()
    {
        using var server = LlmStubServer.Answering(200, LlmStubServer.Completion("Sure! Here is a ball bouncing."));
        AssertFellBack(Planner.Plan(Prompt, Request, Settings(server.BaseUrl)), "not a valid plan");
    }

    [Fact]
    public void Llm_answer_without_choices_falls_back()
    {
        using var server = LlmStubServer.Answering(200, """{"choices":[]}""");
        AssertFellBack(Planner.Plan(Prompt, Request, Settings(server.BaseUrl)), "no choices");
    }

    [Fact]
    public void Llm_plan_that_fails_validation_falls_back()
    {
        var invalid = ModelPlanJson().Replace("\"actor\": \"", "\"actor\": \"nobody-", StringComparison.Ordinal);
        Assert.NotEqual(ModelPlanJson(), invalid);
        using var server = LlmStubServer.Answering(200, LlmStubServer.Completion(invalid));
        AssertFellBack(Planner.Plan(Prompt, Request, Settings(server.BaseUrl)), "is not a cast id");
    }

    [Fact]
    public void Llm_hang_falls_back_after_the_timeout()
    {
        using var server = LlmStubServer.Hanging();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        AssertFellBack(Planner.Plan(Prompt, Request, Settings(server.BaseUrl, timeoutSeconds: 0.3)), "no answer within 0.3 s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Llm_connection_refused_falls_back()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop(); // nothing listens there now
        AssertFellBack(Planner.Plan(Prompt, Request, Settings($"http://127.0.0.1:{port}/v1")), "could not reach it");
    }

    [Fact]
    public void Llm_settings_come_from_the_environment_and_are_off_without_a_url()
    {
        Assert.Null(LlmSettings.From(_ => null));
        var vars = new Dictionary<string, string> { ["KINORA_LLM_URL"] = "http://127.0.0.1:11434/v1/", ["KINORA_LLM_KEY"] = "k" };
        var settings = LlmSettings.From(vars.GetValueOrDefault)!;
        Assert.Equal(("k", LlmSettings.DefaultModel), (settings.Key, settings.Model));
        Assert.Equal(TimeSpan.FromSeconds(20), settings.Timeout);
        Assert.Equal("http://127.0.0.1:11434/v1/chat/completions", settings.ChatCompletionsUri.ToString());
    }

    [Fact]
    public void Llm_off_leaves_the_built_in_plan_untouched() =>
        Assert.Equal(PlanJson.Serialize(Planner.Plan(Prompt, Request, null)), PlanJson.Serialize(Planner.Plan(Prompt, Request)));
}
