using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Kinora.Studio.Accounts;

/// <summary>Session cookies, the keys that sign them, and antiforgery tokens for every web form.</summary>
public static class AccountSetup
{
    public const string CookieName = "kinora_session";

    public static void Add(IServiceCollection services, StudioOptions options)
    {
        // Keys on disk beside the data, so a restart does not sign everyone out; readable by this user only. Several
        // servers on one PostgreSQL database must share this folder (as they share media/).
        Directory.CreateDirectory(options.CookieKeysDir);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(options.CookieKeysDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        services.AddDataProtection().SetApplicationName("kinora-studio").PersistKeysToFileSystem(new DirectoryInfo(options.CookieKeysDir));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            // Lax: a link from elsewhere opens the page signed in; cross-site form posts carry no cookie, and every
            // form also carries an antiforgery token.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/studio";
            o.ExpireTimeSpan = TimeSpan.FromDays(30);
            o.SlidingExpiration = true;
            o.LoginPath = "/studio/sign-in";
        });
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "kinora_form";
            o.Cookie.Path = "/studio";
            o.FormFieldName = Forms.TokenField;
        });
        services.AddSingleton<UserStore>();
        services.AddSingleton<ApiKeyStore>();
    }
}
