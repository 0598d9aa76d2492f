using System.Security.Cryptography;
using System.Text;
using Kinora.Studio.Accounts;

namespace Kinora.Studio.Api;

/// <summary>
/// The configured bearer keys /v1 accepts (KINORA_API_KEY, or the generated one). A caller with such a key is known
/// by a hash of it (the "owner" of its videos), so these keys are never stored in the database and one key cannot
/// see another's videos. Users' own keys live in <see cref="ApiKeyStore"/>; their videos belong to the user.
/// </summary>
public sealed class ApiKeys
{
    private readonly byte[][] _keys;

    public ApiKeys(IEnumerable<string> keys) =>
        _keys = [.. keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => Encoding.UTF8.GetBytes(k.Trim()))];

    /// <summary>The owner id for a presented key, or null when it is not accepted. Compared in constant time.</summary>
    public string? OwnerOf(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return null;
        var bytes = Encoding.UTF8.GetBytes(presented);
        var accepted = false;
        foreach (var k in _keys) accepted |= CryptographicOperations.FixedTimeEquals(k, bytes);
        return accepted ? Owner(presented) : null;
    }

    public static string Owner(string key) => "key_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];

    /// <summary>
    /// Keys from options; when there are none, one generated on first start and kept in DATA/api_key (mode 600),
    /// so a fresh server is never open to anyone who can reach its port.
    /// </summary>
    public static (ApiKeys Keys, string? GeneratedKeyFile) Load(StudioOptions options)
    {
        if (options.ApiKeys.Count > 0) return (new ApiKeys(options.ApiKeys), null);
        var file = Path.Combine(options.DataDir, "api_key");
        if (!File.Exists(file))
        {
            var key = "sk-kinora-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            var tmp = file + ".tmp";
            File.WriteAllText(tmp, key + "\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(tmp, file);
        }
        return (new ApiKeys([File.ReadAllText(file).Trim()]), file);
    }
}

/// <summary>Rejects /v1 calls without an accepted `Authorization: Bearer` key and records the caller's owner id.</summary>
public sealed class ApiKeyFilter(ApiKeys keys, ApiKeyStore userKeys) : IEndpointFilter
{
    public const string OwnerItem = "kinora.owner";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
            return ApiError.Unauthorized("You didn't provide an API key. Send it as 'Authorization: Bearer KEY'.");
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        var owner = keys.OwnerOf(key) ?? (key is null ? null : userKeys.UserOf(key));
        if (owner is null) return ApiError.Unauthorized("Incorrect API key provided.");
        context.HttpContext.Items[OwnerItem] = owner;
        return await next(context);
    }

    public static string OwnerOf(HttpContext http) => (string)http.Items[OwnerItem]!;
}
