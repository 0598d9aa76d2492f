using System.Text.Json;
using Kinora.Studio.Accounts;
using Kinora.Studio.Api;
using Kinora.Studio.Feed;
using Kinora.Studio.Jobs;
using Kinora.Studio.Storage;
using Kinora.Studio.Videos;
using Kinora.Studio.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Kinora.Studio;

/// <summary>Builds and runs one Studio process: API, job workers and storage, wired from <see cref="StudioOptions"/>.</summary>
public sealed class StudioHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StudioHost(WebApplication app, string? generatedKeyFile)
    {
        _app = app;
        GeneratedKeyFile = generatedKeyFile;
    }

    /// <summary>Where the generated key was written, when no key was configured.</summary>
    public string? GeneratedKeyFile { get; }

    /// <summary>The bound address, e.g. http://127.0.0.1:8080 (known after <see cref="StartAsync"/>).</summary>
    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public IServiceProvider Services => _app.Services;

    /// <param name="configure">Extra service registrations (tests swap the renderer here).</param>
    public static StudioHost Create(StudioOptions options, Action<IServiceCollection>? configure = null)
    {
        Directory.CreateDirectory(options.DataDir);
        Directory.CreateDirectory(options.MediaDir);
        var db = options.PostgresConnection is { } pg ? Database.Postgres(pg) : Database.Sqlite(options.DatabasePath);
        db.Migrate();
        var (keys, keyFile) = ApiKeys.Load(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.DataDir });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Data Protection warns that its key files are not encrypted at rest; they sit in DATA/keys, readable by this user only.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.Limits.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<VideoStore>();
        builder.Services.AddSingleton<VideoCreator>();
        builder.Services.AddSingleton<LikeStore>();
        AccountSetup.Add(builder.Services, options);
        builder.Services.AddSingleton(new MediaStore(options.MediaDir));
        builder.Services.AddSingleton<IVideoRenderer, EngineVideoRenderer>();
        builder.Services.AddTransient<RenderJob>();
        JobSetup.Add(builder.Services, options);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler(e => e.Run(async http =>
        {
            var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var status = error is BadHttpRequestException b ? b.StatusCode : 500;
            // The web app's forms get a page to read, the API its JSON error shape.
            if (http.Request.Path.StartsWithSegments("/studio"))
            {
                await Html.Message(http, "Something went wrong", status == 413 ? "That upload is too large." :
                    status < 500 ? "The request could not be read." : "The server had an error; try again.", status).ExecuteAsync(http);
                return;
            }
            var result = status == 413 ? ApiError.TooLarge(options.Limits.MaxRequestBytes)
                : status < 500 ? ApiError.BadRequest(error!.Message, null, null)
                : ApiError.Internal("The server had an error while processing the request.");
            await result.ExecuteAsync(http);
        }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" })).ExcludeFromDescription();
        app.MapOpenApi();
        app.Services.GetRequiredService<VideoCreator>().QueueOrphans();
        app.MapVideosApi();
        app.MapStudioPages();
        return new StudioHost(app, keyFile);
    }

    public Task StartAsync(CancellationToken ct = default) => _app.StartAsync(ct);

    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
