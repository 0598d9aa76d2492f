using System.Security.Cryptography;
using System.Text;
using Kinora.Studio.Storage;

namespace Kinora.Studio.Accounts;

/// <summary>
/// Per-user API keys, made and revoked in the web app. Only a SHA-256 of each key is stored: the keys are 192
/// random bits, so a fast hash is enough (slow hashing is for guessable secrets like passwords), and a lookup stays
/// one indexed read per API call.
/// </summary>
public sealed class ApiKeyStore(Database db)
{
    public const string Prefix = "sk-kinora-";

    /// <summary>Makes a key for the user; the returned plaintext is shown once and cannot be recovered.</summary>
    public (UserApiKey Key, string Secret) Create(string userId, string name)
    {
        name = name.Trim();
        if (name.Length == 0) name = "key";
        if (name.Length > 60) name = name[..60];
        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var key = new UserApiKey("apikey_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), name, secret[..(Prefix.Length + 4)] + "…",
            DateTimeOffset.UtcNow.ToUnixTimeSeconds(), null);
        db.Execute("INSERT INTO api_keys (id, user_id, name, key_hash, hint, created_at) VALUES (@id, @user, @name, @hash, @hint, @t)",
            ("id", key.Id), ("user", userId), ("name", key.Name), ("hash", Hash(secret)), ("hint", key.Hint), ("t", key.CreatedAt));
        return (key, secret);
    }

    public IReadOnlyList<UserApiKey> List(string userId) =>
        db.Query("SELECT id, name, hint, created_at, revoked_at FROM api_keys WHERE user_id = @user ORDER BY created_at DESC, id",
            r => new UserApiKey(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt64(4)), ("user", userId));

    /// <summary>Revokes one of the user's keys; from now on it gets 401. False if it is not theirs or already revoked.</summary>
    public bool Revoke(string userId, string keyId) =>
        db.Execute("UPDATE api_keys SET revoked_at = @t WHERE id = @id AND user_id = @user AND revoked_at IS NULL",
            ("t", DateTimeOffset.UtcNow.ToUnixTimeSeconds()), ("id", keyId), ("user", userId)) > 0;

    /// <summary>The user a presented key belongs to, or null when it is unknown or revoked.</summary>
    public string? UserOf(string presented) =>
        presented.StartsWith(Prefix, StringComparison.Ordinal)
            ? db.Scalar("SELECT user_id FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", ("hash", Hash(presented))) as string
            : null;

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
