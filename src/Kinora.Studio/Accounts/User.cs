namespace Kinora.Studio.Accounts;

/// <summary>A person with an account. <see cref="Id"/> ("user_…") is the owner id of the videos they make.</summary>
public sealed record User(string Id, string Email, string Name, long CreatedAt);

/// <summary>One of a user's API keys as listed to them: never the key itself, only its first characters.</summary>
public sealed record UserApiKey(string Id, string Name, string Hint, long CreatedAt, long? RevokedAt);
