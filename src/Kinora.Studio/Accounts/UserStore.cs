using System.Data.Common;
using System.Security.Cryptography;
using Kinora.Studio.Storage;
using Microsoft.AspNetCore.Identity;

namespace Kinora.Studio.Accounts;

/// <summary>Why a sign-up was refused; the message is for the person filling the form.</summary>
public sealed record SignUpRefusal(string Field, string Message);

/// <summary>
/// Accounts: sign-up and password checks. Passwords are hashed by ASP.NET Core Identity's PasswordHasher (PBKDF2
/// with HMAC-SHA512, a per-password salt and 100,000 iterations, versioned so old hashes are upgraded at sign-in).
/// </summary>
public sealed class UserStore(Database db)
{
    public const int MinPasswordLength = 8;
    private static readonly PasswordHasher<User> Hasher = new();

    public (User? User, SignUpRefusal? Refusal) SignUp(string email, string name, string password)
    {
        email = email.Trim().ToLowerInvariant();
        name = name.Trim();
        if (email.Length is 0 or > 254 || !email.Contains('@') || email.StartsWith('@') || email.EndsWith('@'))
            return (null, new("email", "Enter an email address, like you@example.com."));
        if (name.Length is 0 or > 60) return (null, new("name", "Enter a name of 1 to 60 characters."));
        if (password.Length < MinPasswordLength) return (null, new("password", $"Use a password of at least {MinPasswordLength} characters."));
        if (password.Length > 1024) return (null, new("password", "That password is too long."));

        var user = new User("user_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), email, name, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var hash = Hasher.HashPassword(user, password);
        using var c = db.Open();
        using var tx = db.BeginWrite(c);
        db.Lock(c, tx, "users.email." + email);
        using (var exists = Database.Command(c, tx, "SELECT COUNT(*) FROM users WHERE email = @email", ("email", email)))
            if (Convert.ToInt64(exists.ExecuteScalar()) > 0) return (null, new("email", "That email already has an account; sign in instead."));
        using (var insert = Database.Command(c, tx, "INSERT INTO users (id, email, name, password_hash, created_at) VALUES (@id, @email, @name, @hash, @t)",
                   ("id", user.Id), ("email", email), ("name", name), ("hash", hash), ("t", user.CreatedAt)))
            insert.ExecuteNonQuery();
        tx.Commit();
        return (user, null);
    }

    /// <summary>The user whose email and password these are, or null. Takes as long for an unknown email as a known one.</summary>
    public User? SignIn(string email, string password)
    {
        email = email.Trim().ToLowerInvariant();
        var row = db.Query("SELECT id, email, name, created_at, password_hash FROM users WHERE email = @email",
            r => (User: ReadUser(r), Hash: r.GetString(4)), ("email", email)).FirstOrDefault();
        if (row.User is null)
        {
            Hasher.VerifyHashedPassword(Dummy.User, Dummy.Hash, password); // same work as a real check: no timing hint that the email is unknown
            return null;
        }
        var result = Hasher.VerifyHashedPassword(row.User, row.Hash, password);
        if (result == PasswordVerificationResult.Failed) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            db.Execute("UPDATE users SET password_hash = @h WHERE id = @id", ("h", Hasher.HashPassword(row.User, password)), ("id", row.User.Id));
        return row.User;
    }

    public User? Find(string id) =>
        db.Query("SELECT id, email, name, created_at FROM users WHERE id = @id", ReadUser, ("id", id)).FirstOrDefault();

    private static User ReadUser(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3));

    private static class Dummy
    {
        public static readonly User User = new("user_none", "", "", 0);
        public static readonly string Hash = Hasher.HashPassword(User, "not a password anyone has");
    }
}
