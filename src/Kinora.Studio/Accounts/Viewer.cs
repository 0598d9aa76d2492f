using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Kinora.Studio.Accounts;

/// <summary>
/// Who is looking at a page: the signed-in user from the session cookie (ASP.NET Core cookie authentication,
/// signed and encrypted by Data Protection), or nobody.
/// </summary>
public sealed record Viewer(string UserId, string Name)
{
    public static Viewer? Of(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? new Viewer(id, http.User.FindFirstValue(ClaimTypes.Name) ?? "") : null;

    public static Task SignInAsync(HttpContext http, User user) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Name)], CookieAuthenticationDefaults.AuthenticationScheme)),
            new AuthenticationProperties { IsPersistent = true });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
}
