using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Kinora.Understand.Tests;

/// <summary>
/// A one-route HTTP server on 127.0.0.1 for the LLM planner's tests: it records each request and answers with a
/// fixed status and body, or never answers (to test the deadline). Raw TCP keeps it free of port reservations.
/// </summary>
public sealed class LlmStubServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _status;
    private readonly string _body;
    private readonly bool _hang;

    public List<(string Head, string Body)> Requests { get; } = [];

    private LlmStubServer(int status, string body, bool hang)
    {
        (_status, _body, _hang) = (status, body, hang);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public static LlmStubServer Answering(int status, string body) => new(status, body, hang: false);
    public static LlmStubServer Hanging() => new(200, "", hang: true);

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    /// <summary>A chat completion whose only choice says <paramref name="content"/>.</summary>
    public static string Completion(string content) =>
        System.Text.Json.JsonSerializer.Serialize(new { id = "chatcmpl-1", @object = "chat.completion",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } } });

    private async Task ServeAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var stream = client.GetStream();
                var (head, body) = await ReadRequestAsync(stream);
                lock (Requests) Requests.Add((head, body));
                if (_hang) { await Task.Delay(Timeout.Infinite, _stop.Token); return; }
                var bytes = Encoding.UTF8.GetBytes(_body);
                var response = $"HTTP/1.1 {_status} {(_status == 200 ? "OK" : "Error")}\r\nContent-Type: application/json\r\n" +
                               $"Content-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
                await stream.WriteAsync(bytes, _stop.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
        catch (SocketException) { }
    }

    private async Task<(string Head, string Body)> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        int headEnd;
        while ((headEnd = IndexOfBlankLine(buffer)) < 0)
        {
            var n = await stream.ReadAsync(chunk, _stop.Token);
            if (n == 0) return (Encoding.ASCII.GetString([.. buffer]), "");
            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
        }
        var head = Encoding.ASCII.GetString([.. buffer], 0, headEnd);
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine.Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        while (buffer.Count < headEnd + 4 + length)
        {
            var n = await stream.ReadAsync(chunk, _stop.Token);
            if (n == 0) break;
            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
        }
        return (head, Encoding.UTF8.GetString([.. buffer], headEnd + 4, Math.Min(length, buffer.Count - headEnd - 4)));
    }

    private static int IndexOfBlankLine(List<byte> b)
    {
        for (var i = 0; i + 3 < b.Count; i++)
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') return i;
        return -1;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
